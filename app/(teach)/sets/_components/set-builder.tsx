"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { SetChecks } from "./set-checks";
import { itemModes } from "@/lib/teach/set-warnings";
import {
  Badge,
  Button,
  Card,
  EmptyState,
  ErrorNote,
  Field,
  SelectField,
  controlClass,
} from "@/app/_components/ui";

/** An item as the builder shows it: enough to recognise it and check it against its source. */
export interface PickedItem {
  id: string;
  prompt: string;
  type: string;
  status: string;
  sentence: string;
  essay: string;
  claimId: string;
  answer: string;
}

interface ApiItem {
  id: string;
  claimId: string;
  type: string;
  prompt: string;
  answer: string;
  status: string;
  source: { essay: string; sentence: string };
}

const TYPES = [
  ["", "All types"],
  ["mcq", "Multiple choice"],
  ["true_false", "True / false"],
  ["cloze", "Cloze"],
  ["short_answer", "Short answer"],
  ["flashcard", "Flashcard"],
] as const;
const STATUSES = [
  ["", "All statuses"],
  ["published", "Published"],
  ["draft", "Draft"],
  ["retired", "Retired"],
] as const;
const STATUS_TONE: Record<string, "green" | "amber" | "slate"> = {
  published: "green",
  draft: "amber",
  retired: "slate",
};

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
const typeLabel = (t: string) => TYPES.find(([v]) => v === t)?.[1] ?? t;

