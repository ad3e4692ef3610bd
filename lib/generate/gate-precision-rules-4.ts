import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { perEssay, STOPWORDS } from "./text-utils";

/**
 * Publishing rules from two blind judges' verdicts on real texts the generator was not tuned on
 * (docs/quality/generator-2.5-precision.md): a blank the essay's heading fills, a false statement
 * whose swap any reader spots, a question whose frame does not fit its answer, an answer that
 * only restates what was asked.
 */

const stem = (w: string) => w.toLowerCase().replace(/(?:es|s)$/, "");
const contentWords = (s: string) =>
  (s.match(/\p{L}{3,}/gu) ?? []).map(stem).filter((w) => !STOPWORDS.has(w));

/**
 * The essay's heading: the short paragraphs before its first paragraph of prose (a title, a
 * subtitle, "From the founder of …"), where a reader sees what the essay is about.
 */
const headingWords = perEssay((essay) => {
  const words = new Set<string>();
  for (const para of essay.split(/\n\s*\n/)) {
    const n = para.split(/\s+/).filter(Boolean).length;
    if (n >= 20) break;
    if (n > 12) continue;
    for (const w of contentWords(para)) words.add(w);
  }
  return words;
});

/**
 * Evaluative pairs whose swap makes a statement a reader rejects on its face ("the definition
 * of bad government", "necessary, and therefore unwise", "the easy way is nasty to learn").
 */
const TRANSPARENT_PAIRS: readonly (readonly [string, string])[] = [
  ["good", "bad"],
  ["better", "worse"],
  ["best", "worst"],
  ["nice", "nasty"],
  ["bright", "dull"],
  ["improved", "worsened"],
  ["better", "worsened"],
  ["improve", "worsen"],
  ["included", "excluded"],
  ["include", "exclude"],
  ["wise", "unwise"],
  ["necessary", "unnecessary"],
  ["useful", "useless"],
  ["beautiful", "ugly"],
];

/** Words of one text the other lacks, lower case. */
function missingFrom(a: string, b: string): string[] {
  const other = new Set(b.toLowerCase().match(/\p{L}+/gu) ?? []);
  return (a.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !other.has(w));
}

/** Verbs and auxiliaries that add no claim to a subject ("X have been made"). */
const EMPTY_PREDICATE =
  /^(?:be|is|are|was|were|been|being|has|have|had|do|does|did|done|made|make|makes|given|taken|used|seen|exist|exists|existed|happen|happened|occur|occurred|will|would|can|could|may|might|must|shall|should|also|often|always|never|not|now|then|still)$/;

