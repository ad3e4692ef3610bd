// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const ONE_CAPITAL = /^\p{Lu}$/u;

/** A paragraph with its position in the essay, so later stages can prove text is verbatim. */
export interface RawParagraph {
  text: string;
  start: number;
}

/**
 * A paragraph number a scrape leaves at the end of a paragraph's last line, after its closing
 * stop ("… is ventured.    1"): pages of numbered paragraphs, hard-wrapped without blank lines.
 */
const PARAGRAPH_NUMBER = /(?<=[.!?]["”’)]?)[ \t]+(\d{1,3})[ \t]*(?=\n|$)/g;

/**
 * Where numbered paragraphs end: only where the text carries at least two such numbers, counting
 * up, so a line that happens to end in a figure ("… rose by. 4") is not read as one.
 */
function numberedEnds(src: string): { at: number; next: number }[] {
  const marks = [...src.matchAll(PARAGRAPH_NUMBER)].map((m) => ({
    at: m.index,
    next: m.index + m[0].length,
    n: Number(m[1]),
  }));
  const counting = marks.length >= 2 && marks.every((m, i) => i === 0 || m.n > marks[i - 1]!.n);
  return counting ? marks : [];
}

/** A line as long as a paragraph, ending where a sentence ends. */
const PARAGRAPH_LINE = /^.{150,}[.!?:;"”’)]$/u;

/**
 * A block whose lines are whole paragraphs: a page saved one paragraph per line, with no blank
 * line between them. Most of its lines are paragraph-long and end a sentence; hard-wrapped
 * prose, whose lines stop mid-sentence at 60–100 characters, is not.
 */
function lineParagraphs(block: string): boolean {
  const lines = block.split("\n").map((l) => l.trim());
  // A list keeps its items together, under the sentence that introduces them.
  if (lines.length < 2 || lines.some((l) => /^(?:[*+•-]|\d{1,2}[.)])\s/.test(l))) return false;
  const long = lines.filter((l) => PARAGRAPH_LINE.test(l)).length;
  return long >= 2 && long >= 0.6 * lines.length;
}

/**
 * Paragraphs are the text split on blank lines — and after a scrape's paragraph numbers, which are
 * left out, and at each line of a block saved one paragraph per line — trimmed, empty ones dropped.
 */
export function splitParagraphs(text: string): RawParagraph[] {
  const out: RawParagraph[] = [];
  const src = text.replace(/\r\n?/g, "\n");
  // Offsets refer to `src`; callers pass text with \n line ends (scripts normalise on read).
  const breaks = [...src.matchAll(/\n[ \t]*\n\s*/g)].map((m) => ({
    at: m.index,
    next: m.index + m[0].length,
  }));
  breaks.push(...numberedEnds(src));
  breaks.sort((a, b) => a.at - b.at);
  let last = 0;
  const push = (from: number, to: number) => {
    const chunk = src.slice(from, to);
    const lead = chunk.length - chunk.trimStart().length;
    const body = chunk.trim();
    if (!body) return;
    if (!lineParagraphs(body)) return void out.push({ text: body, start: from + lead });
    let at = from + lead;
    for (const line of body.split("\n")) {
      const t = line.trim();
      if (t) out.push({ text: t, start: at + line.indexOf(t) });
      at += line.length + 1;
    }
  };
  for (const b of breaks) {
    // Breaks that overlap (whitespace one has consumed) split once.
    if (b.at < last) continue;
    push(last, b.at);
    last = b.next;
  }
  push(last, src.length);
  return out;
}

export const ABBREVIATIONS = new Set(
  "mr mrs ms messrs mme dr prof st jr sr vs etc e.g i.e u.s u.k u.n no inc ltd co corp gen sen rep gov col lt sgt capt cf fig al approx dept est jan feb mar apr aug sep sept oct nov dec mt ft pp vol ed eds univ".split(
    " ",
  ),
);

/** A particle or small letter that starts a name: "el Faro", "van Dijk", "al-Amin", "eBay". */
export const LOWER_NAME_START =
  /^(?:(?:el|la|le|de|del|della|da|di|du|dos|das|van|von|der|al)[\s-]\p{Lu}|\p{Ll}{1,2}\p{Lu}\p{L})/u;

/** A line that stops where no sentence or heading can end: on a comma or a joining word. */
const OPEN_LINE_END =
  /(?:,|\b(?:and|or|nor|but|of|the|a|an|to|in|on|at|by|for|with|from|as|than))$/i;

/**
 * "squandered.In the spring": a lower-case word, a stop and, with no space between, a capitalised
 * word that opens sentences. A dotted name ("Harbour.Net") does not go on with such a word.
 */
const LOWER_BEFORE_STOP = /^\p{Ll}{3}$/u;
const OPENS_SENTENCE =
  /^(?:In|The|A|An|This|That|These|Those|It|He|She|They|We|But|And|However|After|When|On|At|By|For|As|His|Her|Its|Their|There|Yet|Then)\s/u;
/** What may close a sentence after its stop: quotes, brackets, and markdown emphasis ("**… take.** Then"). */
const CLOSERS = "\"'”’»)]*_";

/**
 * Sentences of one paragraph, verbatim. A single line break ends a sentence only when the line
 * looks finished or is short (a heading, a credit); hard-wrapped prose is read across lines.
 */
export function splitSentences(paragraph: string): string[] {
  const lines = paragraph.split("\n");
  const blocks: string[] = [];
  let cur = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    cur = cur ? `${cur}\n${line}` : line;
    const next = lines[i + 1];
    if (next === undefined) break;
    const t = line.trim();
    const words = t.split(/\s+/).filter(Boolean).length;
    // "… give their votes, Mr." + "BURKE stood forward": a title's stop does not end the line's
    // sentence.
    const lastWord = t.match(/([\p{L}.]+)\.$/u)?.[1] ?? "";
    // "… teachers, A.B. Marl and J.N." + "Keller, …": a name's initials end no sentence.
    const finished =
      /[.!?:;"”’)]$/.test(t) &&
      !ABBREVIATIONS.has(lastWord.toLowerCase()) &&
      !INITIALS.test(lastWord);
    const nextStartsLower = /^\s*\p{Ll}/u.test(next);
    // A list item starts on its own line: an unpunctuated item must not run into the next one.
    const nextIsItem = /^\s*(?:[*+•]|-(?!-))\s+\S/.test(next);
    // "… the king kept" + "2,000 cooks, … and" + "1,000 stable boys": a line that stops on a
    // comma or a joining word goes on, whatever the next line starts with.
    const goesOn = OPEN_LINE_END.test(t);
    if (((finished || words < 9) && !nextStartsLower && !goesOn) || nextIsItem) {
      blocks.push(cur);
      cur = "";
    }
  }
  if (cur) blocks.push(cur);
  const out: string[] = [];
  for (const b of blocks) for (const s of splitBlock(b)) out.push(s);
  return out;
}

/** A bracketed gloss followed by a comma or a lower-case word: "[Big No!, pt], a blog …". */
export const GLOSS_RUNS_ON = /^[[(][^\])\n]{1,40}[\])]\s*(?:[,;]|\p{Ll})/u;

