import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { storeEssay } from "@/lib/content/store-essay";
import { loadContent } from "@/lib/content/load-content";

const fixture = path.resolve(__dirname, "fixtures/river-essay.md");

function tempContent(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdeck-content-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

async function snapshot() {
  const [essays, claims, items] = await Promise.all([
    db.essay.findMany({ orderBy: { id: "asc" } }),
    db.claim.findMany({ orderBy: { id: "asc" } }),
    db.item.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { essays, claims, items };
}

describe("loading content/", () => {
  it("stores each essay with claims and items, and a second load changes nothing", async () => {
    const dir = tempContent({ "harbor.md": fs.readFileSync(fixture, "utf8") });
    const first = await loadContent(dir);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ slug: "harbor", outcome: "created" });
    expect(first[0]!.claimCount).toBeGreaterThan(3);
    expect(first[0]!.itemCount).toBeGreaterThan(5);

    const essay = await db.essay.findUniqueOrThrow({ where: { slug: "harbor" } });
    expect(essay.title).toBe("How the Delta Town Rebuilt Its Harbor");
    expect(essay.source).toBe("Written for Claimdeck's tests");
    // The text is stored as written, boilerplate included.
    expect(essay.text).toContain("Sign up for our newsletter");
    const published = await db.item.count({ where: { essayId: essay.id, status: "published" } });
    expect(published).toBeGreaterThan(0);

    const before = await snapshot();
    const second = await loadContent(dir);
    expect(second[0]!.outcome).toBe("unchanged");
    expect(await snapshot()).toEqual(before);
  });

  it("after an edit keeps unchanged items (and their cards), keeps teacher edits, and retires what disappeared", async () => {
    const original = fs.readFileSync(fixture, "utf8");
    const text = original.replace(/^---[\s\S]*?---\n/, "");
    await storeEssay({ slug: "edited", title: "Harbor", text });
    const essay = await db.essay.findUniqueOrThrow({ where: { slug: "edited" } });
    const items = await db.item.findMany({
      where: { essayId: essay.id },
      include: { claim: true },
    });

    const lighthouse = items.find((i) => i.claim.text.includes("lighthouse"))!;
    const survivor = items.find((i) => i.claim.text.includes("Tourism"))!;
    expect(lighthouse).toBeDefined();
    expect(survivor).toBeDefined();

    const user = await db.user.create({
      data: { email: `s-${Math.random()}@t.test`, name: "S", role: "student" },
    });
    const card = await db.card.create({
      data: { userId: user.id, itemId: survivor.id, due: new Date() },
    });
    const edited = await db.item.update({
      where: { id: survivor.id },
      data: { prompt: "A teacher's own wording?", editedAt: new Date(), status: "published" },
    });

    const changed = text.replace(/The old lighthouse[^.]*\./, "");
    expect(changed).not.toContain("lighthouse");
    const result = await storeEssay({ slug: "edited", title: "Harbor", text: changed });
    expect(result.outcome).toBe("updated");
    expect(result.retiredItems).toBeGreaterThan(0);

    const gone = await db.item.findUniqueOrThrow({ where: { id: lighthouse.id } });
    expect(gone.status).toBe("retired");
    const goneClaim = await db.claim.findUniqueOrThrow({ where: { id: lighthouse.claimId } });
    expect(goneClaim.retiredAt).not.toBeNull();

    const kept = await db.item.findUniqueOrThrow({ where: { id: edited.id } });
    expect(kept.prompt).toBe("A teacher's own wording?");
    expect(kept.status).toBe("published");
    expect(await db.card.findUnique({ where: { id: card.id } })).not.toBeNull();
  });

  it("rolls an essay back whole when storing fails part-way", async () => {
    const before = await db.essay.count();
    await expect(
      storeEssay({
        slug: "broken",
        title: "Broken",
        text: "A".repeat(10),
        ownerId: "no-such-user",
      }),
    ).rejects.toThrow();
    expect(await db.essay.count()).toBe(before);
    expect(await db.claim.count({ where: { essay: { slug: "broken" } } })).toBe(0);
  });
});
