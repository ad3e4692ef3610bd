import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { pluralStem, STOPWORDS } from "./text-utils";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const ABOUT_PLURAL_QUESTION =
  /\bWhat does the author (?:say|argue|claim) about (?:(?:different|various|several|many|some|other|certain)\s+)?\p{Ll}+s\?$/u;
const ENDS_SS_QUESTION = /\p{Ll}ss\?$/u;
const ESSENTIAL_TO_LIFE =
  /^(?:the\s+)?[\p{L}\s,-]+?\s+(?:is|are)\s+(?:so\s+|most\s+|very\s+)?(?:essential|vital|important|necessary|indispensable|beneficial|good)\s+(?:to|for)\s+(?:\p{L}+['’]s\s+|the\s+|our\s+|human\s+)?(?:health|life|lives|survival|well-being|wellbeing|welfare|people|man|men|humans?|mankind|humanity|society)\b/iu;
const YOUR_BODY_HAS =
  /^your\s+[\p{L}.\s-]+?\s+(?:has|have|needs?|contains?|includes?)\s+(?:a|an|some)\s+\p{L}+(?:\s+\p{L}+)?$/iu;
const SOME_CAN = /^some\s+(?:\p{L}+\s+){1,4}?(?:can|could|may|might|make|makes|are|have)\b/iu;

/**
 * More publishing rules from the blind judges' verdicts (gate-precision-rules-4.ts): questions
 * whose frame does not fit their answer, answers that restate the question, blanks any reader of
 * the field fills, true statements anyone marks True.
 */

/** Verbs and auxiliaries that add no claim to a subject ("X have been made"). */
const EMPTY_PREDICATE =
  /^(?:be|is|are|was|were|been|being|has|have|had|do|does|did|done|made|make|makes|given|taken|used|seen|exist|exists|existed|happen|happened|occur|occurred|will|would|can|could|may|might|must|shall|should|also|often|always|never|not|now|then|still)$/;

export const PRECISION_GATE_RULES_5: Rule<GateView>[] = [
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
      const topic = new Set((m[1]!.toLowerCase().match(/\p{L}+/gu) ?? []).map(pluralStem));
      const rest = (v.answer.toLowerCase().match(/\p{L}+/gu) ?? []).filter(
        (w) => !topic.has(pluralStem(w)) && !STOPWORDS.has(w) && !EMPTY_PREDICATE.test(w),
      );
      return rest.length === 0;
    },
  },
  {
    id: "gate.blank-in-fixed-set",
    why: "'plain _____+SVG+PNG files', 'the _____ `margin` property': a blank joined by '+' or '/' to the other members of a fixed set, or naming the language of a code term that follows, is filled by anyone who knows the field, not from the essay.",
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
        answer: "LESS",
        sentence: "Set the LESS `margin` property to zero.",
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
  {
    id: "gate.truism-statement",
    why: "'Rivers are essential to a town's life', 'your bicycle has a chain', 'some locks can stop thieves': a short true statement that only praises a thing's worth, gives the reader's thing its obvious part, or hedges with 'some' is marked True by anyone without reading.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, rivers are essential to the life of a town.",
        answer: "True",
        sentence: "Rivers are essential to the life of a town.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, your bicycle has a chain.",
        answer: "True",
        sentence: "Your bicycle has a chain.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, some kinds of locks can rule out a whole kind of theft.",
        answer: "True",
        sentence: "Some kinds of locks can rule out a whole kind of theft.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, rivers were essential to the salt trade until 1850.",
        answer: "True",
        sentence: "Rivers were essential to the salt trade until 1850, when the railway came.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, the poorer towns of some provinces paid the highest tolls.",
        answer: "True",
        sentence: "The poorer towns of some provinces paid the highest tolls.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, rivers are essential to the life of a town.",
        answer: "False",
        sentence: "Rivers are useless to the life of a town.",
      },
    ],
    test: (v) => {
      if (v.type !== "true_false" || v.answer !== "True") return false;
      const stated = v.prompt.replace(/^According to [^,]+,\s*/u, "").replace(/[.!]\s*$/u, "");
      if (stated.split(/\s+/).length > 14) return false;
      return ESSENTIAL_TO_LIFE.test(stated) || YOUR_BODY_HAS.test(stated) || SOME_CAN.test(stated);
    },
  },
  {
    id: "gate.bare-plural-topic",
    why: "'What does the author say about fines?', 'What does the author argue about different towns?': a bare plural with no word that says which ones admits any sentence of the essay that mentions them, so the card has many answers.",
    fires: [
      {
        type: "flashcard",
        prompt: "What does the author say about fines?",
        answer: "Fines may be imposed on the towns, but they can only be collected by force.",
        sentence: "Fines may be imposed on the towns, but they can only be collected by force.",
      },
      {
        type: "flashcard",
        prompt: "What does the author argue about different towns?",
        answer: "Different towns keep different market days.",
        sentence: "Different towns keep different market days.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What does the author say about river tolls?",
        answer: "River tolls paid for the new locks.",
        sentence: "River tolls paid for the new locks.",
      },
      {
        type: "flashcard",
        prompt: "What does the author say about erosion?",
        answer: "Erosion carries the topsoil into the river every spring.",
        sentence: "Erosion carries the topsoil into the river every spring.",
      },
    ],
    test: (v) => ABOUT_PLURAL_QUESTION.test(v.prompt) && !ENDS_SS_QUESTION.test(v.prompt),
  },
];
