import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, expect } from "vitest";

/**
 * What Anki's own source says an imported package must be, as data for tests/anki-interop.test.ts
 * (github.com/ankitects/anki at commit c32cb2913d6f4d21e06876265634c55d9d55ee69; each item names
 * its file). Nothing here comes from lib/export: the test compares our output with these facts.
 */

/** rslib/src/storage/schema11.sql: every table and column (name, declared type, NOT NULL, primary key). */
export const ANKI_SCHEMA11: Record<string, [string, string, 0 | 1, 0 | 1][]> = {
  col: [
    ["id", "integer", 0, 1],
    ...(["crt", "mod", "scm", "ver", "dty", "usn", "ls"] as const).map(
      (c) => [c, "integer", 1, 0] as [string, string, 0 | 1, 0 | 1],
    ),
    ...(["conf", "models", "decks", "dconf", "tags"] as const).map(
      (c) => [c, "text", 1, 0] as [string, string, 0 | 1, 0 | 1],
    ),
  ],
  notes: [
    ["id", "integer", 0, 1],
    ["guid", "text", 1, 0],
    ["mid", "integer", 1, 0],
    ["mod", "integer", 1, 0],
    ["usn", "integer", 1, 0],
    ["tags", "text", 1, 0],
    ["flds", "text", 1, 0],
    ["sfld", "integer", 1, 0],
    ["csum", "integer", 1, 0],
    ["flags", "integer", 1, 0],
    ["data", "text", 1, 0],
  ],
  cards: [
    ["id", "integer", 0, 1],
    ...(
      [
        "nid",
        "did",
        "ord",
        "mod",
        "usn",
        "type",
        "queue",
        "due",
        "ivl",
        "factor",
        "reps",
        "lapses",
        "left",
        "odue",
        "odid",
        "flags",
      ] as const
    ).map((c) => [c, "integer", 1, 0] as [string, string, 0 | 1, 0 | 1]),
    ["data", "text", 1, 0],
  ],
  revlog: [
    ["id", "integer", 0, 1],
    ...(["cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"] as const).map(
      (c) => [c, "integer", 1, 0] as [string, string, 0 | 1, 0 | 1],
    ),
  ],
  graves: (["usn", "oid", "type"] as const).map(
    (c) => [c, "integer", 1, 0] as [string, string, 0 | 1, 0 | 1],
  ),
};
/** The same file's indexes (sync, card spacing, scheduling, revlog by card, field uniqueness). */
export const ANKI_INDEXES = [
  "ix_notes_usn",
  "ix_cards_usn",
  "ix_revlog_usn",
  "ix_cards_nid",
  "ix_cards_sched",
  "ix_revlog_cid",
  "ix_notes_csum",
];

/** rslib/src/text.rs HTML regex (comments, style, script, any tag), then htmlescape's decoding with nbsp → space. */
export function ankiStripHtml(html: string): string {
  const named: Record<string, string> = {
    amp: "&",
    lt: "<",
    gt: ">",
    quot: '"',
    apos: "'",
    nbsp: " ",
  };
  return html
    .replace(/(<!--.*?-->)|(<style.*?>.*?<\/style>)|(<script.*?>.*?<\/script>)|(<.*?>)/gis, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e[0] === "#"
        ? String.fromCodePoint(
            e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
          )
        : (named[e] ?? m),
    )
    .replace(/\u00a0/g, " ");
}

/** rslib/src/notes/mod.rs field_checksum: u32 from the first 4 bytes (8 hex digits) of sha1. */
export const ankiChecksum = (text: string) =>
  parseInt(createHash("sha1").update(text, "utf8").digest("hex").slice(0, 8), 16);

/** Templates may name fields and these specials (rslib/src/template.rs, card rendering). */
export const SPECIAL_FIELDS = new Set([
  "FrontSide",
  "Tags",
  "Deck",
  "Subdeck",
  "Card",
  "CardFlag",
  "Type",
  "CardID",
]);

export interface Opened {
  entries: string[];
  media: unknown;
  col: Database.Database;
}

