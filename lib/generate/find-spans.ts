import { lexiconTag, type Analysis, type Token } from "./nlp";
import { STOPWORDS } from "./text-utils";

export type SpanKind =
  "person" | "place" | "org" | "name" | "year" | "date" | "percent" | "money" | "quantity" | "np";

export interface Span {
  text: string;
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number; // inclusive
  kind: SpanKind;
  /** For places: "Country", "City"… when the lexicon knows; decides the WH word. */
  subtype?: string;
  /** Head noun (np, quantity) — plurality and WH choice depend on it. */
  head?: string;
  plural?: boolean;
  /** np only: the phrase sits where only a noun phrase can (safe to reuse as a distractor). */
  nominalSlot?: boolean;
}

const MONTHS =
  "january february march april may june july august september october november december".split(
    " ",
  );
export const MONTH_SET = new Set(MONTHS);
const PERSON_TITLES = new Set(
  "president prime minister chancellor mr mrs ms dr professor prof senator sen governor gov king queen prince princess pope general gen colonel minister secretary ambassador judge justice chairman ceo founder author leader commentator economist historian writer journalist director".split(
    " ",
  ),
);
const ORG_HEADS =
  /\b(?:corp|corporation|inc|ltd|company|university|institute|center|centre|party|ministry|council|agency|bank|association|committee|union|foundation|group|commission|court|parliament|congress|senate|army|navy|department|school|college|club|society|organization|organisation|federation|alliance|league|fund|board|office|times|post|journal|news)\.?$/i;
const SPEECH_VERBS = new Set(
  "say tell argue write warn claim insist note explain add believe think know want need announce urge ask reply admit describe suggest".split(
    " ",
  ),
);
/** Heads too empty to test: blanking them asks nothing. */
const GENERIC_HEADS = new Set(
  "way thing things part lot kind sort fact time times point day days case cases matter reason example one ones bit number people someone something anything everything nothing others other side sides end terms deal place places area areas issue issues question questions idea ideas world year years moment decade decades century centuries week weeks month months while length lot lots".split(
    " ",
  ),
);

function isProperToken(t: Token, index: number): boolean {
  if (t.pos !== "PROPN") return false;
  if (!/^\p{Lu}/u.test(t.text)) return false;
  // wink tags any capitalised sentence-initial word PROPN; trust it only if the lexicon agrees.
  if (index === 0) {
    const tag = lexiconTag(t.text);
    if (!tag) return /^\p{Lu}{2,}$/u.test(t.text) || false;
    return /Name|Place|City|Country|Region|Organization|ProperNoun|Person|Demonym/.test(tag);
  }
  return true;
}

export interface EssayNames {
  /** Lowercased single-token names seen standing alone: two of them side by side are two names. */
  singles: Set<string>;
  /** Lowercased last tokens of known person names: "Smith" alone is a person once "Jane Smith" is. */
  personTokens: Set<string>;
  /** Lowercased names seen with a speech verb or a title somewhere in the essay. */
  personLike: Set<string>;
}

export function classifyName(
  text: string,
  tokens: Token[],
  ts: number,
  te: number,
  names: EssayNames,
): { kind: SpanKind; subtype?: string } {
  const parts = text.split(/\s+/);
  const lower = text.toLowerCase();
  const whole = lexiconTag(lower);
  if (whole) {
    if (/Country/.test(whole)) return { kind: "place", subtype: "Country" };
    if (/City/.test(whole)) return { kind: "place", subtype: "City" };
    if (/Place|Region|Province|Continent/.test(whole)) return { kind: "place", subtype: "Place" };
    if (/Organization|SportsTeam|Company/.test(whole)) return { kind: "org" };
    if (/Name|Person/.test(whole)) return { kind: "person" };
  }
  if (ORG_HEADS.test(text) && parts.length >= 2) return { kind: "org" };
  if (/^\p{Lu}{2,6}$/u.test(text)) return { kind: "org" };
  const first = lexiconTag(parts[0]!.toLowerCase());
  if (first && /FirstName|MaleName|FemaleName|Honorific/.test(first) && parts.length >= 2)
    return { kind: "person" };
  const prev = tokens[ts - 1];
  if (prev && PERSON_TITLES.has(prev.text.toLowerCase().replace(/\.$/, "")))
    return { kind: "person" };
  const last = parts[parts.length - 1]!.toLowerCase();
  if (names.personTokens.has(last) || names.personLike.has(lower)) return { kind: "person" };
  const next = tokens[te + 1];
  if (next && next.pos === "VERB" && SPEECH_VERBS.has(next.lemma)) return { kind: "person" };
  return { kind: "name" };
}

