/** Small builders that keep the OpenAPI document readable. */

export type Schema = Record<string, unknown>;

export const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
export const str: Schema = { type: "string" };
export const int: Schema = { type: "integer" };
export const num: Schema = { type: "number" };
export const bool: Schema = { type: "boolean" };
export const date: Schema = { type: "string", format: "date-time" };
export const arr = (items: Schema): Schema => ({ type: "array", items });
export const obj = (
  properties: Record<string, Schema>,
  required = Object.keys(properties),
): Schema => ({
  type: "object",
  properties,
  required,
});

export const errorResponses = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((c) => [
      String(c),
      {
        description: ERROR_TEXT[c] ?? "Error",
        content: { "application/json": { schema: ref("Error") } },
      },
    ]),
  );

export const ERROR_TEXT: Record<number, string> = {
  400: "Malformed request (not JSON, or a bad query value)",
  401: "Not signed in",
  403: "Signed in, but this role may not do this; or a state change sent from another origin",
  404: "Not found, or not yours",
  405: "This path does not answer to this method (Allow lists the ones it does)",
  409: "Conflict",
  413: "Body too large",
  415: "The body is not application/json (or, where listed, multipart/form-data)",
  422: "Valid JSON with invalid values",
  429: "Rate-limited; see Retry-After",
};

export const ok = (schema: Schema, status = "200", description = "OK") => ({
  [status]: { description, content: { "application/json": { schema } } },
});

export const body = (schema: Schema) => ({
  required: true,
  content: { "application/json": { schema } },
});

export const pathParam = (name: string, description: string) => ({
  name,
  in: "path",
  required: true,
  schema: str,
  description,
});
export const queryParam = (name: string, schema: Schema, description: string) => ({
  name,
  in: "query",
  required: false,
  schema,
  description,
});

export const itemType: Schema = {
  type: "string",
  enum: ["mcq", "true_false", "cloze", "short_answer", "flashcard"],
};
export const itemStatus: Schema = { type: "string", enum: ["draft", "published", "retired"] };
