import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";

/** Users, an essay with items, and review/quiz rows for the teacher-side data tests. */
export async function makeUser(role: "student" | "teacher", name?: string): Promise<SessionUser> {
  const tag = crypto.randomBytes(4).toString("hex");
  const u = await db.user.create({
    data: { email: `${role}-${tag}@t.test`, name: name ?? `${role} ${tag}`, role },
  });
  return { id: u.id, email: u.email, name: u.name, role };
}

const TYPES = ["mcq", "true_false", "cloze", "short_answer", "flashcard"] as const;

/** An essay with one claim per type, each with one item: returns the items in type order. */
export async function makeItems(statuses: Partial<Record<(typeof TYPES)[number], string>> = {}) {
  const tag = crypto.randomBytes(4).toString("hex");
  const essay = await db.essay.create({
    data: {
      slug: `fixture-${tag}`,
      title: `Fixture ${tag}`,
      text: "Lighthouses were lit with oil. Keepers trimmed the wicks nightly.",
      checksum: tag,
      paragraphsJson: "[]",
      generatorVersion: "test",
    },
  });
  const items = [];
  for (const [i, type] of TYPES.entries()) {
    const claim = await db.claim.create({
      data: {
        essayId: essay.id,
        key: `c${i}`,
        text: `Keepers trimmed wick number ${i}.`,
        paragraph: 0,
        sentence: i,
        score: 1,
      },
    });
    items.push(
      await db.item.create({
        data: {
          essayId: essay.id,
          claimId: claim.id,
          key: `k${i}`,
          type,
          prompt: `Which wick is number ${i}?`,
          answer: `wick ${i}`,
          choicesJson: type === "mcq" ? JSON.stringify([`wick ${i}`, "lamp", "oil"]) : null,
          explanation: "",
          sourceSentence: `Keepers trimmed wick number ${i}.`,
          status: statuses[type] ?? "published",
          generatorVersion: "test",
        },
      }),
    );
  }
  return items;
}

export async function review(userId: string, itemId: string, rating: number, undone = false) {
  const card = await db.card.upsert({
    where: { userId_itemId: { userId, itemId } },
    create: { userId, itemId, due: new Date() },
    update: {},
  });
  return db.reviewLog.create({
    data: {
      cardId: card.id,
      userId,
      rating,
      state: 0,
      due: new Date(),
      stability: 0,
      difficulty: 0,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reviewedAt: new Date(),
      resultJson: "{}",
      undoneAt: undone ? new Date() : null,
    },
  });
}

/** A quiz for an assignment; with `answers` it is submitted with those item → correct results. */
export async function quiz(
  userId: string,
  assignmentId: string,
  setId: string,
  answers?: { itemId: string; correct: boolean }[],
  itemIds: string[] = answers?.map((a) => a.itemId) ?? [],
) {
  const q = await db.quiz.create({
    data: {
      userId,
      assignmentId,
      setId,
      questions: { create: itemIds.map((itemId, position) => ({ itemId, position })) },
    },
    include: { questions: true },
  });
  const score = answers ? answers.filter((a) => a.correct).length : null;
  const attempt = await db.attempt.create({
    data: {
      quizId: q.id,
      userId,
      total: itemIds.length,
      submittedAt: answers ? new Date() : null,
      score,
    },
  });
  if (answers) {
    for (const a of answers) {
      const question = q.questions.find((x) => x.itemId === a.itemId)!;
      await db.answer.create({
        data: {
          attemptId: attempt.id,
          questionId: question.id,
          response: a.correct ? "right" : "wrong",
          correct: a.correct,
        },
      });
    }
  }
  return q;
}
