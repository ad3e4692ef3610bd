import fs from "node:fs";
import path from "node:path";
import { apiDir } from "./call-route";

export const METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];

/** Every route.ts under app/api: its contract path ("/api/classes/{id}") and the methods it exports. */
export async function discoverRoutes(): Promise<
  { path: string; file: string; methods: Method[] }[]
> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") files.push(full);
    }
  };
  walk(apiDir);
  const out = [];
  for (const file of files.sort()) {
    const rel = path.relative(path.resolve(apiDir, ".."), path.dirname(file));
    const apiPath =
      "/" +
      rel
        .split(path.sep)
        .map((s) => s.replace(/^\[\.\.\.(.+)\]$/, "{$1}").replace(/^\[(.+)\]$/, "{$1}"))
        .join("/");
    const mod = (await import(file)) as Record<string, unknown>;
    out.push({ path: apiPath, file, methods: METHODS.filter((m) => typeof mod[m] === "function") });
  }
  return out;
}
