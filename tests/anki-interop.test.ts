import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createSet } from "@/lib/data/sets";
import { getEssayExport, getSetExport } from "@/lib/data/exports";
import { buildApkg } from "@/lib/export/anki";
import { makeItems, makeUser } from "./support/teach-fixtures";
import {
  ANKI_SCHEMA11,
  ANKI_INDEXES,
  ankiStripHtml,
  ankiChecksum,
  SPECIAL_FIELDS,
  open,
  type Json,
  colJson,
  isInt,
  expectSerde,
  NOTETYPE,
  FIELD,
  TEMPLATE,
  DECK,
  DECK_CONF,
  NEW_CONF,
  REV_CONF,
  LAPSE_CONF,
} from "./support/anki-reference";

/**
 * Anki cannot be installed here, so the package is checked against Anki's own source
 * (github.com/ankitects/anki, read at commit c32cb2913d6f4d21e06876265634c55d9d55ee69), not
 * against our own writer. Every expectation below names the file it comes from. Nothing here
 * imports lib/export's helpers: checksums, HTML stripping and schema are re-derived from Anki's
 * rules in tests/support/anki-reference.ts.
 */

let teacherSetExport: Awaited<ReturnType<typeof getSetExport>>;
let itemIds: string[];
let setId: string;
let teacher: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  teacher = await makeUser("teacher");
  const items = await makeItems();
  itemIds = items.map((i) => i.id);
  // Text Anki would misread if it were not escaped, a decomposed é (Anki stores NFC), a newline.
  await db.item.update({
    where: { id: items[0]!.id },
    data: { prompt: 'Is 3 < 4 & "wick" > lamp? Cafe\u0301\nsecond line' },
  });
  await db.essay.update({
    where: { id: items[0]!.essayId },
    data: { title: "Lights :: and keepers", source: "https://example.org/lights" },
  });
  ({ id: setId } = await createSet(teacher, { title: "Lighthouse wicks", itemIds }));
  teacherSetExport = await getSetExport(teacher, setId);
});

