import crypto from "node:crypto";
import { db } from "@/lib/db";
import {
  generateFromEssay,
  GENERATOR_VERSION,
  type GeneratedItem,
  type GenerationResult,
} from "@/lib/generate";

export interface EssayInput {
  slug: string;
  title: string;
  text: string;
  source?: string | null;
  date?: string | null;
  ownerId?: string | null;
  /** Regenerate even when the text and generator are unchanged. */
  force?: boolean;
  /** A generation already done (in the worker thread); without it the generator runs here. */
  result?: GenerationResult;
}

export interface StoreResult {
  essayId: string;
  slug: string;
  outcome: "created" | "updated" | "unchanged";
  claimCount: number;
  itemCount: number;
  retiredItems: number;
}

/** The columns of an item the generator writes (a teacher's edit may later override them). */
export function generatedItemFields(it: GeneratedItem, generatorVersion: string) {
  return {
    prompt: it.prompt,
    answer: it.answer,
    choicesJson: it.choices ? JSON.stringify(it.choices) : null,
    explanation: it.explanation,
    sourceSentence: it.source.sentence,
    status: it.status,
    quality: it.quality,
    reason: it.reason ?? null,
    generatorVersion,
  };
}

export function essayChecksum(title: string, text: string): string {
  return crypto.createHash("sha256").update(`${title}\n${text}`).digest("hex");
}

/**
 * Stores an essay with its claims and items, idempotently, in one transaction.
 * A re-run with the same text and generator changes nothing. After a change, claims and items are
 * matched by their stable keys: unchanged ones keep their ids (so every card and review stays
 * attached), teacher-edited items keep their text and status, and items whose claim is gone are
 * retired, never deleted.
 */
export async function storeEssay(input: EssayInput): Promise<StoreResult> {
  const checksum = essayChecksum(input.title, input.text);
  const existing = await db.essay.findUnique({ where: { slug: input.slug } });
  if (!input.force && existing && existing.checksum === checksum && existing.generatorVersion === GENERATOR_VERSION) {
    const [claimCount, itemCount] = await Promise.all([
      db.claim.count({ where: { essayId: existing.id, retiredAt: null } }),
      db.item.count({ where: { essayId: existing.id, status: { not: "retired" } } }),
    ]);
    return { essayId: existing.id, slug: input.slug, outcome: "unchanged", claimCount, itemCount, retiredItems: 0 };
  }

  // Generation is pure CPU work: do it before the transaction so the write lock is held briefly.
  const result = input.result ?? generateFromEssay({ title: input.title, text: input.text });
  const now = new Date();

  return db.$transaction(
    async (tx) => {
      const essayData = {
        title: input.title,
        source: input.source ?? "",
        publishedOn: input.date ?? "",
        text: input.text,
        checksum,
        paragraphsJson: JSON.stringify(result.paragraphs),
        generatorVersion: result.generatorVersion,
      };
      const essay = existing
        ? await tx.essay.update({ where: { id: existing.id }, data: essayData })
        : await tx.essay.create({
            data: { ...essayData, slug: input.slug, ownerId: input.ownerId ?? null },
          });

      const oldClaims = await tx.claim.findMany({ where: { essayId: essay.id } });
      const claimIdByKey = new Map(oldClaims.map((c) => [c.key, c.id]));
      const liveClaimKeys = new Set(result.claims.map((c) => c.key));
      for (const c of result.claims) {
        const data = { text: c.text, paragraph: c.paragraph, sentence: c.sentence, score: c.score, retiredAt: null };
        const id = claimIdByKey.get(c.key);
        if (id) await tx.claim.update({ where: { id }, data });
        else {
          const created = await tx.claim.create({ data: { ...data, essayId: essay.id, key: c.key } });
          claimIdByKey.set(c.key, created.id);
        }
      }
      const goneClaims = oldClaims.filter((c) => !liveClaimKeys.has(c.key) && !c.retiredAt).map((c) => c.id);
      if (goneClaims.length) {
        await tx.claim.updateMany({ where: { id: { in: goneClaims } }, data: { retiredAt: now } });
      }

      const oldItems = await tx.item.findMany({ where: { essayId: essay.id } });
      const oldByKey = new Map(oldItems.map((i) => [i.key, i]));
      const liveItemKeys = new Set<string>();
      for (const it of result.items) {
        liveItemKeys.add(it.key);
        const claimId = claimIdByKey.get(it.claimKey)!;
        const generated = generatedItemFields(it, result.generatorVersion);
        const old = oldByKey.get(it.key);
        if (!old) {
          await tx.item.create({ data: { ...generated, essayId: essay.id, claimId, key: it.key, type: it.type } });
        } else if (old.editedAt) {
          // A teacher's edit wins over the generator; only the link to the claim is refreshed.
          await tx.item.update({
            where: { id: old.id },
            data: { claimId, sourceSentence: it.source.sentence, status: old.status === "retired" ? "draft" : old.status },
          });
        } else {
          await tx.item.update({ where: { id: old.id }, data: { ...generated, claimId } });
        }
      }
      const retire = oldItems.filter((i) => !liveItemKeys.has(i.key) && i.status !== "retired").map((i) => i.id);
      if (retire.length) {
        await tx.item.updateMany({ where: { id: { in: retire } }, data: { status: "retired" } });
      }

      return {
        essayId: essay.id,
        slug: input.slug,
        outcome: existing ? ("updated" as const) : ("created" as const),
        claimCount: result.claims.length,
        itemCount: result.items.length,
        retiredItems: retire.length,
      };
    },
    { timeout: 60_000, maxWait: 20_000 },
  );
}
