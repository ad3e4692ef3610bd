import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import type { rateCard } from "@/lib/srs/fsrs";

/** Made-up study material for data-layer tests: nothing here comes from content/. */

export async function makeStudent(name = "Student"): Promise<SessionUser> {
  const u = await db.user.create({
    data: { email: `s-${crypto.randomUUID()}@t.test`, name, role: "student" },
  });
  return { id: u.id, email: u.email, name: u.name, role: "student" };
}

export async function makeTeacher(name = "Teacher"): Promise<SessionUser> {
  const u = await db.user.create({
    data: { email: `t-${crypto.randomUUID()}@t.test`, name, role: "teacher" },
  });
  return { id: u.id, email: u.email, name: u.name, role: "teacher" };
}

type ItemSpec = {
  type: "mcq" | "true_false" | "cloze" | "short_answer" | "flashcard";
  status?: string;
};

/**
 * An essay with `claims` claims about an imaginary orchard; each claim gets the listed item types.
 * Claim n's flashcard answer is `answer-n`; mcq answers are `pear-n` among fruit choices.
 */
export async function makeEssay(
  claims: number,
  types: ItemSpec[] = [{ type: "flashcard" }],
  slug = `orchard-${crypto.randomBytes(4).toString("hex")}`,
) {
  const sentences = Array.from(
    { length: claims },
    (_, n) => `Row ${n} of the orchard holds answer-${n} trees.`,
  );
  const essay = await db.essay.create({
    data: {
      slug,
      title: `Orchard notes ${slug.slice(-4)}`,
      text: sentences.join(" "),
      checksum: crypto.randomUUID(),
      paragraphsJson: JSON.stringify([
        { index: 0, text: sentences.join(" "), boilerplate: false, sentences },
      ]),
      generatorVersion: "test",
    },
  });
  const claimRows = [];
  const items: { id: string; claimId: string; type: string; answer: string }[] = [];
  for (let n = 0; n < claims; n++) {
    const claim = await db.claim.create({
      data: {
        essayId: essay.id,
        key: `c${n}`,
        text: sentences[n]!,
        paragraph: 0,
        sentence: n,
        score: 1,
      },
    });
    claimRows.push(claim);
    for (const spec of types) {
      const choice = spec.type === "mcq" || spec.type === "true_false";
      const answer =
        spec.type === "mcq" ? `pear-${n}` : spec.type === "true_false" ? "True" : `answer-${n}`;
      const item = await db.item.create({
        data: {
          essayId: essay.id,
          claimId: claim.id,
          key: `c${n}-${spec.type}`,
          type: spec.type,
          prompt: `Prompt ${spec.type} ${n}: what does row ${n} hold?`,
          answer,
          choicesJson: choice
            ? JSON.stringify(
                spec.type === "mcq"
                  ? [`pear-${n}`, `plum-${n}`, `fig-${n}`, `lime-${n}`]
                  : ["True", "False"],
              )
            : null,
          explanation: `Row ${n} holds answer-${n} trees.`,
          sourceSentence: sentences[n]!,
          status: spec.status ?? "published",
          generatorVersion: "test",
        },
      });
      items.push({ id: item.id, claimId: claim.id, type: item.type, answer });
    }
  }
  return { essay, claims: claimRows, items };
}

/** A teacher's set of items assigned to a class the student is enrolled in. */
export async function assignSet(
  teacher: SessionUser,
  student: SessionUser,
  itemIds: string[],
  mode: "quiz" | "review",
) {
  const klass = await db.class.create({
    data: { name: "Class", ownerId: teacher.id, joinCode: crypto.randomBytes(4).toString("hex") },
  });
  await db.enrollment.create({ data: { classId: klass.id, userId: student.id } });
  const set = await db.itemSet.create({
    data: {
      title: "Set",
      ownerId: teacher.id,
      items: { create: itemIds.map((itemId, position) => ({ itemId, position })) },
    },
  });
  const assignment = await db.assignment.create({
    data: {
      classId: klass.id,
      setId: set.id,
      createdById: teacher.id,
      mode,
      dueAt: new Date(Date.now() + 7 * 86_400_000),
    },
  });
  return { klass, set, assignment };
}

/** The ReviewLog row a rating writes, as the review path builds it (lib/data/review.ts). */
export function ratingLog(
  rated: ReturnType<typeof rateCard>,
  ids: { cardId: string; userId: string },
  idempotencyKey: string,
  durationMs: number | null = null,
) {
  return { ...rated.log, ...ids, durationMs, idempotencyKey, resultJson: "{}" };
}
