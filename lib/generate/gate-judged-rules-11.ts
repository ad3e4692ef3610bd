import { distance } from "fastest-levenshtein";
import { askedPart } from "./gate-judged-rules-5";
import { lexiconTag } from "./nlp";
import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";

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

/** "Why will …?", "Why can …?": a purpose asked of a capability or a plan. */
const WHY_MODAL = /^Why (?:can|could|will|would|should|must|may|might|shall)\b/;
const QUESTION_TYPES = new Set(["flashcard", "short_answer"]);

/** Words that open a clause or a phrase, capitalised or not: no name goes on through them. */
const NOT_A_NAME_WORD =
  /^(?:The|A|An|In|On|At|By|For|From|To|With|As|And|But|Or|After|Before|During|Since|Until|When|While|If|Its|Their|His|Her|This|That)$/;
/** "the Removal Act of _____", "War of _____", "post-World _____", "St. _____": a name the blank ends. */
function blankEndsName(prompt: string, answer: string): boolean {
  const at = prompt.indexOf("_____");
  if (at <= 0 || !/^[\p{Lu}\d]/u.test(answer)) return false;
  const toks = prompt.slice(0, at).trim().split(/\s+/);
  const [prev = "", prev2 = ""] = [toks[toks.length - 1], toks[toks.length - 2]];
  const named = (w: string) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w) && !NOT_A_NAME_WORD.test(w);
  if (prev === "St." || /-\p{Lu}\p{Ll}+$/u.test(prev)) return true;
  if (/^(?:of|de)$/.test(prev)) return toks.length > 2 && named(prev2);
  return toks.length > 1 && named(prev);
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
    id: "gate.when-clause-key",
    why: "'When did the singer enter the hall of fame?' → 'When he broke the record', 'When had astronomers assumed?': a When-question answered by a When-clause is cut from a sentence whose time is an event, and it reads as garbled or asks the wrong thing. Over every judged round both judges accepted 3 of 12, on ten texts ('In what year …?' is not this).",
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
    why: "'Why can health workers use the tool?' → 'To calculate a risk', 'Why will the member have to wait?': a purpose asked of what someone can, will or must do reads as asking the wrong thing (what the tool is for, not why one may use it). Over every judged round both judges accepted 3 of 12, on ten texts.",
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
];
