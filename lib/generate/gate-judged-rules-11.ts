import { distance } from "fastest-levenshtein";
import { CONFIG } from "./config";
import { askedPart } from "./gate-judged-rules-5";
import { lexiconTag } from "./nlp";
import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { mentions } from "./text-utils";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Form and give-away rules from the blind rounds of session 11 (s17r, s18r), each checked on
 * every judged item of every round before it was kept.
 */

/** "the the", "of of": a function word doubled by the source, copied into the item. */
const DOUBLED_WORD = /\b(the|a|an|of|to|in|on|for|with|and|by|at|from)\s+\1\b/i;
/** "What was the?": a question that ends on its article, the name after it lost. */
const ENDS_ON_ARTICLE = /\b(?:the|a|an|its|their|his|her)\?$/i;
/** A handle or an address shown in the prompt ("@riverwatcher", "www.harbour.org"). */
const HANDLE = /@[\w.]{3,}|\bwww\.\S+|\bhttps?:\/\/\S+/gi;
const LETTERS = /[^\p{L}]+/gu;
/** A word of a name a question could echo: long enough that one letter apart is no accident. */
const NAME_WORD = /\p{Lu}\p{Ll}{4,}/gu;

/** Lexicon tags of places and bodies famous enough to be in the tagger's lexicon. */
const FAMOUS_TAG = /Country|City|Region|Place|Organization/;
const WORLD_WAR = /^World War (?:I|II|One|Two)$/i;
/** A famous place or body as a key, the preposition or article before it aside. */
function famousKey(answer: string): boolean {
  const key = answer.replace(/^(?:the|in|on|at|to|from)\s+/i, "").trim();
  return WORLD_WAR.test(key) || FAMOUS_TAG.test(String(lexiconTag(key) ?? ""));
}

/** The essay in lower case, kept for the essay being gated: every cloze of it asks again. */
let lowered: { essay: string; lower: string } | null = null;
function lowerEssay(essay: string): string {
  if (lowered?.essay !== essay) lowered = { essay, lower: essay.toLowerCase() };
  return lowered.lower;
}

/** "weakened _____" → "immune system" where the essay says "immune system" three times or more. */
function repeatedPhraseKey(answer: string, essay: string | undefined): boolean {
  if (!essay || !STARTS_LOWER.test(answer) || answer.split(/\s+/).length < 2) return false;
  return (
    mentions(lowerEssay(essay), answer.toLowerCase()) >= CONFIG.judgedGate.repeatedPhraseMentions
  );
}

const shownText = (v: GateView) =>
  v.type === "true_false" ? askedPart(v.prompt).asked : `${askedPart(v.prompt).asked} ${v.answer}`;