/** Gathers essay-wide name evidence in one pass before spans are classified. */
export function collectNames(analyses: { sentence: string; analysis: Analysis }[]): EssayNames {
  const personTokens = new Set<string>();
  const personLike = new Set<string>();
  const singles = new Set<string>();
  for (const { analysis } of analyses) {
    const toks = analysis.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (!isProperToken(toks[i]!, i)) continue;
      let j = i;
      while (j + 1 < toks.length && isProperToken(toks[j + 1]!, j + 1)) j++;
      const parts = toks.slice(i, j + 1).map((t) => t.text);
      if (parts.length === 1) singles.add(parts[0]!.toLowerCase());
      const first = lexiconTag(parts[0]!.toLowerCase());
      const prev = toks[i - 1];
      const next = toks[j + 1];
      const titled = prev && PERSON_TITLES.has(prev.text.toLowerCase().replace(/\.$/, ""));
      const speaker = next && next.pos === "VERB" && SPEECH_VERBS.has(next.lemma);
      const whole = lexiconTag(parts.join(" ").toLowerCase()) ?? "";
      const placeOrOrg = /Country|City|Place|Region|Organization/.test(whole);
      if (
        !placeOrOrg &&
        ((first && /FirstName|MaleName|FemaleName/.test(first) && parts.length >= 2) ||
          titled ||
          speaker)
      ) {
        personLike.add(parts.join(" ").toLowerCase());
        personTokens.add(parts[parts.length - 1]!.toLowerCase());
        if (parts.length === 1) personTokens.add(parts[0]!.toLowerCase());
      }
      i = j;
    }
  }
  return { personTokens, personLike, singles };
}

function tokenSpan(
  sentence: string,
  tokens: Token[],
  a: number,
  b: number,
  kind: SpanKind,
  extra?: Partial<Span>,
): Span {
  const start = tokens[a]!.start;
  const end = tokens[b]!.end;
  return {
    text: sentence.slice(start, end),
    start,
    end,
    tokenStart: a,
    tokenEnd: b,
    kind,
    ...extra,
  };
}

