"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { Badge, Button, Card, EmptyState, ErrorNote } from "@/app/_components/ui";
import type { ItemView } from "@/lib/data/items";

type Context = { before: string; sentence: string; after: string };
const TYPES = [
  ["all", "All"],
  ["mcq", "Multiple choice"],
  ["true_false", "True / false"],
  ["cloze", "Cloze"],
  ["short_answer", "Short answer"],
  ["flashcard", "Flashcards"],
] as const;
const STATUS_TONE = { published: "green", draft: "amber", retired: "slate" } as const;

async function patchItem(id: string, patch: Record<string, unknown>): Promise<ItemView> {
  const res = await fetch(`/api/items/${id}`, {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(patch),
  });
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new Error(data?.error?.message ?? `Saving failed (${res.status}). Try again.`);
  return data as ItemView;
}

export function ItemReview({
  slug,
  items: initial,
  contexts,
  canEdit,
}: {
  slug: string;
  items: ItemView[];
  contexts: Record<string, Context>;
  canEdit: boolean;
}) {
  const router = useRouter();
  const [items, setItems] = useState(initial);
  const [type, setType] = useState<string>("all");
  const [status, setStatus] = useState<string>("all");
  const [regen, setRegen] = useState<string | null>(null);

  const shown = useMemo(
    () =>
      items.filter(
        (i) => (type === "all" || i.type === type) && (status === "all" || i.status === status),
      ),
    [items, type, status],
  );
  const counts = useMemo(() => {
    const c: Record<string, number> = { published: 0, draft: 0, retired: 0 };
    for (const i of items) c[i.status] = (c[i.status] ?? 0) + 1;
    return c;
  }, [items]);

  async function regenerate() {
    setRegen("Regenerating…");
    const res = await fetch(`/api/essays/${slug}/regenerate`, { method: "POST" });
    const data = await res.json().catch(() => null);
    if (!res.ok) {
      setRegen(data?.error?.message ?? "Regenerating failed. Try again.");
      return;
    }
    setRegen(
      `Regenerated: ${data.itemCount} items${data.retiredItems ? `, ${data.retiredItems} retired` : ""}. Your edits were kept.`,
    );
    const fresh = await fetch(`/api/essays/${slug}/items`).then((r) => r.json());
    setItems(fresh.items);
    router.refresh();
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3 rounded-xl border border-slate-200 bg-white p-3">
        <div role="group" aria-label="Item type" className="flex flex-wrap gap-1">
          {TYPES.map(([value, label]) => (
            <button
              key={value}
              type="button"
              aria-pressed={type === value}
              onClick={() => setType(value)}
              className={`rounded-md px-3 py-1.5 text-sm ${type === value ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
            >
              {label}
            </button>
          ))}
        </div>
        <label className="flex items-center gap-2 text-sm">
          <span>Status</span>
          <select
            value={status}
            onChange={(e) => setStatus(e.target.value)}
            className="rounded-md border border-slate-300 px-2 py-1.5"
          >
            <option value="all">All ({items.length})</option>
            <option value="published">Published ({counts.published})</option>
            <option value="draft">Draft ({counts.draft})</option>
            <option value="retired">Retired ({counts.retired})</option>
          </select>
        </label>
        {canEdit ? (
          <Button
            variant="secondary"
            className="ml-auto"
            onClick={regenerate}
            disabled={regen === "Regenerating…"}
          >
            Regenerate
          </Button>
        ) : null}
      </div>
      {regen ? (
        <p role="status" className="text-sm text-slate-700">
          {regen}
        </p>
      ) : null}
      {!canEdit ? (
        <p className="text-sm text-slate-600">
          Another teacher added this essay: you can read its items but not change them.
        </p>
      ) : null}
      {shown.length === 0 ? (
        <EmptyState title="No items match">Choose another type or status above.</EmptyState>
      ) : (
        <ul className="space-y-3">
          {shown.map((item) => (
            <li key={item.id}>
              <ItemCard
                item={item}
                context={contexts[item.claimId]}
                canEdit={canEdit}
                onSaved={(next) => setItems((all) => all.map((i) => (i.id === next.id ? next : i)))}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ItemCard({
  item,
  context,
  canEdit,
  onSaved,
}: {
  item: ItemView;
  context?: Context;
  canEdit: boolean;
  onSaved: (item: ItemView) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const label = item.prompt.slice(0, 60);

  async function save(patch: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    try {
      onSaved(await patchItem(item.id, patch));
      setEditing(false);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card role="article" className="space-y-3" aria-label={`Item: ${label}`}>
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="blue">{item.type.replace("_", " ")}</Badge>
        <Badge tone={STATUS_TONE[item.status]}>{item.status}</Badge>
        {item.edited ? <Badge>edited</Badge> : null}
        <span className="ml-auto text-xs text-slate-500">
          quality {Math.round(item.quality * 100)}
        </span>
      </div>
      {editing ? (
        <EditForm item={item} busy={busy} onCancel={() => setEditing(false)} onSave={save} />
      ) : (
        <>
          <p className="text-base font-medium text-slate-900">{item.prompt}</p>
          {item.choices ? (
            <ul className="grid gap-1 sm:grid-cols-2">
              {item.choices.map((c) => (
                <li
                  key={c}
                  className={`rounded-md border px-3 py-1.5 text-sm ${c === item.answer ? "border-green-600 bg-green-50 font-medium" : "border-slate-200"}`}
                >
                  {c}
                  {c === item.answer ? <span className="sr-only"> (answer)</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm">
              <span className="font-medium text-slate-600">Answer:</span> {item.answer}
            </p>
          )}
          {item.explanation ? <p className="text-sm text-slate-600">{item.explanation}</p> : null}
        </>
      )}
      <blockquote className="rounded-lg bg-slate-50 p-3 font-serif text-sm leading-relaxed text-slate-700">
        <span className="sr-only">Source: </span>
        {context?.before ? `${context.before} ` : ""}
        <mark className="rounded bg-yellow-100 px-0.5">
          {context?.sentence ?? item.source.sentence}
        </mark>
        {context?.after ? ` ${context.after}` : ""}
      </blockquote>
      {error ? <ErrorNote>{error}</ErrorNote> : null}
      {canEdit && !editing ? (
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            onClick={() => setEditing(true)}
            aria-label={`Edit item: ${label}`}
          >
            Edit
          </Button>
          {item.status !== "published" ? (
            <Button
              onClick={() => save({ status: "published" })}
              disabled={busy}
              aria-label={`Publish item: ${label}`}
            >
              Publish
            </Button>
          ) : (
            <Button
              variant="secondary"
              onClick={() => save({ status: "draft" })}
              disabled={busy}
              aria-label={`Unpublish item: ${label}`}
            >
              Unpublish
            </Button>
          )}
          {item.status !== "retired" ? (
            <Button
              variant="ghost"
              onClick={() => save({ status: "retired" })}
              disabled={busy}
              aria-label={`Retire item: ${label}`}
            >
              Retire
            </Button>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}

function EditForm({
  item,
  busy,
  onCancel,
  onSave,
}: {
  item: ItemView;
  busy: boolean;
  onCancel: () => void;
  onSave: (patch: Record<string, unknown>) => void;
}) {
  const [prompt, setPrompt] = useState(item.prompt);
  const [answer, setAnswer] = useState(item.answer);
  const [choices, setChoices] = useState((item.choices ?? []).join("\n"));
  const [explanation, setExplanation] = useState(item.explanation);
  const id = item.id;
  const area = "rounded-lg border border-slate-300 px-3 py-2 text-sm";
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({
          prompt,
          answer,
          explanation,
          ...(item.choices
            ? {
                choices: choices
                  .split("\n")
                  .map((c) => c.trim())
                  .filter(Boolean),
              }
            : {}),
        });
      }}
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={`prompt-${id}`} className="text-sm font-medium">
          Prompt
        </label>
        <textarea
          id={`prompt-${id}`}
          className={area}
          rows={3}
          value={prompt}
          onChange={(e) => setPrompt(e.target.value)}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`answer-${id}`} className="text-sm font-medium">
          Answer
        </label>
        <input
          id={`answer-${id}`}
          className={area}
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
        />
      </div>
      {item.choices ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={`choices-${id}`} className="text-sm font-medium">
            Choices (one per line)
          </label>
          <textarea
            id={`choices-${id}`}
            className={area}
            rows={4}
            value={choices}
            onChange={(e) => setChoices(e.target.value)}
          />
        </div>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor={`explanation-${id}`} className="text-sm font-medium">
          Explanation
        </label>
        <textarea
          id={`explanation-${id}`}
          className={area}
          rows={2}
          value={explanation}
          onChange={(e) => setExplanation(e.target.value)}
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? "Saving…" : "Save"}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
