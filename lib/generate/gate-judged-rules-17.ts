import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { asksWhatOrWho } from "./gate-judged-rules-14";
import { ACRONYM_GLUE } from "./gate-blank-rules-3";
import { contentWords } from "./make-distractors";
import { CONFIG } from "./config";
import { BLANKED } from "./gate-judged-rules-16";
import { pluralStem } from "./text-utils";

/**
 * Rules from session 14 on keys a reader knows before reading (the essay's own subject, the
 * key's initials beside it) and a subject cut before the phrase that names it.
 */

// The gate asks about every candidate of one essay in turn: its terms are counted once.
let countedEssay = "";
let countedTop = new Set<string>();
/** The essay's most used content words (`CONFIG.judgedGate.topicTerms` of them), as terms. */
function topicTerms(essay: string): Set<string> {
  if (essay === countedEssay) return countedTop;
  const counts = new Map<string, number>();
  for (const w of contentWords(essay)) {
    const term = pluralStem(w);
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  countedTop = new Set(
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, CONFIG.judgedGate.topicTerms)
      .map(([t]) => t),
  );
  countedEssay = essay;
  return countedTop;
}

/** "National Seed Bank" → "NSB": the initials an acronym of the key would have. */
function initialsOf(key: string): string {
  return (key.match(/[A-Za-z][\w'’]*/g) ?? [])
    .filter((w) => !ACRONYM_GLUE.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

export const JUDGED_GATE_RULES_17: Rule<GateView>[] = [
  {
    id: "gate.key-initials-in-prompt",
    why: "'… trials supported by the _____ at NSB-funded centres' → 'National Seed Bank': the key's own initials stand in the item, so the blank spells itself. Both judges called it obvious.",
    fires: [
      {
        type: "cloze",
        prompt: "Find trials supported by the _____ at NSB-funded centres.",
        answer: "National Seed Bank",
        sentence: "Find trials supported by the National Seed Bank at NSB-funded centres.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Find trials supported by the _____ at local centres.",
        answer: "National Seed Bank",
        sentence: "Find trials supported by the National Seed Bank at local centres.",
      },
    ],
    test: (v) => {
      if (!BLANKED.test(v.type) || !/\s/.test(v.answer.trim())) return false;
      const initials = initialsOf(v.answer);
      return initials.length >= 2 && new RegExp(`\\b${initials}\\b`).test(v.prompt);
    },
  },
  {
    id: "gate.answer-opens-on-naming",
    why: "'What did surveys do?' → 'called soundings help find the channel': the sentence's subject ran on into the phrase that names it ('surveys called soundings'), and the question cut it there. Both judges called it nonsense.",
    fires: [
      {
        type: "short_answer",
        prompt: "What do river surveys do?",
        answer: "called soundings help find the deepest channel",
        sentence: "River surveys called soundings help find the deepest channel.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "What do river surveys called soundings do?",
        answer: "help find the deepest channel",
        sentence: "River surveys called soundings help find the deepest channel.",
      },
    ],
    test: (v) => asksWhatOrWho(v) && /^(?:called|named|known\s+as|termed|dubbed)\b/i.test(v.answer),
  },
  {
    id: "gate.topic-term-key",
    why: "In an essay on cancer care, 'What can cause side effects? → Cancer treatment': a key made only of the words the essay uses most is what anyone who knows its subject would answer. Over six judged rounds both judges accepted 4 of 15 such keys.",
    fires: [
      {
        type: "short_answer",
        prompt: "What can cause a sore throat and a cough?",
        answer: "Cold weather",
        sentence: "Cold weather can cause a sore throat and a cough.",
        essay:
          "Cold weather is hard on the body. In cold weather the air is dry. Weather that is cold and dry dries the throat. Cold weather can cause a sore throat and a cough. Dress for the weather, and for the cold.",
      },
      {
        type: "short_answer",
        prompt: "What became a staple of the hill farmers?",
        answer: "The humble porridge",
        sentence: "The humble porridge became a staple of the hill farmers.",
        essay:
          "Porridge is old. Porridge was cooked in iron pots. The humble porridge became a staple of the hill farmers. Oat porridge needs salt. Farmers ate porridge at dawn.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Cold weather can cause a sore throat within _____.",
        answer: "2 days",
        sentence: "Cold weather can cause a sore throat within 2 days.",
        essay:
          "Cold weather is hard on the body over days. In cold weather the air is dry for days. Weather that is cold and dry dries the throat. Cold weather can cause a sore throat within 2 days.",
      },
      {
        type: "short_answer",
        prompt: "What can cause a sore throat and a cough?",
        answer: "Dry air from heaters",
        sentence: "Dry air from heaters can cause a sore throat and a cough.",
        essay:
          "Cold weather is hard on the body. In cold weather the air is dry. Weather that is cold and dry dries the throat. Dry air from heaters can cause a sore throat and a cough. Dress for the weather, and for the cold.",
      },
    ],
    test: (v) => {
      // "about 4 weeks": an amount is asked for its number, however common its unit.
      if (v.type === "true_false" || !v.essay || /\d/.test(v.answer)) return false;
      const words = contentWords(v.answer);
      if (words.length === 0) return false;
      const top = topicTerms(v.essay);
      if (words.every((w) => top.has(pluralStem(w)))) return true;
      // "The humble gazpacho" in an essay on gazpacho: a word of praise before the essay's own
      // subject leaves the subject as the answer.
      return words.length <= 2 && pluralStem(words[words.length - 1]!) === [...top][0];
    },
  },
];