export const JUDGED_GATE_RULES_11: Rule<GateView>[] = [
  {
    id: "gate.doubled-word",
    why: "'broke the the saves record': the source's doubled word copied into an item reads as the quiz's own slip; the stored sentence stays verbatim, so the item is held back.",
    fires: [
      {
        type: "short_answer",
        prompt: "When did the mill reach its record?",
        answer: "When it broke the the old record for a single week",
        sentence: "The mill reached its record when it broke the the old record for a single week.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "When did the mill reach its record?",
        answer: "When it broke the old record for a single week",
        sentence: "The mill reached its record when it broke the old record for a single week.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, what it had had was a week of rain.",
        answer: "True",
        sentence: "What it had had was a week of rain.",
      },
    ],
    test: (v) => DOUBLED_WORD.test(shownText(v)),
  },
  {
    id: "gate.question-ends-on-article",
    why: "'What was the?': a question that stops on 'the' or 'its' has lost the name the scrape dropped after it; it cannot be read.",
    fires: [
      {
        type: "short_answer",
        prompt: "What was the?",
        answer: "a revolt in the spring of 1381",
        sentence: "The was a revolt in the spring of 1381.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "What was the revolt of 1381?",
        answer: "a rising of peasants against a poll tax",
        sentence: "The revolt of 1381 was a rising of peasants against a poll tax.",
      },
    ],
    test: (v) => v.type !== "true_false" && ENDS_ON_ARTICLE.test(askedPart(v.prompt).asked),
  },
  {
    id: "gate.key-in-handle",
    why: "'_____ (@tomvalerider) wishes him well' → 'Tom Vale': a handle or address in the prompt spells the key out.",
    fires: [
      {
        type: "cloze",
        prompt: "_____ (@tomvalerider), who backs the rival club, wishes him a quick recovery.",
        answer: "Tom Vale",
        sentence:
          "Tom Vale (@tomvalerider), who backs the rival club, wishes him a quick recovery.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "_____ (@riverfan22), who backs the rival club, wishes him a quick recovery.",
        answer: "Tom Vale",
        sentence: "Tom Vale (@riverfan22), who backs the rival club, wishes him a quick recovery.",
      },
    ],
    test: (v) => {
      if (v.type === "true_false") return false;
      const key = v.answer.toLowerCase().replace(LETTERS, "");
      if (key.length < 4) return false;
      const handles = askedPart(v.prompt).asked.match(HANDLE) ?? [];
      return handles.some((h) => h.toLowerCase().replace(LETTERS, "").includes(key));
    },
  },
  {
    id: "gate.key-echoes-name",
    why: "'By whom was the Leavers machine invented?' → 'John Levers': a key whose name the question already spells, but for a letter, is answered by the question.",
    fires: [
      {
        type: "short_answer",
        prompt: "By whom was the Harlow loom invented?",
        answer: "Edwin Harlowe",
        sentence: "The Harlow loom was invented by Edwin Harlowe.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "By whom was the Harlow loom invented?",
        answer: "Edwin Marsh",
        sentence: "The Harlow loom was invented by Edwin Marsh.",
      },
      {
        type: "flashcard",
        prompt: "What is the Harlow loom?",
        answer: "a loom for narrow lace",
        sentence: "The Harlow loom is a loom for narrow lace.",
      },
    ],
    test: (v) => {
      if (v.type === "true_false" || v.prompt.includes("_____")) return false;
      const asked = askedPart(v.prompt).asked.match(NAME_WORD) ?? [];
      const key = v.answer.match(NAME_WORD) ?? [];
      return key.some((k) =>
        asked.some((a) => a !== k && distance(a.toLowerCase(), k.toLowerCase()) <= 1),
      );
    },
  },
  {
    id: "gate.famous-entity-key",
    why: "'the one-child policy in _____' → 'China', 'Where did humans originate?' → 'Africa': a key that is a country, city, region or body famous enough for the tagger's lexicon, or a world war, is answered from what everyone knows more often than from the text. Over every judged round such keys were accepted 19 times in 55 (other keys: 612 in 1,116).",
    fires: [
      {
        type: "cloze",
        prompt: "The llama herds of the high plains were first tamed in _____.",
        answer: "Peru",
        sentence: "The llama herds of the high plains were first tamed in Peru.",
      },
      {
        type: "mcq",
        prompt: "Trade along the coast slowed during _____.",
        answer: "World War II",
        sentence: "Trade along the coast slowed during World War II.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The llama herds of the high plains were first tamed by the _____.",
        answer: "Quellani herders",
        sentence: "The llama herds of the high plains were first tamed by the Quellani herders.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the llama was first tamed in Peru.",
        answer: "True",
        sentence: "The llama was first tamed in Peru.",
      },
    ],
    test: (v) => v.type !== "true_false" && famousKey(v.answer),
  },
  {
    id: "gate.repeated-phrase-key",
    why: "'a weakened _____' → 'immune system', 'shift on the ground due to _____' → 'climate change': a blank on a common phrase the essay says three times or more is filled by the phrase's habit, not by reading this sentence. Over every judged round both judges accepted 4 of 21 such blanks, on fifteen texts.",
    fires: [
      {
        type: "cloze",
        prompt: "Frost in April can damage the _____ of the valley.",
        answer: "apple orchards",
        sentence: "Frost in April can damage the apple orchards of the valley.",
        essay:
          "The apple orchards fill the valley. Frost in April can damage the apple orchards of the valley. The apple orchards are old.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Frost in April can damage the _____ of the valley.",
        answer: "apple orchards",
        sentence: "Frost in April can damage the apple orchards of the valley.",
        essay: "Frost in April can damage the apple orchards of the valley. The pears do better.",
      },
    ],
    test: (v) => v.type === "cloze" && repeatedPhraseKey(v.answer, v.essay),
  },
];
