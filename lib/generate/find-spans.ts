import { lexiconTag, type Analysis, type Token } from "./nlp";
import { STOPWORDS } from "./text-utils";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const STARTS_LOWER = /^\p{Ll}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const SHORT_ACRONYM = /^\p{Lu}{2,6}$/u;

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
  /** np only: holds a judging word ("bigger", "exact", "important"): an opinion, not a fact. */
  evaluative?: boolean;
  /**
   * Numbers only: how the essay hedges the value. "bound" ("more than", "less than", "at least")
   * makes most changed values true as well, so no wrong value is safe; "approx" ("about",
   * "nearly") needs a wrong value far enough away not to count as "about" the same.
   */
  hedge?: "bound" | "approx";
  /** Numbers only: an end of a range ("between 1950 and 2000", "1 to 7"): a small shift stays true. */
  range?: boolean;
  /**
   * The predictable half of a fixed pair ("Springfield, Illinois", "the City of X", "Head ___"):
   * the rest of the stem gives it away, so it is never the blank.
   */
  fixedPair?: boolean;
  /** np only: the term the sentence defines ("a coil called the evaporator", "X, or ABC"). */
  defined?: boolean;
  /** A count after "the" ("the two cities") refers back to something known, it states nothing. */
  definite?: boolean;
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
  "way thing things part lot kind sort fact time times point day days case cases matter reason example one ones bit number people someone something anything everything nothing others other side sides end terms deal place places area areas issue issues question questions idea ideas world year years moment rest figure figures problem problems plan decade decades century centuries week weeks month months while length lot lots".split(
    " ",
  ),
);

/** Judging words: a phrase holding one is an opinion ("a bigger problem"), not a checkable fact. */
const EVALUATIVE = new Set(
  "important significant major minor main key big bigger biggest small smaller smallest large larger largest great greater greatest good better best bad worse worst real true exact precise serious strong stronger weak weaker clear obvious simple difficult hard easy new old little high higher low lower huge vast tiny enormous certain particular whole entire basic general common usual obvious fair unfair wide wider widest broad crucial vital essential necessary possible likely unlikely dramatic remarkable striking interesting famous".split(
    " ",
  ),
);
const BOUND_RE =
  /\b(?:more|less|fewer|greater|higher|lower)\s+than\b|\b(?:at\s+least|at\s+most|up\s+to|over|under|above|below|exceeding|upwards\s+of)\s*$/i;
/** "between 1950 and", "from 3 to", "1 to": the value closes a range. */
const NUMERIC_RANGE_BEFORE =
  /(?:\b(?:between|from)\s+[$£€]?[\d.,]+(?:\s+[\p{L}%]+)?\s+(?:and|to)\s*|[\d.,]+\s*(?:to|[-–—])\s*)$/iu;
const APPROX_RE =
  /\b(?:about|around|roughly|nearly|almost|approximately|some|close\s+to|just)\s*$/i;

/** A capitalised word inside a name that the tagger took for a verb or noun ("Josiah Fell", "Boats Act"). */
function continuesName(t: Token): boolean {
  return CAPITALISED.test(t.text) && /^(?:PROPN|NOUN|VERB|ADJ)$/.test(t.pos);
}

const NOT_A_KEY = /^(?:Celsius|Fahrenheit|Kelvin|Earth|Sun|Moon|God|Internet|English|I)$/;

/** Heads that close a name joined by "and": "the Saltmere and Ardley Railway". */
const JOINED_NAME_HEAD =
  /^(?:Railway|Railroad|Company|Canal|Bank|Society|Trust|Act|Bridge|Institute|University|College|Museum|Hospital|Partnership|Alliance|Commission|Council|Line)$/;

