import { firstClause } from "./idea-questions";
import {
  analyzeOnce,
  lowerStart,
  recallable,
  standsAlone,
  stripEnd,
  words,
  type IdeaDraft,
  type IdeaInput,
} from "./idea-text";
import { lexiconTag, type Token } from "./nlp";
import { present } from "./present";
import { NEGATION_RE } from "./text-utils";
import {
  DEED_VERBS,
  DEFINING_OBJECT_VERBS,
  OBJECT_VERBS,
  SOURCE_VERBS,
  VAGUE_SUBJECT,
} from "./words";

/**
 * Idea rules that ask for one side of a relation the sentence states: what a thing provides,
 * involves or brings about ("What does X provide?"), and where it comes from ("What causes X?",
 * "What do X arise from?").
 */

/** A hedge inside the subject ("The fires, as a rule, arise…") is left out of the question. */
const HEDGE = /,\s+(?:for the most part|in general|as a rule|in most cases|in fact|of course),\s+/i;

/** Auxiliaries that may stand before the verb and move to the front of the question. */
const FRONT_AUX = /^(?:can|could|may|might|will|would|must|should|has|have|had)$/i;

/** "The JUST causes": a common word set in capitals for emphasis reads lower-cased in a question. */
function unshout(s: string): string {
  // "the US Navy": two or three capitals are an abbreviation, not a stress (as
  // present.ts reads an answer).
  return s.replace(/\b\p{Lu}{4,}\b/gu, (w) => {
    const tag = lexiconTag(w.toLowerCase());
    return tag && !/Acronym|Organization|Country|Place|Person|Name/.test(tag) ? w.toLowerCase() : w;
  });
}

interface Parsed {
  s: string;
  toks: Token[];
  /** Index of the main verb and of an auxiliary before it (or -1). */
  verbAt: number;
  auxAt: number;
  subject: string;
}

/**
 * The sentence as subject + (aux) + verb, when the subject is a plain noun phrase that stands
 * alone: no clause, pronoun or comma in it, and a noun just before the verb.
 */
function parse(input: IdeaInput, isVerb: (lemma: string) => boolean, stems: RegExp): Parsed | null {
  // Tagging is the costly part: only a sentence with one of the verbs in it is tagged.
  if (!stems.test(input.text)) return null;
  const whole = stripEnd(present(input.text)).replace(HEDGE, " ");
  if (NEGATION_RE.test(whole)) return null;
  for (const s of clauses(whole)) {
    const p = parseClause(s, isVerb);
    if (p) return p;
  }
  return null;
}

/** A short opening phrase ("In the end, however, …", "Over time, …") that only sets the scene. */
const LEAD_IN =
  /^((?:in|on|at|over|by|for|after|before|during|along|throughout|today|overall|in the end)\b[^,;]{0,30},\s+(?:however,\s+)?)(\p{L}.*)$/iu;

/**
 * The clauses a relation may be read from: the sentence, the sentence without a scene-setting
 * opening, and a second clause joined by ", and" that has a subject of its own.
 */
function clauses(s: string): string[] {
  const out = [s];
  const lead = LEAD_IN.exec(s);
  if (lead && !/\d/.test(lead[1]!)) out.push(lead[2]!);
  // Only when the part before ", and" is a clause of its own ("A is B, and C mirror D"), not a
  // list ("Tests 1, 14 and 17 contain …").
  const and = s.split(/,\s+and\s+/);
  if (
    and.length === 2 &&
    words(and[1]!).length >= 4 &&
    /^\p{L}/u.test(and[1]!) &&
    analyzeOnce(s).tokens.some(
      (t) => (t.pos === "VERB" || t.pos === "AUX") && t.end <= and[0]!.length,
    )
  )
    out.push(and[1]!);
  return out;
}

