import {
  analyzeOnce,
  echoesTerm,
  lowerStart,
  recallable,
  standsAlone,
  stripEnd,
  words,
  type IdeaDraft,
  type IdeaInput,
} from "./idea-text";
import type { Rule } from "./rules";
import { CONFIG } from "./config";
import { lexiconTag, type Token } from "./nlp";
import { VAGUE_SUBJECT } from "./words";
import { PEOPLE_ADJECTIVE } from "./frame-grammar";

/**
 * Explainers name a thing in passing more often than with "X is called Y": after the clause that
 * describes it ("The algae make food from sunlight – a process called photosynthesis"), as its
 * other name ("Such drugs may also be called blockers"), or up front ("Often referred to as 'the
 * lungs of the sea', kelp forests …"). The "is called" rule reads none of these; each is asked
 * here, from the sentence alone.
 */

// Built once: tsx turns a \p{…} literal inside a function into a new RegExp on every call.
/** "…, a process called T" after a whole clause: the clause says what the process does. */
const PROCESS_CALLED =
  /^(.+?)\s*(?:,|[—–]|\s-)\s*(?:a|an)\s+(process|method|technique)\s+(?:called|known as|termed)\s+["“‘_]?([\p{L}][\p{L}\p{N}'’ -]*?)["”’_]?$/u;
/** "X may also be called T", "X is often referred to as T": the subject's other name. */
const OTHER_NAME =
  /^(.+?)\s+(may|can|is|are)\s+(?:(?:also|often|sometimes|commonly)\s+)(?:be\s+)?(called|known as|referred to as|termed)\s+(.+)$/u;
/** "Often referred to as “the lungs of the sea,” kelp forests shelter …": the name up front. */
const FRONTED_NAME =
  /^(?:(Often|Sometimes|Also|Commonly)\s+)?(?:called|known as|referred to as|nicknamed)\s+["“‘]?([^,"”’]+?)["”’]?\s*,\s*["”’]?\s*(.+)$/iu;
/** "… with a type of algae called T that makes food for the polyp": a kind named mid-sentence. */
const KIND_CALLED =
  /\b(?:a|an)\s+(type|kind|form|group|family|class|variety)\s+of\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)\s+(?:called|known as|named)\s+([\p{Ll}][\p{L}-]*(?:\s+[\p{Ll}][\p{L}-]*)?)\s+(?:that|which)\s+([^,;:—–()]+)$/u;
const CALLED_WORD = /\b(?:called|known as|referred to as|termed|nicknamed)\b/;
const VERB_FORM = /^(?:Infinitive|PresentTense|PastTense)$/;
const NOUN_PHRASE_POS = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;
const POINTING = /\b(?:this|these|those|it|they|them|he|she|his|her|such)\b/i;
/** "Several root hairs": a subject that says how many is no thing to name. */
const QUANTIFIED = /^(?:some|many|most|other|others|several)\b/i;
const UNNAMED = /^(?:the|a|an|our|your|my|one|each)\s/i;
/** "called upon to …", "called into question": another sense of the verb, no name after it. */
const NOT_A_NAME = /^(?:upon|on|for|in|into|to|out|off|up|back|away|by|at|from|with)\b/i;
/** "T-cell therapy": a capital joined to a hyphen or number is part of a name. */
const CAPITAL_JOINED = /^\p{Lu}[-\d]/u;

/** "The algae make food from sunlight – a process called photosynthesis" → "What is photosynthesis?" */
function processCalled(s: string, input: IdeaInput): IdeaDraft | null {
  const m = PROCESS_CALLED.exec(s);
  if (!m) return null;
  // "… using sunlight ¬– a process …": a stray mark before the dash is no part of the clause.
  const clause = m[1]!.trim().replace(/[^\p{L}\p{N})]+$/u, "");
  const term = m[3]!.trim();
  const n = words(term).length;
  if (n < 1 || n > CONFIG.idea.maxTermWords || /^\p{Lu}/u.test(term)) return null;
  // The clause is read as it stands: nothing that points outside it, a subject and a verb.
  if (!standsAlone(clause) || POINTING.test(clause) || /[,;:]/.test(clause)) return null;
  const toks = analyzeOnce(clause).tokens.filter((t) => t.pos !== "SPACE");
  const verb = verbAt(toks);
  if (verb < 1 || !toks.slice(0, verb).every((t) => NOUN_PHRASE_POS.test(t.pos))) return null;
  const answer = recallable(`the ${m[2]} by which ${lowerStart(clause, input.isName)}`);
  if (!answer || echoesTerm(term, answer)) return null;
  return {
    idea: "definition",
    question: `What is ${term}?`,
    answer: answer.charAt(0).toLowerCase() + answer.slice(1),
  };
}

