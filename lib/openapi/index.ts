import { errorResponses } from "@/lib/openapi/helpers";
import { paths, schemas } from "@/lib/openapi/core";
import { learnPaths, learnSchemas } from "@/lib/openapi/learn";
import { teachPaths, teachSchemas } from "@/lib/openapi/teach";
import { exportPaths } from "@/lib/openapi/exports";
import { livePaths, liveSchemas } from "@/lib/openapi/live";
import { uploadPaths } from "@/lib/openapi/uploads";

/**
 * The OpenAPI 3.1 document served at /api/openapi.json. A unit test checks that every route handler
 * under app/api has its path and methods here, so a new route cannot ship undocumented.
 */

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Claimdeck API",
      version: "1.0.0",
      description:
        "Essays in, honest questions out. Errors always have the shape {error: {code, message}}. Auth is a next-auth session cookie. A POST, PUT, PATCH or DELETE sent by a browser from another origin (Origin, else Sec-Fetch-Site) is refused with 403; a request with neither header (a script) passes. Bodies are application/json (415 otherwise). API answers carry Cache-Control: no-store. Unsupported methods get 405 with Allow; a path with broken percent-encoding gets 400.",
    },
    components: {
      schemas: { ...schemas, ...learnSchemas, ...teachSchemas, ...liveSchemas },
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
    },
    security: [{ session: [] }],
    paths: withWriteRefusals({
      ...paths,
      ...learnPaths,
      ...teachPaths,
      ...exportPaths,
      ...livePaths,
      ...uploadPaths,
    }),
  };
}

const WRITES = ["post", "put", "patch", "delete"];

/** Every state change wrapped by route() may be refused as cross-origin (403) or not JSON (415). */
function withWriteRefusals(all: typeof paths): typeof paths {
  const out: typeof paths = {};
  for (const [path, ops] of Object.entries(all)) {
    out[path] = {};
    for (const [method, op] of Object.entries(ops)) {
      const wrapped = WRITES.includes(method) && path !== "/api/auth/{nextauth}";
      const responses = op.responses as Record<string, unknown>;
      out[path][method] = wrapped
        ? { ...op, responses: { ...errorResponses(403, 415), ...responses } }
        : op;
    }
  }
  return out;
}
