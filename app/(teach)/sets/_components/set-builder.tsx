"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { SetChecks } from "./set-checks";
import { ItemBrowser } from "./item-browser";
import { PickedList } from "./picked-list";
import { addableItems, short, type ApiItem, type PickedItem } from "./set-items";
import { Button, Card, ErrorNote, Field } from "@/app/_components/ui";

export type { PickedItem };

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

  function filter(change: { essay?: string; type?: string; status?: string }) {
    setResults(null);
    if (change.essay !== undefined) setEssay(change.essay);
    if (change.type !== undefined) setType(change.type);
    if (change.status !== undefined) setStatus(change.status);
  }

  function add(items: ApiItem[]) {
    const fresh = addableItems(items, pickedIds);
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

  return (
    <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
      <ItemBrowser
        essays={essays}
        essay={essay}
        essayTitle={essayTitle}
        type={type}
        status={status}
        results={results}
        loadError={loadError}
        pickedIds={pickedIds}
        onFilter={filter}
        onAdd={add}
      />

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
        <PickedList picked={picked} buttons={buttons} onMove={move} onRemove={remove} />
      </section>
    </div>
  );
}
