import { askedHas, askedPart } from "./gate-asked";
import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";

/** A question that stops on a word that needs more after it: the list or clause was cut. */
const CUT_QUESTION = /(?:,\s*|\s)(?:or|and|nor|but|even|as well as|such as|than|like)\s*\?$/i;

/**
 * "Eisenhower, however, refused …", "at Masada, for example, …": a connective inside the
 * sentence ties it to the one before, and out of its paragraph it dangles.
 */
const CONNECTIVE_INSIDE =
  /,\s*(?:however|for example|for instance|therefore|thus|in turn|moreover|furthermore|in fact|nevertheless|nonetheless|instead|too),/i;

/** "What is heat?" asks what a thing is; "an example of an extensive property" only files it. */
const WHAT_IS = /^What (?:is|are|was|were) [^?]+\?$/;
const ONLY_FILED = /^(?:an? |the )?(?:examples?|instances?|one|some|part) of\b/i;

/** "such transplants", "such a ramp": "such" points back to what the sentence before described. */
// "named as such": the idiom points at the name just given, inside the sentence.
const SUCH_POINTS_BACK = /(?<!\bas\s)\bsuch\s+(?!as\b|that\b)(?:an?\s+)?\p{L}+/iu;

/** "Governments show thus how …", "and thus, squash …": "thus" says "in the way just described". */
// "… and thus the sea" joins two parts of one sentence; it points nowhere else.
const THUS_INSIDE = /(?<!\band,?)\s(?:thus|hence)\b/iu;

/** "What is of particular importance?": a question whose only content is a weighing word. */
const ONLY_WEIGHED =
  /^(?:What|Which|Who)\s+(?:is|are|was|were)\s+(?:(?:of\s+)?(?:particular|special|great|central|key|chief|prime|primary)\s+(?:importance|interest|note|significance|concern)|(?:most|especially|particularly|also|equally)?\s*(?:important|notable|noteworthy|significant|interesting|crucial|essential|vital))\?$/i;

/** "Why is the agency tracing the source and is working with partners?": two predicates asked at once. */
const TWO_PREDICATES =
  /^(?:Why|How|When|Where)\s+(?:is|are|was|were|does|do|did|has|have|had|will|can)\b.*\band\s+(?:is|are|was|were|has|have|had|will|can|does|do|did)\s/;

/** An underscore left when the blank is taken out: a title's italics broken by the blank. */
const STRAY_UNDERSCORE = /_/;

/** "What sent by a supporter …?": a participle and its agent where a question's verb should be. */
const PASSIVE_WITHOUT_BE = /^(?:What|Who|Which)\s+\p{Ll}+\s+by\b/u;

/**
 * Publishing rules from the rejections of generator 2.7.0's items on the three blind rounds of
 * session 9 (2.7's own rounds: not blind to these rules, which later rounds measure).
 */