function parseClause(s: string, isVerb: (lemma: string) => boolean): Parsed | null {
  const toks = analyzeOnce(s).tokens;
  // "Research carried out on the farm produced …": a participle right after a noun, with a
  // verb still to come, belongs to the subject; the main verb is further on.
  const reducedRelative = (k: number) =>
    /ed$/i.test(toks[k]!.text) &&
    /^(?:NOUN|PROPN)$/.test(toks[k - 1]?.pos ?? "") &&
    toks.slice(k + 1).some((t) => t.pos === "VERB" || t.pos === "AUX");
  const verbAt = toks.findIndex(
    (t, k) =>
      t.pos === "VERB" &&
      isVerb(t.lemma.toLowerCase()) &&
      !/ing$/i.test(t.text) &&
      !reducedRelative(k),
  );
  if (verbAt < 1) return null;
  const v = toks[verbAt]!;
  // "A leaflet printed in 2015 has reached…", "Floods caused by the thaw are…": a past
  // participle followed by "by" or by the real verb is part of the subject.
  if (
    v.text.toLowerCase() !== v.lemma.toLowerCase() &&
    /ed$/i.test(v.text) &&
    (/^by$/i.test(toks[verbAt + 1]?.text ?? "") ||
      toks.slice(verbAt + 1, verbAt + 10).some((t) => t.pos === "AUX"))
  )
    return null;
  const auxAt = toks[verbAt - 1]!.pos === "AUX" ? verbAt - 1 : -1;
  if (auxAt >= 0 && !FRONT_AUX.test(toks[auxAt]!.text)) return null;
  let end = auxAt >= 0 ? auxAt : verbAt;
  // "Communities merely mirror…": an adverb before the verb stays out of the question.
  while (
    end > 1 &&
    toks[end - 1]!.pos === "ADV" &&
    /ly$|^(?:also|still|already|later|often|now)$/i.test(toks[end - 1]!.text)
  )
    end--;
  const head = toks.slice(0, end);
  if (head.length === 0) return null;
  // "Research conducted aboard the station advances…": a participle after a noun is part of it.
  const plain = head.every(
    (t, k) =>
      !/^(?:AUX|PRON|SCONJ|PUNCT)$/.test(t.pos) &&
      (t.pos !== "VERB" ||
        (/(?:ed|en)$/i.test(t.text) && /^(?:NOUN|PROPN)$/.test(head[k - 1]?.pos ?? "")) ||
        // "The main causes of floods": a noun before "of" read as a verb.
        (k > 0 && /^of$/i.test(head[k + 1]?.text ?? ""))),
  );
  if (!plain || /^(?:ADP|ADV|CCONJ)$/.test(head[0]!.pos)) return null;
  if (!/^(?:NOUN|PROPN|NUM)$/.test(head[head.length - 1]!.pos)) return null;
  const subject = unshout(s.slice(0, toks[end]!.start).trim());
  // "Note that the objects represent …": a "that" in the subject opens a clause.
  if (/\bthat\b/i.test(subject)) return null;
  const n = words(subject).length;
  if (n < 1 || n > 10 || !standsAlone(subject) || VAGUE_SUBJECT.test(subject)) return null;
  // "The bill threatens…": a bare "the <noun>" needs the sentence before to say which one.
  if (/^(?:the|a|an)\s+\p{Ll}+$/iu.test(subject)) return null;
  // "A favourite version comes from…": which one? An indefinite subject needs more to pin it.
  if (/^(?:a|an|some|another|other)\s/i.test(subject) && words(subject).length <= 3) return null;
  return { s, toks, verbAt, auxAt, subject };
}

/** "does/do/did" for a bare verb form, or null for a form the question cannot take. */
function doSupport(verb: Token): string | null {
  const vt = verb.text.toLowerCase();
  const lemma = verb.lemma.toLowerCase();
  if (vt === lemma) return "do";
  if (vt === `${lemma}s` || vt === `${lemma}es` || vt === `${lemma.slice(0, -1)}ies`) return "does";
  return /ed$/.test(vt) ? "did" : null;
}

/** What follows the verb up to the next clause: a noun phrase a learner can recall. */
export function objectPhrase(rest: string): string | null {
  const cut = firstClause(rest.split(/\s*[—–]\s*/u)[0]!).replace(
    /,\s+(?:\p{Ll}+ing|which|who|where|as|so|including|such as|like)\b.*$/u,
    "",
  );
  // No object: "Ice forms on the lake", "Prices increased by 5%" say where or how much, not what.
  if (
    /^(?:to|that|if|whether|how|what|why|when|where|which|who|it|them|this|these|those|him|her|us|their|its|should|would|could|can|may|might|must|will|shall|is|are|was|were|be|been|has|have|had|on|in|at|into|onto|from|with|by|for|over|under|through|during|after|before|around|across|along|about|off|out|up|down|away|back|again)\b/i.test(
      cut,
    )
  )
    return null;
  // A full stop or markup inside the answer: two sentences run together, not one object.
  if (/[.!?]\s|[<>{}|]/.test(cut)) return null;
  // "many factors", "a combination of things": an answer that names nothing is no answer.
  if (
    /^(?:many|several|various|some|other|a\s+(?:number|variety|range|combination|lot|mix)\s+of)\s+(?:\S+\s+)?\S+$/i.test(
      cut.trim(),
    )
  )
    return null;
  return recallable(cut);
}

/** "The city's ferry service provides cheap access to the islands" → "What does … provide?" */
/** The first letters of a set of verbs, to tell cheaply whether a sentence may hold one. */
function stemsOf(verbs: Iterable<string>): RegExp {
  const stems = [...new Set([...verbs].map((v) => v.replace(/e$/, "").slice(0, 5)))];
  return new RegExp(`\\b(?:${stems.sort().join("|")})`, "i");
}
const OBJECT_STEMS = stemsOf([...OBJECT_VERBS, "brought", "gave", "meant", "held", "fed", "led"]);
const SOURCE_STEMS = stemsOf([...Object.keys(SOURCE_VERBS), "arose", "came", "cause"]);

export function objectOf(input: IdeaInput): IdeaDraft | null {
  return objectWith(input, OBJECT_VERBS, OBJECT_STEMS);
}

const DEED_STEMS = stemsOf([...DEED_VERBS, "sought", "won", "lost", "built", "fought", "chose"]);

