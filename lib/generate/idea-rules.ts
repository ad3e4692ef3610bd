import { CONFIG } from "./config";
import nlp from "compromise";
import { analyze, lexiconTag, type Analysis } from "./nlp";
import { present } from "./present";
import type { Rule } from "./rules";
import {
  ANTONYMS,
  ANTONYM_STOP,
  VERB_ANTONYMS,
  VERB_ANTONYM_STOP,
  BACK_REFERENCE,
  CAUSE_CONNECTIVE,
  EFFECT_PARTICLE,
  EFFECT_VERBS,
  INVERTIBLE_AUX,
  PURPOSE_CONNECTIVE,
  VAGUE_SUBJECT,
} from "./words";
import { ABSOLUTE_RE, capitalizeFirst, NEGATION_RE } from "./text-utils";

/** What an idea rule sees: one sentence, cleaned for display, and how to tell names apart. */
export interface IdeaInput {
  text: string;
  /** True when a word is a name and keeps its capital after a question word. */
  isName?: (word: string) => boolean;
}

export type IdeaKind = "cause" | "purpose" | "caused" | "definition" | "enumeration" | "claim";

export interface IdeaDraft {
  idea: IdeaKind;
  /** A real question (flashcard front, short-answer prompt) or, for "claim", a false statement. */
  question: string;
  answer: string;
}

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const stripEnd = (s: string) => s.replace(/[\s.!;:,]+["”’]?$/u, "").replace(/^["“‘]|["”’]$/gu, "");

/** Lower the first word of a clause that moves after a question word, unless it is a name. */
function lowerStart(clause: string, isName?: (w: string) => boolean): string {
  const m = clause.match(/^[\p{L}][\p{L}'’-]*/u);
  if (!m) return clause;
  const w = m[0];
  if (w === "I" || /^\p{Lu}{2,}/u.test(w) || /\p{Lu}/u.test(w.slice(1))) return clause;
  const bare = w.replace(/['’]s$/u, "");
  // "Kerala Weavers Guild": a capital on the next word too marks a multi-word name.
  // A determiner is never part of the name after it ("the Charter of the Forest").
  if (/^(?:the|a|an|this|that|these|those)$/i.test(w))
    return w.toLowerCase() + clause.slice(w.length);
  if (/^\s+\p{Lu}/u.test(clause.slice(w.length))) return clause;
  if (isName?.(w) || isName?.(bare)) return clause;
  const tag = lexiconTag(bare);
  if (tag && /Name|Place|City|Country|Region|Organization|Person|Demonym|Month|WeekDay/.test(tag))
    return clause;
  return w.charAt(0).toLowerCase() + w.slice(1) + clause.slice(w.length);
}

/** A clause that opens by pointing back ("This …", "As a result, …") cannot be asked alone. */
function standsAlone(clause: string): boolean {
  return !BACK_REFERENCE.test(clause.trim()) && !/^["“‘(]/u.test(clause.trim());
}

/**
 * "Dry air cools fast" → "Why does dry air cool fast?"; "The lake is shallow" →
 * "Why is the lake shallow?". Null when the clause has no plain subject-verb shape.
 */
export function whyQuestion(
  clause: string,
  isName?: (w: string) => boolean,
  a?: Analysis,
): string | null {
  const main = stripEnd(clause);
  if (words(main).length < CONFIG.idea.minClauseWords || !standsAlone(main)) return null;
  const toks = (a ?? analyze(main)).tokens;
  const v = toks.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
  if (v < 1) return null;
  const subject = main.slice(0, toks[v]!.start).trim();
  const subjWords = words(subject);
  if (subjWords.length === 0 || subjWords.length > 10 || /[,;:]/.test(subject)) return null;
  if (VAGUE_SUBJECT.test(subject)) return null;
  if (
    toks
      .slice(0, v)
      .some((t) => t.pos === "SCONJ" || (t.pos === "PRON" && !/^(?:you|we|I)$/i.test(t.text)))
  )
    return null;
  const verb = toks[v]!;
  const next = toks[v + 1];
  if (next && /^(?:not|n['’]t|never)$/i.test(next.text)) return null;
  const rest = main.slice(verb.end).trim();
  if (!rest) return null;
  const subj = lowerStart(subject, isName);
  const vt = verb.text.toLowerCase();
  if (INVERTIBLE_AUX.test(vt) && (verb.pos === "AUX" || !/^(?:has|have|had)$/.test(vt)))
    return `Why ${vt} ${subj} ${rest}?`;
  if (verb.pos !== "VERB" || /ing$/.test(vt)) return null;
  const lemma = verb.lemma.toLowerCase();
  let aux: string;
  if (vt === lemma) aux = "do";
  else if (
    vt === `${lemma}s` ||
    vt === `${lemma}es` ||
    (lemma.endsWith("y") && vt === `${lemma.slice(0, -1)}ies`)
  )
    aux = "does";
  else aux = "did";
  return `Why ${aux} ${subj} ${lemma} ${rest}?`;
}

/** A recallable answer: cut before a trailing relative clause, or null when still too long. */
function recallable(answer: string): string | null {
  let a = stripEnd(answer);
  if (words(a).length > CONFIG.idea.maxAnswerWords) {
    const cut = a.search(/,\s+(?:which|who|where|while|and|but|as)\b|;|\s[—–]\s/);
    if (cut > 0) a = a.slice(0, cut);
  }
  const n = words(a).length;
  if (n < CONFIG.idea.minAnswerWords || n > CONFIG.idea.maxAnswerWords) return null;
  return capitalizeFirst(a);
}

function causeOrPurpose(kind: "cause" | "purpose", re: RegExp) {
  return (input: IdeaInput): IdeaDraft | null => {
    const s = present(input.text);
    const m = re.exec(s);
    if (!m || m.index === undefined) return null;
    // One reason per sentence: two connectives make "which one?" unclear.
    if (re.exec(s.slice(m.index + m[0].length))) return null;
    let main = s.slice(0, m.index);
    let reason = `${m[1]!.toLowerCase()} ${s.slice(m.index + m[0].length)}`;
    // "Because of the storm, the launch slipped": the reason comes first.
    const front =
      /^(Because of|Because|Due to|Owing to|In order to|So that|To)\s+([^,]+),\s+(.+)$/u.exec(s);
    if (front && kind === "cause" && /^Because|^Due|^Owing/.test(front[1]!)) {
      main = front[3]!;
      reason = `${front[1]!.toLowerCase()} ${front[2]!}`;
    } else if (m.index === 0) return null;
    if (/,\s*$/.test(main) && kind === "cause") main = main.replace(/,\s*$/, "");
    // A reason that points back ("because of this") is not in the sentence.
    if (
      /^(?:because(?: of)?|due to|owing to|on account of)\s+(?:this|that|these|those|it|them)\b/i.test(
        reason,
      )
    )
      return null;
    const question = whyQuestion(main, input.isName);
    const answer = recallable(reason);
    if (!question || !answer) return null;
    return { idea: kind, question, answer };
  };
}

const EFFECT_STEMS =
  /\b(?:caus|led|lead|result|trigger|produc|creat|increas|reduc|rais|lower|prevent|protect|help|allow|enabl|affect|damag|destroy|threaten|driv|drove|control|determin|absorb|stor|carr|releas|trap|power|fuel|provid|support|harm|kill|fe[de]|warm|cool|spread|limit|block|shap)/i;

function causedBy(input: IdeaInput): IdeaDraft | null {
  const s = stripEnd(present(input.text));
  if (NEGATION_RE.test(s)) return null;
  // Tagging is costly: only a sentence with one of the verbs' stems is tagged.
  if (!EFFECT_STEMS.test(s)) return null;
  const toks = analyze(s).tokens;
  // "Months of rain preceding the vote had caused…": a participle inside the subject is skipped.
  const v = toks.findIndex((t) => t.pos === "AUX" || (t.pos === "VERB" && !/ing$/i.test(t.text)));
  if (v < 2) return null;
  let verbAt = v;
  // "had caused", "can help", "will reduce": an auxiliary moves with the verb into the question.
  if (toks[v]!.pos === "AUX" && toks[v + 1]?.pos === "VERB") verbAt = v + 1;
  const verb = toks[verbAt]!;
  const lemma = verb.lemma.toLowerCase();
  if (verb.pos !== "VERB" || !EFFECT_VERBS.has(lemma) || /ing$/i.test(verb.text)) return null;
  let end = verb.end;
  const particle = EFFECT_PARTICLE[lemma];
  if (particle) {
    const next = toks[verbAt + 1];
    if (!next || next.text.toLowerCase() !== particle) return null;
    end = next.end;
  }
  const subject = s.slice(0, toks[v]!.start).trim();
  const rest = s.slice(end).trim();
  if (/^(?:by|it|them|this|that|these|those|him|her|us)\b/i.test(rest) || words(rest).length < 3)
    return null;
  if (/\b\p{Lu}{2,}\b/u.test(subject)) return null;
  // "As the planet warms, …": a subordinate clause is not the subject.
  if (/^(?:SCONJ|ADP)$/.test(toks[0]!.pos)) return null;
  // "A report released in 2015 has changed…": a participle before the real verb.
  if (verbAt === v && toks.slice(v + 1, v + 8).some((t) => t.pos === "AUX")) return null;
  const last = toks
    .slice(0, v)
    .filter((t) => /[\p{L}\p{N}]/u.test(t.text))
    .pop();
  if (!/^(?:NOUN|PROPN|NUM)$/.test(last?.pos ?? "")) return null;
  if (/[,;:()]/.test(subject) || !standsAlone(subject) || VAGUE_SUBJECT.test(subject)) return null;
  // "The bill threatens…": a bare "the <noun>" needs the sentence before to say which one.
  if (/^(?:the|a|an)\s+\p{Ll}+$/iu.test(subject)) return null;
  const n = words(subject).length;
  if (n < 2 || n > CONFIG.idea.maxAnswerWords) return null;
  let verbPhrase = s.slice(toks[v]!.start, end);
  // "Sponges absorb water" → "What absorbs water?": the question word is singular.
  if (verbAt === v && verb.text.toLowerCase() === lemma) {
    const forms = conjugate(lemma) as Record<string, string> | undefined;
    if (!forms?.PresentTense) return null;
    verbPhrase = forms.PresentTense + s.slice(verb.end, end);
  } else if (verbAt === v + 1 && /^(?:are|were|have|do)$/i.test(toks[v]!.text)) return null;
  return {
    idea: "caused",
    question: `What ${verbPhrase.toLowerCase()} ${rest}?`,
    answer: capitalizeFirst(subject),
  };
}

const DEFINITION =
  /^([\p{L}\p{N}][\p{L}\p{N}'’ -]*?)\s+(is|are|was|were)\s+((?:a|an|the|one of the|one of|a kind of|a type of|a form of)\s+.+)$/u;

function definition(input: IdeaInput): IdeaDraft | null {
  const s = present(input.text);
  const m = DEFINITION.exec(stripEnd(s));
  if (!m) return null;
  // "BORSCHT or UKRAINIAN BORSCHT": a lead set in capitals reads as Title Case.
  const term = m[1]!
    .trim()
    .replace(/\b(\p{Lu})(\p{Lu}{4,})\b/gu, (_x, a: string, b: string) => a + b.toLowerCase())
    .replace(/\b(?:OF|AND|THE)\b/g, (x) => x.toLowerCase());
  const n = words(term).length;
  if (n < 1 || n > CONFIG.idea.maxTermWords || !standsAlone(term) || VAGUE_SUBJECT.test(term))
    return null;
  // "The result was a disaster": a bare "the <noun>" needs the sentence before; a name does not.
  if (/^(?:the|a|an|our|your|my|some|many|most|one|each)\s/i.test(term) && !/\s\p{Lu}/u.test(term))
    return null;
  if (analyze(term).tokens.some((t) => t.pos === "VERB" || t.pos === "AUX" || t.pos === "SCONJ"))
    return null;
  const answer = recallable(m[3]!);
  if (!answer) return null;
  return {
    idea: "definition",
    question: `What ${m[2]} ${lowerStart(term, input.isName)}?`,
    answer: answer.charAt(0).toLowerCase() + answer.slice(1),
  };
}

/**
 * "Clean water is important to fish" → "Clean water is unimportant to fish": a statement the essay
 * contradicts, made through WordNet's direct antonym of one adjective.
 */
function antonymFlip(input: IdeaInput): IdeaDraft | null {
  const s = stripEnd(present(input.text));
  if (NEGATION_RE.test(s) || ABSOLUTE_RE.test(s) || !standsAlone(s) || /["“”]/.test(s)) return null;
  // Tagging is the costly part: only a sentence with a flippable predicate adjective is tagged.
  const candidates = s.match(/\b\p{Ll}+\b/gu) ?? [];
  if (!candidates.some((w) => ANTONYMS[w] && !ANTONYM_STOP.has(w))) return null;
  const toks = analyze(s).tokens;
  // "able to do this": a pronoun that points outside the sentence makes the statement vague.
  if (toks.some((t) => t.pos === "PRON" && /^(?:this|that|these|those)$/i.test(t.text)))
    return null;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.pos !== "ADJ" || !/^\p{Ll}+$/u.test(t.text)) continue;
    const w = t.text;
    const opp = ANTONYMS[w];
    if (!opp || ANTONYM_STOP.has(w) || ANTONYM_STOP.has(opp)) continue;
    // "more important", "less likely": a comparative frame makes the flip arguable.
    if (/^(?:more|most|less|least|as|so|too)$/i.test(toks[i - 1]!.text)) continue;
    // Only a predicate adjective ("is important", "are vital") carries the claim itself.
    const prev = toks[i - 1]!;
    const copula = (x: { pos: string; lemma: string }) =>
      x.pos === "AUX" || /^(?:become|remain|seem|appear|look|prove)$/.test(x.lemma.toLowerCase());
    const predicate =
      copula(prev) ||
      /^(?:very|extremely|especially|particularly)$/i.test(prev.text) ||
      (prev.pos === "ADV" && i > 1 && copula(toks[i - 2]!));
    // Before a noun ("warm water" → "cold water") only everyday gradable adjectives flip: a
    // rare antonym ("human" → "nonhuman") makes nonsense rather than a contradiction.
    const attributive =
      !predicate &&
      toks[i + 1]?.pos === "NOUN" &&
      lexiconTag(w) === "Adjective" &&
      lexiconTag(opp) === "Adjective" &&
      /^(?:DET|ADJ|ADV|NUM|ADP|CCONJ)$/.test(prev.pos);
    if (!predicate && !attributive) continue;
    // "both good and bad outcomes": when the opposite is already there, the flip says nothing.
    if (new RegExp(`\\b${opp}\\b`, "i").test(s)) continue;
    const flipped = `${s.slice(0, t.start)}${opp}${s.slice(t.end)}`;
    return { idea: "claim", question: `${flipped}.`, answer: w };
  }
  return null;
}

function conjugate(verb: string): unknown {
  // Tagged as a verb first: compromise reads a bare "emit" as a noun.
  const doc = nlp(verb).tag("Infinitive") as unknown as ReturnType<typeof nlp>;
  return doc.verbs().conjugate()[0];
}

/** "increases" → "decreases", "rose" → "fell": the antonym in the form the sentence used. */
function inflectLike(word: string, lemma: string, opp: string): string | null {
  const forms = conjugate(opp) as Record<string, string> | undefined;
  const mine = conjugate(lemma) as Record<string, string> | undefined;
  if (!forms || !mine) return null;
  const w = word.toLowerCase();
  if (w === lemma) return opp;
  for (const k of ["PresentTense", "PastTense", "Gerund", "Participle"] as const)
    if (mine[k] === w && forms[k]) return forms[k]!;
  return null;
}

/**
 * "Prices are rising" → "Prices are falling": the main verb swapped for its WordNet
 * antonym, a statement the essay contradicts.
 */
function verbFlip(input: IdeaInput): IdeaDraft | null {
  const s = stripEnd(present(input.text));
  if (NEGATION_RE.test(s) || ABSOLUTE_RE.test(s) || !standsAlone(s) || /["“”]/.test(s)) return null;
  const ws = s.toLowerCase().match(/\p{Ll}+/gu) ?? [];
  if (!ws.some((w) => VERB_ANTONYMS[w.replace(/(?:es|s|ed|d|ing)$/, "")] || VERB_ANTONYMS[w]))
    return null;
  const toks = analyze(s).tokens;
  if (toks.some((t) => t.pos === "PRON" && /^(?:this|that|these|those)$/i.test(t.text)))
    return null;
  // Only the sentence's first verb: a verb in a later clause may not carry the claim.
  const v = toks.findIndex((t) => t.pos === "VERB");
  if (v < 1) return null;
  const t = toks[v]!;
  // "Months of rain preceding the vote": a participle without an auxiliary is not the main verb.
  if (/ing$/i.test(t.text) && toks[v - 1]!.pos !== "AUX") return null;
  const lemma = t.lemma.toLowerCase();
  const opp = VERB_ANTONYMS[lemma];
  if (
    !opp ||
    VERB_ANTONYM_STOP.has(lemma) ||
    VERB_ANTONYM_STOP.has(opp) ||
    !/^\p{Ll}+$/u.test(t.text)
  )
    return null;
  const form = inflectLike(t.text, lemma, opp);
  if (!form) return null;
  return {
    idea: "claim",
    question: `${s.slice(0, t.start)}${form}${s.slice(t.end)}.`,
    answer: t.text,
  };
}

/**
 * "Wind power is more reliable than coal" → "Wind power is less reliable than coal": a
 * comparison turned round, which the essay contradicts. Only "more/less … than" with the
 * "than" in the same clause, so the compared sides stay what they were.
 */
function comparativeFlip(input: IdeaInput): IdeaDraft | null {
  const s = stripEnd(present(input.text));
  if (NEGATION_RE.test(s) || ABSOLUTE_RE.test(s) || !standsAlone(s) || /["“”]/.test(s)) return null;
  const m = /\b(more|less)\s+(\p{Ll}+)\b([^,;:]*?)\bthan\b/u.exec(s);
  if (!m) return null;
  // The word compared must be a quality or an amount ("more reliable", "less oxygen").
  const toks = analyze(s).tokens;
  const adj = toks.find((t) => t.start === m.index + m[0].indexOf(m[2]!, m[1]!.length));
  if (!adj || !/^(?:ADJ|ADV|NOUN)$/.test(adj.pos)) return null;
  if (toks.some((t) => t.pos === "PRON" && /^(?:this|that|these|those)$/i.test(t.text)))
    return null;
  const swapped = m[1] === "more" ? "less" : "more";
  const flipped = `${s.slice(0, m.index)}${swapped}${s.slice(m.index + m[1]!.length)}`;
  return { idea: "claim", question: `${flipped}.`, answer: m[1]! };
}

const INCLUDE =
  /^(.+?)\s+(include|includes|included|are|were)\s+((?:[^,;]+,\s+)+[^,;]*?\b(?:and|or)\s+[^,;]+)$/u;

/** "Signs of the illness include thirst, hunger and fatigue" → "What do … include?" */
function enumeration(input: IdeaInput): IdeaDraft | null {
  const s = stripEnd(present(input.text));
  const m = INCLUDE.exec(s);
  if (!m) return null;
  const subject = m[1]!.trim();
  const verb = m[2]!.toLowerCase();
  const list = m[3]!;
  if (/[,;:]/.test(subject) || !standsAlone(subject) || VAGUE_SUBJECT.test(subject)) return null;
  if (words(subject).length > 10 || words(subject).length < 2) return null;
  const items = list.split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).filter(Boolean);
  if (items.length < 3 || items.some((x) => words(x).length > 6)) return null;
  // "The reasons are clear, simple and old": a list of adjectives is a description, not an enumeration.
  if (verb === "are" || verb === "were") {
    if (
      !/^(?:the\s+)?(?:main\s+|three\s+|four\s+|five\s+|two\s+)?(?:kinds|types|causes|symptoms|ingredients|signs|reasons|parts|stages|steps|risk factors|effects|goals|members)\b/i.test(
        subject.replace(/^(?:the|its|their)\s+/i, ""),
      )
    )
      return null;
  }
  const aux =
    verb === "include" ? "do" : verb === "includes" ? "does" : verb === "included" ? "did" : null;
  const subj = lowerStart(subject, input.isName);
  const question = aux ? `What ${aux} ${subj} include?` : `What ${verb} ${subj}?`;
  const answer = recallable(list);
  if (!answer) return null;
  return { idea: "enumeration", question, answer };
}

const USED =
  /^(.+?)\s+(is|are|was|were)\s+(?:(?:often|mainly|mostly|commonly|usually|also)\s+)?used\s+((?:to|for)\s+.+)$/u;

/** "Kilns are used to fire clay" → "What are kilns used for?" */
function usedFor(input: IdeaInput): IdeaDraft | null {
  const s = stripEnd(present(input.text));
  const m = USED.exec(s);
  if (!m) return null;
  const subject = m[1]!.trim();
  if (/[,;:]/.test(subject) || !standsAlone(subject) || VAGUE_SUBJECT.test(subject)) return null;
  if (words(subject).length > 8) return null;
  const answer = recallable(m[3]!);
  if (!answer) return null;
  return {
    idea: "purpose",
    question: `What ${m[2]} ${lowerStart(subject, input.isName)} used for?`,
    answer: answer.charAt(0).toLowerCase() + answer.slice(1),
  };
}

/** The idea patterns, most reliable first; each sentence may yield one item per rule. */
export const IDEA_RULES: Rule<IdeaInput, IdeaDraft>[] = [
  {
    id: "idea.cause",
    why: "A sentence that gives its own reason ('X because Y') asks 'Why X?' with Y as the answer.",
    fires: [
      {
        text: "Desert nights turn cold quickly because dry air holds little heat.",
      },
      {
        text: "The expedition turned back a week early because of a storm over the pass.",
      },
      { text: "The river flooded the lower town due to weeks of heavy rain upstream." },
    ],
    passes: [
      { text: "This happened because the council voted against the plan." },
      { text: "The council rejected the plan because of this." },
      { text: "The river flooded the lower town after weeks of heavy rain upstream." },
    ],
    test: causeOrPurpose("cause", CAUSE_CONNECTIVE),
  },
  {
    id: "idea.purpose",
    why: "'X in order to / so that Y' states a purpose: 'Why X?' is answered by Y.",
    fires: [
      {
        text: "The city planted trees along the river in order to keep the banks from washing away.",
      },
      { text: "Farmers rotate their crops so that the soil does not lose its nutrients." },
    ],
    passes: [
      { text: "They planted trees in order to keep the banks from washing away." },
      { text: "The city planted trees along the river to the north." },
    ],
    test: causeOrPurpose("purpose", PURPOSE_CONNECTIVE),
  },
  {
    id: "idea.caused",
    why: "'X caused / led to / protects / reduces Y' names a cause or agent: 'What led to Y?' is answered by X.",
    fires: [
      { text: "Months of drought had caused the reservoir to shrink to a muddy pond." },
      { text: "The collapse of the bank led to a long recession across the region." },
      { text: "Coral reefs protect coastlines from the full force of storm waves." },
      { text: "Too much salt in the diet can raise blood pressure over many years." },
    ],
    passes: [
      { text: "Forests cleared by the new road are losing their birds." },
      { text: "This led to a long recession across the region." },
      { text: "The bill threatens freedom of expression online." },
      { text: "Coral reefs do not protect every coastline from storms." },
      { text: "As the planet warms, the water also warms the melting ice." },
      { text: "A report released in 2015 has already changed the law." },
    ],
    test: causedBy,
  },
  {
    id: "idea.definition",
    why: "'X is a Y' defines X: a flashcard 'What is X?' with Y on the back.",
    fires: [
      { text: "Borscht is a sour soup made with beetroot and stock." },
      { text: "The Treaty of Ghent was the peace treaty that ended the War of 1812." },
      { text: "Osmosis is the movement of water across a membrane toward the saltier side." },
    ],
    passes: [
      { text: "The result was a disaster for everyone involved." },
      { text: "It is a meat stew made with game and flat bread." },
      { text: "This is one of the oldest recipes in the region." },
    ],
    test: definition,
  },
  {
    id: "idea.enumeration",
    why: "A sentence that lists what something includes asks for the list: 'What do X include?'",
    fires: [
      {
        text: "Common symptoms of the illness include thirst, frequent hunger, blurred vision and fatigue.",
      },
      { text: "The main ingredients are tomatoes, cucumbers, peppers and stale bread." },
    ],
    passes: [
      { text: "The results were clear, simple and old." },
      { text: "They include thirst, hunger and fatigue." },
    ],
    test: enumeration,
  },
  {
    id: "idea.used-for",
    why: "'X is used to/for Y' states a purpose: 'What is X used for?'",
    fires: [{ text: "Kilns are used to fire clay pots at very high temperatures." }],
    passes: [
      { text: "It is used to fire clay pots." },
      { text: "Kilns were once rare in the region." },
    ],
    test: usedFor,
  },
  {
    id: "idea.claim-antonym",
    why: "Flipping the claim's predicate adjective to its WordNet antonym makes a false statement the essay contradicts.",
    fires: [
      { text: "Clean water is important to the living things in a river." },
      { text: "A free press is necessary for a healthy democracy." },
      { text: "Noodle salads are usually eaten during the hot summers of the south." },
    ],
    passes: [
      { text: "Clean water is not important to every living thing." },
      { text: "Clean water is more important than shade for the fish." },
      { text: "This is necessary for a healthy democracy." },
      { text: "Human error caused most of the accidents on the line." },
    ],
    test: antonymFlip,
  },
  {
    id: "idea.claim-comparative",
    why: "Turning 'more … than' into 'less … than' makes a false statement the essay's own comparison contradicts.",
    fires: [
      { text: "A single national court will be more consistent than thirteen separate ones." },
      { text: "Warm water holds less oxygen than cold water." },
    ],
    passes: [
      { text: "More than 80 percent of the rain falls in winter." },
      { text: "The river carries more sand than the canal, but not more than this." },
      { text: "This is more useful than the old method." },
    ],
    test: comparativeFlip,
  },
  {
    id: "idea.claim-verb-antonym",
    why: "Swapping the main verb for its WordNet antonym ('rising' → 'falling') makes a false statement the essay contradicts.",
    fires: [
      { text: "House prices in the city are rising as new jobs arrive." },
      { text: "The sponge absorbs most of the spilled water on the table." },
    ],
    passes: [
      { text: "House prices in the city are not rising as fast as feared." },
      { text: "This increases the risk of flooding along the coast." },
    ],
    test: verbFlip,
  },
];
