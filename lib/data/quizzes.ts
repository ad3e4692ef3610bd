import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/session";
import { requireAssignmentAccess, requireEssayAccess, requireSetAccess } from "@/lib/data/access";
import { bringCardForward } from "@/lib/data/review";
import { gradeAnswer } from "@/lib/grade/grade-answer";
import type { ItemType } from "@/lib/generate/types";
import { drawItems, shuffle } from "@/lib/quiz/draw";
import {
  DEFAULT_QUIZ_COUNT,
  QUIZ_TYPES,
  type CreateQuizInput,
  type QuizQuestionView,
  type QuizResult,
  type QuizSubmission,
  type QuizSummary,
  type QuizType,
  type QuizView,
  type SubmitQuizInput,
} from "@/lib/data/quiz-shapes";

export * from "@/lib/data/quiz-shapes";
export { drawItems };

const itemSelect = {
  id: true,
  type: true,
  prompt: true,
  answer: true,
  choicesJson: true,
  explanation: true,
  sourceSentence: true,
  claimId: true,
  status: true,
  essay: { select: { slug: true, title: true } },
} as const;

type QuizItem = {
  id: string;
  type: string;
  claimId: string;
  choicesJson: string | null;
  answer: string;
};

async function quizSource(user: SessionUser, input: CreateQuizInput, types: readonly string[]) {
  const itemWhere = { status: "published", type: { in: [...types] } };
  if (input.essay) {
    const essay = await requireEssayAccess(user, input.essay);
    const items = await db.item.findMany({
      where: { essayId: essay.id, ...itemWhere },
      select: { id: true, type: true, claimId: true, choicesJson: true, answer: true },
    });
    return { items, essayId: essay.id, setId: null, assignmentId: null, ordered: false };
  }
  let setId = input.setId ?? null;
  let assignmentId: string | null = null;
  if (input.assignmentId) {
    const assignment = await requireAssignmentAccess(user, input.assignmentId);
    setId = assignment.setId;
    assignmentId = assignment.id;
  } else if (setId) {
    await requireSetAccess(user, setId);
    assignmentId = await openQuizAssignment(user, setId);
  }
  const rows = await db.setItem.findMany({
    where: { setId: setId!, item: itemWhere },
    orderBy: { position: "asc" },
    select: {
      item: { select: { id: true, type: true, claimId: true, choicesJson: true, answer: true } },
    },
  });
  return { items: rows.map((r) => r.item), essayId: null, setId, assignmentId, ordered: true };
}

/**
 * A student's quiz on a set counts for the quiz assignment of that set still open to them (the one
 * due soonest), however it was started: from the assignment card, or with POST /api/quizzes {setId}.
 */
