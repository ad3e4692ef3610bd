import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { asksWhatOrWho } from "./gate-judged-rules-14";
import { MEASURE_UNIT } from "./words";

/**
 * Rules from session 13, on faults both judges of audit 15's later rounds named. (A rule that
 * held back every "often" → "rarely" false statement was tried and dropped: the fourth round's
 * judges accepted 6 of 9 such statements, and each false statement lets the deck keep true ones.)
 */

/** A blank beside a dash and a number: one end of a range ("_____–68", "8–_____ weeks"). */
const RANGE_BLANK = /(?:_____\s*[-–—]\s*\d|\d%?\s*[-–—]\s*_____)/;
/** "(Marlow 2015)", "(_____)": a blank that holds an in-text citation's year. */
const CITATION_YEAR_BLANK =
  /\((?:[\p{Lu}][\p{L}'’.&-]*(?:\s+(?:and|&|et al\.?|[\p{Lu}][\p{L}'’.-]*))*,?\s+)?_____(?:,\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?)?\)/u;

/** "What do some scientists …?": a question whose subject is only a share of some group. */
const SHARE_SUBJECT =
  /^(?:What|Who|How|Why)\s+(?:do|does|did|can|could|will|would|must|may|might|should|have|has|had|is|are|was|were)\s+(?:some|many|most|multiple|several|certain|various|previous|other|few)\b/;

export const JUDGED_GATE_RULES_15: Rule<GateView>[] = [
  {
    id: "gate.share-subject",
    why: "'What do many harbours require?', 'What can several factors affect?', 'What do some scholars strive to do?': a question about an unnamed share of a group has as many answers as the group has members, and the text answers it only for the ones the sentence meant. Over audit 15's four rounds both judges turned down all 6 such questions, on six texts.",
    fires: [
      {
        type: "flashcard",
        prompt: "What do many harbours require?",
        answer: "a pilot for every ship over forty metres",
        sentence: "Many harbours require a pilot for every ship over forty metres.",
      },
      {
        type: "short_answer",
        prompt: "What can several factors affect?",
        answer: "the size of the harvest",
        sentence: "Several factors can affect the size of the harvest.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What do all these harbours require?",
        answer: "a pilot for every ship over forty metres",
        sentence: "All these harbours require a pilot for every ship over forty metres.",
      },
      {
        type: "short_answer",
        prompt: "What can frost affect?",
        answer: "the size of the harvest",
        sentence: "Frost can affect the size of the harvest.",
      },
    ],
    test: (v) =>
      v.type !== "true_false" && SHARE_SUBJECT.test(v.prompt.replace(/^Context: “.*?” /s, "")),
  },
  {
    id: "gate.range-half",
    why: "'… abroad in _____–68' → '1967', 'at 8–_____ weeks' → '10 weeks': a blank that holds one end of a range cuts the range in two, and its other end gives the key away. Both judges of audit 15's second and third rounds called such blanks obvious or ungrammatical.",
    fires: [
      {
        type: "cloze",
        prompt: "The surveyor spent a year abroad in _____–68 and came back to the valley.",
        answer: "1967",
        sentence: "The surveyor spent a year abroad in 1967–68 and came back to the valley.",
      },
      {
        type: "cloze",
        prompt: "Lambs can be weaned at 8–_____ of age.",
        answer: "10 weeks",
        sentence: "Lambs can be weaned at 8–10 weeks of age.",
      },
      {
        type: "cloze",
        prompt: "About 1%–_____ of the lambs are born in winter.",
        answer: "3%",
        sentence: "About 1%–3% of the lambs are born in winter.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The surveyor spent a year abroad in _____ and came back to the valley.",
        answer: "1967",
        sentence: "The surveyor spent a year abroad in 1967 and came back to the valley.",
      },
    ],
    test: (v) => v.type !== "true_false" && RANGE_BLANK.test(v.prompt),
  },
  {
    id: "gate.citation-year",
    why: "'… based on impressions (Marlow _____)' → '2015': the year of an in-text citation says when a source was printed, not anything the text teaches. The judges of all three rounds of audit 15 called such blanks trivial or formatting.",
    fires: [
      {
        type: "mcq",
        prompt: "Early surveys of the valley relied on hearsay (Marlow _____).",
        answer: "2015",
        sentence: "Early surveys of the valley relied on hearsay (Marlow 2015).",
      },
      {
        type: "mcq",
        prompt: "Early surveys relied on hearsay (Marlow _____, 212).",
        answer: "2015",
        sentence: "Early surveys relied on hearsay (Marlow 2015, 212).",
      },
      {
        type: "cloze",
        prompt: "The list of goods includes bread, salt and wool (_____).",
        answer: "2000",
        sentence: "The list of goods includes bread, salt and wool (2000).",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Early surveys of the valley relied on hearsay until _____.",
        answer: "1910",
        sentence: "Early surveys of the valley relied on hearsay until 1910.",
      },
    ],
    test: (v) => v.type !== "true_false" && CITATION_YEAR_BLANK.test(v.prompt),
  },
  {
    id: "gate.what-for-amount",
    why: "'What can a lamb's weight increase?' → '2 kilograms a week': an amount asked with 'What' reads as nonsense ('How much …?' was meant). Both judges of audit 15's third round rejected it.",
    fires: [
      {
        type: "short_answer",
        prompt: "What can a lamb's weight increase?",
        answer: "2 kilograms a week",
        sentence: "A lamb's weight can increase 2 kilograms a week.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "How much can a lamb's weight increase in a week?",
        answer: "2 kilograms",
        sentence: "A lamb's weight can increase 2 kilograms a week.",
      },
      {
        type: "short_answer",
        prompt: "What did the council build?",
        answer: "2 new bridges over the river",
        sentence: "The council built 2 new bridges over the river.",
      },
    ],
    test: (v) => {
      const m = /^[\d.,]+\s*%?\s*([\p{L}-]+)?/u.exec(v.answer.trim());
      if (!m || !asksWhatOrWho(v)) return false;
      const unit = m[1] ?? "";
      return (
        v.answer.includes("%") ||
        [unit, unit.replace(/s$/, ""), unit.replace(/es$/, "")].some((u) => MEASURE_UNIT.test(u))
      );
    },
  },
];
