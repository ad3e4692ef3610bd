import type { GateView } from "./gate-rules";
import { withoutFrame } from "./speaker-frame";
import type { Rule } from "./rules";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const LETTER_RUNS = /\p{L}+/gu;
const STARTS_LOWER = /^\p{Ll}/u;
const STRAY_STOP = /\b\p{Lu}\p{Ll}{2}\.\d|[\p{Lu}_]\.,|,,|\s[,.;](?!\d)/u;
const CALLED_BLANK = /\b(?:a|an|the)\s+\p{L}+\s+(?:called|known\s+as|termed|named)\s+_____/iu;

/**
 * Publishing rules from the blind judging of generator 2.2 on the dev half: a false statement
 * the sentence itself contradicts, a key computable from the sentence's own numbers, a
 * textbook term any reader knows, a blank after a demonstrative, a vague opener, copied
 * punctuation slips and a statement that restates its own name.
 */

const NUMBER_WORD =
  /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b/gi;

/** Words of the statement that the source sentence does not have: what the flip changed. */
function changedWords(v: GateView): string[] {
  const statement = withoutFrame(v.prompt);
  const source = new Set(v.sentence.toLowerCase().match(LETTER_RUNS) ?? []);
  return (statement.toLowerCase().match(LETTER_RUNS) ?? []).filter((w) => !source.has(w));
}

/** A partner that states the opposite of a flipped word: "rather than", "even though", "despite". */
const CONTRAST_PARTNER =
  /\b(?:rather\s+than|even\s+though|although|though|despite|in\s+spite\s+of|instead\s+of|as\s+opposed\s+to)\b/i;

