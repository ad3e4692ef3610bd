/**
 * The pieces of an Anki collection in schema 11, the format of `collection.anki2` inside a legacy
 * `.apkg`. Table definitions are Anki's own (ankitects/anki rslib/src/storage/schema11.sql); the
 * JSON in the `col` row carries every field Anki's serde structs require when it upgrades the file
 * on import (rslib/src/notetype/schema11.rs, decks/schema11.rs, deckconfig/schema11.rs,
 * config/schema11.rs). tests/anki-interop.test.ts checks the output against those sources.
 */

export const SCHEMA11_SQL = `
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL,
  scm integer NOT NULL, ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL,
  ls integer NOT NULL, conf text NOT NULL, models text NOT NULL, decks text NOT NULL,
  dconf text NOT NULL, tags text NOT NULL);
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL,
  mod integer NOT NULL, usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL,
  sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL,
  ord integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL,
  queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL,
  reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL,
  odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL,
  ease integer NOT NULL, ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL,
  time integer NOT NULL, type integer NOT NULL);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
`;

export const SCHEMA_VERSION = 11;

/** Anki's stock deck and deck options (id 1), which every schema-11 collection has. */
export const DEFAULT_DECK_ID = 1;
const DEFAULT_CONF_ID = 1;

export const NOTE_FIELDS = ["Front", "Back", "Source sentence", "Essay"] as const;

/**
 * The note type's last change, in seconds. Anki replaces an imported note type only when this is
 * newer than the copy it has (UpdateCondition::IfNewer): bump it whenever the template or CSS changes.
 */
export const NOTETYPE_MTIME = 1_796_000_000;
export const NOTETYPE_NAME = "Claimdeck";

const QFMT = `<div class="cd-front">{{Front}}</div>`;
const AFMT = `{{FrontSide}}
<hr id="answer">
<div class="cd-back">{{Back}}</div>
{{#Source sentence}}<blockquote class="cd-source">{{Source sentence}}</blockquote>{{/Source sentence}}
{{#Essay}}<div class="cd-essay">{{Essay}}</div>{{/Essay}}`;

/** Claimdeck's look (its brand blue, slate text, serif source quotes), in Anki's light and night modes. */
export const NOTETYPE_CSS = `.card {
  font-family: ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif;
  font-size: 20px; line-height: 1.5; color: #0f172a; background: #f8fafc;
  text-align: left; max-width: 40em; margin: 0 auto; padding: 0 0.5em;
}
.cd-front { font-size: 1.1em; font-weight: 600; }
.cd-front ol { margin: 0.6em 0 0 1.4em; padding: 0; font-weight: 400; }
.cd-back { font-size: 1.1em; font-weight: 700; color: #1f5fbf; }
hr#answer { border: 0; border-top: 1px solid #cbd5e1; margin: 1em 0; }
.cd-source {
  margin: 1em 0 0; padding: 0.5em 0.9em; border-left: 4px solid #1f5fbf; background: #eef6ff;
  font-family: "Iowan Old Style", Charter, Georgia, "DejaVu Serif", serif; color: #334155;
}
.cd-essay { margin-top: 0.6em; font-size: 0.75em; color: #475569; }
.cd-essay a { color: #184c99; }
.nightMode.card, .night_mode .card { color: #e2e8f0; background: #0f172a; }
.nightMode .cd-back, .night_mode .cd-back { color: #93c5fd; }
.nightMode .cd-source, .night_mode .cd-source { background: #1e293b; color: #cbd5e1; }
.nightMode .cd-essay, .night_mode .cd-essay { color: #94a3b8; }
`;

/** NotetypeSchema11: id, name, type, mod, usn, sortf, did, tmpls, flds and css are required. */
export function notetypeJson(id: number, deckId: number) {
  return {
    id,
    name: NOTETYPE_NAME,
    type: 0,
    mod: NOTETYPE_MTIME,
    usn: 0,
    sortf: 0,
    did: deckId,
    tmpls: [
      {
        name: "Card 1",
        ord: 0,
        qfmt: QFMT,
        afmt: AFMT,
        bqfmt: "",
        bafmt: "",
        did: null,
        bfont: "",
        bsize: 0,
      },
    ],
    flds: NOTE_FIELDS.map((name, ord) => ({
      name,
      ord,
      sticky: false,
      rtl: false,
      font: "Arial",
      size: 20,
      media: [],
    })),
    css: NOTETYPE_CSS,
    latexPre:
      "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
    latexPost: "\\end{document}",
    latexsvg: false,
    // One card, made when Front is not empty (Anki recomputes this, but older clients read it).
    req: [[0, "any", [0]]],
    tags: [],
    vers: [],
  };
}

const today = () => [0, 0];

/** DeckCommonSchema11 + NormalDeckSchema11: id, name, usn, the four *Today pairs, collapsed, dyn, conf. */
export function deckJson(id: number, name: string, description: string, mtime: number) {
  return {
    id,
    mod: mtime,
    name,
    usn: 0,
    lrnToday: today(),
    revToday: today(),
    newToday: today(),
    timeToday: today(),
    collapsed: false,
    browserCollapsed: false,
    desc: description,
    dyn: 0,
    conf: DEFAULT_CONF_ID,
    extendNew: 0,
    extendRev: 0,
  };
}

/** DeckConfSchema11 with Anki's own defaults for its new/rev/lapse sections. */
export function deckConfJson(mtime: number) {
  return {
    id: DEFAULT_CONF_ID,
    mod: mtime,
    name: "Default",
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: {
      bury: false,
      delays: [1, 10],
      initialFactor: 2500,
      ints: [1, 4, 0],
      order: 1,
      perDay: 20,
    },
    rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
    lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
  };
}

/** The collection config Anki writes into a new schema-11 file (config/schema11.rs). */
export function collectionConfJson(notetypeId: number, deckId: number) {
  return {
    activeDecks: [deckId],
    curDeck: deckId,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: String(notetypeId),
    nextPos: 1,
    sortType: "noteFld",
    sortBackwards: false,
    addToCur: true,
    dayLearnFirst: false,
    schedVer: 2,
    creationOffset: 0,
    sched2021: true,
  };
}
