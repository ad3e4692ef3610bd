import type { Claim } from "./extract-claims";
import type { Span } from "./find-spans";
import { lexiconTag, type Token } from "./nlp";
import { isKnownWord } from "./spelling";
import { capitalizeFirst, stripCitations } from "./text-utils";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const ONE_CAPITAL = /^\p{Lu}$/u;
const STARTS_TWO_CAPITALS = /^\p{Lu}{2,}/u;

/** Words that open a noun phrase and are never part of a name. */
const DETERMINER = /^(?:the|a|an|this|that|these|those|some|many|most|each|every|its|their)$/i;
/** A capitalised word right after (not a sentence start): the first word begins a name. */
const NAME_GOES_ON = /^\s+\p{Lu}[\p{Ll}\p{Lu}]/u;

/**
 * WH-questions from one clause. The rule of this file: build a question only where the grammar is
 * certain — a plain subject, a finite verb group, the answer span as the subject, right after the
 * verb, after a preposition in the predicate, or in a fronted "In 1954"-type phrase. Anything else
 * returns null and the claim is asked as a cloze instead.
 */
export interface WhQuestion {
  prompt: string;
  answer: string;
  form: "subject" | "object" | "fronted";
}

const DISCOURSE =
  /^(?:but|and|yet|so|or|however|moreover|still|indeed|also|thus|hence|therefore|meanwhile|instead|nonetheless|nevertheless)$/i;
const PERSON_NOUNS =
  /^(?:people|person|leader|official|voter|student|teacher|worker|citizen|soldier|author|writer|president|minister|man|men|woman|women|child|children|parent|expert|scientist|member|resident|farmer|doctor|nurse|critic|commentator|oligarch|politician|journalist|researcher|user|customer|employee|owner|player|engineer|labourer|laborer|volunteer|investor|planner|rider|passenger|driver|family|families|inspector|historian|economist)s?$/i;
/** Bodies of people: neither "who" nor "what" reads right for them. */
const INSTITUTION_NOUNS =
  /^(?:council|government|committee|company|board|city|town|state|country|nation|court|parliament|party|ministry|agency|administration|authority|union|firm|bank|team|army|police|group|trust|club|school|university|university)s?$/i;
const VAGUE_HEADS =
  /^(?:idea|plan|scheme|move|decision|policy|problem|method|approach|answer|result|effect|process|change|situation|issue|one|thing|step|rest|other|others)$/i;
const FINITE_AUX =
  /^(?:is|are|was|were|am|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should)$/i;
const SAME_PAST =
  /^(?:put|cut|set|hit|let|cost|spread|quit|shut|hurt|read|bet|cast|burst|split|upset|broadcast)$/;
/** Units a "How many …" question cannot count. */
const NOT_COUNTABLE =
  /^(?:thirds?|quarters?|halves|half|fifths?|tenths?|times|fold|percent|per|dozens?|hundreds?|thousands?|millions?|billions?|trillions?|ones?)$/i;
const HEDGE_BEFORE =
  /(?:\b(?:about|around|roughly|nearly|almost|approximately|some|just|only|more than|less than|fewer than|at least|at most|up to|over|under)\s+)+$/i;
const PLURAL_ONLY = /^(?:people|children|men|women|police|staff|cattle)$/i;
const CUT_SCONJ = /^(?:because|although|though|whereas|while|unless|if|so)$/i;

function firstContentIndex(toks: Token[]): number {
  let i = 0;
  if (toks[0] && DISCOURSE.test(toks[0].text)) {
    i = 1;
    if (toks[1]?.text === ",") i = 2;
  }
  return i;
}

/**
 * Lowercase a sentence-initial word unless it is a name (lexicon or seen capitalised mid-sentence).
 * `rest`, the words after it: "Wen Wei Po", "J. D. Smith" — a capital next, or an initial's
 * full stop, makes the first word part of a name.
 */
export function decapitalize(w: string, properWords: Set<string>, rest = ""): string {
  if (STARTS_TWO_CAPITALS.test(w) || w === "I") return w;
  // "The canal", "A ship": a determiner is no name, however often a title capitalises it.
  if (DETERMINER.test(w)) return w.toLowerCase();
  if (ONE_CAPITAL.test(w) && rest.startsWith(".")) return w;
  // "Modern Scottish …" is an everyday word before a name; "Wen Wei Po" no word at all.
  if (NAME_GOES_ON.test(rest) && !isKnownWord(w.toLowerCase())) return w;
  if (properWords.has(w)) return w;
  const tag = lexiconTag(w);
  if (
    tag &&
    /Name|Place|City|Country|Region|Organization|ProperNoun|Person|Demonym|Month|WeekDay/.test(tag)
  )
    return w;
  return w.charAt(0).toLowerCase() + w.slice(1);
}

