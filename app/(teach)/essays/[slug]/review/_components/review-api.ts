import type { ItemView } from "@/lib/data/items";

export type Change = { id: string; status: ItemView["status"] };

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
