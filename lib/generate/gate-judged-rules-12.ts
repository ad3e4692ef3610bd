import { askedPart } from "./gate-judged-rules-5";
import { QUESTION_TYPES } from "./gate-judged-rules-10";
import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const NAME_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
const HYPHENED_NAME_END = /-\p{Lu}\p{Ll}+$/u;

/**
 * Question-shape rules from the blind rounds of session 11 (s19r, s20r): kinds of question the
 * judges turned down on text after text, each weighed on every judged item of every round.
 */

/** "Why will …?", "Why can …?": a purpose asked of a capability or a plan. */
const WHY_MODAL = /^Why (?:can|could|will|would|should|must|may|might|shall)\b/;

/** Words that open a clause or a phrase, capitalised or not: no name goes on through them. */
const NOT_A_NAME_WORD =
  /^(?:The|A|An|In|On|At|By|For|From|To|With|As|And|But|Or|After|Before|During|Since|Until|When|While|If|Its|Their|His|Her|This|That)$/;
/** "the Removal Act of _____", "War of _____", "post-World _____", "St. _____": a name the blank ends. */
function blankEndsName(prompt: string, answer: string): boolean {
  const at = prompt.indexOf("_____");
  if (at <= 0 || !/^[\p{Lu}\d]/u.test(answer)) return false;
  const toks = prompt.slice(0, at).trim().split(/\s+/);
  const [prev = "", prev2 = ""] = [toks[toks.length - 1], toks[toks.length - 2]];
  const named = (w: string) => NAME_WORD.test(w) && !NOT_A_NAME_WORD.test(w);
  if (prev === "St." || HYPHENED_NAME_END.test(prev)) return true;
  if (/^(?:of|de)$/.test(prev)) return toks.length > 2 && named(prev2);
  return toks.length > 1 && named(prev);
}

/** "What happens if you …?": a condition put to the reader, which is advice, not an event. */
const HAPPENS_TO_READER =
  /^What (?:would |might |could )?happen(?:s|ed)? (?:if|when) (?:you|your)\b/i;