export const PRECISION_GATE_RULES_4: Rule<GateView>[] = [
  {
    id: "gate.heading-key",
    why: "A blank the essay's heading fills ('_____ was founded to plant trees' → 'Arbor Day' under the subtitle 'From the founder of Arbor Day'; 'the _____ authority' in a text headed 'The Executive Office') is answered by the page's top lines, not by reading.",
    fires: [
      {
        type: "cloze",
        prompt: "To save the coast from floods, _____ was founded.",
        answer: "Dike Week",
        sentence: "To save the coast from floods, Dike Week was founded.",
        essay:
          "ON DIKES.\n\nBy the founder of Dike Week.\n\nThe coast has always flooded, and the people who live on it have always built walls against the sea.",
      },
      {
        type: "cloze",
        prompt: "Delay weakens the _____ in every crisis.",
        answer: "harbour board",
        sentence: "Delay weakens the harbour board in every crisis.",
        essay:
          "No. 7\n\nThe Harbour Further Considered\n\nThere is an idea, which has its friends, that a strong harbour board is at odds with the spirit of a free port.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Delay weakens the _____ in every crisis.",
        answer: "ferry company",
        sentence: "Delay weakens the ferry company in every crisis.",
        essay:
          "No. 7\n\nThe Harbour Further Considered\n\nThere is an idea, which has its friends, that a strong harbour board is at odds with the spirit of a free port.",
      },
      {
        type: "cloze",
        prompt: "_____ and I are sitting in the kitchen.",
        answer: "Mara Lind",
        sentence: "Mara Lind and I are sitting in the kitchen.",
        essay:
          "Thanks, and next steps\n\nMara Lind and I are sitting in the kitchen, trying to digest yesterday's long and remarkable meeting of the whole village council.",
      },
    ],
    test: (v) => {
      if (!v.essay || !v.prompt.includes("_____") || /\d/.test(v.answer)) return false;
      const heading = headingWords(v.essay);
      const words = contentWords(v.answer);
      const fromHeading = words.filter((w) => heading.has(w)).length;
      return fromHeading > 0 && fromHeading * 2 >= words.length;
    },
  },
  {
    id: "gate.transparent-swap",
    why: "A false statement made by an evaluative opposite ('good' → 'bad', 'unnecessary' → 'necessary', 'included' → 'excluded') reads false on its face, often against its own sentence ('necessary, and therefore unwise'): judges call it a giveaway.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, a strong mayor is the mark of bad town government.",
        answer: "False",
        sentence: "A strong mayor is the mark of good town government.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, a second ferry is necessary, and therefore unwise.",
        answer: "False",
        sentence: "A second ferry is unnecessary, and therefore unwise.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, it is usually dangerous to cross the bay at night.",
        answer: "False",
        sentence: "It is usually safe to cross the bay at night.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, a strong mayor is the mark of good town government.",
        answer: "True",
        sentence: "A strong mayor is the mark of good town government.",
      },
    ],
    test: (v) => {
      if (v.type !== "true_false" || v.answer !== "False") return false;
      const added = missingFrom(v.prompt, v.sentence);
      const removed = missingFrom(v.sentence, v.prompt);
      return TRANSPARENT_PAIRS.some(
        ([a, b]) =>
          (added.includes(a) && removed.includes(b)) || (added.includes(b) && removed.includes(a)),
      );
    },
  },
  {
    id: "gate.how-describe-clause",
    why: "'How does the index describe how much a town grows?' → 'As the roads multiply': 'describes how much … as …' is read as 'describes X as Y', but the 'as' is 'while', so the question does not fit its answer.",
    fires: [
      {
        type: "flashcard",
        prompt: "How does the index describe how much a town grows?",
        answer: "As the roads multiply",
        sentence: "The index describes how much a town grows as the roads multiply.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "How do historians describe the charter?",
        answer: "As an early bill of rights",
        sentence: "Historians describe the charter as an early bill of rights.",
      },
    ],
    test: (v) =>
      /^How\s+(?:do|does|did)\b.*\b(?:describe|regard|see|view|treat|consider|interpret)\s+(?:how|what|why|whether|when|where|who|which)\b/iu.test(
        v.prompt,
      ),
  },
  {
    id: "gate.old-subjunctive-question",
    why: "'What happened if there be no fee?': a past question around the source's old subjunctive 'be' mixes tense and mood (a present 'What happens if a guild be formed?' reads as old style and stays).",
    fires: [
      {
        type: "short_answer",
        prompt: "What happened if there be no fee for the ferry?",
        answer: "The ferry will close",
        sentence: "If there be no fee for the ferry, the ferry will close.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "What happens if there is no fee for the ferry?",
        answer: "The ferry will close",
        sentence: "If there is no fee for the ferry, the ferry will close.",
      },
      {
        type: "short_answer",
        prompt: "What happens if a guild be formed by the weavers?",
        answer: "The prices of cloth will rise",
        sentence: "If a guild be formed by the weavers, the prices of cloth will rise.",
      },
      {
        type: "short_answer",
        prompt: "What must be done if the river floods?",
        answer: "The gates must be shut",
        sentence: "If the river floods, the gates must be shut.",
      },
    ],
    test: (v) =>
      /^What\s+(?:happened|did)\b[^?]*\?\s*$/iu.test(v.prompt) &&
      /\b(?:if|when|unless|though|whether)\s+(?:\p{L}+\s+){1,3}be\b/iu.test(v.prompt) &&
      !/\b(?:if|when|unless|though|whether)\s+(?:\p{L}+\s+){0,2}(?:can|could|will|would|may|might|must|shall|should|to|cannot|not)\s+be\b/iu.test(
        v.prompt,
      ),
  },
  {
    id: "gate.not-a-definition",
    why: "'What was the opera?' → 'a thing apart, and, being free of dance rhythms, developed slowly'; 'What is a toll?' → 'a fair charge, provided the road is kept up': a what-is question asks for a definition, and an answer with a condition or an aside is the author's claim about the thing, not what it is.",
    fires: [
      {
        type: "flashcard",
        prompt: "What was the guild?",
        answer: "a thing apart, and, being free of the town's laws, grew slowly",
        sentence: "The guild was a thing apart, and, being free of the town's laws, grew slowly.",
      },
      {
        type: "short_answer",
        prompt: "What is a toll?",
        answer: "a fair charge on travellers, provided the road is kept up",
        sentence: "A toll is a fair charge on travellers, provided the road is kept up.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What is a toll?",
        answer: "a charge paid for the use of a road or a bridge",
        sentence: "A toll is a charge paid for the use of a road or a bridge.",
      },
    ],
    test: (v) =>
      /^What\s+(?:is|are|was|were)\s+[^,?]+\?$/iu.test(v.prompt) &&
      (/^(?:a|the)\s+thing\b|\bprovided\b|,\s*and,|,\s*being\b/iu.test(v.answer) ||
        /^(?:something|anything)\b/iu.test(v.answer)),
  },
  {
    id: "gate.restated-topic",
    why: "'What does the author argue about unfair tolls?' → 'Unfair tolls have been made': an answer that only adds an empty verb to the topic asked about restates the question and tests nothing.",
    fires: [
      {
        type: "flashcard",
        prompt: "What does the author argue about unfair tolls on the old bridge?",
        answer: "Unfair tolls on the old bridge have been made.",
        sentence: "Unfair tolls on the old bridge have been made.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What does the author argue about the tolls of the bridge?",
        answer: "The tolls of the bridge must be lowered.",
        sentence: "The tolls of the bridge must be lowered.",
      },
    ],
    test: (v) => {
      const m = /\bWhat does the author (?:say|argue|claim|suggest) about (.+)\?$/u.exec(v.prompt);
      if (!m) return false;
      const topic = new Set((m[1]!.toLowerCase().match(/\p{L}+/gu) ?? []).map(stem));
      const rest = (v.answer.toLowerCase().match(/\p{L}+/gu) ?? []).filter(
        (w) => !topic.has(stem(w)) && !STOPWORDS.has(w) && !EMPTY_PREDICATE.test(w),
      );
      return rest.length === 0;
    },
  },
  {
    id: "gate.blank-in-fixed-set",
    why: "'static _____+CSS+JS', 'the _____ `margin` property': a blank joined by '+' or '/' to the other members of a fixed set, or naming the language of a code term that follows, is filled by anyone who knows the field, not from the essay.",
    fires: [
      {
        type: "cloze",
        prompt: "The kit ships as plain _____+SVG+PNG files in a folder.",
        answer: "PDF",
        sentence: "The kit ships as plain PDF+SVG+PNG files in a folder.",
      },
      {
        type: "cloze",
        prompt: "Set the _____ `margin` property to zero.",
        answer: "CSS",
        sentence: "Set the CSS `margin` property to zero.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The kit ships as _____ in a folder, with a readme.",
        answer: "PDF files",
        sentence: "The kit ships as PDF files in a folder, with a readme.",
      },
      {
        type: "cloze",
        prompt: "The price rose to _____ a tonne by 1990.",
        answer: "$40",
        sentence: "The price rose to $40 a tonne by 1990.",
      },
    ],
    test: (v) => /_____\s*[+/&]\s*\S|\S\s*[+/&]\s*_____|_____\s+`/u.test(v.prompt),
  },
];
