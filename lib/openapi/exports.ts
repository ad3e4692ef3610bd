import { errorResponses, pathParam, queryParam, str } from "@/lib/openapi/helpers";

/** OpenAPI paths for what leaves Claimdeck as files: decks (Anki, CSV, Quizlet) and review history. */

const format = {
  name: "format",
  in: "query",
  required: true,
  schema: { type: "string", enum: ["apkg", "csv", "quizlet"] },
  description:
    "apkg: an Anki package (zip of collection.anki2 in schema 11 and a media map; one note per item with fields Front, Back, Source sentence, Essay; note guids derived from item ids, so importing a later export updates notes instead of duplicating them). csv: UTF-8 with a BOM, header Type,Front,Back,Choices,Explanation,Source sentence,Essay,Essay source; cells starting with = + - @ get a leading '. quizlet: Quizlet's import text, UTF-8 with a BOM, term TAB definition, one card a line (tabs and newlines inside fields become spaces).",
};

const files = {
  "200": {
    description:
      "The file, as an attachment (Content-Disposition) with a file name made of the title",
    content: {
      "application/octet-stream": { schema: { type: "string", format: "binary" } },
      "text/csv": { schema: str },
      "text/plain": { schema: str },
    },
  },
};

export const exportPaths: Record<string, Record<string, Record<string, unknown>>> = {
  "/api/sets/{id}/export": {
    get: {
      summary:
        "The set's published items, in the set's order, as a download. Same access as studying the set: the owning teacher and students of a class it is assigned to; anyone else 404. The Anki deck is named after the set.",
      parameters: [pathParam("id", "The set's id"), format],
      responses: { ...files, ...errorResponses(400, 401, 404) },
    },
  },
  "/api/essays/{slug}/export": {
    get: {
      summary:
        "The essay's published items, in reading order, as a download (any signed-in user, like reading the essay). The Anki deck is named after the essay.",
      parameters: [pathParam("slug", "The essay's slug"), format],
      responses: { ...files, ...errorResponses(400, 401, 404) },
    },
  },
  "/api/review/history": {
    get: {
      summary:
        "The caller's own review log as CSV (UTF-8 with a BOM), oldest first: Reviewed at (UTC), Essay, Item, Answer, Rating, State before, State after, Next due (UTC), Interval (days), Duration (ms), Undone (yes/no). Undone ratings stay in the log, marked.",
      parameters: [
        queryParam(
          "format",
          { type: "string", enum: ["csv"], default: "csv" },
          "csv (the only format)",
        ),
      ],
      responses: {
        "200": {
          description: "The CSV, as an attachment",
          content: { "text/csv": { schema: str } },
        },
        ...errorResponses(400, 401),
      },
    },
  },
};
