import type { ItemView } from "@/lib/data/items";

export type Change = { id: string; status: ItemView["status"]; edited?: boolean };

async function call<T>(url: string, body: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    throw new Error("Could not reach Claimdeck. Check your connection; nothing was changed.");
  }
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new Error(data?.error?.message ?? `Saving failed (${res.status}). Try again.`);
  return data as T;
}

export function patchItem(id: string, patch: Record<string, unknown>): Promise<ItemView> {
  return call(`/api/items/${id}`, patch);
}

/** One request, one transaction: every change is saved, or none. */
export function sendStatusChanges(
  changes: Change[],
): Promise<{ items: ItemView[]; previous: Change[] }> {
  return call("/api/items", { changes });
}

/** Regenerates the essay's items (teacher edits are kept) and reads them back. */
export async function regenerateItems(
  slug: string,
): Promise<{ message: string; items: ItemView[] }> {
  const res = await fetch(`/api/essays/${slug}/regenerate`, { method: "POST" }).catch(() => null);
  const data = await res?.json().catch(() => null);
  if (!res?.ok) throw new Error(data?.error?.message ?? "Regenerating failed. Try again.");
  const retired = data.retiredItems ? `, ${data.retiredItems} retired` : "";
  const fresh = await fetch(`/api/essays/${slug}/items`).then((r) => r.json());
  return {
    message: `Regenerated: ${data.itemCount} items${retired}. Your edits were kept.`,
    items: fresh.items as ItemView[],
  };
}
