import { mainDo, reasonsClause } from "./idea-cause-clauses";
import { coordinatedBareVerb, reasonOfOtherClause, secondClause } from "./question-grammar";
import { CONFIG } from "./config";
import {
  analyzeOnce,
  echoesTerm,
  lowerStart,
  pointsToSubject,
  recallable,
  standsAlone,
  stripEnd,
  words,
  conjugate,
  type IdeaDraft,
  type IdeaInput,
} from "./idea-text";
import { analyze, lexiconTag, type Analysis, type Token } from "./nlp";
import { present } from "./present";
import { capitalizeFirst, NEGATION_RE } from "./text-utils";
import { EFFECT_PARTICLE, EFFECT_VERBS, INVERTIBLE_AUX, STATE_VERBS, VAGUE_SUBJECT } from "./words";

const MONTH =
  "January|February|March|April|May|June|July|August|September|October|November|December";
const NOT_A_TERM = new RegExp(
  `^(?:(?:for|and|but|or|so|yet|nor|another|other|such)\\s|(?:last|next|this|that|previous|following)\\s+(?:year|month|week|day|decade|century|season|summer|winter|spring|autumn|night|time)\\b|(?:today|yesterday|tomorrow)\\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|\\d{1,2}\\s+(?:${MONTH})\\b|(?:${MONTH})\\s+\\d)`,
  "i",
);
const CAPITAL_WORD = /\b\p{Lu}{2,}\b/gu;
/** "Anna Vellacott": every word capitalised. */
const ALL_CAPITALISED = /^(?:\p{Lu}\S*\s?)+$/u;
const LONG_CAPITAL_WORD = /\b(\p{Lu})(\p{Lu}{4,})\b(?!\s+(?:OF|AND|THE)\b)/gu;
const RUN_WORD = /\b(\p{Lu})(\p{Lu}{3,})\b(?!\s+(?:OF|AND|THE)\b)/gu;

/** The idea rules that write a question: why, what led to, what is, what does … include. */

/**
 * A question asks about one clause: what follows ", but …", "; …", " because …" is another
 * statement, and a question that carries it reads garbled.
 */
export function firstClause(rest: string): string {
  const cut = rest.search(
    /,\s+(?:but|while|whereas|although|though|which|who|whose|and\s+(?:it|this|that|they))\b|;|\s[—–]\s|\s+because\b/,
  );
  return (cut > 0 ? rest.slice(0, cut) : rest).trim();
}

const VERBISH = /^(?:VERB|AUX)$/;
/** What may stand between a participle and the verb it is the subject's part of. */
const PHRASE_WORD = /^(?:ADP|DET|ADJ|NOUN|PROPN|NUM)$/;

/**
 * The clause's own verb: not a participle glued into a compound ("hand-built"), nor one with a
 * phrase of its own before the verb ("Oil pressed from the seeds protects the wood").
 */
function mainVerbAt(main: string, toks: Token[]): number {
  const v = toks.findIndex((t) => VERBISH.test(t.pos) && main[t.start - 1] !== "-");
  const verb = toks[v];
  if (!verb || verb.pos !== "VERB" || !/(?:ed|en)$/i.test(verb.text)) return v;
  if (toks[v + 1]?.pos !== "ADP") return v;
  let j = v + 2;
  while (j < toks.length && PHRASE_WORD.test(toks[j]!.pos)) j++;
  const next = toks[j];
  return j > v + 2 && next && VERBISH.test(next.pos) && !/ing$/i.test(next.text) ? j : v;
}

/**
 * "Dry air cools fast" → "Why does dry air cool fast?"; "The lake is shallow" →
 * "Why is the lake shallow?". Null when the clause has no plain subject-verb shape.
 */