async function openQuizAssignment(user: SessionUser, setId: string): Promise<string | null> {
  if (user.role !== "student") return null;
  const open = await db.assignment.findFirst({
    where: {
      setId,
      mode: "quiz",
      dueAt: { gt: new Date() },
      class: { enrollments: { some: { userId: user.id, removedAt: null } } },
    },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return open?.id ?? null;
}

/** Draws a quiz for the caller from published items; the answers stay on the server. */
export async function createQuiz(
  user: SessionUser,
  input: CreateQuizInput,
  rand: () => number = Math.random,
): Promise<QuizView> {
  const types = input.types ?? QUIZ_TYPES;
  const source = await quizSource(user, input, types);
  if (source.items.length === 0) {
    throw new AppError(
      "invalid",
      "There are no published questions of the chosen types here. Choose other types or another essay.",
    );
  }
  const count = Math.min(
    input.count ?? (source.ordered ? source.items.length : DEFAULT_QUIZ_COUNT),
    source.items.length,
  );
  // A whole set is asked in the teacher's order; a sample of anything is mixed.
  const picked: QuizItem[] =
    source.ordered && count === source.items.length
      ? source.items
      : drawItems(source.items, count, rand);

  const quiz = await db.quiz.create({
    data: {
      userId: user.id,
      essayId: source.essayId,
      setId: source.setId,
      assignmentId: source.assignmentId,
      questions: {
        create: picked.map((item, position) => ({
          itemId: item.id,
          position,
          choicesJson:
            item.type === "mcq" && item.choicesJson
              ? JSON.stringify(shuffle(JSON.parse(item.choicesJson) as string[], rand))
              : item.choicesJson,
        })),
      },
      attempt: { create: { userId: user.id, total: picked.length } },
    },
    select: { id: true },
  });
  return getQuiz(user, quiz.id);
}

const quizInclude = {
  essay: { select: { slug: true, title: true } },
  set: { select: { title: true } },
  attempt: { include: { answers: true } },
  questions: { orderBy: { position: "asc" }, include: { item: { select: itemSelect } } },
} as const;

async function loadQuiz(user: SessionUser, id: string) {
  const quiz = await db.quiz.findFirst({ where: { id, userId: user.id }, include: quizInclude });
  if (!quiz) throw new AppError("not_found", "No quiz with this id is yours.");
  return quiz;
}
type LoadedQuiz = Awaited<ReturnType<typeof loadQuiz>>;

function quizTitle(quiz: {
  essay: { title: string } | null;
  set: { title: string } | null;
  assignmentId: string | null;
}): string {
  if (quiz.essay) return quiz.essay.title;
  if (quiz.set) return quiz.assignmentId ? `Assignment: ${quiz.set.title}` : quiz.set.title;
  return "Quiz";
}

function questionView(q: LoadedQuiz["questions"][number]): QuizQuestionView {
  return {
    id: q.id,
    type: q.item.type as QuizType,
    prompt: q.item.prompt,
    ...(q.choicesJson ? { choices: JSON.parse(q.choicesJson) as string[] } : {}),
  };
}

function resultView(
  q: LoadedQuiz["questions"][number],
  response: string,
  correct: boolean,
  reviewQueued?: boolean,
): QuizResult {
  return {
    questionId: q.id,
    correct,
    expected: q.item.answer,
    explanation: q.item.explanation,
    source: {
      essay: q.item.essay.slug,
      essayTitle: q.item.essay.title,
      sentence: q.item.sourceSentence,
      claimId: q.item.claimId,
    },
    response,
    ...(reviewQueued === undefined ? {} : { reviewQueued }),
  };
}

/** The caller's quiz: questions without answers before submission, with results after. */
export async function getQuiz(user: SessionUser, id: string): Promise<QuizView> {
  const quiz = await loadQuiz(user, id);
  const attempt = quiz.attempt;
  const submitted = attempt?.submittedAt ?? null;
  const answers = new Map((attempt?.answers ?? []).map((a) => [a.questionId, a]));
  return {
    id: quiz.id,
    title: quizTitle(quiz),
    createdAt: quiz.createdAt.toISOString(),
    essay: quiz.essay?.slug ?? null,
    setId: quiz.setId,
    assignmentId: quiz.assignmentId,
    total: attempt?.total ?? quiz.questions.length,
    submittedAt: submitted ? submitted.toISOString() : null,
    score: submitted ? (attempt?.score ?? 0) : null,
    questions: quiz.questions.map(questionView),
    ...(submitted
      ? {
          results: quiz.questions.map((q) => {
            const a = answers.get(q.id);
            return resultView(q, a?.response ?? "", a?.correct ?? false);
          }),
        }
      : {}),
  };
}

/**
 * Grades and stores the one attempt. Concurrent submits race on `submittedAt: null`: exactly one
 * updates the attempt; the rest get 409 and change nothing. Wrong answers bring the claim's card
 * forward in the review queue.
 */
export async function submitQuiz(
  user: SessionUser,
  id: string,
  input: SubmitQuizInput,
  now = new Date(),
): Promise<QuizSubmission> {
  const quiz = await loadQuiz(user, id);
  const attempt = quiz.attempt;
  if (!attempt) throw new AppError("not_found", "No quiz with this id is yours.");
  if (attempt.submittedAt) throw alreadySubmitted();

  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const responses = new Map<string, string>();
  for (const a of input.answers) {
    if (!byId.has(a.questionId))
      throw new AppError("invalid", `Question ${a.questionId} is not part of this quiz.`);
    if (responses.has(a.questionId))
      throw new AppError(
        "invalid",
        `Question ${a.questionId} is answered twice. Send one answer each.`,
      );
    responses.set(a.questionId, a.response);
  }

  const graded = quiz.questions.map((q) => {
    const response = responses.get(q.id) ?? "";
    return { q, response, correct: gradeAnswer(q.item.answer, response, q.item.type as ItemType) };
  });
  const score = graded.filter((g) => g.correct).length;

  const queued = await db.$transaction(async (tx) => {
    const won = await tx.attempt.updateMany({
      where: { id: attempt.id, submittedAt: null },
      data: { submittedAt: now, score },
    });
    if (won.count !== 1) throw alreadySubmitted();
    await tx.answer.createMany({
      data: graded.map((g) => ({
        attemptId: attempt.id,
        questionId: g.q.id,
        response: g.response,
        correct: g.correct,
      })),
    });
    const out = new Map<string, boolean>();
    for (const g of graded) {
      if (!g.correct) out.set(g.q.id, await bringCardForward(tx, user.id, g.q.item, now));
    }
    return out;
  });

  return {
    score,
    total: graded.length,
    results: graded.map((g) =>
      resultView(g.q, g.response, g.correct, g.correct ? undefined : queued.get(g.q.id)),
    ),
  };
}

function alreadySubmitted(): AppError {
  return new AppError(
    "conflict",
    "This quiz was already submitted. Start a new quiz to try again.",
  );
}

/** The caller's quizzes, newest first. */
export async function listQuizzes(user: SessionUser, limit = 50): Promise<QuizSummary[]> {
  const quizzes = await db.quiz.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    take: limit,
    include: {
      essay: { select: { title: true } },
      set: { select: { title: true } },
      attempt: { select: { submittedAt: true, score: true, total: true } },
    },
  });
  return quizzes.map((q) => ({
    id: q.id,
    title: quizTitle(q),
    createdAt: q.createdAt.toISOString(),
    submittedAt: q.attempt?.submittedAt?.toISOString() ?? null,
    score: q.attempt?.submittedAt ? (q.attempt.score ?? 0) : null,
    total: q.attempt?.total ?? 0,
  }));
}