export const JUDGED_GATE_RULES: Rule<GateView>[] = [
  {
    id: "gate.contradicted-flip",
    why: "A flipped word next to 'rather than', 'even though', 'despite' or an 'or' partner makes the false statement contradict itself: it gives itself away as nonsense.",
    fires: [
      {
        type: "true_false",
        prompt:
          "According to the essay, the town sought to be a dependent city, rather than a village ruled by the duke.",
        answer: "False",
        sentence:
          "The town sought to be an independent city, rather than a village ruled by the duke.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the pie is a tart or thin cake made of oats.",
        answer: "False",
        sentence: "The pie is a tart or thick cake made of oats.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the club is very small on the campus.",
        answer: "False",
        sentence: "The club is very large on the campus.",
      },
    ],
    test: (v) => {
      if (v.type !== "true_false" || v.answer !== "False") return false;
      if (CONTRAST_PARTNER.test(v.prompt)) return true;
      return changedWords(v).some((w) =>
        new RegExp(`\\b(?:or|nor)\\s+${w}\\b|\\b${w}\\s+(?:or|nor)\\b`, "i").test(v.prompt),
      );
    },
  },
  {
    id: "gate.computable-count",
    why: "'40 seats — _____ and thirty one for the south': a count the sentence's other numbers add up to is arithmetic, not reading.",
    fires: [
      {
        type: "mcq",
        prompt: "There are 40 seats—_____ and thirty one for the south—in the hall.",
        answer: "nine for the north",
        sentence: "There are 40 seats—nine for the north and thirty one for the south—in the hall.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The hall has _____ in 1990.",
        answer: "40 seats",
        sentence: "The hall has 40 seats in 1990.",
      },
    ],
    test: (v) => {
      if (!v.prompt.includes("_____")) return false;
      const years = /\b1\d{3}\b|\b20\d\d\b/g;
      if (!(v.answer.replace(years, "").match(NUMBER_WORD)?.length ?? 0)) return false;
      return (v.prompt.replace(years, "").match(NUMBER_WORD)?.length ?? 0) >= 2;
    },
  },
  {
    id: "gate.called-term",
    why: "'a process called _____', 'a hormone called _____': a textbook term named by its category is general knowledge, answered without the essay.",
    fires: [
      {
        type: "cloze",
        prompt: "Plants lose water through their leaves in a process called _____.",
        answer: "transpiration",
        sentence: "Plants lose water through their leaves in a process called transpiration.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "They settled in a village called _____ by the river.",
        answer: "Millbrook",
        sentence: "They settled in a village called Millbrook by the river.",
      },
    ],
    test: (v) => STARTS_LOWER.test(v.answer.trim()) && CALLED_BLANK.test(v.prompt),
  },
  {
    id: "gate.demonstrative-blank",
    why: "'currents move that _____': a blank after 'that' or 'this' names what an earlier word said, so a synonym of it ('heat') fits as well as the key.",
    fires: [
      {
        type: "cloze",
        prompt: "The stove makes heat and the fan moves that _____ through the room.",
        answer: "warm air",
        sentence: "The stove makes heat and the fan moves that warm air through the room.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The fan moves _____ through the room.",
        answer: "warm air",
        sentence: "The fan moves warm air through the room.",
      },
    ],
    test: (v) =>
      /\b(?:this|these|those)\s+_____/i.test(v.prompt) ||
      // "observed that _____ are rising": a "that" opening a clause is no demonstrative.
      /\bthat\s+_____(?!\s+(?:is|are|was|were|has|have|had|can|could|will|would|may|might|must|should|do|does|did)\b)/i.test(
        v.prompt,
      ),
  },
  {
    id: "gate.vague-opener",
    why: "'Whatever the true motive…', 'Some other dishes from other regions…', 'Otherwise…': other than what? The item leans on text it does not show.",
    fires: [
      {
        type: "cloze",
        prompt: "Whatever the reason, the mayor resigned in _____.",
        answer: "spring",
        sentence: "Whatever the reason, the mayor resigned in spring.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, some other breads from other towns are called rolls.",
        answer: "True",
        sentence: "Some other breads from other towns are called rolls.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, some breads from the north are called rolls.",
        answer: "True",
        sentence: "Some breads from the north are called rolls.",
      },
    ],
    test: (v) =>
      /^[“"‘(\s]*(?:whatever|otherwise|some\s+other|other)\b/i.test(v.sentence) ||
      /\bfrom\s+other\s+(?:regions|places|areas|countries|parts)\b/i.test(v.sentence),
  },
  {
    id: "gate.copied-punctuation",
    why: "'Henry IV., sought', 'Aug.3': a period before a comma or glued to a number is a slip of the source that reads as broken punctuation in a question.",
    fires: [
      {
        type: "cloze",
        prompt: "The ship sailed on Aug.3, _____, from the old harbour.",
        answer: "1790",
        sentence: "The ship sailed on Aug.3, 1790, from the old harbour.",
      },
      {
        type: "cloze",
        prompt: "In _____, the city having offended Henry IV., sought peace.",
        answer: "1590",
        sentence: "In 1590, the city having offended Henry IV., sought peace.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "In _____, the city, having offended Henry IV, sought peace.",
        answer: "1590",
        sentence: "In 1590, the city, having offended Henry IV, sought peace.",
      },
      {
        type: "cloze",
        prompt: "The ship sailed on Aug. 3, _____, from the old harbour.",
        answer: "1790",
        sentence: "The ship sailed on Aug. 3, 1790, from the old harbour.",
      },
    ],
    test: (v) => STRAY_STOP.test(v.prompt),
  },
  {
    id: "gate.restated-name",
    why: "'Oak Valley Club is a club for Oak Valley people': a statement whose predicate repeats the name it is about is a tautology anyone can answer.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, Oak Valley Club is a club for Oak Valley families.",
        answer: "True",
        sentence: "Oak Valley Club is a club for Oak Valley families.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, Oak Valley Club is a club for farmers.",
        answer: "True",
        sentence: "Oak Valley Club is a club for farmers.",
      },
    ],
    test: (v) => {
      if (v.type !== "true_false") return false;
      const statement = withoutFrame(v.prompt);
      const m = statement.match(/^(.*?)\s(?:is|are|was|were)\s(.*)$/);
      if (!m || m[1]!.split(/\s+/).length > 4) return false;
      // The last word of the name is its head ("… Club is a club"): only the words before count.
      const names = (m[1]!.match(/\p{Lu}\p{Ll}{3,}/gu) ?? []).slice(0, -1);
      const rest = m[2]!.toLowerCase();
      return names.some((n) => rest.includes(n.toLowerCase().slice(0, 6)));
    },
  },
];