/** "The council rejected the plan" → "What did the council reject?": what someone did, to what. */
export function deedOf(input: IdeaInput): IdeaDraft | null {
  const d = objectWith(input, DEED_VERBS, DEED_STEMS);
  if (!d) return null;
  // "retrieved the capsule shortly after landing": when it happened is not what was done.
  const answer = d.answer.replace(WHEN_TAIL, "");
  // "logged 549 days in space": a figure is a blank's to ask, not a deed's.
  if (/^(?:about|nearly|over|more than|almost)?\s*\d[\d,.]*\s+\S+(?:\s+\S+){0,2}$/.test(answer))
    return null;
  return words(answer).length >= 2 ? { ...d, answer } : null;
}

/** A time phrase that closes an object: "… shortly after landing", "… in 1998", "… last May". */
const WHEN_TAIL =
  /\s+(?:(?:shortly|soon|right|just|long|days|weeks|months|years)\s+)?(?:after|before|during|until)\s+.*$|\s+(?:in|on)\s+(?:\d{4}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b).*$|\s+(?:last|this|next)\s+(?:week|month|year|spring|summer|autumn|fall|winter)$/u;

function objectWith(input: IdeaInput, verbs: ReadonlySet<string>, stems: RegExp): IdeaDraft | null {
  const p = parse(input, (l) => verbs.has(l), stems);
  if (!p) return null;
  const verb = p.toks[p.verbAt]!;
  const answer = objectPhrase(p.s.slice(verb.end).trim());
  if (!answer) return null;
  const subj = lowerStart(p.subject, input.isName);
  const lemma = verb.lemma.toLowerCase();
  let question: string;
  if (p.auxAt >= 0) {
    question = `What ${p.toks[p.auxAt]!.text.toLowerCase()} ${subj} ${verb.text.toLowerCase()}?`;
  } else {
    const aux = doSupport(verb);
    if (!aux) return null;
    question = `What ${aux} ${subj} ${lemma}?`;
  }
  return {
    idea: DEFINING_OBJECT_VERBS.has(lemma) ? "definition" : "consequence",
    question,
    answer: lowerStart(answer, input.isName),
  };
}

const CAUSED_BY =
  /^(.+?)\s+(is|are|was|were|can be|may be)\s+(?:(?:often|mainly|mostly|usually|largely|mostly)\s+)?(caused by|made (?:up )?of|made from|made by)\s+(.+)$/u;

/**
 * "Tides are caused by the pull of the moon" → "What causes tides?"; "X arises from Y" → "What
 * do X arise from?"; "X is made of Y" → "What is X made of?".
 */
export function sourceOf(input: IdeaInput): IdeaDraft | null {
  const passive = /\b(?:caused by|made (?:up )?of|made from|made by)\b/.test(input.text)
    ? CAUSED_BY.exec(stripEnd(present(input.text)).replace(HEDGE, " "))
    : null;
  if (passive) {
    const p = parse(
      { ...input, text: `${passive[1]} cause ${passive[4]}` },
      (l) => l === "cause",
      SOURCE_STEMS,
    );
    if (!p) return null;
    // "made by pounding …" says how (idea.means); "made by Sir James" who, which a blank asks.
    if (passive[3] === "made by" && /^(?:\p{Ll}+ing\b|\p{Lu})/u.test(passive[4]!)) return null;
    const answer = objectPhrase(passive[4]!);
    if (!answer) return null;
    const subj = lowerStart(p.subject, input.isName);
    const made = passive[3]!.startsWith("made") && passive[3] !== "made by";
    const be = passive[2]!.replace(/^(?:can|may) be$/, "is");
    return {
      idea: made ? "definition" : "cause",
      question: made
        ? `What ${be} ${subj} ${passive[3]}?`
        : passive[3] === "made by"
          ? `What ${be} ${subj} made by?`
          : `What causes ${subj}?`,
      answer: lowerStart(answer, input.isName),
    };
  }
  const p = parse(input, (l) => l in SOURCE_VERBS, SOURCE_STEMS);
  if (!p) return null;
  const verb = p.toks[p.verbAt]!;
  const lemma = verb.lemma.toLowerCase();
  const particle = SOURCE_VERBS[lemma]!;
  const after = p.s.slice(verb.end).trim();
  // "either from A or from B": the particle may follow "either"/"mainly".
  const m = new RegExp(
    `^(?:(?:either|mainly|mostly|largely|partly|directly)\\s+)?${particle}\\s+(.+)$`,
    "i",
  ).exec(after);
  if (!m) return null;
  const answer = objectPhrase(m[1]!.replace(new RegExp(`\\s+or\\s+${particle}\\s+`, "i"), " or "));
  if (!answer) return null;
  const subj = lowerStart(p.subject, input.isName);
  let question: string;
  if (p.auxAt >= 0) {
    question = `What ${p.toks[p.auxAt]!.text.toLowerCase()} ${subj} ${verb.text.toLowerCase()} ${particle}?`;
  } else {
    const aux = doSupport(verb);
    if (!aux) return null;
    question = `What ${aux} ${subj} ${lemma} ${particle}?`;
  }
  return {
    idea: lemma === "consist" ? "definition" : "cause",
    question,
    answer: lowerStart(answer, input.isName),
  };
}
