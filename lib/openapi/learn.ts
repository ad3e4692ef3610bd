import type { Schema } from "@/lib/openapi/helpers";

/** OpenAPI paths and schemas for review, quizzes and stats (the student side). */
export const learnSchemas: Record<string, Schema> = {};

export const learnPaths: Record<string, Record<string, Record<string, unknown>>> = {};
