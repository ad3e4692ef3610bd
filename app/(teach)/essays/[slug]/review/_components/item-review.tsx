"use client";

import { useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Button, EmptyState } from "@/app/_components/ui";
import type { ItemView } from "@/lib/data/items";
import { statusReason } from "@/lib/teach/item-status-reason";
import { ItemRow } from "./item-row";
import { ReviewToolbar, ShortcutHelp } from "./review-toolbar";
import { ClaimHeader, Pager, UndoToast, paginate, type Toast } from "./review-parts";
import { useShortcuts } from "./use-shortcuts";
import { patchItem, regenerateItems, sendStatusChanges, type Change } from "./review-api";

import type { Context } from "./review-parts";
type Status = ItemView["status"];
/** Items per page: short enough to decide on without losing one's place. */
const ITEMS_PER_PAGE = 20;
const VERB: Record<Status, string> = {
  published: "Published",
  retired: "Retired",
  draft: "Set to draft",
};

const matches = (i: ItemView, status: string, type: string) =>
  (status === "all" || i.status === status) && (type === "all" || i.type === type);

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
  // The filter as last applied, with the items it matched then: a decision never makes a row jump
  // away from under the cursor; the list only changes when the teacher applies a filter again.
  const [applied, setApplied] = useState(() => ({
    status: "all",
    type: "all",
    ids: initial.map((i) => i.id),
  }));
  // A draft's reason reads its sentence's other items as the list was last applied: publishing
  // one item does not rewrite its siblings' reasons (a line longer or shorter, moving the rows
  // below) until the teacher applies a filter again.
  const [reasonBasis, setReasonBasis] = useState(initial);
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [focused, setFocused] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [rowError, setRowError] = useState<{ id: string; message: string } | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [regen, setRegen] = useState<string | null>(null);
  const rows = useRef(new Map<string, HTMLElement>());

  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  const shown = useMemo(
    () => applied.ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
    [applied.ids, byId],
  );
  const { claimCount, pages: pageList } = useMemo(() => paginate(shown, ITEMS_PER_PAGE), [shown]);
  const pages = Math.max(1, pageList.length);
  const current = Math.min(page, pages - 1);
  const pageGroups = pageList[current] ?? [];
  const pageItems = pageGroups.flatMap((g) => g.items);
  const stale = shown.filter((i) => !matches(i, applied.status, applied.type)).length;
  const siblings = useMemo(() => {
    const m = new Map<string, ItemView[]>();
    for (const i of reasonBasis) m.set(i.claimId, [...(m.get(i.claimId) ?? []), i]);
    return m;
  }, [reasonBasis]);

  const statusCounts: Record<string, number> = { all: 0, draft: 0, published: 0, retired: 0 };
  const typeCounts: Record<string, number> = { all: 0 };
  for (const i of items) {
    if (matches(i, "all", applied.type)) {
      statusCounts.all!++;
      statusCounts[i.status]!++;
    }
    if (matches(i, applied.status, "all")) {
      typeCounts.all!++;
      typeCounts[i.type] = (typeCounts[i.type] ?? 0) + 1;
    }
  }

  function apply(status: string, type: string, from = items) {
    setReasonBasis(from);
    setApplied({
      status,
      type,
      ids: from.filter((i) => matches(i, status, type)).map((i) => i.id),
    });
    setPage(0);
    setSelected(new Set());
  }

  function merge(next: ItemView[]) {
    const fresh = new Map(next.map((i) => [i.id, i]));
    setItems((all) => all.map((i) => fresh.get(i.id) ?? i));
  }

  async function send(changes: Change[], undoing: boolean) {
    if (changes.length === 0) return;
    setBusy(true);
    try {
      const out = await sendStatusChanges(changes);
      merge(out.items);
      const n = changes.length;
      const what = n === 1 ? "1 item" : `${n} items`;
      const verb = changes.every((c) => c.status === changes[0]!.status)
        ? VERB[changes[0]!.status]
        : "Changed";
      setToast(
        undoing
          ? { text: `Undone: ${what} back as before.` }
          : { text: `${verb}: ${what}.`, undo: out.previous },
      );
      if (!undoing) setSelected(new Set());
    } catch (e) {
      setToast({ text: (e as Error).message, error: true });
    } finally {
      setBusy(false);
    }
  }

  function setStatus(ids: string[], status: Status) {
    const changes = ids
      .filter((id) => byId.get(id)?.status !== status)
      .map((id) => ({ id, status }));
    if (changes.length === 0) setToast({ text: `Already ${status}: nothing to change.` });
    else void send(changes, false);
  }

  async function save(id: string, patch: Record<string, unknown>) {
    setBusy(true);
    setRowError(null);
    try {
      merge([await patchItem(id, patch)]);
      setEditing(null);
    } catch (e) {
      setRowError({ id, message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  }

  function focusRow(index: number) {
    const item = pageItems[Math.max(0, Math.min(pageItems.length - 1, index))];
    const el = item && rows.current.get(item.id);
    el?.focus();
    el?.scrollIntoView({ block: "nearest" });
  }

  const at = pageItems.findIndex((i) => i.id === focused);
  const targets = selected.size ? [...selected] : focused ? [focused] : [];
  useShortcuts(!editing && !busy, {
    j: () => focusRow(at + 1),
    k: () => focusRow(at < 0 ? 0 : at - 1),
    x: () => focused && toggle([focused], !selected.has(focused)),
    p: () => canEdit && setStatus(targets, "published"),
    r: () => canEdit && setStatus(targets, "retired"),
    d: () => canEdit && setStatus(targets, "draft"),
    e: () => canEdit && focused && setEditing(focused),
    u: () => toast?.undo && void send(toast.undo, true),
    n: () => setPage(Math.min(pages - 1, current + 1)),
    b: () => setPage(Math.max(0, current - 1)),
    Escape: () => setSelected(new Set()),
  });

  function toggle(ids: string[], on: boolean) {
    setSelected((prev) => {
      const next = new Set(prev);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });
  }

  async function regenerate() {
    setRegen("Regenerating…");
    try {
      const out = await regenerateItems(slug);
      setRegen(out.message);
      setItems(out.items);
      apply(applied.status, applied.type, out.items);
      router.refresh();
    } catch (e) {
      setRegen((e as Error).message);
    }
  }

  const pageIds = pageItems.map((i) => i.id);
  const pager = (label: string, wideOnly = false) => (
    <Pager
      page={current}
      pages={pages}
      items={shown.length}
      perPage={ITEMS_PER_PAGE}
      onPage={setPage}
      label={label}
      wideOnly={wideOnly}
    />
  );
  return (
    <div className="space-y-4">
      <ReviewToolbar
        status={applied.status}
        type={applied.type}
        statusCounts={statusCounts}
        typeCounts={typeCounts}
        onStatus={(s) => apply(s, applied.type)}
        onType={(t) => apply(applied.status, t)}
        canEdit={canEdit}
        shownCount={pageIds.length}
        selectedCount={selected.size}
        allShownSelected={pageIds.length > 0 && pageIds.every((id) => selected.has(id))}
        onSelectAll={(on) => toggle(pageIds, on)}
        onBulk={(status) => setStatus([...selected], status)}
        busy={busy}
        listNote={
          stale > 0
            ? `${stale === 1 ? "1 item no longer matches" : `${stale} items no longer match`} this filter; ${stale === 1 ? "it stays" : "they stay"} until you refresh the list.`
            : `${shown.length} ${shown.length === 1 ? "item" : "items"} under ${claimCount} ${claimCount === 1 ? "claim" : "claims"}.`
        }
        canRefresh={stale > 0}
        onRefresh={() => apply(applied.status, applied.type)}
      />
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-0 flex-1">
          <ShortcutHelp />
        </div>
        {canEdit ? (
          <Button variant="secondary" onClick={regenerate} disabled={regen === "Regenerating…"}>
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
        <EmptyState title="No items match">Choose another status or type above.</EmptyState>
      ) : (
        <>
          {pager("Pages, top", true)}
          <ol className="space-y-4" aria-label="Claims and their items">
            {pageGroups.map((g) => {
              const ctx = contexts[g.claimId];
              const ids = g.items.map((i) => i.id);
              const n = g.n;
              return (
                <li key={`${g.claimId}-${g.continued}`}>
                  <section
                    aria-label={`Claim ${n}`}
                    className="space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-3 sm:p-4"
                  >
                    <ClaimHeader
                      n={n}
                      context={ctx}
                      fallback={g.items[0]!.source.sentence}
                      continued={g.continued}
                      selectable={canEdit && g.items.length > 1}
                      count={g.items.length}
                      allSelected={ids.every((id) => selected.has(id))}
                      onSelectAll={(on) => toggle(ids, on)}
                    />
                    <ul className="space-y-2">
                      {g.items.map((item) => (
                        <li key={item.id}>
                          <ItemRow
                            ref={(el) => {
                              if (el) rows.current.set(item.id, el);
                              else rows.current.delete(item.id);
                            }}
                            item={item}
                            why={statusReason(
                              item,
                              (siblings.get(item.claimId) ?? []).filter((s) => s.id !== item.id),
                            )}
                            canEdit={canEdit}
                            selected={selected.has(item.id)}
                            editing={editing === item.id}
                            busy={busy}
                            error={rowError?.id === item.id ? rowError.message : null}
                            onSelect={(on) => toggle([item.id], on)}
                            onStatus={setStatus}
                            onEdit={(on) => setEditing(on ? item.id : null)}
                            onSave={(patch) => save(item.id, patch)}
                            onFocusRow={() => setFocused(item.id)}
                          />
                        </li>
                      ))}
                    </ul>
                  </section>
                </li>
              );
            })}
          </ol>
          {pager("Pages, bottom")}
        </>
      )}
      <UndoToast
        toast={toast}
        busy={busy}
        onUndo={() => toast?.undo && void send(toast.undo, true)}
        onClose={() => setToast(null)}
      />
    </div>
  );
}