function isProperToken(t: Token, index: number): boolean {
  if (t.pos !== "PROPN") return false;
  if (!STARTS_UPPER.test(t.text)) return false;
  // wink tags any capitalised sentence-initial word PROPN; trust it only if the lexicon agrees.
  if (index === 0) {
    const tag = lexiconTag(t.text);
    if (!tag) return ALL_CAPITALS.test(t.text) || false;
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
  if (SHORT_ACRONYM.test(text)) return { kind: "org" };
  // People are not named behind an article: "the James Caird" is a boat, "the Endurance" a ship.
  const before = tokens[ts - 1];
  if (before && /^(?:the|a|an)$/i.test(before.text) && !(whole && /Person/.test(whole)))
    return { kind: "name" };
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
      while (
        j + 1 < toks.length &&
        (isProperToken(toks[j + 1]!, j + 1) || continuesName(toks[j + 1]!))
      )
        j++;
      const parts = toks.slice(i, j + 1).map((t) => t.text);
      if (parts.length === 1) singles.add(parts[0]!.toLowerCase());
      const first = lexiconTag(parts[0]!.toLowerCase());
      const prev = toks[i - 1];
      const next = toks[j + 1];
      const titled = prev && PERSON_TITLES.has(prev.text.toLowerCase().replace(/\.$/, ""));
      const speaker = next && next.pos === "VERB" && SPEECH_VERBS.has(next.lemma);
      const whole = lexiconTag(parts.join(" ").toLowerCase()) ?? "";
      const placeOrOrg = /Country|City|Place|Region|Organization/.test(whole);
      // "the James Caird", "a Ford": a name behind an article is a vessel, a work or a brand.
      const articled = !!prev && /^(?:the|a|an)$/i.test(prev.text) && !titled;
      if (
        !placeOrOrg &&
        !articled &&
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

const PAIR_HEAD_BEFORE =
  /\b(?:City|State|County|Province|Republic|Kingdom|Commonwealth|Isle|Bay|Gulf|District|Duchy|Port)\s+of\s+$/;

/**
 * Marks the halves of fixed pairs: "Town, Region" (both halves; the first is a place), a name after
 * "the City of", and a common noun glued to a word before it ("Head teachers", "the Manhattan
 * caisson"), which the word before gives away.
 */
function markFixedPairs(sentence: string, toks: Token[], spans: Span[]): void {
  const names = spans.filter((x) => /^(?:person|place|org|name)$/.test(x.kind));
  for (let k = 0; k + 1 < names.length; k++) {
    const a = names[k]!;
    const b = names[k + 1]!;
    if (b.kind !== "place" || !/^,\s*$/.test(sentence.slice(a.end, b.start))) continue;
    // "Trenton, New Jersey": a name before ", <place>" is a town in that place.
    if (a.kind !== "place") {
      a.kind = "place";
      a.subtype = "City";
    }
    a.fixedPair = true;
    b.fixedPair = true;
  }
  for (const sp of spans) {
    if (PAIR_HEAD_BEFORE.test(sentence.slice(0, sp.start))) sp.fixedPair = true;
    if (sp.kind !== "np") continue;
    const first = /^(?:a|an)\s/i.test(sp.text) ? sp.tokenStart + 1 : sp.tokenStart;
    const prev = toks[first - 1];
    if (prev && /^(?:NOUN|PROPN|ADJ)$/.test(prev.pos) && prev.end === toks[first]!.start - 1)
      sp.fixedPair = true;
  }
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
    else if (e.type === "CARDINAL" && a > 0 && /^[$£€¥]$/.test(toks[a - 1]!.text)) {
      // "£6 million": wink calls it a cardinal; the currency sign makes it money.
      a = a - 1;
      kind = "money";
    } else if (e.type === "DATE" || e.type === "DURATION") {
      const yr = toks.slice(a, b + 1).findIndex((t) => /^(1[5-9]\d\d|20\d\d)$/.test(t.text));
      if (yr >= 0) {
        a = b = a + yr;
        kind = "year";
      } else if (
        toks
          .slice(a, b + 1)
          .some((t) => MONTH_SET.has(t.text.toLowerCase()) && /^\p{Lu}/u.test(t.text))
      ) {
        kind = "date";
        // "By October 23, …": the tagger may take the sentence's preposition into the date; the
        // blank keeps it ("_____, …" answered "By October 23" reads as a swallowed word).
        while (a < b && toks[a]!.pos === "ADP") a++;
      } else if (
        e.type === "DURATION" &&
        /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|hundred)\b/i.test(
          text,
        )
      ) {
        kind = "quantity";
        extra = { head: toks[b]!.lemma, plural: toks[b]!.text.toLowerCase() !== toks[b]!.lemma };
      }
    } else if (e.type === "CARDINAL") {
      // "1840 soldiers" counts; "a 1984 survey", "the 1850 plan" date a single thing.
      const after = toks[b + 1];
      const counted = after?.pos === "NOUN" && after.text.toLowerCase() !== after.lemma;
      if (/^(1[5-9]\d\d|20\d\d)$/.test(text) && !counted) kind = "year";
      else {
        // A bare count needs its unit to be a fact: "40 tanks", not "40".
        const nx = toks[b + 1];
        // "a few million tons" has no number to check.
        const hasValue =
          /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b/i.test(
            text,
          );
        if (nx && nx.pos === "NOUN" && hasValue) {
          b = b + 1;
          // "two granite towers": the unit is the whole compound, not its first noun.
          while (toks[b + 1]?.pos === "NOUN" && STARTS_LOWER.test(toks[b + 1]!.text)) b++;
          const unit = toks[b]!;
          kind = "quantity";
          extra = { head: unit.lemma, plural: unit.text.toLowerCase() !== unit.lemma };
        }
      }
    }
    if (!kind) continue;
    if (kind === "percent" || kind === "money" || kind === "quantity") {
      const lead = sentence.slice(Math.max(0, toks[a]!.start - 24), toks[a]!.start);
      const inside = sentence.slice(toks[a]!.start, toks[b]!.end);
      if (BOUND_RE.test(lead) || /^(?:more|less|fewer|over|under|at least|up to)\b/i.test(inside))
        extra = { ...extra, hedge: "bound" };
      else if (
        APPROX_RE.test(lead) ||
        /^(?:about|around|roughly|nearly|almost|approximately|some)\b/i.test(inside)
      )
        extra = { ...extra, hedge: "approx" };
    }
    if (kind !== "year" && kind !== "date" && /^the$/i.test(toks[a - 1]?.text ?? ""))
      extra = { ...extra, definite: true };
    const lead = sentence.slice(Math.max(0, toks[a]!.start - 40), toks[a]!.start);
    const tail = sentence.slice(toks[b]!.end, toks[b]!.end + 12);
    if (
      NUMERIC_RANGE_BEFORE.test(lead) ||
      /^\s*(?:and|to|[-–—])\s*[$£€]?\d/i.test(tail) ||
      (kind === "year" && /^\s*(?:and|to|[-–—])\s*(?:1[5-9]|20)\d\d\b/.test(tail)) ||
      /\b(?:between|from)\s+$/i.test(lead)
    ) {
      extra = { ...extra, range: true };
      // "about 1 to 7": the hedge covers both ends.
      if (
        /\b(?:about|around|roughly|nearly|approximately|some)\s+[$£€]?[\d.,]+\s*(?:to|and|[-–—])\s*$/i.test(
          lead,
        )
      )
        extra = { ...extra, hedge: extra.hedge ?? "approx" };
    }
    spans.push(tokenSpan(sentence, toks, a, b, kind, extra));
    for (let i = a; i <= b; i++) used[i] = true;
  }

  for (let i = 0; i < toks.length; i++) {
    const knownPerson =
      toks[i]!.pos === "PROPN" && names.personTokens.has(toks[i]!.text.toLowerCase());
    if (used[i] || !(isProperToken(toks[i]!, i) || knownPerson)) continue;
    let j = i;
    while (
      j + 1 < toks.length &&
      !used[j + 1] &&
      (isProperToken(toks[j + 1]!, j + 1) || continuesName(toks[j + 1]!)) &&
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
    // "the Saltmere and Ardley Railway": two names joined under one head are one name.
    if (/^(?:and|&)$/.test(toks[j + 1]?.text ?? "") && j + 2 < toks.length && !used[j + 2]) {
      let k = j + 2;
      if (isProperToken(toks[k]!, k)) {
        while (k + 1 < toks.length && !used[k + 1] && continuesName(toks[k + 1]!)) k++;
        if (
          k > j + 2 &&
          JOINED_NAME_HEAD.test(toks[k]!.text) &&
          !JOINED_NAME_HEAD.test(toks[j]!.text)
        )
          j = k;
      }
    }
    const text = sentence.slice(toks[i]!.start, toks[j]!.end);
    if (NOT_A_KEY.test(text)) {
      // Units and the planet are capitalised but ask nothing.
    } else if (MONTH_SET.has(text.toLowerCase())) {
      spans.push(tokenSpan(sentence, toks, i, j, "date"));
    } else if (!/['’]$/.test(text)) {
      // Possessive and adjectival uses ("Ada's", "Danish") are still names; the blank keeps the 's.
      const poss = /['’]s$/.test(text) ? 2 : 0;
      const name = text.slice(0, text.length - poss);
      const c = classifyName(name, toks, i, j, names);
      const sp = tokenSpan(sentence, toks, i, j, c.kind, c.subtype ? { subtype: c.subtype } : {});
      sp.text = name;
      sp.end -= poss;
      spans.push(sp);
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
        const next = toks[e + 1];
        // "the most important effect": the adjective belongs to an adverb outside the blank.
        const intensified =
          (prev && prev.pos === "ADV") ||
          /^(?:few|little|many|several|most|much|more|less|fewer|other|such|same|own|certain|various)$/i.test(
            toks[i]!.text,
          );
        // "A monthly bus pass costs": a singular noun before a bare verb means the tagger split a noun.
        const splitNoun =
          next &&
          next.pos === "VERB" &&
          next.text.toLowerCase() === next.lemma &&
          head.text.toLowerCase() === head.lemma &&
          !/^(?:people|police|staff)$/i.test(head.text);
        if (intensified || splitNoun) {
          i = j;
          continue;
        }
        const evaluative = toks
          .slice(i, e + 1)
          .some(
            (x) =>
              x.pos === "ADJ" &&
              (EVALUATIVE.has(x.text.toLowerCase()) ||
                EVALUATIVE.has(x.lemma.toLowerCase()) ||
                (x.lemma.toLowerCase() !== x.text.toLowerCase() && /(?:er|est)$/i.test(x.text))),
          );
        if (prev && /^(?:a|an)$/i.test(prev.text)) a = i - 1;
        spans.push(
          tokenSpan(sentence, toks, a, e, "np", {
            head: head.lemma,
            plural: head.text.toLowerCase() !== head.lemma && /s$/i.test(head.text),
            // After a determiner, preposition or possessive the tagger is rarely wrong about a noun.
            nominalSlot:
              !prev || /^(?:DET|ADP|PRON|NUM)$/.test(prev.pos) || /^['’]s$/.test(prev.text),
            ...(evaluative ? { evaluative } : {}),
          }),
        );
      }
    }
    i = j;
  }
  markFixedPairs(sentence, toks, spans);
  // A blank inside "X-led" or "X-Y" leaves a fragment of a word behind.
  const glued = (sp: Span) =>
    /[\p{L}\p{N}-]/u.test(sentence.charAt(sp.start - 1)) ||
    /[\p{L}\p{N}-]/u.test(sentence.charAt(sp.end));
  // "[a study](/blog/2017/…)", "www.site.org/2019": a link's address is no text a student reads,
  // and a blank in it leaves the item with no blank at all.
  const links = [...sentence.matchAll(LINK_ADDRESS)].map((m) => [m.index, m.index + m[0].length]);
  const inLink = (sp: Span) => links.some(([a, b]) => sp.start < b! && sp.end > a!);
  const kept = spans.filter((sp) => !glued(sp) && !inLink(sp));
  kept.sort((x, y) => x.start - y.start || y.end - x.end);
  return kept;
}

const LINK_ADDRESS = /\]\([^)\s]*\)|\bhttps?:\/\/\S+|\bwww\.\S+/g;