// Each opened collection needs a file on disk; they are removed after the test file, not left in
// the machine's temp directory run after run.
const openedDirs: string[] = [];
afterAll(() => {
  for (const dir of openedDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function open(bytes: Uint8Array): Opened {
  const files = unzipSync(bytes);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apkg-"));
  openedDirs.push(dir);
  const file = path.join(dir, "collection.anki2");
  fs.writeFileSync(file, files["collection.anki2"]!);
  return {
    entries: Object.keys(files).sort(),
    media: JSON.parse(strFromU8(files["media"]!)),
    col: new Database(file, { readonly: true }),
  };
}

export type Json = Record<string, unknown>;
export const colJson = (col: Database.Database, column: string) =>
  JSON.parse((col.prepare(`SELECT ${column} AS v FROM col`).get() as { v: string }).v) as Json;

export const isInt = (v: unknown) => Number.isInteger(v);
export const uint = (bits: number) => (v: unknown) =>
  isInt(v) && (v as number) >= 0 && (v as number) < 2 ** bits;

/**
 * What serde accepts for each Rust type in the schema-11 structs. Fields without #[serde(default)]
 * must be present; a wrong type fails the whole collection's upgrade ("decoding models: …").
 */
export const SERDE = {
  /** deserialize_number_from_string: a number, or a string of digits. */
  id: (v: unknown) => isInt(v) || (typeof v === "string" && /^\d+$/.test(v)),
  i32: (v: unknown) => isInt(v) && Math.abs(v as number) < 2 ** 31,
  i64: isInt,
  u8: uint(8),
  u16: uint(16),
  u32: uint(32),
  f32: (v: unknown) => typeof v === "number",
  bool: (v: unknown) => typeof v === "boolean",
  /** deserialize_bool_from_anything. */
  boolish: (v: unknown) => ["boolean", "number"].includes(typeof v),
  str: (v: unknown) => typeof v === "string",
  list: Array.isArray,
  f32list: (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === "number"),
  u16list: (v: unknown) => Array.isArray(v) && v.every(uint(16)),
  /** serde_repr enums with variants 0 and 1. */
  repr01: (v: unknown) => v === 0 || v === 1,
  /** TodayAmountSchema11: [day, amount]. */
  dayPair: (v: unknown) => Array.isArray(v) && v.length === 2 && v.every(isInt),
  /** default_on_invalid without a default: must be present, any value. */
  present: () => true,
};
export type Spec = Record<string, keyof typeof SERDE>;

export function expectSerde(value: unknown, spec: Spec, what: string) {
  expect(value !== null && typeof value === "object", what).toBe(true);
  const obj = value as Json;
  for (const [key, kind] of Object.entries(spec)) {
    expect(obj, `${what}.${key}`).toHaveProperty(key);
    expect(
      SERDE[kind](obj[key]),
      `${what}.${key} should be ${kind}: ${JSON.stringify(obj[key])}`,
    ).toBe(true);
  }
}

/** rslib/src/notetype/schema11.rs NotetypeSchema11, NoteFieldSchema11, CardTemplateSchema11. */
export const NOTETYPE: Spec = {
  id: "id",
  name: "str",
  type: "repr01",
  mod: "i64",
  usn: "i32",
  sortf: "u16",
  did: "present",
  tmpls: "list",
  flds: "list",
  css: "str",
};
export const FIELD: Spec = {
  name: "str",
  sticky: "boolish",
  rtl: "boolish",
  font: "str",
  size: "u16",
};
export const TEMPLATE: Spec = { name: "str", qfmt: "str" };
/** rslib/src/decks/schema11.rs DeckCommonSchema11 + NormalDeckSchema11. */
export const DECK: Spec = {
  id: "id",
  name: "str",
  usn: "i32",
  lrnToday: "dayPair",
  revToday: "dayPair",
  newToday: "dayPair",
  timeToday: "dayPair",
  collapsed: "bool",
  dyn: "u8",
  conf: "id",
};
/** rslib/src/deckconfig/schema11.rs DeckConfSchema11 and its New/Rev/LapseConfSchema11. */
export const DECK_CONF: Spec = {
  id: "id",
  mod: "id",
  name: "str",
  usn: "i32",
  maxTaken: "i32",
  autoplay: "bool",
  timer: "u8",
  new: "present",
  rev: "present",
  lapse: "present",
};
// new/rev/lapse are default_on_invalid: a wrong one would be silently replaced by Anki's
// defaults, so they are held to their types here.
export const NEW_CONF: Spec = {
  delays: "f32list",
  initialFactor: "u16",
  ints: "u16list",
  order: "repr01",
  perDay: "u32",
};
export const REV_CONF: Spec = { ease4: "f32", ivlFct: "f32", maxIvl: "u32", perDay: "u32" };
export const LAPSE_CONF: Spec = {
  delays: "f32list",
  leechAction: "repr01",
  leechFails: "u32",
  minInt: "u32",
  mult: "f32",
};