/** "… a type of algae called velarin that makes food" → "What is velarin?" ("a type of algae that …") */
function kindCalled(s: string): IdeaDraft | null {
  const m = KIND_CALLED.exec(s);
  if (!m) return null;
  const term = m[3]!;
  const clause = m[4]!.trim();
  // The relative clause is the kind's: a verb of its own, nothing that points outside it.
  if (POINTING.test(clause) || !/^\p{Ll}+s?\b/u.test(clause)) return null;
  const article = /^[aeiou]/i.test(m[1]!) ? "an" : "a";
  const answer = recallable(`${article} ${m[1]} of ${m[2]} that ${clause}`);
  if (!answer || echoesTerm(term, answer)) return null;
  const be = /s$/.test(term) && !/ss$/.test(term) ? "are" : "is";
  return {
    idea: "definition",
    question: `What ${be} ${term}?`,
    answer: answer.charAt(0).toLowerCase() + answer.slice(1),
  };
}

/** "Such drugs may also be called blockers" → "What else may such drugs be called?" */
function otherName(s: string, input: IdeaInput): IdeaDraft | null {
  const m = OTHER_NAME.exec(s);
  if (!m) return null;
  const subject = m[1]!.trim();
  if (!plainSubject(subject)) return null;
  const name = m[4]!.replace(/^["“‘_]+|["”’_]+$/gu, "").trim();
  if (NOT_A_NAME.test(name)) return null;
  if (/[;:]|\s[—–]\s/.test(name) || /\b(?:by|because|when|after|since|in)\b/.test(name))
    return null;
  const answer = recallable(name);
  if (!answer || echoesTerm(subject, answer) || repeats(subject, answer)) return null;
  const aux = m[2]!;
  const verb = m[3]!;
  const adverb = /\s(also|often|sometimes|commonly)\s/.exec(s.slice(m.index))?.[1] ?? "also";
  const x = CAPITAL_JOINED.test(subject) ? subject : lowerStart(subject, input.isName);
  // "What else may X be called?" for another name; "What are X often called?" for a usual one.
  const question =
    adverb === "also"
      ? /^(?:may|can)$/.test(aux)
        ? `What else ${aux} ${x} be ${verb}?`
        : `What else ${aux} ${x} ${verb}?`
      : /^(?:may|can)$/.test(aux)
        ? `What ${aux} ${x} ${adverb} be ${verb}?`
        : `What ${aux} ${x} ${adverb} ${verb}?`;
  return { idea: "definition", question: question.replace(/ known as\?$/, " known as?"), answer };
}

