import type { Schema } from "@/lib/openapi/helpers";

/** OpenAPI paths and schemas for classes, sets, assignments and reports (the teacher side). */
export const teachSchemas: Record<string, Schema> = {};

export const teachPaths: Record<string, Record<string, Record<string, unknown>>> = {};
