import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { itemsBulkSchema, updateItemStatuses } from "@/lib/data/items";
import { makeItems, makeUser } from "./support/teach-fixtures";

/** Gives an essay of fixture items an owner, as an upload would. */
async function ownedItems(ownerId: string) {
  const items = await makeItems();
  await db.essay.update({ where: { id: items[0]!.essayId }, data: { ownerId } });
  return items;
}

const statuses = async (ids: string[]) =>
  (await db.item.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } })).map(
    (i) => i.status,
  );

describe("bulk status changes", () => {
  it("publishes many items at once and reports what they were, for an undo", async () => {
    const teacher = await makeUser("teacher");
    const items = await ownedItems(teacher.id);
    await db.item.updateMany({
      where: { id: { in: items.map((i) => i.id) } },
      data: { status: "draft" },
    });
    const ids = items.slice(0, 3).map((i) => i.id);
    const out = await updateItemStatuses(
      teacher,
      itemsBulkSchema.parse({ ids, status: "published" }),
    );
    expect(out.items.map((i) => i.status)).toEqual(["published", "published", "published"]);
    expect(out.items.every((i) => i.edited)).toBe(true);
    expect(out.previous).toEqual(ids.map((id) => ({ id, status: "draft", edited: false })));

    // Undo: each item back to its own earlier status, in one request.
    await db.item.update({ where: { id: items[3]!.id }, data: { status: "retired" } });
    const undo = await updateItemStatuses(
      teacher,
      itemsBulkSchema.parse({
        changes: [...out.previous, { id: items[3]!.id, status: "published" }],
      }),
    );
    expect(undo.items.map((i) => i.status)).toEqual(["draft", "draft", "draft", "published"]);
    // Undone, the first three are the generator's again, as before; the fourth is the teacher's.
    expect(undo.items.map((i) => i.edited)).toEqual([false, false, false, true]);
  });

  it("changes nothing when one item is another teacher's", async () => {
    const teacher = await makeUser("teacher");
    const other = await makeUser("teacher");
    const mine = await ownedItems(teacher.id);
    const theirs = await ownedItems(other.id);
    const ids = [mine[0]!.id, mine[1]!.id, theirs[0]!.id];
    const before = await statuses(ids);
    await expect(
      updateItemStatuses(teacher, itemsBulkSchema.parse({ ids, status: "retired" })),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await statuses(ids)).toEqual(before);
    const student = await makeUser("student");
    await expect(
      updateItemStatuses(student, itemsBulkSchema.parse({ ids: [mine[0]!.id], status: "retired" })),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses empty, repeated or unknown-status changes", () => {
    expect(itemsBulkSchema.safeParse({ ids: [], status: "published" }).success).toBe(false);
    expect(itemsBulkSchema.safeParse({ ids: ["a1", "a1"], status: "published" }).success).toBe(
      false,
    );
    expect(itemsBulkSchema.safeParse({ ids: ["a1"], status: "gone" }).success).toBe(false);
    expect(itemsBulkSchema.safeParse({ changes: [{ id: "a1", status: "draft" }] }).success).toBe(
      true,
    );
  });
});