export function whyQuestion(
  clause: string,
  isName?: (w: string) => boolean,
  a?: Analysis,
  /** Words the clause needs at least: "How was bread made?" asks enough in three. */
  minWords: number = CONFIG.idea.minClauseWords,
): string | null {
  const main = stripEnd(clause);
  if (words(main).length < minWords || !standsAlone(main)) return null;
  const toks = (a ?? analyzeOnce(main)).tokens;
  const v = mainVerbAt(main, toks);
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
  const rest = firstClause(main.slice(verb.end).trim());
  // "Why did the soup evolve?" says too little; "When did the soup evolve?" does not (a caller
  // that asks when or how allows fewer words, and a verb with nothing after it).
  if (!rest && (minWords >= CONFIG.idea.minClauseWords || verb.pos !== "VERB")) return null;
  const subj = lowerStart(subject, isName);
  const vt = verb.text.toLowerCase();
  // "Every tool has its quirks": "has" with no participle after it is owning, not an auxiliary,
  // and is asked with "do" ("Why does every tool have …?").
  const owns =
    /^(?:has|have|had)$/.test(vt) && !toks.slice(v + 1, v + 3).some((t) => t.pos === "VERB");
  if (owns) {
    const aux = vt === "had" ? "did" : vt === "has" ? "does" : "do";
    return rest ? `Why ${aux} ${subj} have ${rest}?` : null;
  }
  // "X does a take on …": "does" with no verb after it is the main verb ("Why does X do …?").
  if (mainDo(toks, v)) return `Why ${vt} ${subj} do ${rest}?`;
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
  return `Why ${aux} ${subj} ${lemma}${rest ? ` ${rest}` : ""}?`;
}

export function causeOrPurpose(kind: "cause" | "purpose", re: RegExp) {
  return (input: IdeaInput): IdeaDraft | null => {
    const s = present(input.text);
    const m = re.exec(s);
    if (!m || m.index === undefined) return null;
    // One reason per sentence: two connectives make "which one?" unclear — unless the second
    // adds a reason to the first ("because A, or because B": one answer of two parts).
    const after = s.slice(m.index + m[0].length);
    const second = re.exec(after);
    if (second && !/,?\s+(?:or|and)$/.test(after.slice(0, second.index))) return null;
    // "…, merely because …": the adverb before the reason belongs to the reason.
    let main = s
      .slice(0, m.index)
      .replace(/,?\s+(?:merely|simply|solely|partly|largely|mainly|chiefly|only|just)$/i, "");
    // ", as it is cool" reads as a reason: the answer says "because".
    const connective = /^(?:as|since)$/i.test(m[1]!) ? "because" : m[1]!.toLowerCase();
    let reason = `${connective} ${s.slice(m.index + m[0].length)}`;
    // "Because of the storm, the launch slipped": the reason comes first.
    const front =
      /^(Because of|Because|Due to|Owing to|In order to|So that|To)\s+([^,]+),\s+(.+)$/u.exec(s);
    if (front && kind === "cause" && /^Because|^Due|^Owing/.test(front[1]!)) {
      main = front[3]!;
      reason = `${front[1]!.toLowerCase()} ${front[2]!}`;
    } else if (m.index === 0) return null;
    if (/,\s*$/.test(main) && kind === "cause") main = main.replace(/,\s*$/, "");
    // "A does X, while B does Y because Z": the reason is B's (news-rules.ts).
    main = reasonsClause(main);
    // A reason that points back ("because of this") is not in the sentence.
    // After ", as", "it"/"they" is the subject the question names ("…a nuisance, as it blocks…").
    const backRef =
      connective === m[1]!.toLowerCase()
        ? /^(?:because(?: of)?|due to|owing to|on account of)\s+(?:this|that|these|those|it|them)\b/i
        : /^because\s+(?:this|that|these|those)\b/i;
    if (backRef.test(reason) && !pointsToSubject(main, reason)) return null;
    // "The island lies far from the coast, so that …": a state has a result, not a purpose.
    if (kind === "purpose" && /^so\s+(?:that|as)\b/i.test(reason) && stateOnly(main)) return null;
    // "Another reason that prices are climbing is due to …": the clause names a reason, it is not
    // the event whose reason is asked.
    if (/\b(?:reasons?|why)\b/i.test(main)) return null;
    // "A sings, while B hires a choir because …": the reason is B's (question-grammar.ts).
    if (reasonOfOtherClause(main)) return null;
    const question = whyQuestion(main, input.isName);
    const answer = recallable(ownClause(reason));
    if (!question || !answer) return null;
    return { idea: kind, question, answer };
  };
}

