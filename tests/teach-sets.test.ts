import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSet, createSetSchema, getSet, listSets, updateSet } from "@/lib/data/sets";
import { makeItems, makeUser } from "./support/teach-fixtures";

describe("sets", () => {
  it("keeps items in the order given, with status and source, and collapses duplicates", async () => {
    const teacher = await makeUser("teacher");
    const items = await makeItems();
    const ids = [items[3]!.id, items[0]!.id, items[3]!.id, items[1]!.id];
    const { id } = await createSet(teacher, { title: "Wicks", itemIds: ids });
    const set = await getSet(teacher, id);
    expect(set.title).toBe("Wicks");
    expect(set.items.map((i) => i.id)).toEqual([items[3]!.id, items[0]!.id, items[1]!.id]);
    expect(set.items[0]).toMatchObject({
      status: "published",
      type: "short_answer",
      source: { sentence: "Keepers trimmed wick number 3." },
      position: 0,
    });
    expect(await listSets(teacher)).toEqual([
      expect.objectContaining({ id, title: "Wicks", itemCount: 3, retiredCount: 0 }),
    ]);
  });

  it("rejects unknown and retired items with 422 naming them, and stores nothing", async () => {
    const teacher = await makeUser("teacher");
    const items = await makeItems({ cloze: "retired" });
    const before = await db.itemSet.count();
    const err = await createSet(teacher, {
      title: "Bad",
      itemIds: [items[0]!.id, "missing-item", items[2]!.id],
    }).catch((e) => e);
    expect(err).toMatchObject({ code: "invalid" });
    expect(err.message).toContain("missing-item");
    expect(err.message).toContain(items[2]!.id);
    expect(await db.itemSet.count()).toBe(before);
  });

  it("validates the title and the list", () => {
    expect(createSetSchema.safeParse({ title: " ", itemIds: ["a"] }).success).toBe(false);
    expect(createSetSchema.safeParse({ title: "T", itemIds: [] }).success).toBe(false);
    expect(createSetSchema.safeParse({ title: "T", itemIds: ["../x"] }).success).toBe(false);
    expect(createSetSchema.safeParse({ title: "T", itemIds: ["abc"] }).success).toBe(true);
  });

  it("PATCH replaces title and order in one go; a retired item already in the set stays", async () => {
    const teacher = await makeUser("teacher");
    const items = await makeItems();
    const { id } = await createSet(teacher, {
      title: "Old",
      itemIds: [items[0]!.id, items[1]!.id],
    });
    await db.item.update({ where: { id: items[0]!.id }, data: { status: "retired" } });
    const shown = await getSet(teacher, id);
    expect(shown.items[0]).toMatchObject({ id: items[0]!.id, status: "retired" });

    const updated = await updateSet(teacher, id, {
      title: "New",
      itemIds: [items[1]!.id, items[0]!.id, items[4]!.id],
    });
    expect(updated.title).toBe("New");
    expect(updated.items.map((i) => i.id)).toEqual([items[1]!.id, items[0]!.id, items[4]!.id]);

    // Adding a retired item that was not in the set is refused, and the set is unchanged.
    await db.item.update({ where: { id: items[2]!.id }, data: { status: "retired" } });
    await expect(
      updateSet(teacher, id, { itemIds: [items[2]!.id, items[1]!.id] }),
    ).rejects.toMatchObject({ code: "invalid" });
    expect((await getSet(teacher, id)).items).toHaveLength(3);
  });

  it("another teacher can neither read nor change the set", async () => {
    const teacher = await makeUser("teacher");
    const other = await makeUser("teacher");
    const items = await makeItems();
    const { id } = await createSet(teacher, { title: "Mine", itemIds: [items[0]!.id] });
    await expect(getSet(other, id)).rejects.toMatchObject({ code: "not_found" });
    await expect(updateSet(other, id, { title: "Stolen" })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await listSets(other)).toEqual([]);
    expect((await getSet(teacher, id)).title).toBe("Mine");
  });
});