/** A short emphasized label ("* **Delivery**", "_Note_"): at most three words once marks are gone. */
function isLabel(text: string): boolean {
  const bare = text
    .replace(/^\s*(?:[*+•]|-(?!-))\s+/, "")
    .replace(/[*_]/g, "")
    .trim();
  return bare.split(/\s+/).filter(Boolean).length <= 3;
}

function splitBlock(block: string): string[] {
  const out: string[] = [];
  let start = 0;
  const n = block.length;
  for (let i = 0; i < n; i++) {
    const ch = block[i]!;
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
    let j = i + 1;
    while (j < n && (block[j] === "." || block[j] === "!" || block[j] === "?")) j++;
    while (j < n && CLOSERS.includes(block[j]!)) j++;
    // Footnote markers glued to the full stop stay with the sentence they cite.
    while (j < n && block[j] === "[") {
      const close = block.indexOf("]", j);
      if (close < 0 || close - j > 20) break;
      j = close + 1;
    }
    if (j >= n) break;
    // "… should not be squandered.In the spring of …": a scrape lost the space after a stop.
    const glued =
      ch === "." &&
      j === i + 1 &&
      LOWER_BEFORE_STOP.test(block.slice(Math.max(start, i - 3), i)) &&
      OPENS_SENTENCE.test(block.slice(j, j + 12));
    if (!glued && !/\s/.test(block[j]!)) continue;
    let k = j;
    while (k < n && /\s/.test(block[k]!)) k++;
    if (k >= n) break;
    const nextCh = block[k]!;
    // A name may start lower case ("el Faro", "van Dijk", "eBay"): it starts a sentence too.
    if (!/[\p{Lu}\p{N}"“‘'(\[$£€]/u.test(nextCh) && !LOWER_NAME_START.test(block.slice(k)))
      continue;
    // "Yahoo! [Yahoo!, ja], a site …": a name's "!" or "?" before a gloss that runs on is no stop.
    if (ch !== "." && ch !== "…" && GLOSS_RUNS_ON.test(block.slice(k))) continue;
    // "* **Delivery.** We ship …": a bold label opening a list item is part of its sentence.
    if (/[*_]/.test(block.slice(i + 1, j)) && isLabel(block.slice(start, i))) continue;
    if (ch === ".") {
      const before = block.slice(start, i);
      const wm = before.match(/([\p{L}.]+)$/u);
      const word = wm ? wm[1]!.toLowerCase() : "";
      if (ABBREVIATIONS.has(word)) continue;
      // "(ca. 475–221 BCE)": circa before a year is no sentence's end.
      if (/^(?:ca|c|circa)$/.test(word) && /^\s*\d/.test(block.slice(i + 1))) continue;
      // "Hart v. Lowe": a court case's "v." in lower case (a capital V may be a numeral).
      if (wm?.[1] === "v" && /\s$/.test(before.slice(0, -1))) continue;
      // "3:15 p.m. CST on Feb. 9": a clock time runs on into its time zone.
      if (/^[ap]\.m$/.test(word) && /^(?:[ECMP][SD]T|UTC|GMT|BST|CET|ET|PT)\b/.test(block.slice(k)))
        continue;
      // "J.R.R. Tolkien", "the U.S. Navy": initials run on into the name they start.
      // "J.J. von Hartig": or into a surname that opens on a lower-case particle.
      if (
        INITIALS.test(wm ? wm[1]! : "") &&
        (CAPITALISED.test(block.slice(k)) || LOWER_NAME_START.test(block.slice(k)))
      )
        continue;
      // A lone capital ("J. Smith") is an initial, not the end of a sentence.
      if (ONE_CAPITAL.test(wm ? wm[1]! : "")) continue;
    }
    const s = block.slice(start, j).trim();
    if (s) out.push(s);
    start = k;
    i = k - 1;
  }
  const tail = block.slice(start).trim();
  if (tail) out.push(tail);
  return out;
}
