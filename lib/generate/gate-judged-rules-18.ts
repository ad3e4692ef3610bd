import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { echoesTerm } from "./idea-text";
import { withoutFrame } from "./speaker-frame";
import { askedPart, shownPrompt } from "./gate-judged-rules-5";
import { asksWhatOrWho } from "./gate-judged-rules-14";
import { essayVoice } from "./idea-rules-appeals";

/**
 * Rules from session 15 on audit 16's verdicts and round s29a's: method questions cut across a
 * second clause, small counts asked as a choice, statements true by their wording, pointers to a
 * list given elsewhere, causes of a vague effect, answers that open on a participle, and a
 * speech's "you".
 */

/** "A chest scan is a scan of the chest": the subject, its first verb, and what it says. */
const SUBJECT_VERB =
  /^(.{3,60}?)\s(?:is|are|was|were|uses?|used|means?|involves?|includes?|enforces?|enforced|contains?|describes?|refers\s+to)\s(.+)$/;

/**
 * "the above rewards", "the following tests", "said persons": a phrase that points to what the
 * text lists or named elsewhere, which the item does not show.
 */
const POINTER_PHRASE =
  /\b(?:the\s+(?:above|aforesaid|aforementioned|foregoing|following|preceding)\s+\p{L}|(?:aforesaid|aforementioned)\b|(?:to|of|by|for|from|with|upon)\s+said\s+\p{Ll})/iu;

/** The listeners a speech addresses: nobody a student who reads the item can name. */
const LISTENER = /\b(?:you|your|yours|yourselves|yourself)\b/i;

/** "used depends on …": a participle, then the sentence's own verb — the answer lost its subject. */
const PARTICIPLE_THEN_VERB =
  /^\p{Ll}+ed\s+(?:depends?|is|are|was|were|vary|varies|varied|can|could|will|would|may|might|must|has|have|had|remains?|becomes?|includes?|differs?)\b/u;

/** A count a reader guesses among four options: "two" prongs, "four" groups. */
const SMALL_COUNT = /^(?:one|two|three|four|both|[1-4])$/i;