/**
 * "… took off his helmet in order that his face might be seen, and rode along the line": a verb
 * after ", and" is the main clause going on, not part of the reason; the reason ends before it.
 */
/** Is the clause's first verb one of being or position ("lies", "is", "remains")? */
function stateOnly(clause: string): boolean {
  const verb = analyze(clause).tokens.find((t) => t.pos === "VERB" || t.pos === "AUX");
  return verb !== undefined && STATE_VERBS.has(verb.lemma.toLowerCase());
}

const AND_THEN = /,\s+and\s+\p{Ll}/u;
function ownClause(reason: string): string {
  if (!AND_THEN.test(reason)) return reason;
  const toks = analyze(reason).tokens;
  for (let i = 1; i + 1 < toks.length; i++)
    if (
      toks[i - 1]!.text === "," &&
      toks[i]!.text.toLowerCase() === "and" &&
      toks[i + 1]!.pos === "VERB" &&
      !/ing$/i.test(toks[i + 1]!.text)
    )
      return reason.slice(0, toks[i - 1]!.start);
  return reason;
}

const EFFECT_STEMS =
  /\b(?:caus|led|lead|result|trigger|produc|creat|increas|reduc|rais|lower|prevent|protect|help|allow|enabl|affect|damag|destroy|threaten|driv|drove|control|determin|absorb|stor|carr|releas|trap|power|fuel|provid|support|harm|kill|fe[de]|warm|cool|spread|limit|block|shap)/i;

/** The writer's aside at a sentence's end: ", as we shall see", ", as I will show later". */
const WRITERS_ASIDE =
  /,\s+as\s+(?:I|we)\s+(?:hope|shall|will|have|had|said|argued|noted)\b[^,]{0,30}$/;