export function SetBuilder({
  essays,
  initial,
  initialEssay,
}: {
  essays: { slug: string; title: string }[];
  initial?: { id: string; title: string; items: PickedItem[] };
  /** The essay to browse first: the one the teacher came from, or the set's own. */
  initialEssay?: string;
}) {
  const router = useRouter();
  const [title, setTitle] = useState(initial?.title ?? "");
  const [picked, setPicked] = useState<PickedItem[]>(initial?.items ?? []);
  const [essay, setEssay] = useState(
    essays.find((e) => e.slug === initialEssay)?.slug ?? essays[0]?.slug ?? "",
  );
  const [type, setType] = useState("");
  // Students only ever get published items, so those are what a teacher usually wants to see.
  const [status, setStatus] = useState("published");
  const [results, setResults] = useState<ApiItem[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState("");
  const [dirty, setDirty] = useState(false);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef<string | null>(null);

  const essayTitle = essays.find((e) => e.slug === essay)?.title ?? essay;

  useEffect(() => {
    if (!essay) return;
    let cancelled = false;
    const qs = new URLSearchParams();
    if (type) qs.set("type", type);
    if (status) qs.set("status", status);
    fetch(`/api/essays/${encodeURIComponent(essay)}/items?${qs}`)
      .then(async (res) => {
        const data = await res.json().catch(() => null);
        if (cancelled) return;
        if (!res.ok) {
          setLoadError(data?.error?.message ?? `Items could not be loaded (${res.status}).`);
          setResults([]);
          return;
        }
        setLoadError(null);
        setResults(data.items as ApiItem[]);
      })
      .catch(() => {
        if (cancelled) return;
        setLoadError(
          "Could not reach Claimdeck. Check your connection, then pick the essay again.",
        );
        setResults([]);
      });
    return () => {
      cancelled = true;
    };
  }, [essay, type, status]);

  // After a move, keep the keyboard where it was: on the same button of the moved item.
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    const [id, dir] = target.split("|");
    const el = buttons.current.get(target);
    const other = buttons.current.get(`${id}|${dir === "up" ? "down" : "up"}`);
    (el && !el.disabled ? el : other)?.focus();
  }, [picked]);

  const pickedIds = new Set(picked.map((p) => p.id));

  function toPicked(i: ApiItem): PickedItem {
    return {
      id: i.id,
      prompt: i.prompt,
      type: i.type,
      status: i.status,
      sentence: i.source.sentence,
      essay: essayTitle,
      claimId: i.claimId,
      answer: i.answer,
    };
  }

  function add(items: ApiItem[]) {
    const fresh = items.filter((i) => i.status !== "retired" && !pickedIds.has(i.id));
    if (!fresh.length) return;
    setPicked((p) => [...p, ...fresh.map(toPicked)]);
    setDirty(true);
    setAnnounce(
      fresh.length === 1
        ? `Added "${short(fresh[0]!.prompt)}". ${picked.length + 1} items in the set.`
        : `Added ${fresh.length} items. ${picked.length + fresh.length} items in the set.`,
    );
  }

  function move(index: number, delta: -1 | 1) {
    const to = index + delta;
    if (to < 0 || to >= picked.length) return;
    const next = [...picked];
    const [item] = next.splice(index, 1);
    next.splice(to, 0, item!);
    setPicked(next);
    setDirty(true);
    focusNext.current = `${item!.id}|${delta < 0 ? "up" : "down"}`;
    setAnnounce(`Moved "${short(item!.prompt)}" to position ${to + 1} of ${next.length}.`);
  }

  function remove(index: number) {
    const item = picked[index]!;
    const next = picked.filter((_, i) => i !== index);
    setPicked(next);
    setDirty(true);
    setAnnounce(`Removed "${short(item.prompt)}". ${next.length} items in the set.`);
    // Focus moves to the neighbour's remove button, or to the title when the list empties.
    const neighbour = next[index] ?? next[index - 1];
    setTimeout(() => {
      (neighbour
        ? buttons.current.get(`${neighbour.id}|remove`)
        : document.getElementById("set-title")
      )?.focus();
    }, 0);
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setSaveError(null);
    if (!title.trim()) {
      setSaveError("Give the set a title.");
      return;
    }
    if (!picked.length) {
      setSaveError("Add at least one item to the set.");
      return;
    }
    setSaving(true);
    try {
      const res = await fetch(initial ? `/api/sets/${initial.id}` : "/api/sets", {
        method: initial ? "PATCH" : "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ title, itemIds: picked.map((p) => p.id) }),
      });
      const data = await res.json().catch(() => null);
      if (!res.ok) {
        setSaveError(data?.error?.message ?? `Saving failed (${res.status}). Try again.`);
        return;
      }
      setDirty(false);
      if (initial) {
        setAnnounce("Set saved.");
        router.refresh();
      } else {
        // The new set's page browses the same essay, so the teacher carries on where they were.
        router.push(`/sets/${data.id}?essay=${encodeURIComponent(essay)}`);
      }
    } catch {
      setSaveError("Could not reach Claimdeck. Check your connection and try again.");
    } finally {
      setSaving(false);
    }
  }

  const addable = (results ?? []).filter((i) => i.status !== "retired" && !pickedIds.has(i.id));

  return (
    <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
      <section aria-labelledby="browse-heading" className="space-y-3">
        <h2 id="browse-heading" className="text-lg font-semibold">
          Find items
        </h2>
        <Card className="grid gap-3 p-4 sm:grid-cols-3 [&>*]:min-w-0">
          <div className="flex flex-col gap-1 sm:col-span-3">
            <label htmlFor="browse-essay" className="text-sm font-medium">
              Essay
            </label>
            <select
              id="browse-essay"
              className={controlClass}
              value={essay}
              onChange={(e) => {
                setResults(null);
                setEssay(e.target.value);
                // Remembered in the address: a reload or a save comes back to this essay.
                const url = new URL(window.location.href);
                url.searchParams.set("essay", e.target.value);
                window.history.replaceState(window.history.state, "", url);
              }}
            >
              {essays.map((e) => (
                <option key={e.slug} value={e.slug}>
                  {e.title}
                </option>
              ))}
            </select>
          </div>
          <SelectField
            id="browse-type"
            label="Type"
            value={type}
            onChange={(e) => {
              setResults(null);
              setType(e.target.value);
            }}
          >
            {TYPES.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="browse-status"
            label="Status"
            value={status}
            onChange={(e) => {
              setResults(null);
              setStatus(e.target.value);
            }}
          >
            {STATUSES.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </SelectField>
          <div className="flex items-end">
            <Button
              type="button"
              variant="secondary"
              className="w-full"
              disabled={addable.length === 0}
              onClick={() => add(addable)}
            >
              Add all shown ({addable.length})
            </Button>
          </div>
        </Card>
        {essays.length === 0 ? (
          <EmptyState title="No essays yet">
            Add an essay first; its questions appear here.
          </EmptyState>
        ) : loadError ? (
          <ErrorNote>{loadError}</ErrorNote>
        ) : results === null ? (
          <p role="status" className="text-sm text-slate-600">
            Loading items…
          </p>
        ) : results.length === 0 ? (
          <EmptyState title="No items match">Choose another essay, type or status.</EmptyState>
        ) : (
          <ul
            className="space-y-3 lg:max-h-[75vh] lg:overflow-y-auto lg:pr-2"
            aria-label={`Items of ${essayTitle}`}
          >
            {results.map((i) => {
              const inSet = pickedIds.has(i.id);
              return (
                <li key={i.id}>
                  <Card className="space-y-2 p-4">
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge tone="blue">{typeLabel(i.type)}</Badge>
                      <Badge tone={STATUS_TONE[i.status] ?? "slate"}>{i.status}</Badge>
                    </div>
                    <p className="break-words font-medium text-slate-900">{i.prompt}</p>
                    <p className="text-sm text-slate-700">
                      <span className="font-medium">Answer:</span> {i.answer}
                    </p>
                    <p className="text-xs text-slate-600">{itemModes(i).note}</p>
                    <blockquote className="rounded-lg bg-slate-50 p-2 font-serif text-sm text-slate-700">
                      <span className="sr-only">Source sentence: </span>
                      {i.source.sentence}
                    </blockquote>
                    {i.status === "retired" ? (
                      <p className="text-sm text-slate-600">Retired items cannot be added.</p>
                    ) : (
                      <Button
                        type="button"
                        variant={inSet ? "ghost" : "secondary"}
                        disabled={inSet}
                        onClick={() => add([i])}
                        aria-label={
                          inSet
                            ? `In the set: ${typeLabel(i.type)}: ${short(i.prompt)}`
                            : `Add to set: ${typeLabel(i.type)}: ${short(i.prompt)}`
                        }
                      >
                        {inSet ? "In the set" : "Add to set"}
                      </Button>
                    )}
                  </Card>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section
        aria-labelledby="picked-heading"
        className="space-y-3 lg:sticky lg:top-4 lg:self-start"
      >
        <h2 id="picked-heading" className="text-lg font-semibold">
          Your set ({picked.length} {picked.length === 1 ? "item" : "items"})
        </h2>
        <form onSubmit={save} className="space-y-3" noValidate>
          <Card className="space-y-3 p-4">
            <Field
              id="set-title"
              label="Set title"
              value={title}
              maxLength={200}
              onChange={(e) => {
                setTitle(e.target.value);
                setDirty(true);
              }}
              placeholder="e.g. Week 3: causes and effects"
            />
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit" disabled={saving}>
                {saving ? "Saving…" : initial ? "Save changes" : "Save set"}
              </Button>
              {dirty && initial ? (
                <span className="text-sm text-amber-900">Unsaved changes</span>
              ) : null}
            </div>
            {saveError ? <ErrorNote>{saveError}</ErrorNote> : null}
          </Card>
        </form>
        <p role="status" aria-live="polite" className="sr-only">
          {announce}
        </p>
        {picked.length ? <SetChecks picked={picked} /> : null}
        {picked.length === 0 ? (
          <EmptyState title="No items yet">
            Add items from the list. Drafts can go in a set, but students only get published items.
          </EmptyState>
        ) : (
          <ol className="space-y-2" aria-label="Items in the set">
            {picked.map((p, index) => (
              <li key={p.id}>
                <Card
                  className={`space-y-2 p-3 ${p.status === "retired" ? "border-dashed bg-slate-50" : ""}`}
                >
                  <div className="flex items-start gap-3">
                    <span
                      className="mt-0.5 w-6 shrink-0 text-right text-sm font-semibold tabular-nums text-slate-500"
                      aria-hidden="true"
                    >
                      {index + 1}.
                    </span>
                    <div className="min-w-0 flex-1 space-y-1">
                      <p className="break-words font-medium text-slate-900">{p.prompt}</p>
                      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                        <Badge tone="blue">{typeLabel(p.type)}</Badge>
                        <Badge tone={STATUS_TONE[p.status] ?? "slate"}>{p.status}</Badge>
                        <span>{p.essay}</span>
                      </div>
                      <p className="text-xs text-slate-700">{itemModes(p).note}</p>
                      <details className="text-sm text-slate-700">
                        <summary className="cursor-pointer text-xs text-slate-600">
                          Source sentence
                        </summary>
                        <p className="mt-1 font-serif">{p.sentence}</p>
                      </details>
                    </div>
                  </div>
                  <div className="flex flex-wrap justify-end gap-1">
                    <Button
                      type="button"
                      variant="ghost"
                      className="min-h-9 px-3"
                      ref={(el) => {
                        if (el) buttons.current.set(`${p.id}|up`, el);
                        else buttons.current.delete(`${p.id}|up`);
                      }}
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                      aria-label={`Move up: ${short(p.prompt)}`}
                    >
                      <span aria-hidden="true">↑</span> Move up
                    </Button>
                    <Button
                      type="button"
                      variant="ghost"
                      className="min-h-9 px-3"
                      ref={(el) => {
                        if (el) buttons.current.set(`${p.id}|down`, el);
                        else buttons.current.delete(`${p.id}|down`);
                      }}
                      disabled={index === picked.length - 1}
                      onClick={() => move(index, 1)}
                      aria-label={`Move down: ${short(p.prompt)}`}
                    >
                      <span aria-hidden="true">↓</span> Move down
                    </Button>
                    <Button
                      type="button"
                      variant="ghost"
                      className="min-h-9 px-3 text-red-700"
                      ref={(el) => {
                        if (el) buttons.current.set(`${p.id}|remove`, el);
                        else buttons.current.delete(`${p.id}|remove`);
                      }}
                      onClick={() => remove(index)}
                      aria-label={`Remove: ${short(p.prompt)}`}
                    >
                      Remove
                    </Button>
                  </div>
                </Card>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