function lowerFirstWord(s: string, properWords: Set<string>): string {
  const m = s.match(/^[\p{L}'’-]+/u);
  if (!m) return s;
  return decapitalize(m[0], properWords, s.slice(m[0].length)) + s.slice(m[0].length);
}

function tidy(s: string): string {
  const t = s
    .replace(/\s+/g, " ")
    .replace(/\s+([,.;:!?%])/g, "$1")
    .replace(/[,;:\s]+\?$/, "?")
    .replace(/\(\s*\)/g, "")
    .trim();
  return capitalizeFirst(t);
}

export function thirdPerson(lemma: string): string {
  if (lemma === "have") return "has";
  if (lemma === "be") return "is";
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh|o)$/.test(lemma)) return `${lemma}es`;
  return `${lemma}s`;
}

type Morph = "base" | "3sg" | "past";

function verbMorph(t: Token): Morph | null {
  const lower = t.text.toLowerCase();
  const lemma = t.lemma.toLowerCase();
  if (!/^[a-z]+$/.test(lemma) || !/^[a-z]+$/.test(lower)) return null;
  if (/ing$/.test(lower) && lower !== lemma) return null;
  if (lower === lemma) return "base";
  if (lower === thirdPerson(lemma)) return "3sg";
  return "past";
}

interface Fronted {
  from: number;
  /** Exclusive end of the fronted words (a comma after them is skipped). */
  to: number;
  /** Where the subject starts. */
  next: number;
  /** Moved to the end of the question; empty for discourse adverbs, which are dropped. */
  keep: boolean;
}

/** "In 1954 a group…", "Last year X…", "When Y happened, X…": a phrase before the subject. */
function findFronted(claim: Claim, s0: number): Fronted | null {
  const toks = claim.analysis.tokens;
  const t = toks[s0];
  if (!t) return null;
  const timeWord = /^(?:today|yesterday|now|then|later|earlier|last|next)$/i.test(t.text);
  // The tagger calls "When" an adverb; at a sentence start it opens a clause.
  const sconj = t.pos === "SCONJ" || /^(?:when|after|before|once|until)$/i.test(t.text);
  const opener = t.pos === "ADP" || sconj || t.pos === "ADV" || timeWord;
  if (!opener) return { from: s0, to: s0, next: s0, keep: false };
  let c = s0;
  while (c < toks.length && c - s0 <= 16 && toks[c]!.text !== ",") c++;
  if (toks[c]?.text === ",") {
    const inner = toks.slice(s0, c);
    const hasVerb = inner.some((x) => x.pos === "VERB" || x.pos === "AUX");
    if (sconj) {
      if (!/^(?:when|after|before|once|until)$/i.test(t.text)) return null;
      return { from: s0, to: c, next: c + 1, keep: true };
    }
    if (!hasVerb) {
      // A lone adverb ("Still," "Eventually,") is discourse, not content: drop it.
      const keep = !(c - s0 === 1 && t.pos === "ADV" && !timeWord);
      return { from: s0, to: c, next: c + 1, keep };
    }
  }
  if (sconj || (t.pos === "ADV" && !timeWord)) return null;
  // No comma: a date or duration closes the phrase ("In 1954", "By 1820", "Last year", "Today").
  const e = claim.analysis.entities.find(
    (x) =>
      (x.tokenStart === s0 || (x.tokenStart === s0 + 1 && t.pos === "ADP")) &&
      (x.type === "DATE" || x.type === "DURATION"),
  );
  if (e) return { from: s0, to: e.tokenEnd + 1, next: e.tokenEnd + 1, keep: true };
  if (t.pos === "ADP" && /^(?:1[5-9]\d\d|20\d\d)$/.test(toks[s0 + 1]?.text ?? ""))
    return { from: s0, to: s0 + 2, next: s0 + 2, keep: true };
  return null;
}

function inSpan(spans: Span[], i: number): Span | undefined {
  return spans.find((s) => s.tokenStart <= i && i <= s.tokenEnd);
}

