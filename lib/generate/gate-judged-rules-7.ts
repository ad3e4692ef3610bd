import { CONFIG } from "./config";
import { askedPart, shownPrompt } from "./gate-judged-rules-5";
import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const APOSTROPHE_BEFORE_WORD = /['’]\s+\p{Ll}/u;
/** A word's closing apostrophe not after an s ("the Court' said"), before a small word. */
const CLOSING_APOSTROPHE = /\p{L}+(?<![sS])['’](?=\s+\p{Ll})/gu;
/** "unlike hard shells…", "(in contrast to the loyal troops)": the statement names its own contrast. */
const CONTRAST_FRAME = /\b(?:unlike|in contrast (?:to|with)|as opposed to|compared (?:to|with))\b/i;

/**
 * Publishing rules from the blind judging of generator 2.4 on thirteen new real texts: false
 * statements whose own wording gives them away or hides the change, and the source's typography
 * (emphasis capitals, a stray quote mark) carried into what a student reads.
 */
export const JUDGED_GATE_RULES_7: Rule<GateView>[] = [
  {
    id: "gate.false-inside-own-contrast",
    why: "'Unlike hard shells, soft shells are rigid': a statement that sets up a contrast and then makes both sides alike is false by its own form.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, unlike river fish, sea fish can live in fresh water.",
        answer: "False",
        sentence: "Unlike river fish, sea fish cannot live in fresh water.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, the hired guards (in contrast to the brave volunteers) were brave.",
        answer: "False",
        sentence: "The hired guards (in contrast to the brave volunteers) were cowardly.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, unlike river fish, sea fish cannot live in fresh water.",
        answer: "True",
        sentence: "Unlike river fish, sea fish cannot live in fresh water.",
      },
    ],
    test: (v) =>
      v.type === "true_false" &&
      v.answer === "False" &&
      CONTRAST_FRAME.test(askedPart(shownPrompt(v)).asked),
  },
  {
    id: "gate.false-change-buried",
    why: "A false statement of fifty words that changes one of them ('a single string' → 'a double string') tests patience with a long sentence, not what the text says.",
    fires: [
      {
        type: "true_false",
        prompt:
          "According to the essay, note should be taken of the old field drum, much used from the tenth to the twelfth centuries; it was a deep, round, wooden shell, made of four staves, over which was stretched a double skin; small bells, shaken by the hand, were tied to its rim.",
        answer: "False",
        sentence:
          "Note should be taken of the old field drum, much used from the tenth to the twelfth centuries; it was a deep, round, wooden shell, made of four staves, over which was stretched a single skin; small bells, shaken by the hand, were tied to its rim.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the field drum had a double skin.",
        answer: "False",
        sentence: "The field drum had a single skin.",
      },
    ],
    test: (v) =>
      v.type === "true_false" &&
      v.answer === "False" &&
      askedPart(shownPrompt(v)).asked.split(/\s+/).length >
        CONFIG.judgedGate.longFalseStatementWords,
  },
  {
    id: "gate.emphasis-capitals",
    why: "'a mixture of the FEDERAL RULE': words set in capitals for emphasis in the source read as a formatting slip in an item.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, the towns kept the OLD CHARTER until the war.",
        answer: "True",
        sentence: "The towns kept the OLD CHARTER until the war.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The unions, especially the _____, backed the strike.",
        answer: "NUR",
        sentence: "The unions, especially the NUR, backed the strike.",
      },
    ],
    test: (v) => /\b[A-Z]{3,}\s+[A-Z]{3,}\b/.test(`${askedPart(shownPrompt(v)).asked} ${v.answer}`),
  },
  {
    id: "gate.stray-quote-in-context",
    why: "'the market is not perfect' there can be delays': a quote mark the source left where a colon or dash belonged reads as broken punctuation.",
    fires: [
      {
        type: "true_false",
        prompt:
          "Context: “The supply is not steady' there can be gaps.” According to the essay, shops keep extra stock.",
        answer: "True",
        sentence: "Shops keep extra stock.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt:
          "Context: “The players' shirts were red.” According to the essay, the team's 'home' ground was small.",
        answer: "True",
        sentence: "The team's 'home' ground was small.",
      },
    ],
    test: (v) => {
      const shown = shownPrompt(v);
      // Every match ends in an apostrophe before a space and a small letter: without one (most
      // prompts) the backtracking pattern is not run.
      if (!APOSTROPHE_BEFORE_WORD.test(shown)) return false;
      for (const m of shown.matchAll(CLOSING_APOSTROPHE)) {
        const upTo = shown.slice(0, m.index! + m[0].length);
        if (!/(?:^|[\s(“"])['‘]\p{L}/u.test(upTo)) return true;
      }
      return false;
    },
  },
  {
    id: "gate.remark-about-the-text",
    why: "'Mention should be made of the old drum; it had…', 'It should be noted that…': the writer's remark about the text itself is no fact to state or blank.",
    fires: [
      {
        type: "true_false",
        prompt:
          "According to the essay, mention should be made of the field drum; it had a single skin.",
        answer: "True",
        sentence: "Mention should be made of the field drum; it had a single skin.",
      },
      {
        type: "cloze",
        prompt: "It should also be noted that the drum had a single _____.",
        answer: "skin",
        sentence: "It should also be noted that the drum had a single skin.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the field drum had a single skin.",
        answer: "True",
        sentence: "The field drum had a single skin.",
      },
    ],
    test: (v) =>
      /^(?:mention (?:should|must|may)(?: also| further| here)? be made of|it (?:should|must|may)(?: also| further| here)? be (?:noted|mentioned|remembered|added) that|note that|it is (?:also )?worth (?:noting|mentioning) that)\b/i.test(
        askedPart(shownPrompt(v)).asked,
      ),
  },
];