/** Candidate answer spans of a sentence: names, numbers with units, dates, salient noun phrases. */
export function findSpans(sentence: string, analysis: Analysis, names: EssayNames): Span[] {
  const toks = analysis.tokens;
  const spans: Span[] = [];
  const used = new Array<boolean>(toks.length).fill(false);

  for (const e of analysis.entities) {
    let a = e.tokenStart;
    let b = e.tokenEnd;
    if (a < 0 || b >= toks.length) continue;
    // A footnote number is not a fact.
    if (toks[a - 1]?.text === "[" && toks[b + 1]?.text === "]") continue;
    const text = sentence.slice(toks[a]!.start, toks[b]!.end);
    let kind: SpanKind | null = null;
    let extra: Partial<Span> = {};
    if (e.type === "PERCENT") kind = "percent";
    else if (e.type === "MONEY") kind = "money";
    else if (e.type === "DATE" || e.type === "DURATION") {
      const yr = toks.slice(a, b + 1).findIndex((t) => /^(1[5-9]\d\d|20\d\d)$/.test(t.text));
      if (yr >= 0) {
        a = b = a + yr;
        kind = "year";
      } else if (
        toks
          .slice(a, b + 1)
          .some((t) => MONTH_SET.has(t.text.toLowerCase()) && /^\p{Lu}/u.test(t.text))
      )
        kind = "date";
      else if (
        e.type === "DURATION" &&
        /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|hundred)\b/i.test(
          text,
        )
      ) {
        kind = "quantity";
        extra = { head: toks[b]!.lemma, plural: toks[b]!.text.toLowerCase() !== toks[b]!.lemma };
      }
    } else if (e.type === "CARDINAL") {
      if (/^(1[5-9]\d\d|20\d\d)$/.test(text) && toks[b + 1]?.pos !== "NOUN") kind = "year";
      else {
        // A bare count needs its unit to be a fact: "40 tanks", not "40".
        const nx = toks[b + 1];
        if (nx && nx.pos === "NOUN") {
          b = b + 1;
          kind = "quantity";
          extra = { head: nx.lemma, plural: nx.text.toLowerCase() !== nx.lemma };
        }
      }
    }
    if (!kind) continue;
    spans.push(tokenSpan(sentence, toks, a, b, kind, extra));
    for (let i = a; i <= b; i++) used[i] = true;
  }

  for (let i = 0; i < toks.length; i++) {
    if (used[i] || !isProperToken(toks[i]!, i)) continue;
    let j = i;
    while (
      j + 1 < toks.length &&
      !used[j + 1] &&
      isProperToken(toks[j + 1]!, j + 1) &&
      !(
        names.singles.has(toks[j]!.text.toLowerCase()) &&
        names.singles.has(toks[j + 1]!.text.toLowerCase()) &&
        toks[j + 1]!.start > toks[j]!.end
      )
    )
      j++;
    // Name particles: "Karl von Frisch", "Vincent van Gogh" are one name.
    while (
      j + 2 < toks.length &&
      /^(?:von|van|de|da|del|der|di|du|la|le|bin|ibn|al|dos|das)$/.test(toks[j + 1]!.text) &&
      isProperToken(toks[j + 2]!, j + 2)
    ) {
      j += 2;
      while (j + 1 < toks.length && isProperToken(toks[j + 1]!, j + 1)) j++;
    }
    // "Center for Policy Studies": let "of/for" join two capitalised runs.
    while (
      j + 2 < toks.length &&
      /^(?:of|for)$/.test(toks[j + 1]!.text) &&
      isProperToken(toks[j + 2]!, j + 2) &&
      (ORG_HEADS.test(sentence.slice(toks[i]!.start, toks[j]!.end)) ||
        /^\p{Lu}/u.test(toks[j + 2]!.text))
    ) {
      j += 2;
      while (j + 1 < toks.length && isProperToken(toks[j + 1]!, j + 1)) j++;
    }
    const text = sentence.slice(toks[i]!.start, toks[j]!.end);
    if (MONTH_SET.has(text.toLowerCase())) {
      spans.push(tokenSpan(sentence, toks, i, j, "date"));
    } else if (!/['’]$/.test(text)) {
      // Possessive and adjectival uses ("Ada's", "Danish") are still names; the blank keeps the 's.
      const c = classifyName(text, toks, i, j, names);
      spans.push(tokenSpan(sentence, toks, i, j, c.kind, c.subtype ? { subtype: c.subtype } : {}));
    }
    for (let k = i; k <= j; k++) used[k] = true;
    i = j;
  }

  // Noun phrases: (a/an)? (ADJ|NOUN)* NOUN — the gaps Becker et al. found carry the key ideas.
  for (let i = 0; i < toks.length; i++) {
    if (used[i]) continue;
    const t = toks[i]!;
    if (t.pos !== "ADJ" && t.pos !== "NOUN") continue;
    let j = i;
    while (
      j + 1 < toks.length &&
      !used[j + 1] &&
      (toks[j + 1]!.pos === "ADJ" || toks[j + 1]!.pos === "NOUN")
    )
      j++;
    // A phrase must end in a noun; trailing adjectives are predicates ("is unpredictable").
    let e = j;
    while (e >= i && toks[e]!.pos !== "NOUN") e--;
    if (e >= i && toks[e]!.pos === "NOUN") {
      const head = toks[e]!;
      const content = toks.slice(i, e + 1).filter((x) => !STOPWORDS.has(x.text.toLowerCase()));
      const headWord = head.text.toLowerCase();
      if (
        content.length > 0 &&
        e - i < 4 &&
        !GENERIC_HEADS.has(headWord) &&
        /^[\p{L}-]+$/u.test(head.text) &&
        head.text.length > 2
      ) {
        let a = i;
        const prev = toks[i - 1];
        if (prev && /^(?:a|an)$/i.test(prev.text)) a = i - 1;
        spans.push(
          tokenSpan(sentence, toks, a, e, "np", {
            head: head.lemma,
            plural: head.text.toLowerCase() !== head.lemma && /s$/i.test(head.text),
            // After a determiner, preposition or possessive the tagger is rarely wrong about a noun.
            nominalSlot:
              !prev || /^(?:DET|ADP|PRON|NUM)$/.test(prev.pos) || /^['’]s$/.test(prev.text),
          }),
        );
      }
    }
    i = j;
  }
  // A blank inside "X-led" or "X-Y" leaves a fragment of a word behind.
  const glued = (sp: Span) =>
    /[\p{L}\p{N}-]/u.test(sentence.charAt(sp.start - 1)) ||
    /[\p{L}\p{N}-]/u.test(sentence.charAt(sp.end));
  const kept = spans.filter((sp) => !glued(sp));
  kept.sort((x, y) => x.start - y.start || y.end - x.end);
  return kept;
}
