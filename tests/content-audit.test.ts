import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const run = (...args: string[]) =>
  execFileSync("npx", ["tsx", "scripts/content-audit.ts", ...args], { encoding: "utf8" });

describe("npm run content:audit -- --by-sentence", () => {
  it("accounts for every sentence once: published, or what stopped it", () => {
    const out = run("--by-sentence", "content/xi-cannot-save-putin.md");
    const rows = out
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => /^\s*(\d+)\s+(.+)$/.exec(l)!)
      .map((m) => ({ n: Number(m[1]), what: m[2]! }));
    const all = rows.find((r) => r.what === "all sentences")!;
    const parts = rows.filter((r) => r !== all);
    expect(parts.find((r) => r.what === "published")?.n).toBeGreaterThan(0);
    expect(parts.reduce((n, r) => n + r.n, 0)).toBe(all.n);
    for (const r of parts)
      expect(r.what).toMatch(
        /^(?:published|left out by deck\.[a-z-]+|held by a gate rule|drafts under the quality floor or needing unshown context|no candidate survived the flaw checks)$/,
      );
  }, 60_000);
});