/** A plain noun phrase subject: determiners, adjectives, nouns, names, "of"-phrases. */
function subjectOk(toks: Token[], from: number, to: number, spans: Span[]): boolean {
  if (to - from < 1 || to - from > 9) return false;
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    const sp = inSpan(spans, i);
    if (sp && sp.kind !== "np") continue;
    switch (t.pos) {
      case "DET":
        if (/^(?:this|that|these|those|which|what)$/i.test(t.text)) return false;
        break;
      case "ADJ":
      case "NOUN":
      case "PROPN":
      case "NUM":
        break;
      case "SYM":
        if (!/^[$£€¥]$/.test(t.text)) return false;
        break;
      case "PART":
        if (!/^['’]s$/.test(t.text)) return false;
        break;
      case "ADP":
        if (!/^(?:of|in|on|at|from|near|for|with)$/i.test(t.text) || i === from || i + 1 >= to)
          return false;
        break;
      case "ADV":
        if (!/^(?:about|around|roughly|nearly|almost|some|only|just)$/i.test(t.text)) return false;
        break;
      default:
        return false;
    }
  }
  const last = toks[to - 1]!;
  return /^(?:NOUN|PROPN|NUM)$/.test(last.pos) || !!inSpan(spans, to - 1);
}

interface VerbGroup {
  aux: number | null;
  main: number | null;
  end: number;
  morph: Morph | null;
}

function verbGroup(toks: Token[], v: number, endTok: number): VerbGroup | null {
  const first = toks[v]!;
  if (first.pos === "AUX" || (first.pos === "VERB" && first.lemma.toLowerCase() === "be")) {
    if (!FINITE_AUX.test(first.text)) return null;
    let i = v + 1;
    while (
      i < endTok &&
      (toks[i]!.pos === "ADV" || toks[i]!.pos === "AUX" || toks[i]!.pos === "PART")
    ) {
      if (/^(?:not|n['’]t|never)$/i.test(toks[i]!.text)) return null;
      if (toks[i]!.pos === "PART") return null;
      i++;
    }
    if (i < endTok && toks[i]!.pos === "VERB") return { aux: v, main: i, end: i, morph: null };
    // Copula: no main verb; the adverbs read after it stay in the predicate.
    return { aux: v, main: null, end: v, morph: null };
  }
  if (first.pos !== "VERB") return null;
  const morph = verbMorph(first);
  if (!morph) return null;
  return { aux: null, main: v, end: v, morph };
}

const LINK_WORD =
  /^(?:to|that|which|who|whom|whose|when|where|what|how|why|because|if|as|than|whether|after|before|until|while|since)$/i;

/** End (exclusive) of the predicate worth keeping: before a second clause, an aside or a list. */
function cutPoint(toks: Token[], from: number, endTok: number): number | null {
  // Each linking word ("that", "when"…) licenses one more finite verb; one too many means a second
  // clause the WH word cannot reach ("every month that goes by is…") or a misparse ("A waterway dug
  // for coal now earns…" read with "dug" as the main verb).
  let licences = 0;
  for (let i = from; i < endTok; i++) {
    const t = toks[i]!;
    if (LINK_WORD.test(t.text) || t.pos === "SCONJ") licences++;
    const finite =
      t.pos === "AUX" || (t.pos === "VERB" && /^(?:3sg|past)$/.test(verbMorph(t) ?? ""));
    if (finite && toks[i - 1]?.pos !== "AUX") {
      if (licences === 0) return null;
      licences--;
    }
    if (t.pos === "PUNCT" && /^[,;:—–(-]$/.test(t.text)) {
      if (t.text === ",") {
        // "between X, Y and Z": cutting at the comma would change the fact.
        let j = i + 1;
        let list = false;
        while (
          j < endTok &&
          toks[j]!.pos !== "VERB" &&
          toks[j]!.pos !== "AUX" &&
          (toks[j]!.pos !== "PUNCT" || toks[j]!.text === ",")
        ) {
          if (toks[j]!.pos === "CCONJ") list = true;
          j++;
        }
        if (list && (j >= endTok || toks[j]!.pos === "PUNCT")) return null;
      }
      return i;
    }
    if (t.pos === "CCONJ") {
      const n1 = toks[i + 1];
      const n2 = toks[i + 2];
      const n3 = toks[i + 3];
      const verbish = (x?: Token) => !!x && (x.pos === "VERB" || x.pos === "AUX");
      if (
        verbish(n1) ||
        (n1 && /^(?:DET|NOUN|PROPN|PRON)$/.test(n1.pos) && (verbish(n2) || verbish(n3)))
      )
        return i;
    }
    if (t.pos === "SCONJ" && CUT_SCONJ.test(t.text)) return i;
  }
  return endTok;
}

function whForSubject(span: Span): string | null {
  switch (span.kind) {
    case "person":
      return "Who";
    case "org":
      return "Which organisation";
    case "place":
      return span.subtype === "Country"
        ? "Which country"
        : span.subtype === "City"
          ? "Which city"
          : null;
    case "quantity": {
      const unit = unitOf(span);
      return unit ? `How many ${unit}` : null;
    }
    case "np":
      if (span.head && INSTITUTION_NOUNS.test(span.head)) return null;
      if (span.head && PERSON_NOUNS.test(span.head)) return "Who";
      return "What";
    default:
      return null;
  }
}

function unitOf(span: Span): string | null {
  if (!span.plural) return null;
  const last = (span.text.split(/\s+/).pop() ?? "").toLowerCase();
  if (!/^\p{Ll}+$/u.test(last) || NOT_COUNTABLE.test(last)) return null;
  return last;
}

function whForObject(span: Span, prep: string | null, hasOf: boolean): string | null {
  const p = prep?.toLowerCase() ?? null;
  const P = p ? p.charAt(0).toUpperCase() + p.slice(1) : "";
  switch (span.kind) {
    case "person":
      if (!p) return "Who";
      return /^(?:to|with|for|from|by|about|against)$/.test(p) ? `${P} whom` : null;
    case "place":
      if (p && /^(?:in|at)$/.test(p)) return "Where";
      if (!p && span.subtype === "Country") return "Which country";
      return null;
    case "year":
      if (p && /^(?:in|during)$/.test(p)) return "In what year";
      if (p && /^(?:since|by|until)$/.test(p)) return `${P} what year`;
      return null;
    case "date":
      return p && /^(?:in|on)$/.test(p) ? "When" : null;
    case "money":
      if (!p) return "How much";
      return /^(?:by|for)$/.test(p) ? `${P} how much` : null;
    case "percent":
      if (p === "by") return "By what percentage";
      return !p && hasOf ? "What percentage" : null;
    case "quantity": {
      const unit = unitOf(span);
      if (!unit) return null;
      if (!p) return `How many ${unit}`;
      return /^(?:by|for|in|within|over|after)$/.test(p) ? `${P} how many ${unit}` : null;
    }
    case "np":
      if (p || (span.head && PERSON_NOUNS.test(span.head))) return null;
      return "What";
    default:
      return null;
  }
}

/** "of coal", "of their income" after a number: it belongs to the WH phrase. */
function ofPhraseEnd(toks: Token[], at: number, endTok: number): number {
  if (toks[at]?.text.toLowerCase() !== "of") return at;
  let j = at + 1;
  if (toks[j]?.pos === "DET" || /^(?:its|their|his|her|our|your|my)$/i.test(toks[j]?.text ?? ""))
    j++;
  while (j < endTok && /^(?:ADJ|NOUN|PROPN)$/.test(toks[j]!.pos)) j++;
  return j > at + 1 && /^(?:NOUN|PROPN)$/.test(toks[j - 1]!.pos) ? j : at;
}

function subjectIsPlural(toks: Token[], from: number, to: number): boolean {
  // The head is the last noun before any "of"/"in" phrase.
  let end = to;
  for (let i = from + 1; i < to; i++)
    if (toks[i]!.pos === "ADP") {
      end = i;
      break;
    }
  if (toks.slice(from, end).some((t) => t.pos === "CCONJ")) return true;
  const head = toks[end - 1];
  if (!head) return false;
  if (PLURAL_ONLY.test(head.text)) return true;
  if (head.pos === "NOUN") return head.text.toLowerCase() !== head.lemma && /s$/i.test(head.text);
  // Sentence-initial "Households" comes out PROPN with itself as lemma: trust the spelling.
  return (
    head.pos === "PROPN" &&
    end - 1 === from &&
    /[^su'’]s$/.test(head.text) &&
    !lexiconTag(head.text)
  );
}

/**
 * A WH-question whose answer is the span, or null when the clause is not simple enough to turn
 * into a question without risking the grammar.
 */
export function buildWhQuestion(
  claim: Claim,
  span: Span,
  properWords: Set<string>,
): WhQuestion | null {
  const toks = claim.analysis.tokens;
  const text = claim.body;
  if (/["“”]/.test(text)) return null;
  let endTok = toks.length;
  while (endTok > 0 && toks[endTok - 1]!.pos === "PUNCT") endTok--;
  if (span.tokenEnd >= endTok || endTok < 4) return null;
  const slice = (a: number, b: number) =>
    b > a ? text.slice(toks[a]!.start, toks[b - 1]!.end) : "";

  const s0 = firstContentIndex(toks);
  const fr = findFronted(claim, s0);
  if (!fr) return null;
  const ss = fr.next;
  let v = ss;
  while (v < endTok && toks[v]!.pos !== "VERB" && toks[v]!.pos !== "AUX") v++;
  if (v >= endTok || v === ss) return null;
  if (!subjectOk(toks, ss, v, claim.spans)) return null;
  const g = verbGroup(toks, v, endTok);
  if (!g) return null;
  const frontedText =
    fr.keep && fr.to > fr.from ? lowerFirstWord(slice(fr.from, fr.to), properWords) : "";

  // Hedges ("about", "more than") travel with the answer, not the question.
  const hedgeMatch = text.slice(0, span.start).match(HEDGE_BEFORE);
  const hedgeText = hedgeMatch ? hedgeMatch[0] : "";
  let hedgeStart = span.tokenStart;
  while (hedgeStart > 0 && toks[hedgeStart - 1]!.start >= span.start - hedgeText.length)
    hedgeStart--;
  let answer = (hedgeText + span.text).replace(/\s+/g, " ").trim();
  if (span.kind === "np") answer = answer.replace(/^(?:a|an|the)\s+/i, "");
  if (/['’]s?$/.test(answer) || answer.split(/\s+/).length > 6) return null;

  const finish = (q: string, form: WhQuestion["form"]): WhQuestion | null => {
    // "…register.[12]" cut before its "]": the marker's remains and the full stop go too.
    const body = stripCitations(q)
      .replace(/\s?\[[^\]]{0,20}$/, "")
      .replace(/[.,;:\s]+$/, "");
    const prompt = tidy(`${body}?`);
    if (prompt.split(/\s+/).length < 4) return null;
    return { prompt, answer, form };
  };

  // --- The span is the subject: "Who/What …", the predicate unchanged but for agreement.
  if (span.tokenStart >= ss && span.tokenEnd < v) {
    for (let i = ss; i < hedgeStart; i++)
      if (toks[i]!.pos !== "DET" || !/^(?:the|a|an)$/i.test(toks[i]!.text)) return null;
    const ofEnd =
      span.kind === "quantity" || span.kind === "percent"
        ? ofPhraseEnd(toks, span.tokenEnd + 1, v)
        : span.tokenEnd + 1;
    if (ofEnd !== v && span.tokenEnd + 1 !== v) return null;
    let wh = whForSubject(span);
    if (span.kind === "percent" && ofEnd > span.tokenEnd + 1) wh = "What percentage";
    if (!wh) return null;
    const of = ofEnd > span.tokenEnd + 1 ? ` ${slice(span.tokenEnd + 1, ofEnd)}` : "";
    const cut = cutPoint(toks, g.end + 1, endTok);
    if (cut === null) return null;
    let verbText = toks[v]!.text;
    const singular = /^(?:Who|What|Which)\b/.test(wh) && !/percentage/.test(wh);
    if (singular) {
      const lower = verbText.toLowerCase();
      if (g.aux !== null) {
        const fix: Record<string, string> = { are: "is", were: "was", have: "has", do: "does" };
        verbText = fix[lower] ?? verbText;
      } else if (g.morph === "base") {
        // A bare verb after a singular subject means the tagger misread a noun ("bus pass").
        if (SAME_PAST.test(lower) || !subjectIsPlural(toks, ss, v)) return null;
        verbText = thirdPerson(toks[v]!.lemma.toLowerCase());
      }
    }
    const rest = `${verbText.toLowerCase()}${text.slice(toks[v]!.end, toks[g.end]!.end)} ${slice(g.end + 1, cut)}`;
    return finish(`${wh}${of} ${rest} ${frontedText}`, "subject");
  }

  // The inverted clause: "did X hire", "was X reopened", "has X grown".
  const subjTok = toks[ss]!;
  // "Parliament approved…": a lone singular capitalised subject with no determiner is a name.
  const bareName = (inSpan(claim.spans, ss)?.kind ?? "np") !== "np";
  // "the idea", "the plan": without the sentence before, the question has no anchor.
  if (v - ss <= 2 && VAGUE_HEADS.test(toks[v - 1]!.text) && /^(?:the|a|an)$/i.test(subjTok.text))
    return null;
  const subject =
    (bareName
      ? subjTok.text
      : decapitalize(subjTok.text, properWords, text.slice(subjTok.end, toks[v - 1]!.end))) +
    text.slice(subjTok.end, toks[v - 1]!.end);
  let head: string;
  if (g.aux !== null) {
    const auxText = toks[g.aux]!.text.toLowerCase();
    const after = g.end > g.aux ? text.slice(toks[g.aux + 1]!.start, toks[g.end]!.end) : "";
    head = `${auxText} ${subject} ${after}`;
  } else {
    const lemma = toks[v]!.lemma.toLowerCase();
    let doAux: string;
    if (g.morph === "3sg") doAux = "does";
    else if (g.morph === "past") doAux = "did";
    else if (subjectIsPlural(toks, ss, v)) doAux = "do";
    else if (SAME_PAST.test(lemma)) doAux = "did";
    else return null;
    head = `${doAux} ${subject} ${lemma}`;
  }

  // --- The span is the fronted phrase: "In 1954 X founded Y" → "In what year did X found Y?"
  if (fr.to > fr.from && span.tokenStart >= fr.from && span.tokenEnd < fr.to) {
    const prepTok = toks[fr.from]!;
    if (prepTok.pos !== "ADP" || hedgeStart !== fr.from + 1 || span.tokenEnd !== fr.to - 1)
      return null;
    const wh = whForObject(span, prepTok.text, false);
    if (!wh) return null;
    const cut = cutPoint(toks, g.end + 1, endTok);
    if (cut === null) return null;
    return finish(`${wh} ${head} ${slice(g.end + 1, cut)}`, "fronted");
  }

  // --- The span is in the predicate, after the verb group.
  if (span.tokenStart <= g.end) return null;
  let p = hedgeStart - 1;
  if (span.kind !== "np") while (p > g.end && toks[p]!.pos === "DET") p--;
  const hasPrep = p > g.end && toks[p]!.pos === "ADP";
  let cutFrom: number;
  if (hasPrep) cutFrom = p;
  else {
    // Without a preposition the span must be the verb's object, straight after it.
    let q = hedgeStart - 1;
    while (q > g.end && toks[q]!.pos === "DET") q--;
    if (q !== g.end) return null;
    if (g.main === null) return null; // "X is Y": a copula complement makes "What is X?" — too loose.
    cutFrom = g.end + 1;
  }
  for (let i = g.end + 1; i < cutFrom; i++) {
    const t = toks[i]!;
    if (/^(?:PUNCT|SCONJ|CCONJ|VERB|AUX)$/.test(t.pos)) return null;
    if (/^(?:that|which|who|whom|whose)$/i.test(t.text)) return null;
  }
  if (cutFrom - (g.end + 1) > 8) return null;
  const nextTok = toks[span.tokenEnd + 1];
  const ofEnd =
    span.kind === "quantity" || span.kind === "percent"
      ? ofPhraseEnd(toks, span.tokenEnd + 1, endTok)
      : span.tokenEnd + 1;
  const hasOf = ofEnd > span.tokenEnd + 1;
  if (!hasOf && nextTok && span.tokenEnd + 1 < endTok) {
    // The span must end its noun phrase: "0.5 degrees Celsius", "bus pass" would be cut in two.
    if (/^(?:NOUN|PROPN|NUM|ADJ)$/.test(nextTok.pos) && !/ing$/i.test(nextTok.text)) return null;
    if (/^['’]s?$/.test(nextTok.text)) return null;
    if (nextTok.text.toLowerCase() === "of") return null;
  }
  // "300,000 tons and 200 passengers": the span is one half of a pair.
  if (toks[ofEnd]?.pos === "CCONJ" && !/^(?:VERB|AUX)$/.test(toks[ofEnd + 1]?.pos ?? ""))
    return null;
  const wh = whForObject(span, hasPrep ? toks[p]!.text : null, hasOf);
  if (!wh) return null;
  const of = hasOf ? ` ${slice(span.tokenEnd + 1, ofEnd)}` : "";
  const cut = cutPoint(toks, ofEnd, endTok);
  if (cut === null) return null;
  const middle = slice(g.end + 1, cutFrom);
  const tail = slice(ofEnd, cut);
  return finish(`${wh}${of} ${head} ${middle} ${tail} ${frontedText}`, "object");
}
