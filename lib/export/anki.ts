import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { zipSync, strToU8 } from "fflate";
import type { ExportDeck, ExportItem } from "@/lib/export/types";
import {
  collectionConfJson,
  DEFAULT_DECK_ID,
  deckConfJson,
  deckJson,
  notetypeJson,
  NOTE_FIELDS,
  SCHEMA11_SQL,
  SCHEMA_VERSION,
} from "@/lib/export/anki-collection";

/**
 * An Anki package (.apkg) of one deck: a zip holding `collection.anki2` (an SQLite collection in
 * schema 11, the "Legacy1" package every Anki since 2.1 imports) and `media` (an empty JSON map).
 *
 * Ids are derived from Claimdeck's ids, so a second export of the same items carries the same note
 * guids: Anki matches notes by guid and updates the ones whose mtime is newer instead of adding
 * duplicates (rslib/src/import_export/package/apkg/import/notes.rs).
 */

const sha1 = (text: string) => createHash("sha1").update(text, "utf8").digest();

/**
 * A stable positive id below 2^40 (≈ 2004 as a millisecond timestamp): Anki treats note, card and
 * revlog ids later than tomorrow as invalid and renumbers them on import (dbcheck maybe_fix_invalid_ids).
 */
export function stableId(key: string): number {
  return sha1(key).readUIntBE(0, 5) + 1;
}

const BASE91 =
  "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";

/** A guid in Anki's own form (base91 of a 64-bit number, notes/mod.rs anki_base91), from the item id. */
export function noteGuid(itemId: string): string {
  let n = sha1(`claimdeck:item:${itemId}`).readBigUInt64BE(0);
  let out = "";
  while (n > 0n) {
    out = BASE91[Number(n % 91n)] + out;
    n /= 91n;
  }
  return out || "a";
}

export const noteId = (itemId: string) => stableId(`claimdeck:note:${itemId}`);
export const cardId = (itemId: string) => stableId(`claimdeck:card:${itemId}`);
export const NOTETYPE_ID = stableId("claimdeck:notetype:v1");

/** Anki's fields are HTML. Text is NFC-normalised as Anki stores it, and escaped so "<" stays text. */
export function fieldHtml(text: string): string {
  return text
    .normalize("NFC")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r?\n/g, "<br>");
}

const isLink = (s: string) => /^https?:\/\/\S+$/i.test(s);

/** The note's four fields, in NOTE_FIELDS order. */
export function noteFields(item: ExportItem): string[] {
  const choices =
    item.type === "mcq" && item.choices.length
      ? `<ol type="A">${item.choices.map((c) => `<li>${fieldHtml(c)}</li>`).join("")}</ol>`
      : "";
  const source = item.essaySource.trim();
  const essay =
    fieldHtml(item.essayTitle) +
    (source
      ? `<br>${isLink(source) ? `<a href="${fieldHtml(source)}">${fieldHtml(source)}</a>` : fieldHtml(source)}`
      : "");
  const fields = [
    fieldHtml(item.prompt) + choices,
    fieldHtml(item.answer),
    fieldHtml(item.sentence),
    essay,
  ];
  if (fields.length !== NOTE_FIELDS.length)
    throw new Error("note fields out of step with the note type");
  return fields;
}

/** Anki's strip_html (text.rs) for what we write: tags removed, our five entities decoded. */
export function stripHtml(html: string): string {
  return html
    .replace(/<!--.*?-->|<style.*?>.*?<\/style>|<script.*?>.*?<\/script>|<.*?>/gis, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}

/** Anki's field_checksum (notes/mod.rs): the first 4 bytes of sha1 of the stripped first field. */
export function fieldChecksum(firstField: string): number {
  return sha1(stripHtml(firstField)).readUInt32BE(0);
}

/** "::" makes a sub-deck in Anki; a title is one deck, so its separators are softened. */
export function deckName(title: string): string {
  const name = title
    .replace(/\s*::\s*/g, " – ")
    .replace(/[\x00-\x1f]/g, " ")
    .trim();
  return name || "Claimdeck";
}

const seconds = (d: Date) => Math.floor(d.getTime() / 1000);

function writeCollection(db: Database.Database, deck: ExportDeck, now: Date): void {
  const deckId = stableId(`claimdeck:deck:${deck.key}`);
  const nowSecs = seconds(now);
  const description = `${deck.items.length} question${deck.items.length === 1 ? "" : "s"} exported from Claimdeck. Each card's back quotes the sentence it was made from.`;
  const decks = {
    [DEFAULT_DECK_ID]: deckJson(DEFAULT_DECK_ID, "Default", "", nowSecs),
    [deckId]: deckJson(deckId, deckName(deck.title), description, nowSecs),
  };
  // The collection's creation time: the last 4 a.m. (UTC) before now, Anki's day boundary. Never in
  // the future, or the days elapsed since creation would be negative.
  const dayStart = new Date(now);
  dayStart.setUTCHours(4, 0, 0, 0);
  if (dayStart > now) dayStart.setUTCDate(dayStart.getUTCDate() - 1);
  db.exec(SCHEMA11_SQL);
  db.prepare(`INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, '{}')`).run(
    seconds(dayStart),
    now.getTime(),
    now.getTime(),
    SCHEMA_VERSION,
    JSON.stringify(collectionConfJson(NOTETYPE_ID, deckId)),
    JSON.stringify({ [NOTETYPE_ID]: notetypeJson(NOTETYPE_ID, deckId) }),
    JSON.stringify(decks),
    JSON.stringify({ 1: deckConfJson(nowSecs) }),
  );
  const note = db.prepare(`INSERT INTO notes VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, 0, '')`);
  const card = db.prepare(
    `INSERT INTO cards VALUES (?, ?, ?, 0, ?, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')`,
  );
  deck.items.forEach((item, position) => {
    const fields = noteFields(item);
    const nid = noteId(item.id);
    const mtime = seconds(item.updatedAt);
    note.run(
      nid,
      noteGuid(item.id),
      NOTETYPE_ID,
      mtime,
      ` claimdeck ${item.type} `,
      fields.join("\x1f"),
      stripHtml(fields[0]!),
      fieldChecksum(fields[0]!),
    );
    // A new card (type 0, queue 0) whose due is its place in the deck's new-card order.
    card.run(cardId(item.id), nid, deckId, mtime, position + 1);
  });
}

/** The .apkg's bytes. The collection is built in memory and serialised: nothing touches the disk. */
export function buildApkg(deck: ExportDeck, now = new Date()): Uint8Array {
  const db = new Database(":memory:");
  try {
    db.transaction(() => writeCollection(db, deck, now))();
    const collection = db.serialize();
    // The fastest deflate level: the event loop is held for the whole build (≈15 ms for a
    // 200-item set), and a few KB more in the download cost nobody anything.
    return zipSync(
      {
        "collection.anki2": new Uint8Array(
          collection.buffer,
          collection.byteOffset,
          collection.length,
        ),
        media: strToU8("{}"),
      },
      { level: 1 },
    );
  } finally {
    db.close();
  }
}