describe("Anki package (.apkg) against Anki's importer", () => {
  it("is a Legacy1 package: collection.anki2 and a media map, no meta (import_export/package/meta.rs)", () => {
    const { entries, media } = open(buildApkg(teacherSetExport));
    // No "meta" and no "collection.anki21" → Version::Legacy1, read from "collection.anki2" uncompressed.
    expect(entries).toEqual(["collection.anki2", "media"]);
    // Legacy packages carry the media list as a JSON map (package/media.rs extract_media_entries).
    expect(media).toEqual({});
  });

  it("has every table, column and index of Anki's schema 11, and version 11 in col", () => {
    const { col } = open(buildApkg(teacherSetExport));
    expect(col.pragma("integrity_check", { simple: true }) as string).toBe("ok");
    for (const [table, columns] of Object.entries(ANKI_SCHEMA11)) {
      const info = col.pragma(`table_info(${table})`) as {
        name: string;
        type: string;
        notnull: number;
        pk: number;
      }[];
      expect(
        info.map((c) => [c.name, c.type.toLowerCase(), c.notnull, c.pk]),
        `table ${table}`,
      ).toEqual(columns);
    }
    const indexes = (
      col.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]
    ).map((r) => r.name);
    expect(indexes.sort()).toEqual([...ANKI_INDEXES].sort());
    // storage/sqlite.rs open_or_create: one col row; SCHEMA_MIN_VERSION 11 ≤ ver ≤ 18, never 12 or 13.
    const rows = col.prepare("SELECT id, ver, crt, mod, scm FROM col").all() as Json[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 1, ver: 11 });
    // scheduler/timing.rs counts days elapsed since crt (seconds): it must not lie in the future.
    expect(rows[0]!.crt as number).toBeLessThanOrEqual(Date.now() / 1000);
    // upgrade_config_to_schema14 / upgrade_tags_to_schema14 parse conf and tags as JSON maps.
    expect(typeof colJson(col, "conf")).toBe("object");
    expect(Object.values(colJson(col, "tags")).every(isInt)).toBe(true);
  });

  it("has models JSON with every field NotetypeSchema11 requires, and Claimdeck's four fields", () => {
    const { col } = open(buildApkg(teacherSetExport));
    const models = colJson(col, "models");
    const list = Object.entries(models);
    expect(list).toHaveLength(1);
    const [key, nt] = list[0]! as [string, Json];
    expectSerde(nt, NOTETYPE, "model");
    expect(String(nt.id)).toBe(key);
    expect(nt.css as string).toContain(".card");
    const flds = nt.flds as Json[];
    flds.forEach((f, i) => expectSerde(f, FIELD, `field ${i}`));
    const names = flds.map((f) => f.name as string);
    expect(names).toEqual(["Front", "Back", "Source sentence", "Essay"]);
    // notetype/fields.rs fix_name strips : { } " and a leading # / ^ or space; notetype/mod.rs
    // prepare_for_update strips " from the note type's name. Ours must need no fixing (or the
    // template's {{Source sentence}} would name a field that was renamed).
    for (const name of names) expect(name, name).toMatch(/^[^\s#/^][^:{}"]*$/);
    expect(String(nt.name)).not.toMatch(/"/);
    expect(new Set(names.map((x) => x.toLowerCase())).size).toBe(names.length);
    expect(flds.map((f) => f.ord)).toEqual([0, 1, 2, 3]);
    expect(nt.sortf as number).toBeLessThan(flds.length);
    // CardTemplateSchema11: name and qfmt required; every {{field}} a template names must exist.
    const tmpls = nt.tmpls as Json[];
    expect(tmpls.length).toBeGreaterThan(0);
    for (const t of tmpls) {
      expectSerde(t, TEMPLATE, "template");
      const refs = [...`${t.qfmt}${t.afmt}`.matchAll(/\{\{[#^/]?([^}]+)\}\}/g)].map((m) =>
        m[1]!.split(":").pop()!.trim(),
      );
      expect(refs.length).toBeGreaterThan(1);
      for (const r of refs)
        expect(names.includes(r) || SPECIAL_FIELDS.has(r), `{{${r}}}`).toBe(true);
      expect(t.qfmt as string).toContain("{{Front}}");
    }
  });

  it("has decks and dconf JSON with every field DeckSchema11 and DeckConfSchema11 require", () => {
    const { col } = open(buildApkg(teacherSetExport));
    const decks = colJson(col, "decks");
    const dconf = colJson(col, "dconf");
    for (const [key, d] of Object.entries(decks) as [string, Json][]) {
      expectSerde(d, DECK, `deck ${key}`);
      expect(String(d.id)).toBe(key);
      // dyn 0: a normal deck (decks/schema11.rs picks the variant by it).
      expect(d.dyn).toBe(0);
      expect(dconf, `deck ${d.name} uses options ${d.conf}`).toHaveProperty(String(d.conf));
    }
    // The deck is named after the set ("::" would make a sub-deck; this title has none).
    expect(Object.values(decks).map((d) => (d as Json).name)).toContain("Lighthouse wicks");
    for (const [key, c] of Object.entries(dconf) as [string, Json][]) {
      expectSerde(c, DECK_CONF, `dconf ${key}`);
      expectSerde(c.new, NEW_CONF, `dconf ${key}.new`);
      expect((c.new as Json).ints as number[]).toHaveLength(3);
      expectSerde(c.rev, REV_CONF, `dconf ${key}.rev`);
      expectSerde(c.lapse, LAPSE_CONF, `dconf ${key}.lapse`);
    }
  });

  it("has one note per published item whose fields, sort field and checksum are what Anki computes", () => {
    const { col } = open(buildApkg(teacherSetExport));
    const models = colJson(col, "models");
    const notes = col.prepare("SELECT * FROM notes").all() as Json[];
    expect(notes).toHaveLength(itemIds.length);
    const tomorrowMs = Date.now() + 86_400_000;
    for (const n of notes) {
      const model = models[String(n.mid)] as Json | undefined;
      expect(model, "note's mid names the model").toBeDefined();
      const fields = (n.flds as string).split("\x1f");
      // notes/mod.rs prepare_for_update: "note has N fields, expected M" fails the import.
      expect(fields).toHaveLength((model!.flds as unknown[]).length);
      expect(fields[0]).not.toBe("");
      const stripped = ankiStripHtml(fields[0]!);
      expect(n.sfld).toBe(stripped);
      expect(n.csum).toBe(ankiChecksum(stripped));
      // dbcheck.rs maybe_fix_invalid_ids renumbers ids later than tomorrow (ms).
      expect(n.id as number).toBeGreaterThan(0);
      expect(n.id as number).toBeLessThanOrEqual(tomorrowMs);
      expect(typeof n.guid === "string" && (n.guid as string).length > 0).toBe(true);
      // The text Claimdeck holds survives, stored the way Anki normalises it (NFC).
      expect(fields.every((f) => f === f.normalize("NFC"))).toBe(true);
    }
    expect(new Set(notes.map((n) => n.guid)).size).toBe(notes.length);
    const tricky = notes.find((n) => (n.sfld as string).includes("3 < 4"))!;
    expect(tricky.sfld).toContain('& "wick" > lamp? Café');
    const fields = (tricky.flds as string).split("\x1f");
    expect(ankiStripHtml(fields[2]!)).toBe("Keepers trimmed wick number 0.");
    expect(ankiStripHtml(fields[3]!)).toContain("Lights :: and keepers");
    expect(fields[3]).toContain('href="https://example.org/lights"');
  });

  it("has one new card per note, pointing at the note and at the deck", () => {
    const { col } = open(buildApkg(teacherSetExport));
    const decks = colJson(col, "decks");
    const models = colJson(col, "models");
    const cards = col.prepare("SELECT * FROM cards").all() as Json[];
    const notes = new Map(
      (col.prepare("SELECT id, mid FROM notes").all() as Json[]).map((n) => [n.id, n]),
    );
    expect(cards).toHaveLength(notes.size);
    expect(new Set(cards.map((c) => c.nid)).size).toBe(notes.size);
    for (const c of cards) {
      const note = notes.get(c.nid);
      expect(note, "card's nid is a note").toBeDefined();
      expect(decks, "card's did is a deck").toHaveProperty(String(c.did));
      expect((decks[String(c.did)] as Json).name).toBe("Lighthouse wicks");
      expect(c.ord as number).toBeLessThan(
        ((models[String(note!.mid)] as Json).tmpls as unknown[]).length,
      );
      // queue 0 = new: apkg/import/mod.rs scheduling_included() is false, nothing to upgrade.
      expect(c).toMatchObject({ type: 0, queue: 0, odid: 0 });
    }
    expect((col.prepare("SELECT count(*) AS n FROM revlog").get() as Json).n).toBe(0);
  });

  it("keeps note ids and guids across exports, and a later edit makes the note newer", async () => {
    const read = (bytes: Uint8Array) => {
      const { col } = open(bytes);
      return new Map(
        (col.prepare("SELECT id, guid, mod, flds FROM notes").all() as Json[]).map((n) => [
          n.guid,
          n,
        ]),
      );
    };
    const first = read(buildApkg(await getSetExport(teacher, setId)));
    await new Promise((r) => setTimeout(r, 1100));
    await db.item.update({ where: { id: itemIds[1]! }, data: { answer: "the second wick" } });
    const second = read(buildApkg(await getSetExport(teacher, setId)));
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    let changed = 0;
    for (const [guid, note] of second) {
      const before = first.get(guid)!;
      expect(note.id).toBe(before.id);
      if (note.flds !== before.flds) {
        changed++;
        // import/notes.rs should_update(IfNewer): the note is updated only when its mtime is newer.
        expect(note.mod as number).toBeGreaterThan(before.mod as number);
        expect(note.flds).toContain("the second wick");
      } else expect(note.mod).toBe(before.mod);
    }
    expect(changed).toBe(1);
  });

  it("exports only published items, and an essay's deck is named after the essay", async () => {
    await db.item.update({ where: { id: itemIds[4]! }, data: { status: "draft" } });
    const slug = (
      await db.essay.findFirstOrThrow({ where: { items: { some: { id: itemIds[0]! } } } })
    ).slug;
    const essay = await getEssayExport(teacher, slug);
    const { col } = open(buildApkg(essay));
    const decks = Object.values(colJson(col, "decks")).map((d) => (d as Json).name);
    // "::" would nest a deck inside a deck called "Lights"; the title stays one deck.
    expect(
      decks.some((n) => (n as string).startsWith("Lights") && !(n as string).includes("::")),
    ).toBe(true);
    expect((col.prepare("SELECT count(*) AS n FROM notes").get() as Json).n).toBe(
      itemIds.length - 1,
    );
    await db.item.update({ where: { id: itemIds[4]! }, data: { status: "published" } });
  });
});