export function causedBy(input: IdeaInput): IdeaDraft | null {
  const s = stripEnd(present(input.text));
  if (NEGATION_RE.test(s)) return null;
  // Tagging is costly: only a sentence with one of the verbs' stems is tagged.
  if (!EFFECT_STEMS.test(s)) return null;
  const toks = analyzeOnce(s).tokens;
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
    // "led up to the sonata": "up" goes with "to".
    const up = toks[verbAt + 1]?.text.toLowerCase() === "up" && particle === "to" ? 1 : 0;
    const next = toks[verbAt + 1 + up];
    if (!next || next.text.toLowerCase() !== particle) return null;
    end = next.end;
  }
  const subject = s.slice(0, toks[v]!.start).trim();
  // ", as we shall see": the writer's aside about the essay is no part of the effect.
  const rest = firstClause(s.slice(end).trim()).replace(WRITERS_ASIDE, "");
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
  // "Sometimes these rules …", "Some storms …": a hedge or a quantifier is no answer to "What …?".
  if (
    /^(?:sometimes|often|usually|generally|typically|perhaps|probably|then|still|some|many|most|few|several|certain)\b/i.test(
      subject,
    )
  )
    return null;
  // "The bill threatens…": a bare "the <noun>" needs the sentence before to say which one.
  if (/^(?:the|a|an)\s+\p{Ll}+$/iu.test(subject)) return null;
  const n = words(subject).length;
  if (n < 2 || n > CONFIG.idea.maxAnswerWords) return null;
  let verbPhrase = s.slice(toks[v]!.start, end);
  // "… cause acidosis and its absence results in …": a second clause with its own subject is
  // no part of the effect, and the question would ask both at once.
  if (secondClause(toks, verbAt + 1)) return null;
  // "Sponges absorb water" → "What absorbs water?": the question word is singular.
  if (verbAt === v && verb.text.toLowerCase() === lemma) {
    // "Gases cause acidosis and stimulate breathing": the second verb would stay plural
    // ("What causes … and stimulate …?").
    if (coordinatedBareVerb(toks, verbAt + 1)) return null;
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

const ASIDE =
  /^([\p{L}\p{N}][\p{L}\p{N}'’ -]*?),\s+(?:despite|founded|built|established|created|located|based|known|also|once|now|formerly|originally|from|like|unlike|a|an|the|one of)\b(?![^,]*\s(?:and|or)\s)[^,;]{1,60},\s+(is|are|was|were)\s/u;

const DEFINITION =
  /^([\p{L}\p{N}][\p{L}\p{N}'’ -]*?)\s+(is|are|was|were)\s+((?:a|an|the|one of the|one of|a kind of|a type of|a form of)\s+.+)$/u;

/**
 * "Dunes are large heaps of sand that form along coasts": a plural class defined without an article,
 * by a plural noun that a phrase or clause then pins down.
 */
const PLURAL_DEFINITION =
  /^([\p{L}\p{N}][\p{L}\p{N}'’ -]*?s)\s+(are|were)\s+((?:\p{Ll}+\s+){0,2}\p{Ll}+s\s+(?:of|that|which|who|where|in|on|with|made|used|found|grown|formed)\s+.+)$/u;

function pluralClass(s: string): RegExpExecArray | null {
  const m = PLURAL_DEFINITION.exec(s);
  if (!m) return null;
  // Every word of the predicate before "of/that…" must be an adjective or a plural noun ending it.
  const head = m[3]!.split(
    /\s+(?:of|that|which|who|where|in|on|with|made|used|found|grown|formed)\s+/,
  )[0]!;
  const toks = analyzeOnce(s).tokens.filter((t) => t.start >= s.indexOf(head, m[1]!.length));
  const hw = words(head);
  const tagged = toks.slice(0, hw.length);
  if (tagged.length !== hw.length || tagged[tagged.length - 1]!.pos !== "NOUN") return null;
  if (tagged.slice(0, -1).some((t) => t.pos !== "ADJ")) return null;
  return m;
}

export function definition(input: IdeaInput): IdeaDraft | null {
  // 'X is “a platform for …”': a definition quoted whole is still the text's definition.
  const s = present(input.text)
    .replace(/^([^“”"]+?\s(?:is|are|was|were)\s)[“"]([^“”"]+)[”"]([.!]?)$/u, "$1$2$3")
    // "Salmorejo, a cream from Córdoba, is …", "X, despite its name, is …": an aside between
    // the term and its verb is not part of either.
    .replace(ASIDE, "$1 $2 ");
  const m = DEFINITION.exec(stripEnd(s)) ?? pluralClass(stripEnd(s));
  if (!m) return null;
  // "BORSCHT or UKRAINIAN BORSCHT": a lead set in capitals reads as Title Case, and a word the
  // essay writes in lower case elsewhere reads lower case ("borscht or Ukrainian borscht") unless
  // it heads a name ("CHARTER OF DUNMERE").
  // In a run of capitals ("MAGNETIC TAPE") a four-letter word is a word too, not an acronym.
  const run = (m[1]!.match(CAPITAL_WORD) ?? []).length >= 2;
  const term = m[1]!
    .trim()
    .replace(run ? RUN_WORD : LONG_CAPITAL_WORD, (_x, a: string, b: string) =>
      input.isName?.(a + b.toLowerCase()) === false ? (a + b).toLowerCase() : a + b.toLowerCase(),
    )
    .replace(/\b(\p{Lu})(\p{Lu}{4,})\b/gu, (_x, a: string, b: string) => a + b.toLowerCase())
    .replace(/\b(?:OF|AND|THE)\b/g, (x) => x.toLowerCase());
  const n = words(term).length;
  if (n < 1 || n > CONFIG.idea.maxTermWords || !standsAlone(term) || VAGUE_SUBJECT.test(term))
    return null;
  // "L is the movement to the left": a letter standing for something is a symbol, not a term.
  if (term.replace(/[^\p{L}]/gu, "").length < 2) return null;
  // "The result was a disaster": a bare "the <noun>" needs the sentence before; a name does not.
  if (/^(?:the|a|an|our|your|my|some|many|most|one|each)\s/i.test(term) && !/\s\p{Lu}/u.test(term))
    return null;
  // "For the catfish is …" opens on a conjunction; "another type" needs the type before; a day
  // ("Tuesday 15 May") is no thing to define.
  if (NOT_A_TERM.test(term)) return null;
  // "Ours was the first society …": a pronoun is no term ("What was ours?"); "More indefinite
  // is …", "Only several days later was …": without a noun, or with an adverb, it is no thing.
  const termToks = analyze(term).tokens;
  if (
    termToks.some(
      (t) =>
        t.pos === "VERB" ||
        t.pos === "AUX" ||
        t.pos === "SCONJ" ||
        t.pos === "PRON" ||
        t.pos === "ADV",
    ) ||
    !termToks.some((t) => t.pos === "NOUN" || t.pos === "PROPN")
  )
    return null;
  // "To them, government was an instrument …": a past "was" with a bare common noun tells what a
  // thing was to someone then, not what it is ("What was government?").
  const asked = lowerStart(term, input.isName);
  if (/^(?:was|were)$/.test(m[2]!) && /^\p{Ll}[\p{Ll}\s-]*$/u.test(asked)) return null;
  const answer = recallable(m[3]!);
  if (!answer || echoesTerm(term, answer)) return null;
  // "What is Anna Vellacott?": a person, named with a first name, is asked "Who".
  const person = /^(?:FirstName|MaleName|FemaleName)$/.test(lexiconTag(words(term)[0] ?? "") ?? "");
  const wh = person && n >= 2 && ALL_CAPITALISED.test(term) ? "Who" : "What";
  return {
    idea: "definition",
    question: `${wh} ${m[2]} ${asked}?`,
    answer: answer.charAt(0).toLowerCase() + answer.slice(1),
  };
}

const INCLUDE =
  /^(.+?)\s+(include|includes|included|are|were)\s+((?:[^,;]+,\s+)+[^,;]*?\b(?:and|or)\s+[^,;]+)$/u;

/** "Signs of the illness include thirst, hunger and fatigue" → "What do … include?" */
/** "A good diet includes fresh fruit and whole grains": two things the verb itself says are parts. */
const INCLUDE_TWO = /^(.+?)\s+(include|includes|included)\s+([^,;]+?\s+and\s+[^,;]+)$/u;

/** "In the north, …": a place or time the list holds for; it stays at the front of the question. */
const SCENE = /^((?:In|On|At|Across|Throughout|Among)\s+[^,;]{2,40}),\s+(\p{L}.*)$/u;

export function enumeration(input: IdeaInput): IdeaDraft | null {
  const whole = stripEnd(present(input.text));
  const scene = SCENE.exec(whole);
  const s = scene ? scene[2]! : whole;
  const m = INCLUDE.exec(s) ?? INCLUDE_TWO.exec(s);
  if (!m) return null;
  const subject = m[1]!.trim();
  const verb = m[2]!.toLowerCase();
  const list = m[3]!;
  if (/[,;:]/.test(subject) || !standsAlone(subject) || VAGUE_SUBJECT.test(subject)) return null;
  if (words(subject).length > 10 || words(subject).length < 2) return null;
  const items = list.split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).filter(Boolean);
  const least = /^include/.test(verb) ? 2 : 3;
  if (items.length < least || items.some((x) => words(x).length > 6)) return null;
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
  const ask = aux ? `What ${aux} ${subj} include?` : `What ${verb} ${subj}?`;
  const question = scene ? `${scene[1]}, ${ask.charAt(0).toLowerCase()}${ask.slice(1)}` : ask;
  const answer = recallable(list);
  if (!answer) return null;
  return { idea: "enumeration", question, answer };
}

const USED =
  /^(.+?)\s+(is|are|was|were)\s+(?:(?:often|mainly|mostly|commonly|usually|also)\s+)?used\s+((?:to|for)\s+.+)$/u;

/** "Kilns are used to fire clay" → "What are kilns used for?" */
export function usedFor(input: IdeaInput): IdeaDraft | null {
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
