import type { GateView } from "./gate-rules";
import { present } from "./present";
import type { Rule } from "./rules";
import { escapeRegExp, STOPWORDS } from "./text-utils";

/**
 * Publishing rules about what an item asks: a definition must ask about the term the sentence
 * defines and must not echo it in the answer; a blank must not hold who said something; a
 * question must not speak in the author's "I". Each is a flaw blind judges rejected.
 */

/** "What is X?" — not "What is meant by …?" nor "What are X made of/by?", which ask otherwise. */
// "What are X often called?", "… referred to as?" ask for a name, not for a definition of X.
const DEFINITION_Q =
  /^What (?:is|are|was|were) (?!meant by\b)(.+?)(?<!\s(?:of|from|by|in|for|to|with|made|as|called|named|termed))\?$/;
const COPULA_BETWEEN =
  /^\s*(?:\([^)]*\)\s*)?(?:,[^,]{1,80},\s*)?(?:is|are|was|were|refers\s+to|means|is\s+defined\s+as)\s+(?:also\s+)?["“‘]?$/i;
const CALLED_BEFORE =
  /(?:is|are|was|were)\s+(?:also\s+|now\s+|often\s+|sometimes\s+)?(?:called|known\s+as|termed|named|referred\s+to\s+as)\s+(?:the\s+|an?\s+)?["“‘]?$/i;

const CALLED_RIGHT_AFTER = new RegExp(`^\\s*,?\\s*${CALLED_BEFORE.source}`, "i");
const SECOND_TERM =
  /,\s+(?:and|while|whereas)\s+(?:the\s+|an?\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+(?:is|are|was|were)\s+\p{L}/u;

/** The sentence as the question reads it: links, emphasis and empty brackets gone, lower case. */
function plain(s: string): string {
  return present(s).replace(/\s+/g, " ").toLowerCase();
}

/** Is the asked term the one the sentence defines, with the answer as its predicate? */
export function definesTerm(sentence: string, term: string, answer: string): boolean {
  const s = plain(sentence);
  const t = plain(term).replace(/^(?:the|a|an)\s+/, "");
  const whole = plain(answer).replace(/[.]$/, "");
  const a = whole.slice(0, 40);
  if (!a) return false;
  // "A, and Y is B": an answer that runs into a second definition defines two terms.
  if (SECOND_TERM.test(whole)) return false;
  // "A hormone called insulin helps …" asked "What is insulin?" → "a hormone that helps …":
  // the term named in passing, with its own head noun opening the answer ("a type of algae
  // called …" → "a type of algae that …").
  const inline = new RegExp(
    String.raw`\b(?:a|an|the)\s+(?:\p{L}+\s+(?:of\s+)?)?(\p{L}+)\s+(?:called|known\s+as|named)\s+${escapeRegExp(t)}\b`,
    "u",
  ).exec(s);
  if (
    inline &&
    new RegExp(String.raw`^(?:a|an|the)\s+(?:\p{L}+\s+(?:of\s+)?)?${inline[1]}\b`, "u").test(whole)
  )
    return true;
  for (let i = s.indexOf(t); i >= 0; i = s.indexOf(t, i + 1)) {
    const j = s.indexOf(a, i + t.length);
    // "X is A", "X (…) is A", "X, the …, is A"
    if (j >= 0 && COPULA_BETWEEN.test(s.slice(i + t.length, j))) return true;
    // "A is called X" — the whole answer right before "is called": in "A is called X, and B is
    // called Y" the answer to "What is Y?" is B, not A.
    const before = s.slice(0, i);
    const k = before.lastIndexOf(whole);
    if (k >= 0 && CALLED_RIGHT_AFTER.test(before.slice(k + whole.length))) return true;
  }
  return false;
}

const words = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w));

/** Question forms that put the speaker of a quotation in the blank. */
const SAYS =
  "(?:said|says|explains|explained|added|adds|noted|notes|wrote|writes|told|tells|argues|argued|according\\s+to|reports|reported|recalls|recalled)";
const ATTRIBUTION = new RegExp(
  `\\b${SAYS}\\s+_____|_____\\s*(?:,\\s*)?(?:who\\s+)?${SAYS}\\b|_____\\s+(?:at|of|from)\\s+[^,.]{1,40}\\s+${SAYS}\\b`,
  "i",
);

export const ITEM_GATE_RULES: Rule<GateView>[] = [
  {
    id: "gate.definition-not-subject",
    why: "'What is X?' is only right when the sentence defines X ('X is…', 'X, the…, is…', '… is called X'); asking about another term of the sentence gives it the wrong definition.",
    fires: [
      {
        type: "flashcard",
        prompt: "What is the crown?",
        answer: "the part under the soil where a tree takes in water",
        sentence:
          "Above the root lies the crown, while the root is the part under the soil where a tree takes in water.",
        idea: true,
      },
      {
        type: "flashcard",
        prompt: "What is the epicentre?",
        answer: "the point inside the earth where a quake starts",
        sentence:
          "The point inside the earth where a quake starts is called the focus, and the point on the surface above it is called the epicentre.",
        idea: true,
      },
      {
        type: "short_answer",
        prompt: "What is magma?",
        answer: "molten rock below the surface, and lava is molten rock that reaches the surface",
        sentence:
          "Magma is molten rock below the surface, and lava is molten rock that reaches the surface.",
        idea: true,
      },
      {
        type: "flashcard",
        prompt: "What is caliche?",
        answer: "a mineral that forms under a hard crust",
        sentence: "A mineral called gypsum forms under a hard crust called caliche.",
        idea: true,
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What is permafrost?",
        answer: "a layer of ground that stays frozen all year",
        sentence: "Permafrost (; ) is a layer of ground that stays frozen all year.",
        idea: true,
      },
      {
        type: "short_answer",
        prompt: "What is a bore?",
        answer: "a wave that runs up a river against the current",
        sentence: "A wave that runs up a river against the current is called a _bore_.",
        idea: true,
      },
      {
        type: "flashcard",
        prompt: "What is the Elm Trust?",
        answer: "a charity that plants trees",
        sentence: "The Elm Trust, founded in 1990, is a charity that plants trees.",
        idea: true,
      },
      {
        type: "short_answer",
        prompt: "What are chalk cliffs made by?",
        answer: "tiny sea creatures whose shells pile up",
        sentence: "Chalk cliffs are made by tiny sea creatures whose shells pile up.",
        idea: true,
      },
      {
        type: "flashcard",
        prompt: "What is gypsum?",
        answer: "a mineral that forms when salty lake water dries out",
        sentence: "A mineral called gypsum forms when salty lake water dries out.",
        idea: true,
      },
      {
        type: "flashcard",
        prompt: "What is velarin?",
        answer: "a kind of moss that holds water in the bog",
        sentence: "Bog frogs hide in a kind of moss called velarin that holds water in the bog.",
        idea: true,
      },
      {
        type: "flashcard",
        prompt: "What is salinity?",
        answer: "a condition caused by too much salt in the soil",
        sentence: "Too much salt in the soil causes a condition called salinity.",
        idea: true,
      },
    ],
    test: (v) => {
      if (!v.idea || (v.type !== "flashcard" && v.type !== "short_answer")) return false;
      const m = DEFINITION_Q.exec(v.prompt.trim());
      return m !== null && !definesTerm(v.sentence, m[1]!, v.answer);
    },
  },
  {
    id: "gate.definition-echo",
    why: "'What is Kestrel Matchmaking?' → 'a matchmaking website for Kestrel families', 'What is the Europe of today?' → 'a new Europe': an answer that repeats the term's own words is guessed from the question, and a short one says nothing more.",
    fires: [
      {
        type: "flashcard",
        prompt: "What is Kestrel Matchmaking?",
        answer: "a matchmaking website for Kestrel families",
        sentence: "Kestrel Matchmaking is a matchmaking website for Kestrel families.",
        idea: true,
      },
      {
        type: "flashcard",
        prompt: "What is the valley of today?",
        answer: "a new valley",
        sentence: "The valley of today is a new valley.",
        idea: true,
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What is the Orwick Trust?",
        answer: "a charity that plants trees along the Orwick river",
        sentence: "The Orwick Trust is a charity that plants trees along the Orwick river.",
        idea: true,
      },
    ],
    test: (v) => {
      const m = v.idea ? DEFINITION_Q.exec(v.prompt.trim()) : null;
      if (!m) return false;
      const answer = words(v.answer).map((w) => w.slice(0, 5));
      const shared = words(m[1]!).filter((w) => answer.includes(w.slice(0, 5))).length;
      // "What is the Europe of today?" → "a new Europe": a short key that only repeats a word.
      return shared >= 2 || (shared >= 1 && answer.length <= 2);
    },
  },
  {
    id: "gate.attribution-blank",
    why: "'…, explains _____' asks who said something: an attribution is a byline detail, not what the text teaches.",
    fires: [
      {
        type: "cloze",
        prompt: "“The river is cleaner than it has been for a century,” explains _____.",
        answer: "Mara Lind",
        sentence: "“The river is cleaner than it has been for a century,” explains Mara Lind.",
      },
      {
        type: "mcq",
        prompt: "According to _____, the river is cleaner than ever.",
        answer: "Mara Lind",
        sentence: "According to Mara Lind, the river is cleaner than ever.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The river was cleaned by _____ in 1990.",
        answer: "the Orwick Trust",
        sentence: "The river was cleaned by the Orwick Trust in 1990.",
      },
    ],
    test: (v) => v.type !== "true_false" && ATTRIBUTION.test(v.prompt),
  },
  {
    id: "gate.first-person-question",
    why: "'What have I written about?': a question in the author's voice asks the student about themselves.",
    fires: [
      {
        type: "short_answer",
        prompt: "What did I study in my research?",
        answer: "online activism",
        sentence: "In my research I studied online activism.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "What did the author study?",
        answer: "online activism",
        sentence: "The author studied online activism.",
      },
      {
        type: "cloze",
        prompt: "The author writes: “In my research I studied _____.”",
        answer: "online activism",
        sentence: "In my research I studied online activism.",
      },
    ],
    test: (v) =>
      v.type !== "true_false" &&
      !v.prompt.includes("_____") &&
      /\b(?:I|me|my|mine|myself)\b/.test(v.prompt.replace(/[“"][^”"]*[”"]/g, "")),
  },
];
