import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { withoutFrame } from "./speaker-frame";
import { sameStem } from "./text-utils";

/**
 * Rules from session 17 on round s29b's verdicts: a definition that names its own subject twice,
 * and a blank whose gloss stands right after it.
 */

/** "Coastal erosion is erosion of the coast": a modifier, its noun, then the copula and the noun again. */
const NAMES_ITSELF =
  /^(\p{L}+)\s+(\p{L}+)\s+(?:is|are)\s+(?:(?:a|an|the)\s+)?(?:\p{L}+\s+)??(\p{L}+)\b(.*)$/u;

/** "What is coastal erosion?": a definition asked of a two-word term. */
const WHAT_IS = /^What (?:is|are) (\p{L}+ \p{L}+)\?$/u;

/** "(also called …)", "(also known as …)", "(or …)": a second name for what stands before it. */
const GLOSS_AFTER_BLANK =
  /_____\s*\((?:also\s+(?:called|known\s+as|termed|named)|or|i\.e\.,?|that\s+is,?|aka)\s/i;

/** A count a reader can check against the list that follows it: "_____ (two) … are A and B". */
const COUNT_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  "2": 2,
  "3": 3,
  "4": 4,
  "5": 5,
  "6": 6,
};

/** How many members the list after the blank names: "A and B", "A, B, and C". */
function listedAfterBlank(prompt: string): number {
  const after = prompt.slice(prompt.indexOf("_____") + 5);
  const list = /\b(?:are|were|include|included|is|was|:)\s+([^.;]+?)\s*[.;]?$/.exec(after)?.[1];
  if (!list || !/\band\b/.test(list)) return 0;
  const members = list.split(/,\s*(?:and\s+)?|\s+and\s+/).filter((x) => x.trim());
  // A list names things in a few words each; a clause after "was" is no list.
  return members.every((m) => m.trim().split(/\s+/).length <= 4) ? members.length : 0;
}

/** Names in a row, comma-separated: "Ash, Barnby, Coldwell, Denholme, …". */
const NAME_LIST = /(?:\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*,\s+){5,}/u;

export const JUDGED_GATE_RULES_19: Rule<GateView>[] = [
  {
    id: "gate.statement-names-itself",
    why: "'Coastal erosion is erosion of the coast', 'Lung disease is a disease of the lungs': a definition that repeats its own noun and its own modifier is true on its face; judged in round s29b, both judges called it obvious.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, coastal erosion is erosion that wears away the coast.",
        answer: "True",
        sentence: "Coastal erosion is erosion that wears away the coast.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, lung disease is a disease of the lungs.",
        answer: "True",
        sentence: "Lung disease is a disease of the lungs.",
      },
      {
        type: "flashcard",
        prompt: "What is coastal erosion?",
        answer: "erosion that wears away the coast",
        sentence: "Coastal erosion is erosion that wears away the coast.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What is coastal erosion?",
        answer: "erosion caused by waves and storms",
        sentence: "Coastal erosion is erosion caused by waves and storms.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, coastal erosion is erosion caused by waves and storms.",
        answer: "True",
        sentence: "Coastal erosion is erosion caused by waves and storms.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, river sand is a sand of rounded grains.",
        answer: "False",
        sentence: "River sand is a sand of sharp grains.",
      },
    ],
    test: (v) => {
      // "What is coastal erosion?" → "erosion that wears away the coast" says the same.
      const asked = WHAT_IS.exec(v.prompt);
      const stated =
        v.type === "true_false"
          ? v.answer === "True" && withoutFrame(v.prompt)
          : asked && `${asked[1]} is ${v.answer}`;
      if (!stated) return false;
      const m = NAMES_ITSELF.exec(stated);
      if (!m) return false;
      const [, modifier, noun, again, rest] = m as unknown as [
        string,
        string,
        string,
        string,
        string,
      ];
      if (noun.toLowerCase() !== again.toLowerCase()) return false;
      return (rest.match(/\p{L}{4,}/gu) ?? []).some((w) => sameStem(w, modifier));
    },
  },
  {
    id: "gate.gloss-after-blank",
    why: "'farmers who grow _____ (also called field beans)': the other name for the key stands right after the blank and gives it away; both judges called it obvious in round s29b. (A blank inside the gloss, 'Broad beans (also called _____)', asks the second name and stays.)",
    fires: [
      {
        type: "cloze",
        prompt: "Farmers who grow _____ (also called field beans) rotate them with wheat.",
        answer: "broad beans",
        sentence: "Farmers who grow broad beans (also called field beans) rotate them with wheat.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Broad beans (also called _____) are rotated with wheat.",
        answer: "field beans",
        sentence: "Broad beans (also called field beans) are rotated with wheat.",
      },
    ],
    test: (v) => v.type !== "true_false" && GLOSS_AFTER_BLANK.test(v.prompt),
  },
  {
    id: "gate.count-before-its-list",
    why: "'_____ drugs used for the swelling are Arbex and Corlin' → 'Two': the list right after the blank counts its own members. Judged in round s29c, both judges called such a count obvious.",
    fires: [
      {
        type: "cloze",
        prompt: "_____ grains grown on the terraces are barley and rye.",
        answer: "Two",
        sentence: "Two grains grown on the terraces are barley and rye.",
      },
      {
        type: "cloze",
        prompt: "The _____ towns on the river are Ash, Barnby, and Coldwell.",
        answer: "three",
        sentence: "The three towns on the river are Ash, Barnby, and Coldwell.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "_____ grains are grown on the terraces above the lake.",
        answer: "Two",
        sentence: "Two grains are grown on the terraces above the lake.",
      },
      {
        type: "cloze",
        prompt:
          "For _____ winters, the dam was the pride of the valley, and the town paid its keepers well.",
        answer: "two",
        sentence:
          "For two winters, the dam was the pride of the valley, and the town paid its keepers well.",
      },
      {
        type: "cloze",
        prompt: "_____ grains grown on the terraces are barley and rye.",
        answer: "Three",
        sentence: "Three grains grown on the terraces are barley and rye.",
      },
    ],
    test: (v) => {
      const n = COUNT_WORDS[v.answer.toLowerCase()];
      return v.type !== "true_false" && n !== undefined && listedAfterBlank(v.prompt) === n;
    },
  },
  {
    id: "gate.long-name-list",
    why: "'The towns that still hold a market are Ash, Barnby, Coldwell, Denholme, Eldwick, Farsley …': a statement or a blank in a long list of names asks the reader to check a roll call, not to know an idea; judged in round s29c, the judges would not hand such a statement out.",
    fires: [
      {
        type: "true_false",
        prompt:
          "According to the essay, the towns that still hold a market are Ash, Barnby, Coldwell, Denholme, Eldwick, Farsley, and Gomersal.",
        answer: "True",
        sentence:
          "The towns that still hold a market are Ash, Barnby, Coldwell, Denholme, Eldwick, Farsley, and Gomersal.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt:
          "According to the essay, the towns of Ash, Barnby and Coldwell still hold a market.",
        answer: "True",
        sentence: "The towns of Ash, Barnby and Coldwell still hold a market.",
      },
    ],
    test: (v) => NAME_LIST.test(v.prompt),
  },
];