/** "Often referred to as “the lungs of the sea,” kelp forests shelter …" → "What are kelp forests often referred to as?" */
function frontedName(s: string, input: IdeaInput): IdeaDraft | null {
  const m = FRONTED_NAME.exec(s);
  if (!m) return null;
  const rest = m[3]!;
  const toks = analyzeOnce(rest).tokens.filter((t) => t.pos !== "SPACE");
  const verb = verbAt(toks);
  if (verb < 1 || verb > 6 || !toks.slice(0, verb).every((t) => NOUN_PHRASE_POS.test(t.pos)))
    return null;
  const head = toks[verb - 1]!;
  if (!/^(?:NOUN|PROPN)$/.test(head.pos)) return null;
  const subject = rest.slice(0, head.end);
  if (!plainSubject(subject)) return null;
  const plural = head.lemma.toLowerCase() !== head.text.toLowerCase() && /s$/i.test(head.text);
  // "the “rainforests of the sea,”": the quotation marks are the text's, not part of the name.
  const answer = recallable(m[2]!.replace(/["“”]/gu, ""));
  if (!answer || echoesTerm(subject, answer)) return null;
  const verbWords = /known as/i.test(s.slice(0, 30))
    ? "known as"
    : /referred to as/i.test(s.slice(0, 40))
      ? "referred to as"
      : /nicknamed/i.test(s.slice(0, 20))
        ? "nicknamed"
        : "called";
  const adverb = m[1] ? `${m[1].toLowerCase()} ` : "";
  return {
    idea: "definition",
    question: `What ${plural ? "are" : "is"} ${lowerStart(subject, input.isName)} ${adverb}${verbWords}?`,
    answer,
  };
}

/**
 * Where the clause's verb is. The tagger reads a verb after a noun as one more noun ("coral reefs
 * support", "the river drops"): a word the lexicon lists as a verb form is the verb.
 */
function verbAt(toks: Token[]): number {
  return toks.findIndex(
    (t, k) =>
      t.pos === "VERB" ||
      t.pos === "AUX" ||
      (k > 0 &&
        t.pos === "NOUN" &&
        /^(?:NOUN|PROPN)$/.test(toks[k - 1]!.pos) &&
        VERB_FORM.test(lexiconTag(t.text.toLowerCase()) ?? "")),
  );
}

/** "Cold-pressed oils … pressed oils": every word of the other name is in the subject already. */
function repeats(subject: string, answer: string): boolean {
  const own = new Set(words(subject.toLowerCase()).flatMap((w) => w.split("-")));
  return words(answer.toLowerCase()).every((w) => own.has(w));
}

/** "the Green River" says which; "the Scottish farmer" does not (a people's adjective). */
function namesOne(subject: string): boolean {
  return words(subject)
    .slice(1)
    .some(
      (w) =>
        /^\p{Lu}/u.test(w) &&
        !PEOPLE_ADJECTIVE.test(w) &&
        lexiconTag(w.toLowerCase()) !== "Demonym",
    );
}

/** A subject a question can name alone: no pronoun, no clause, a few words. */
function plainSubject(subject: string): boolean {
  if (!standsAlone(subject) || VAGUE_SUBJECT.test(subject) || POINTING.test(subject)) return false;
  if (/[,;:()]/.test(subject) || words(subject).length > 6) return false;
  // "the city", "the old oak": which one is in another sentence, unless a name says it.
  if (UNNAMED.test(subject) && !namesOne(subject)) return false;
  return !QUANTIFIED.test(subject);
}

function namedInPassing(input: IdeaInput): IdeaDraft | null {
  if (!CALLED_WORD.test(input.text)) return null;
  // Older texts keep their line breaks inside a sentence.
  const s = stripEnd(input.text.replace(/\s+/g, " ").trim());
  return processCalled(s, input) ?? otherName(s, input) ?? frontedName(s, input) ?? kindCalled(s);
}

export const NAMED_IN_PASSING_RULE: Rule<IdeaInput, IdeaDraft> = {
  id: "idea.named-in-passing",
  why: "A term named after the clause that describes it ('… – a process called osmosis'), as a thing's other name ('may also be called …') or up front ('Often referred to as …, X …') is asked as a card: 'What is osmosis?', 'What else may X be called?', 'What is X often referred to as?'.",
  fires: [
    { text: "Root hairs draw water from the soil – a process called uptake." },
    {
      text: "Bog frogs hide in a kind of moss called velarin that holds water through the summer.",
    },
    { text: "The river leaves its silt at the bend, a process known as deposition." },
    { text: "Cold-pressed oils may also be called virgin oils." },
    { text: "Sea otters are often called the keepers of the kelp." },
    {
      text: "Often referred to as “the lungs of the sea,” kelp forests support hundreds of kinds of fish.",
    },
  ],
  passes: [
    // What "this" or "they" was is in another sentence.
    { text: "This takes water from the soil – a process called uptake." },
    { text: "They may also be called virgin oils." },
    // A person's name is no term to define.
    { text: "The ferry crosses twice a day, a method called Hanson after its founder." },
    // The name repeats the subject.
    { text: "Cold-pressed oils may also be called pressed oils." },
    // No subject to ask about after the fronted name.
    { text: "Often referred to as “the lungs of the sea,” these forests shelter many fish." },
    { text: "The mayor was called to speak at the opening." },
    { text: "Lifeboats are often called upon to rescue sailors." },
    // What "it" is is in another sentence.
    { text: "Bog frogs hide in a kind of moss called velarin that keeps it wet." },
    // Which city? A name would say.
    { text: "The city is also known as the pearl of the north." },
    { text: "Often called the father of the valley, the Welsh farmer wrote three books." },
  ],
  test: namedInPassing,
};
