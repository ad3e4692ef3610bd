import {
  analyzeOnce,
  lowerStart,
  recallable,
  standsAlone,
  type IdeaDraft,
  type IdeaInput,
} from "./idea-text";
import type { Rule } from "./rules";
import { GENERIC_THEORY_MODIFIER, THEORY_NOUN, THEORY_STATING_VERBS } from "./words";

/**
 * Science and history texts set out competing explanations by name ("the fission theory — the
 * Moon was once part of Earth", "the sister hypothesis, which states that …"): what each one
 * holds is the idea a teacher asks about, and the sentence gives both the name and the content.
 * Only a theory named by its own modifier is asked ("the new theory" needs the sentence before),
 * and only a content that is a clause of its own.
 */

// Built once: tsx turns a \p{…} literal inside a function into a new RegExp on every call.
const NAME = String.raw`((?:[Tt]he\s+)?(?:[\p{L}\p{N}'’-]+\s+){1,3}?(?:theory|hypothesis|doctrine)|[Tt]he\s+(?:theory|hypothesis|doctrine)\s+of\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)`;
/** "The fission theory—the Moon was once part of Earth": a list's entry, the name then its content. */
const DASH_ENTRY = new RegExp(
  String.raw`^(?:[^:]{0,160}:\s+)?((?:The\s+)?(?:[\p{L}\p{N}'’-]+\s+){1,3}?(?:theory|hypothesis|doctrine))\s*[—–]\s*(?:that\s+)?([^—–]+)$`,
  "u",
);
/** "…, the sister hypothesis—that the Moon formed alongside Earth—or …": the content set off by dashes. */
const DASH_THAT = new RegExp(String.raw`${NAME}\s*[—–]\s*that\s+([^—–]+?)\s*[—–]`, "u");
/** "the fission hypothesis, which states that …" / "dynamo theory, which attributes X to Y". */
const WHICH = new RegExp(
  String.raw`${NAME},\s+which\s+(\p{Ll}+)\s+(?:that\s+)?([^,;—–]+)(?:[,;—–]|$)`,
  "u",
);
/** "The fission theory holds that …": the theory is the subject. */
const SUBJECT = new RegExp(String.raw`^${NAME}\s+(\p{Ll}+)\s+that\s+(.+)$`, "u");
/** "According to the capture theory, the Moon …". */
const ACCORDING = new RegExp(String.raw`^According\s+to\s+${NAME},\s+(.+)$`, "u");
/** "Wegener's theory", "Hardy's hypothesis". */
const OWNED = /(\p{Lu}[\p{L}-]*['’]s\s+(?:\p{Ll}+\s+)?(?:theory|hypothesis|doctrine))$/u;
/** "the theory of continental drift". */
const OF_NAME = /(?:^|\s)[Tt]he\s+(theory|hypothesis|doctrine)\s+of\s+(.+)$/u;
const HAS_THEORY = /\b(?:theory|hypothesis|doctrine)\b/i;
/** "attributes the tides to the Moon": the thing explained, then its cause. */
const ATTRIBUTES = /^(attributes|attributed|ascribes|ascribed|traces|traced)$/;

/** Words before a name that make it one of several ("a new theory", "their hypothesis"). */
const POINTING_BEFORE =
  /\b(?:a|an|this|that|these|those|its|their|his|her|our|my|your|one|another|each|every|any|such)\s+$/i;
/** Words that may stand inside a theory's name: the tagger's nouns, adjectives and names. */
const NAME_POS = /^(?:NOUN|PROPN|ADJ|NUM)$/;
/**
 * "that the continents were joined, and most geologists accept it", "…, as we believe": what
 * follows a comma and a conjunction is the writer's next statement, not the theory's (a list
 * loses its last item too).
 */
const SECOND_CLAUSE = /,\s+(?:and|but|while|whereas|so|yet|which|who|as)\s/;
/** A content that opens by pointing outside the sentence cannot be recalled alone. */
const LEANING_START = /^(?:it|they|this|these|those|he|she|such|its|their|which|who)\b/i;

/**
 * The theory's name as asked ("the fission theory"), or null when it does not say which one. The
 * pattern may have taken words before the name ("proposed the model of dynamo theory"): the name
 * is the run of nouns, adjectives and names before the head, with a "the" before them.
 */
function theoryName(found: string, before: string, isName?: (w: string) => boolean): string | null {
  // "Wegener's theory": a person's theory is named by the person.
  const owner = OWNED.exec(found);
  if (owner)
    return POINTING_BEFORE.test(`${before} ${found.slice(0, owner.index)}`) ? null : owner[1]!;
  // "the theory of continental drift": the name follows the head.
  const of = OF_NAME.exec(found);
  if (of) {
    // Tagged in its phrase: alone, "valley drift" reads as a noun and a verb.
    const toks = analyzeOnce(of[0]!.trim()).tokens.filter((t) => t.pos !== "SPACE");
    if (!toks.slice(3).every((t) => NAME_POS.test(t.pos) || /^of$/i.test(t.text))) return null;
    if (POINTING_BEFORE.test(`${before} ${found.slice(0, of.index)}`)) return null;
    return lowerStart(of[0]!.trim(), isName);
  }
  const toks = analyzeOnce(found).tokens.filter((t) => t.pos !== "SPACE");
  const head = toks[toks.length - 1];
  if (!head || !THEORY_NOUN.test(head.text)) return null;
  let from = toks.length - 1;
  while (from > 0 && NAME_POS.test(toks[from - 1]!.pos)) from--;
  const mods = toks.slice(from, -1).map((t) => t.text);
  if (mods.length === 0 || mods.every((w) => GENERIC_THEORY_MODIFIER.test(w))) return null;
  const the = from > 0 && /^the$/i.test(toks[from - 1]!.text);
  const start = toks[the ? from - 1 : from]!.start;
  if (POINTING_BEFORE.test(`${before} ${found.slice(0, start)}`)) return null;
  // "Dynamo theory" alone may open the sentence; "proposed dynamo theory" keeps no article.
  return lowerStart(found.slice(start), isName);
}

/** The content as an answer: a clause of its own, nothing that points outside it. */
function content(clause: string, withThat: boolean, needsVerb = false): string | null {
  const c = clause.trim();
  if (!standsAlone(c) || LEANING_START.test(c) || SECOND_CLAUSE.test(c)) return null;
  // After a bare dash the content may be a description ("— an idea from the last century"), not
  // what the theory holds: it needs a verb (the tagger reads "separated" after a noun as an
  // adjective, so a participle counts).
  if (
    needsVerb &&
    !analyzeOnce(c).tokens.some(
      (t) => /^(?:VERB|AUX)$/.test(t.pos) || (t.pos === "ADJ" && /ed$/.test(t.text)),
    )
  )
    return null;
  return recallable(withThat ? `that ${c}` : c);
}

type Reader = (s: string, isName?: (w: string) => boolean) => IdeaDraft | null;

const past = (verb: string) => /ed$|^held$|^said$/.test(verb);

function draft(question: string | null, answer: string | null): IdeaDraft | null {
  return question && answer ? { idea: "interpretation", question, answer } : null;
}

function ask(
  name: string,
  before: string,
  verb: string,
  wasPast: boolean,
  isName?: (w: string) => boolean,
) {
  const n = theoryName(name, before, isName);
  return n ? `What ${wasPast ? "did" : "does"} ${n} ${verb}?` : null;
}

const according: Reader = (s, isName) => {
  const m = ACCORDING.exec(s);
  return m ? draft(ask(m[1]!, "", "hold", false, isName), content(m[2]!, true)) : null;
};

const subject: Reader = (s, isName) => {
  const m = SUBJECT.exec(s);
  const base = m && THEORY_STATING_VERBS[m[2]!];
  if (!m || !base) return null;
  return draft(ask(m[1]!, "", base, past(m[2]!), isName), content(m[3]!, true));
};

const which: Reader = (s, isName) => {
  const m = WHICH.exec(s);
  if (!m) return null;
  const verb = m[2]!;
  const before = s.slice(0, m.index);
  if (ATTRIBUTES.test(verb)) {
    // "attributes Earth's field to the motion of its core" → "What does … attribute X to?"
    const at = m[3]!.search(/\s+to\s+/);
    if (at < 0) return null;
    const what = m[3]!.slice(0, at);
    if (LEANING_START.test(what) || /\b(?:it|its|they|their)\b/i.test(what)) return null;
    const base = verb.replace(/(?:s|d)$/, "");
    const n = theoryName(m[1]!, before, isName);
    const answer = content(m[3]!.slice(at).replace(/^\s+to\s+/, ""), false);
    return draft(n && `What ${past(verb) ? "did" : "does"} ${n} ${base} ${what} to?`, answer);
  }
  const base = THEORY_STATING_VERBS[verb];
  if (!base || !/^\S+\s+\S+\s+that\s/.test(s.slice(m.index + m[1]!.length + 1).trim())) return null;
  return draft(ask(m[1]!, before, base, past(verb), isName), content(m[3]!, true));
};

const dashThat: Reader = (s, isName) => {
  const m = DASH_THAT.exec(s);
  return m
    ? draft(ask(m[1]!, s.slice(0, m.index), "hold", false, isName), content(m[2]!, true))
    : null;
};

const dashEntry: Reader = (s, isName) => {
  const m = DASH_ENTRY.exec(s);
  return m ? draft(ask(m[1]!, "", "hold", false, isName), content(m[2]!, true, true)) : null;
};

const READERS: Reader[] = [according, subject, which, dashThat, dashEntry];

function theoryHolds(input: IdeaInput): IdeaDraft | null {
  if (!HAS_THEORY.test(input.text)) return null;
  // Older texts keep their line breaks inside a sentence.
  const s = input.text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.!]+["”’]?$/u, "");
  for (const read of READERS) {
    const d = read(s, input.isName);
    if (d) return d;
  }
  return null;
}

export const THEORY_HOLDS_RULE: Rule<IdeaInput, IdeaDraft> = {
  id: "idea.theory-holds",
  why: "'The drift theory—the islands were once one coast', 'the drift hypothesis, which states that …' name a theory and give what it holds: 'What does the drift theory hold?' is answered by its content.",
  fires: [
    { text: "The drift theory—the islands were once joined to the mainland coast." },
    {
      text: "Three ideas were put forward: The flood theory—the valley was carved by a single great flood.",
    },
    {
      text: "The glacier hypothesis, which states that the valley was carved by ice, was first put forward by a surveyor.",
    },
    {
      text: "Surveyors were left with the river hypothesis—that the valley was cut slowly by water—or with nothing at all.",
    },
    {
      text: "The surveyor proposed the model of pressure theory, which attributes the cracks in the rock to the weight of the ice above.",
    },
    { text: "The tidal theory holds that the lake drains when the sea is low." },
    // A theory named by its subject or by its author.
    { text: "The theory of coastal uplift holds that the two shores were once a single plain." },
    {
      text: "Halvorsen's hypothesis, which states that the owls follow the river, was never tested.",
    },
    {
      text: "According to the lantern hypothesis, the owls follow the lights of the town at night.",
    },
  ],
  passes: [
    // Which new theory? The sentence before says.
    { text: "The new theory—the islands were once joined to the mainland coast." },
    {
      text: "A new hypothesis, which states that the valley was carved by ice, is gaining ground.",
    },
    // The content points outside the sentence.
    { text: "The drift theory holds that it was once joined to the mainland." },
    // No content: a description, not a clause.
    { text: "The drift theory—an idea from the last century." },
    // The writer's own statement after the theory's, and an aside before it.
    {
      text: "The tidal theory states that the lake drains at low tide, and most boatmen believe it.",
    },
    { text: "According to the tidal theory, which was popular then, the lake drains at low tide." },
    // "the theory" alone names none.
    { text: "According to the theory, the owls follow the lights of the town." },
    // A theory that is only mentioned says nothing it holds.
    { text: "The drift theory was popular among surveyors for a century." },
  ],
  test: theoryHolds,
};
