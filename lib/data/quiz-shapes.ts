/** What the quiz routes accept (zod) and what they answer: shared by the routes, the pages and lib/data. */
import { z } from "zod";
import { idParam, slugParam } from "@/lib/http";

/** Item types a quiz asks (flashcards are for review only). */
export const QUIZ_TYPES = ["mcq", "true_false", "cloze", "short_answer"] as const;
export type QuizType = (typeof QUIZ_TYPES)[number];
export const DEFAULT_QUIZ_COUNT = 10;
export const MAX_QUIZ_COUNT = 100;

export const createQuizSchema = z
  .object({
    setId: idParam.optional(),
    essay: slugParam.optional(),
    assignmentId: idParam.optional(),
    count: z.number().int().min(1).max(MAX_QUIZ_COUNT).optional(),
    types: z
      .array(z.enum(QUIZ_TYPES, { message: "types may hold mcq, true_false, cloze, short_answer" }))
      .min(1, "Choose at least one question type")
      .max(QUIZ_TYPES.length)
      .optional(),
  })
  .refine((v) => [v.setId, v.essay, v.assignmentId].filter(Boolean).length === 1, {
    message: "Give exactly one of setId, essay or assignmentId",
  });
export type CreateQuizInput = z.infer<typeof createQuizSchema>;

export const submitQuizSchema = z.object({
  answers: z
    .array(
      z.object({
        questionId: idParam,
        response: z.string().max(1000, "An answer may be at most 1000 characters"),
      }),
    )
    .max(MAX_QUIZ_COUNT),
});
export type SubmitQuizInput = z.infer<typeof submitQuizSchema>;

export interface QuizQuestionView {
  id: string;
  type: QuizType;
  prompt: string;
  choices?: string[];
}

export interface QuizSource {
  essay: string;
  essayTitle: string;
  sentence: string;
  claimId: string;
}

export interface QuizResult {
  questionId: string;
  correct: boolean;
  expected: string;
  explanation: string;
  source: QuizSource;
  /** What the student answered ("" when unanswered). */
  response: string;
  /** True when a wrong answer put a card of this claim in the student's review queue. */
  reviewQueued?: boolean;
}

export interface QuizSubmission {
  score: number;
  total: number;
  results: QuizResult[];
}

export interface QuizView {
  id: string;
  title: string;
  createdAt: string;
  essay: string | null;
  setId: string | null;
  assignmentId: string | null;
  total: number;
  submittedAt: string | null;
  score: number | null;
  questions: QuizQuestionView[];
  /** Present once the quiz is submitted. */
  results?: QuizResult[];
}

export interface QuizSummary {
  id: string;
  title: string;
  createdAt: string;
  submittedAt: string | null;
  score: number | null;
  total: number;
}