export const JUDGED_GATE_RULES_18: Rule<GateView>[] = [
  {
    id: "gate.method-question-run-on",
    why: "'How did the team test the gliders, and concluded that …?', 'How do farmers would …?': a 'How …? → By …' question cut from a sentence with a second clause keeps that clause, or a modal after 'do', and reads as garbled. Over audit 16's rounds both judges accepted 3 of 9 method questions; 5 of the 6 rejected were garbled this way.",
    fires: [
      {
        type: "short_answer",
        rule: "idea.means",
        prompt: "How did the team test the gliders, and concluded that short wings were safer?",
        answer: "By flying them over the dunes",
        sentence:
          "The team tested the gliders by flying them over the dunes, and concluded that short wings were safer.",
      },
      {
        type: "short_answer",
        rule: "idea.means",
        prompt: "How do farmers would keep the soil moist?",
        answer: "By mulching the rows",
        sentence: "He said farmers would keep the soil moist by mulching the rows.",
      },
      {
        type: "flashcard",
        rule: "idea.means",
        prompt: "How can you find out what the course costs?",
        answer: "By asking for one",
        sentence: "You can find out what the course costs by asking for one.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        rule: "idea.means",
        prompt: "Traditionally, how was the cheese made?",
        answer: "By pressing the curds in a linen cloth",
        sentence: "Traditionally, the cheese was made by pressing the curds in a linen cloth.",
      },
    ],
    // A comma before "How" closes a fronted opening ("Traditionally, how …?"): only one after it
    // is a second clause.
    test: (v) =>
      v.rule === "idea.means" &&
      (/\bhow\b[^,]*,/i.test(v.prompt) ||
        /\b(?:do|does|did)\b(?:\s+\S+){1,6}?\s+(?:would|could|will|can|should|might|may|must)\b/i.test(
          v.prompt,
        ) ||
        /\b(?:one|it|them|this|that|these|those)\s*\.?$/i.test(v.answer)),
  },
  {
    id: "gate.small-count-choice",
    why: "'A fork has _____ prongs' with 'two', 'five', 'seven', 'nine': a count of one to four is guessed from the thing counted, and the larger options are implausible. Over audit 16's rounds both judges accepted 4 of 12 number choices; all four small counts offered were rejected.",
    fires: [
      {
        type: "mcq",
        spanKind: "quantity",
        prompt: "Oil and water poured together form _____ layers.",
        answer: "two",
        choices: ["two", "five", "seven", "nine"],
        sentence: "Oil and water poured together form two layers.",
      },
    ],
    passes: [
      {
        type: "mcq",
        spanKind: "quantity",
        prompt: "The reef covers _____ of the bay.",
        answer: "40 hectares",
        choices: ["40 hectares", "25 hectares", "60 hectares", "90 hectares"],
        sentence: "The reef covers 40 hectares of the bay.",
      },
      {
        type: "cloze",
        spanKind: "quantity",
        prompt: "Oil and water poured together form _____ layers.",
        answer: "two",
        sentence: "Oil and water poured together form two layers.",
      },
    ],
    test: (v) =>
      v.type === "mcq" &&
      /^(?:quantity|cardinal|number)$/.test(v.spanKind ?? "") &&
      SMALL_COUNT.test(v.answer.trim()),
  },
  {
    id: "gate.statement-restates-subject",
    why: "'A chest scan is a scan of the chest', 'Harbour board rules are enforced by the harbour board': a true statement whose predicate repeats its own subject's words is true by its wording. Both judges rejected each such statement in audit 16's rounds.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, a chest scan is a scan of the chest.",
        answer: "True",
        sentence: "A chest scan is a scan of the chest.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the Harbour Board enforces harbour board rules.",
        answer: "True",
        sentence: "The Harbour Board enforces harbour board rules.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, a chest scan is a picture taken with X-rays.",
        answer: "True",
        sentence: "A chest scan is a picture taken with X-rays.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, a chest scan is a scan of the chest.",
        answer: "False",
        sentence: "A chest scan is a scan of the hand.",
      },
    ],
    test: (v) => {
      if (v.type !== "true_false" || v.answer !== "True") return false;
      const m = SUBJECT_VERB.exec(withoutFrame(v.prompt).replace(/[.!]$/, ""));
      return Boolean(m && echoesTerm(m[1]!, m[2]!));
    },
  },
  {
    id: "gate.pointer-phrase",
    why: "'the above rewards', 'the following tests', 'paid to said persons': a phrase pointing at a list or a name given elsewhere in the text, which the item does not show. Both judges called such items vague in audit 16's rounds.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, the above rewards are paid by the town council.",
        answer: "True",
        sentence: "The above rewards are paid by the town council.",
      },
      {
        type: "short_answer",
        prompt: "What are the following tests used for?",
        answer: "To find cracks in the old bridge",
        sentence: "The following tests are used to find cracks in the old bridge:",
      },
      {
        type: "cloze",
        prompt: "The fines were paid to said persons by the _____.",
        answer: "harbour board",
        sentence: "The fines were paid to said persons by the harbour board.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the rewards are paid by the town council.",
        answer: "True",
        sentence: "The rewards are paid by the town council.",
      },
      {
        type: "true_false",
        prompt:
          "Context: “The following tests find cracks: sound tests and dye tests.” According to the essay, dye tests are cheap.",
        answer: "True",
        sentence: "Dye tests are cheap.",
      },
      {
        type: "cloze",
        prompt: "The mayor said people should pay the _____.",
        answer: "fines",
        sentence: "The mayor said people should pay the fines.",
      },
    ],
    test: (v) => POINTER_PHRASE.test(askedPart(shownPrompt(v)).asked),
  },
  {
    id: "gate.cause-of-vague-effect",
    why: "'What may cause certain physical changes?': a question on the cause of an effect named only by 'certain', 'some' or 'many' has as many answers as there are such effects. Both judges rejected it in audit 16's rounds.",
    fires: [
      {
        type: "short_answer",
        rule: "idea.caused",
        prompt: "What may cause certain changes in the soil?",
        answer: "Heavy rain",
        sentence: "Heavy rain may cause certain changes in the soil.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        rule: "idea.caused",
        prompt: "What may cause cracks in the dam wall?",
        answer: "Heavy frost",
        sentence: "Heavy frost may cause cracks in the dam wall.",
      },
    ],
    test: (v) =>
      v.rule === "idea.caused" &&
      /\bcause[sd]?\s+(?:certain|some|many|various|several|other|such|all)\b/i.test(v.prompt),
  },
  {
    id: "gate.answer-opens-on-participle",
    why: "'What did the kind of saw do?' → 'used depends on the wood': the question's subject swallowed the noun the participle belonged to, so the answer opens on 'used' and reads as no sentence. Both judges rejected it in round s29a.",
    fires: [
      {
        type: "short_answer",
        prompt: "What did the kind of saw do?",
        answer: "used depends on the hardness of the wood",
        sentence: "The kind of saw used depends on the hardness of the wood.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "What did the miller do with the grain?",
        answer: "ground it into flour",
        sentence: "The miller ground the grain into flour.",
      },
    ],
    test: (v) => asksWhatOrWho(v) && PARTICIPLE_THEN_VERB.test(v.answer.trim()),
  },
  {
    id: "gate.speech-listener",
    why: "'According to the speech, your fellow citizens know …', 'Since _____, marines, just like many of you, …': in a speech, 'you' are the listeners in the hall, whom the item does not name. Both judges rejected all five such items in audit 16's and round s29a's speeches.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, your neighbours know the burden the dyke builders carry.",
        answer: "True",
        sentence: "Your neighbours know the burden the dyke builders carry.",
        title: "Address to the dyke builders",
        essay:
          "My friends, I thank you for coming. Your neighbours know the burden the dyke builders carry.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt:
          "According to the essay, the pills are swallowed whole with water, as your nurse explains.",
        answer: "True",
        sentence: "The pills are swallowed whole with water, as your nurse explains.",
        title: "Taking your medicine",
        essay:
          "Most pills are taken by mouth. The pills are swallowed whole with water, as your nurse explains.",
      },
    ],
    test: (v) =>
      essayVoice(v.title ?? "", v.essay ?? "") === "speaker" &&
      LISTENER.test(askedPart(shownPrompt(v)).asked),
  },
];