/** "What happens …?" → "You can …", "Talk to a doctor": a key of advice, not of what follows. */
const HAPPENS = /^What (?:would |might |could )?happen/;
const ADVICE_KEY =
  /^(?:You(?:'ll|’ll)?\s+(?:can|may|should|could|might|must|will|need)\b|(?:Use|Talk|Check|Ask|Call|Get|See|Try|Make|Take|Keep|Avoid|Stop|Go|Tell|Find|Contact|Visit|Choose|Eat|Drink|Wash)\b)/;

/** "What can help …?", "What may reduce …?": whatever helps is asked for, and many things do. */
const WHAT_HELPS =
  /^What (?:can|could|may|might|will|would) (?:help|reduce|prevent|lower|raise|improve|increase|protect|slow)\b/;
/** "Why has a plant special leaves?", "Why have people to defend …?": "have" taken for an auxiliary. */
const WHY_PERFECT = /^Why (?:has|have|had)\b/;

/** "What is X?", "What were the Y?": a question asking what a thing is. */
const WHAT_IS = /^What (?:is|are|was|were) (?:an? |the )?[^?]{1,40}\?$/;
/**
 * A key that says what the thing does, where it stands or how it ranks, not what kind of thing
 * it is: "the primary source of …", "an example of …", "the first to …", "the largest pool …".
 */
const NOT_A_KIND =
  /^(?:the\s+(?:[\p{L}-]+\s+){0,2}?(?:source|cause|foundation|goal|size|pool|influence|result|basis|symbol|centre|center|home|seat|focus|aim|reason|origin|product|target|first|last|largest|smallest|biggest|greatest|best|worst|primary|chief|leading)|an?\s+(?:[\p{L}-]+\s+)?(?:example|derivative|part|element|aspect|component))\b/iu;
/**
 * A key that goes on into a second statement: ", and …", "and it …", ", so …", "because", ";".
 * Not the last entry of a list ("the esophagus, stomach, and duodenum") nor a purpose ("so that").
 */
const SECOND_STATEMENT = /,\s+and\b|\band it\b|,?\s+so\b(?!\s+that\b)|\bbecause\b|;/;
/** "…, B, and C": the ", and" closes a list begun by an earlier comma. */
const LIST_END = /,[^,;]+,\s+and\s/;

function goesOn(answer: string): boolean {
  const m = SECOND_STATEMENT.exec(answer);
  if (!m) return false;
  if (!/^,\s+and$/.test(m[0])) return true;
  // A list's ", and" is no second statement; one after it may still be.
  return !LIST_END.test(answer) || SECOND_STATEMENT.test(answer.replace(LIST_END, " "));
}

export const JUDGED_GATE_RULES_12: Rule<GateView>[] = [
  {
    id: "gate.when-clause-key",
    why: "'When did the singer enter the hall of fame?' → 'When he broke the record', 'When had astronomers assumed?': a When-question answered by a When-clause is cut from a sentence whose time is an event, and it reads as garbled or asks the wrong thing. Over every judged round both judges accepted 3 of 17 ('In what year …?' is not this).",
    fires: [
      {
        type: "short_answer",
        prompt: "When did the mill reach its fame?",
        answer: "When it broke the county record for a single week",
        sentence: "The mill reached its fame when it broke the county record for a single week.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "In what year did the mill reach its fame?",
        answer: "1888",
        sentence: "The mill reached its fame in 1888.",
      },
      {
        type: "flashcard",
        prompt: "When does the river flood the lower fields?",
        answer: "in early spring",
        sentence: "The river floods the lower fields in early spring.",
      },
    ],
    test: (v) =>
      QUESTION_TYPES.has(v.type) &&
      /^When\b/.test(askedPart(v.prompt).asked) &&
      /^When\b/i.test(v.answer),
  },
  {
    id: "gate.why-modal",
    why: "'Why can health workers use the tool?' → 'To calculate a risk', 'Why will the member have to wait?': a purpose asked of what someone can, will or must do reads as asking the wrong thing (what the tool is for, not why one may use it). Over every judged round both judges accepted 3 of 15.",
    fires: [
      {
        type: "flashcard",
        prompt: "Why can millers use the new sieve?",
        answer: "To separate the bran from the flour",
        sentence: "Millers can use the new sieve to separate the bran from the flour.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "Why did the millers buy a new sieve?",
        answer: "To separate the bran from the flour",
        sentence: "The millers bought a new sieve to separate the bran from the flour.",
      },
    ],
    test: (v) => QUESTION_TYPES.has(v.type) && WHY_MODAL.test(askedPart(v.prompt).asked),
  },
  {
    id: "gate.blank-ends-name",
    why: "'the War of _____' → 1812, 'the Removal Act of _____' → 1830, 'post-World _____' → 'War II', 'St. _____' → 'Augustine': a blank that finishes a name begun just before it is filled by knowing the name, not the text. Over every judged round both judges accepted 1 of 9 such blanks (a citation's year after its authors' names is not one).",
    fires: [
      {
        type: "mcq",
        prompt: "The Harbour Act of _____ closed the old quay to cargo.",
        answer: "1911",
        sentence: "The Harbour Act of 1911 closed the old quay to cargo.",
      },
      {
        type: "cloze",
        prompt: "Boats sail up the river to St. _____ every week.",
        answer: "Brendan",
        sentence: "Boats sail up the river to St. Brendan every week.",
      },
    ],
    passes: [
      {
        type: "mcq",
        prompt: "The harbour act closed the old quay to cargo in _____.",
        answer: "1911",
        sentence: "The harbour act closed the old quay to cargo in 1911.",
      },
      {
        type: "cloze",
        prompt: "Salt keeps the fish fresh for weeks (Marr, Quell, & Dunn, _____).",
        answer: "2013",
        sentence: "Salt keeps the fish fresh for weeks (Marr, Quell, & Dunn, 2013).",
      },
    ],
    test: (v) =>
      (v.type === "cloze" || v.type === "mcq") &&
      blankEndsName(askedPart(v.prompt).asked, v.answer),
  },
  {
    id: "gate.what-is-not-a-kind",
    why: "'What is Mount Logan?' → 'the source of the Hubbard and Logan glaciers', 'What is heat?' → 'an example of an extensive property', 'What is force?' → 'the cause of motion, and motion draws our attention': a what-is question whose key gives a role, a rank or a second statement instead of the kind of thing asked about reads as a wrong or half answer. Over every judged round both judges accepted 7 of 40 such cards (3 of 27 different ones), against 61 of 81 what-is cards whose key names a kind ('a type of treatment that …', 'the transfer of heat by …').",
    fires: [
      {
        type: "flashcard",
        prompt: "What is Mount Orrin?",
        answer: "the source of the two northern glaciers",
        sentence: "Mount Orrin is the source of the two northern glaciers.",
      },
      {
        type: "flashcard",
        prompt: "What is salt?",
        answer: "an important preservative because it draws water out of the meat",
        sentence: "Salt is an important preservative because it draws water out of the meat.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What is brining?",
        answer: "a way of preserving meat by soaking it in salt water",
        sentence: "Brining is a way of preserving meat by soaking it in salt water.",
      },
      {
        type: "flashcard",
        prompt: "Where does the northern glacier begin?",
        answer: "on Mount Orrin",
        sentence: "The northern glacier begins on Mount Orrin.",
      },
      // A list's last entry and a purpose are no second statement.
      {
        type: "flashcard",
        prompt: "What is a gastroscopy?",
        answer: "a procedure to look inside the throat, stomach, and gut",
        sentence: "A gastroscopy is a procedure to look inside the throat, stomach, and gut.",
      },
      {
        type: "flashcard",
        prompt: "What is a smear test?",
        answer: "the removal of a few cells so that a laboratory can look at them",
        sentence:
          "A smear test is the removal of a few cells so that a laboratory can look at them.",
      },
    ],
    test: (v) =>
      QUESTION_TYPES.has(v.type) &&
      WHAT_IS.test(askedPart(v.prompt).asked) &&
      (NOT_A_KIND.test(v.answer) || goesOn(v.answer)),
  },
  {
    id: "gate.what-happens-advice",
    why: "'What happens if you have high blood pressure?' → 'You may need medicine …', 'What happens when you go food shopping?' → 'Check the label': a condition put to the reader, or a key that is advice, answers 'what should you do', not 'what happens'; the judges read it as the wrong question or as one with many answers. Over every judged round both judges accepted 7 of the 28 different such questions, on seven texts.",
    fires: [
      {
        type: "flashcard",
        prompt: "What happens if you find a tick on your arm?",
        answer: "You can pull it out with fine tweezers",
        sentence: "If you find a tick on your arm, you can pull it out with fine tweezers.",
      },
      {
        type: "short_answer",
        prompt: "What happens if the rash spreads?",
        answer: "Call a doctor",
        sentence: "If the rash spreads, call a doctor.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What happens when salty water freezes?",
        answer: "The ice lets go of the salt",
        sentence: "When salty water freezes, the ice lets go of the salt.",
      },
    ],
    test: (v) => {
      if (!QUESTION_TYPES.has(v.type)) return false;
      const asked = askedPart(v.prompt).asked;
      return HAPPENS_TO_READER.test(asked) || (HAPPENS.test(asked) && ADVICE_KEY.test(v.answer));
    },
  },
  {
    id: "gate.what-helps",
    why: "'What can help prevent people from getting sick with the flu?' → 'Flu vaccines', 'What can help patients learn to cope with stress?': a question for whatever helps, reduces or prevents something has many right answers (the text usually names several) and is often answered from common sense. Over every judged round both judges accepted 1 of 8 such questions.",
    fires: [
      {
        type: "short_answer",
        prompt: "What can help farmers keep their soil moist?",
        answer: "A layer of straw",
        sentence: "A layer of straw can help farmers keep their soil moist.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "What can a layer of straw help farmers do?",
        answer: "keep their soil moist",
        sentence: "A layer of straw can help farmers keep their soil moist.",
      },
    ],
    test: (v) => QUESTION_TYPES.has(v.type) && WHAT_HELPS.test(askedPart(v.prompt).asked),
  },
  {
    id: "gate.why-perfect",
    why: "'Why has an insectivorous plant specialized leaves?', 'Why have Hong Kong people to defend local media?', 'Why have many countries attempted?': a Why-question built on 'has'/'have' took a main verb or 'have to' for an auxiliary, or lost the object; over every judged round both judges accepted none of the 4 such questions.",
    fires: [
      {
        type: "flashcard",
        prompt: "Why has the pitcher plant slippery walls?",
        answer: "To trap insects",
        sentence: "The pitcher plant has slippery walls to trap insects.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "Why does the pitcher plant have slippery walls?",
        answer: "To trap insects",
        sentence: "The pitcher plant has slippery walls to trap insects.",
      },
    ],
    test: (v) => QUESTION_TYPES.has(v.type) && WHY_PERFECT.test(askedPart(v.prompt).asked),
  },
];
