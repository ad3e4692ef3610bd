import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";

/**
 * Rules from session 20 on round s30d's verdicts: keys cut off inside a list or a clause, a
 * question whose auxiliary has no subject.
 */

/** A key that ends on a word no phrase ends on ("the king of"), or on the subject of a clause
 * it cut off ("… before surgery, it"); "outside it" is a whole phrase. */
const OPEN_END =
  /(?:,\s+(?:it|they|he|she|we)|(?<![\p{L}\p{N}'’-])(?:which|whose|and|or|but|nor|the|a|an|of|to|with|by|is|are|was|were))$/iu;
/** What goes on a list after its next-to-last entry: "… learn, remember" + ", and become …". */
const LIST_GOES_ON = /^,?\s+(?:and|or)\s/u;
/** "Why do to treat …?": a question's auxiliary followed by an infinitive, with no subject. */
const AUX_THEN_TO = /^(?:Why|How|When|Where|What|Who)\s+(?:do|does|did)\s+to\b/u;

/** The key cut after a list entry: it holds a comma, and the sentence goes on with the list. */
function cutList(v: GateView): boolean {
  const key = v.answer.trim();
  const comma = key.lastIndexOf(",");
  if (comma < 0 || /\b(?:and|or)\b/iu.test(key.slice(comma))) return false;
  const at = v.sentence.toLowerCase().indexOf(key.toLowerCase());
  return at >= 0 && LIST_GOES_ON.test(v.sentence.slice(at + key.length));
}

export const JUDGED_GATE_RULES_21: Rule<GateView>[] = [
  {
    id: "gate.key-cut-short",
    why: "'What is curing?' → 'the process of how you salt, smoke' (the sentence goes on ', and dry the meat'); '… → when meat is salted before smoking, it': the key stops inside a list or a clause. Both judges called each 'missing answer' in round s30d.",
    fires: [
      {
        type: "flashcard",
        prompt: "What is curing?",
        answer: "the process of how you salt, smoke",
        sentence: "Curing is the process of how you salt, smoke, and dry the meat.",
      },
      {
        type: "flashcard",
        prompt: "What is dry curing?",
        answer: "when meat is salted before smoking, it",
        sentence: "When meat is salted before smoking, it is called dry curing.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The cold soup of _____ is served with bread.",
        answer: "Castañeña",
        sentence: "The cold soup of Castañeña is served with bread.",
      },
      {
        type: "short_answer",
        prompt: "What is the guild's aim?",
        answer: "To keep the old craft alive and to teach it",
        sentence: "The guild's aim is to keep the old craft alive and to teach it.",
      },
      {
        type: "flashcard",
        prompt: "What is curing?",
        answer: "the process of how you salt, smoke, and dry the meat",
        sentence: "Curing is the process of how you salt, smoke, and dry the meat.",
      },
      {
        type: "short_answer",
        prompt: "What did the smokehouse keep?",
        answer: "hams, bacon and fish",
        sentence: "The smokehouse kept hams, bacon and fish through the winter.",
      },
    ],
    test: (v) =>
      v.type !== "true_false" && v.type !== "mcq" && (OPEN_END.test(v.answer.trim()) || cutList(v)),
  },
  {
    id: "gate.aux-without-subject",
    why: "'Why do to treat all rivers as one type …?': the question's auxiliary is followed by an infinitive, not a subject; judged nonsense in round s30d.",
    fires: [
      {
        type: "short_answer",
        prompt: "Why do to treat all rivers as one type seem a boldness?",
        answer: "Because it is",
        sentence: "To treat all rivers as one type seems a boldness.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "Why do farmers plant trees along the river?",
        answer: "To keep the banks from washing away",
        sentence: "Farmers plant trees along the river to keep the banks from washing away.",
      },
    ],
    test: (v) => AUX_THEN_TO.test(v.prompt),
  },
];