export const JUDGED_GATE_RULES_8: Rule<GateView>[] = [
  {
    id: "gate.question-cut-short",
    why: "'When are physical changes observed when wax melts, when sugar dissolves, and?': a question ending on 'and', 'or' or 'even' lost the words after it when it was cut from the sentence.",
    fires: [
      {
        type: "short_answer",
        prompt: "When are changes seen when wax melts, when salt dissolves, and?",
        answer: "When ice melts",
        sentence: "Changes are seen when wax melts, when salt dissolves, and when ice melts.",
      },
      {
        type: "flashcard",
        prompt: "How can poisoning occur through eating shellfish or?",
        answer: "By drinking water",
        sentence: "Poisoning can occur through eating shellfish or by drinking water.",
      },
      {
        type: "short_answer",
        prompt: "What keeps the body warm within certain limits, even?",
        answer: "Shivering",
        sentence: "Shivering keeps the body warm within certain limits, even in snow.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "What keeps the body warm in snow?",
        answer: "Shivering",
        sentence: "Shivering keeps the body warm in snow.",
      },
    ],
    test: (v) =>
      (v.type === "short_answer" || v.type === "flashcard") &&
      CUT_QUESTION.test(askedPart(v.prompt).asked.trim()),
  },
  {
    id: "gate.connective-inside",
    why: "'On _____, however, the king revealed …': 'however', 'for example' or 'therefore' inside the sentence says it answers or illustrates the one before, which the item does not show (judged: 1 of 6 accepted).",
    fires: [
      {
        type: "cloze",
        prompt: "On _____, however, the king revealed that the envoy was alive.",
        answer: "May 7",
        sentence: "On May 7, however, the king revealed that the envoy was alive.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the ramp at Dover, for example, has survived.",
        answer: "True",
        sentence: "The ramp at Dover, for example, has survived.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "On _____ the king revealed that the envoy was alive.",
        answer: "May 7",
        sentence: "On May 7 the king revealed that the envoy was alive.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, the soup is made of bread, oil and garlic, then topped with onion.",
        answer: "True",
        sentence: "The soup is made of bread, oil and garlic, then topped with onion.",
      },
    ],
    test: (v) => CONNECTIVE_INSIDE.test(askedPart(v.prompt).asked),
  },
  {
    id: "gate.what-is-only-filed",
    why: "'What is heat?' → 'an example of an extensive property': a what-is question asks what the thing is, and a key that only names a class it belongs to does not say.",
    fires: [
      {
        type: "flashcard",
        prompt: "What is temperature?",
        answer: "an example of an intensive property",
        sentence: "Temperature is an example of an intensive property.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What is an intensive property?",
        answer: "a property that does not depend on the amount of matter",
        sentence:
          "An intensive property is a property that does not depend on the amount of matter.",
      },
    ],
    test: (v) =>
      v.type !== "true_false" &&
      WHAT_IS.test(askedPart(v.prompt).asked.trim()) &&
      ONLY_FILED.test(v.answer.trim()),
  },
  {
    id: "gate.such-points-back",
    why: "'but such transplants rarely contain …': 'such' stands for what the sentence before described, which the item does not show (judged: none of 6 accepted).",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, such transplants rarely succeed.",
        answer: "True",
        sentence: "But such transplants rarely succeed.",
      },
      {
        type: "cloze",
        prompt: "The remains of such a ramp have survived almost _____.",
        answer: "2,000 years",
        sentence: "The remains of such a ramp have survived almost 2,000 years.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The fair is named as such to mark the king's _____ birthday.",
        answer: "sixtieth",
        sentence: "The fair is named as such to mark the king's sixtieth birthday.",
      },
      {
        type: "cloze",
        prompt: "Grains such as _____ and barley were grown on the terraces.",
        answer: "wheat",
        sentence: "Grains such as wheat and barley were grown on the terraces.",
      },
    ],
    test: askedHas(/such/iu, SUCH_POINTS_BACK),
  },
  {
    id: "gate.thus-inside",
    why: "'Governments show thus how easily men are led': 'thus' inside the sentence means 'in the way just described', and the item does not describe it (judged: 2 of 7 accepted).",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, kings show thus how easily men are led.",
        answer: "True",
        sentence: "Kings show thus how easily men are led.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the river reaches the lake and thus the sea.",
        answer: "True",
        sentence: "The river reaches the lake and thus the sea.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the river floods every spring.",
        answer: "True",
        sentence: "Thus the river floods every spring.",
      },
    ],
    test: askedHas(/thus|hence/iu, THUS_INSIDE),
  },
  {
    id: "gate.question-passive-without-be",
    why: "'What sent by a supporter from the coast?': a caption's participle ('sent by') read as the question's verb leaves a question without one.",
    fires: [
      {
        type: "flashcard",
        prompt: "What sent by a reader from the coast?",
        answer: "A photograph",
        sentence: "Photograph sent by a reader from the coast.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What led to the closing of the harbour?",
        answer: "The storm",
        sentence: "The storm led to the closing of the harbour.",
      },
      {
        type: "flashcard",
        prompt: "What was sent by a reader from the coast?",
        answer: "A photograph",
        sentence: "A photograph was sent by a reader from the coast.",
      },
    ],
    test: (v) => v.type !== "true_false" && PASSIVE_WITHOUT_BE.test(askedPart(v.prompt).asked),
  },
  {
    id: "gate.question-only-weighed",
    why: "'What is of particular importance?': the sentence weighed its subject against others the item does not show, so the question asks 'important for what?' and has no one answer.",
    fires: [
      {
        type: "short_answer",
        prompt: "What is of particular importance?",
        answer: "the tide table",
        sentence: "Of particular importance is the tide table.",
      },
      {
        type: "flashcard",
        prompt: "What is especially important?",
        answer: "the tide table",
        sentence: "Especially important is the tide table.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "What is of particular importance to sailors entering the harbour?",
        answer: "the tide table",
        sentence: "Of particular importance to sailors entering the harbour is the tide table.",
      },
    ],
    test: (v) => v.type !== "true_false" && ONLY_WEIGHED.test(askedPart(v.prompt).asked.trim()),
  },
  {
    id: "gate.stray-underscore",
    why: "'in the novel _The ______ by …': a blank inside a title set in italics leaves the opening mark, or eats the closing one, and the student sees broken markup.",
    fires: [
      {
        type: "cloze",
        prompt: "The tunnel appears in the novel _The ______ by Ann Vale.",
        answer: "Lost Quay_",
        sentence: "The tunnel appears in the novel _The Lost Quay_ by Ann Vale.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The tunnel appears in the novel The _____ by Ann Vale.",
        answer: "Lost Quay",
        sentence: "The tunnel appears in the novel _The Lost Quay_ by Ann Vale.",
      },
    ],
    test: (v) =>
      STRAY_UNDERSCORE.test(v.prompt.replace("_____", "")) || STRAY_UNDERSCORE.test(v.answer),
  },
  {
    id: "gate.question-two-predicates",
    why: "'Why is the agency tracing the source and is working with partners?': a second verb joined by 'and' makes the question ask two things, and the answer (the reason for one of them) reads as garbled.",
    fires: [
      {
        type: "short_answer",
        prompt: "Why is the agency tracing the source and is working with the county?",
        answer: "To collect samples",
        sentence:
          "The agency is tracing the source and is working with the county to collect samples.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "Why is the agency working with the county?",
        answer: "To collect samples",
        sentence: "The agency is working with the county to collect samples.",
      },
    ],
    test: (v) => v.type !== "true_false" && TWO_PREDICATES.test(askedPart(v.prompt).asked.trim()),
  },
];
