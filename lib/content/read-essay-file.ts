import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import matter from "gray-matter";

export interface EssayFile {
  slug: string;
  title: string;
  source: string | null;
  date: string | null;
  text: string;
}

/** URL-safe, lowercase, kebab-case: "Ada's Plan (2023).md" → "ada-s-plan-2023". */
export function slugify(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

function asString(v: unknown): string | null {
  if (v === undefined || v === null || v === "") return null;
  // gray-matter's YAML turns unquoted dates into Date objects; keep them as ISO days.
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  return String(v);
}

/**
 * Reads an essay: `.md` with YAML front matter (title, source, date) or plain text whose first
 * line is the title when it looks like one. Line endings are normalised to \n.
 */
export function readEssayFile(path: string): EssayFile {
  const raw = readFileSync(path, "utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const name = basename(path, extname(path));
  const slug = slugify(name) || "essay";
  if (/\.(?:md|markdown|mdx)$/i.test(path)) {
    const parsed = matter(raw);
    const data = parsed.data as Record<string, unknown>;
    const text = parsed.content.replace(/^\n+/, "");
    const title = asString(data.title) ?? firstLineTitle(text) ?? name;
    return { slug, title, source: asString(data.source), date: asString(data.date), text };
  }
  return { slug, title: firstLineTitle(raw) ?? name, source: null, date: null, text: raw };
}

function firstLineTitle(text: string): string | null {
  const first = text.split("\n").find((l) => l.trim())?.trim();
  if (!first) return null;
  // A title is short and has no full stop; otherwise the first line is already the essay.
  if (first.length <= 120 && !/[.!?]$/.test(first)) return first.replace(/^#+\s*/, "");
  return null;
}
