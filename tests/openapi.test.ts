import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/openapi";

const apiDir = path.resolve(__dirname, "../app/api");

/** Every route.ts under app/api, as its OpenAPI path and the methods it exports. */
function routes(): { path: string; methods: string[] }[] {
  const out: { path: string; methods: string[] }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const rel = path.relative(path.resolve(apiDir, ".."), path.dirname(full));
        const apiPath =
          "/" +
          rel
            .split(path.sep)
            .map((s) => s.replace(/^\[\.\.\.(.+)\]$/, "{$1}").replace(/^\[(.+)\]$/, "{$1}"))
            .join("/");
        const src = fs.readFileSync(full, "utf8");
        const methods = ["GET", "POST", "PATCH", "PUT", "DELETE"].filter((m) =>
          new RegExp(`export (const|async function|function) ${m}\\b`).test(src),
        );
        out.push({ path: apiPath, methods });
      }
    }
  };
  walk(apiDir);
  return out;
}

describe("OpenAPI document", () => {
  const doc = openApiDocument();

  it("describes every route handler and each method it exports", () => {
    const found = routes();
    expect(found.length).toBeGreaterThan(3);
    for (const r of found) {
      const entry = doc.paths[r.path];
      expect(entry, `${r.path} is missing from lib/openapi.ts`).toBeDefined();
      for (const m of r.methods)
        expect(entry?.[m.toLowerCase()], `${m} ${r.path} is undocumented`).toBeDefined();
    }
  });

  it("documents no route that does not exist", () => {
    const known = new Set(routes().map((r) => r.path));
    for (const p of Object.keys(doc.paths))
      expect(known.has(p), `${p} has no route handler`).toBe(true);
  });

  it("resolves every schema reference", () => {
    const refs = JSON.stringify(doc).match(/#\/components\/schemas\/[A-Za-z]+/g) ?? [];
    for (const r of refs) expect(doc.components.schemas[r.split("/").pop()!], r).toBeDefined();
  });
});
