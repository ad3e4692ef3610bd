import { CONFIG } from "./config";
import type { GateView } from "./gate-rules";
import { lexiconTag } from "./nlp";
import type { Rule } from "./rules";
import { NUMBER_WORDS } from "./text-utils";

/**
 * Publishing rules from reading every item on new, unseen real texts (news blogs, encyclopedia
 * scrapes, public-domain explainers) as a strict teacher: what leaks from a web paste into the
 * shown text, what the source itself misspells, and questions whose form gives them away.
 */

const BLANK = "_____";

/** The text a student reads: the prompt, or for a statement its sentence after the frame. */
const shown = (v: GateView) => v.prompt;

/**
 * Residue of the page the text was pasted from: TeX ("{\displaystyle x}"), a wiki link written
 * with underscores ("supply_chains"), two sentences run together at a colon ("blog:Xiao"), a
 * doubled full stop ("consciousness..and").
 */
const MARKUP_RESIDUE =
  /\\[a-z]{3,}|[{}]|\p{L}_\p{L}|\p{Ll}:\p{Lu}|[^.]\.\.(?!\.)\s*\p{L}|\.\.\s*$|(?<!\.)\.\.\.\s*$/u;

/** A list entry: a bullet, or "Label: value"/"Name—The role" with no verb before the mark. */
const BULLET = /^\s*(?:[*•·▪o-]|\d+[.)])\s+/u;
const LABEL_ENTRY = /^[\p{L}\p{N} ,'’()-]{2,60}?\s*(?::|—|–| - )\s*\p{L}/u;
const FINITE_VERB =
  /\b(?:is|are|was|were|has|have|had|do|does|did|can|could|will|would|may|might|must|should|shall)\b/i;

/** The text talks about itself: what a reader will learn, what must now be considered. */
const META =
  /\b(?:we (?:have|must|shall|will|now) (?:now )?(?:to )?(?:consider|turn to|examine|discuss|look at)|let us (?:now )?(?:consider|turn|look|examine)|(?:is|are) (?:perhaps )?(?:the )?(?:first|next|last)? ?(?:\w+ )?to be considered|in this (?:section|chapter|article|lesson|video), you will|this (?:video|section|chapter|lesson|page) (?:will )?(?:explains?|describes?|shows?)|check out (?:some of )?these)\b/i;

/** "How has each polyp a saclike body…": "has" of possession turned into an auxiliary. */
const POSSESSIVE_HAVE_QUESTION =
  /^(?:how|why|when|where|what)\s+(?:has|have|had)\s+[^?]*?\b(?:a|an|no)\s+\p{L}/iu;
const HAVE_POSSESSION = /\b(?:has|have|had)\s+(?:a|an|no|two|three|four|many|several|some)\s/i;
const PERFECT = /\b(?:has|have|had)\s+(?:\w+ly\s+)?\p{L}+(?:ed|en|wn|ght|ung|one)\b/iu;

/** A count blank ("three parts") whose list follows it, so the student counts instead of recalls. */
function countGivenAway(v: GateView): boolean {
  if (!v.prompt.includes(BLANK)) return false;
  const key = v.answer.trim().toLowerCase().split(/\s+/);
  const n = NUMBER_WORDS[key[0] ?? ""] ?? (/^\d+$/.test(key[0] ?? "") ? Number(key[0]) : NaN);
  if (!(n >= 2 && n <= 12)) return false;
  const after = v.prompt.slice(v.prompt.indexOf(BLANK) + BLANK.length);
  if (/^\s*[:—–]/.test(after)) return true;
  return n === 2 && /\bthe first\b[^.]*\bthe (?:second|other)\b/i.test(after);
}

const LENGTH_WORDS = CONFIG.precisionGate.minTypoWordLength;

/** Every word of the essay with its count, once per essay. */
const counted = new Map<string, Map<string, number>>();
function essayWords(essay: string): Map<string, number> {
  const known = counted.get(essay);
  if (known) return known;
  const m = new Map<string, number>();
  for (const w of essay.toLowerCase().match(/\p{L}+/gu) ?? []) m.set(w, (m.get(w) ?? 0) + 1);
  if (counted.size > 32) counted.clear();
  counted.set(essay, m);
  return m;
}

/** The word without one inner letter ("blogosphere" → "blogospere"); the last letter is an ending. */
function innerDeletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < w.length - 1; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/**
 * A word written once, unknown to the lexicon, one inner letter away from a word the essay writes
 * more than once: the source's own slip ("blogospere", "democractic"), which a
 * student would blame on the quiz.
 */
export function misspelt(text: string, essay: string): string | null {
  const words = essayWords(essay);
  for (const raw of text.match(/(?<![\p{Lu}\p{L}])\p{Ll}{4,}/gu) ?? []) {
    const w = raw.toLowerCase();
    if (w.length < LENGTH_WORDS || (words.get(w) ?? 0) > 1 || lexiconTag(w)) continue;
    if (innerDeletions(w).some((d) => (words.get(d) ?? 0) > 1)) return raw;
    for (const [v, count] of words) {
      if (count > 1 && v.length === w.length + 1 && innerDeletions(v).includes(w)) return raw;
    }
  }
  return null;
}

export const PRECISION_GATE_RULES: Rule<GateView>[] = [
  {
    id: "gate.markup-residue",
    why: "TeX, wiki-link underscores, a colon with no space between two sentences or a doubled full stop are the pasted page's residue: the student sees broken formatting.",
    fires: [
      {
        type: "true_false",
        prompt:
          "According to the essay, the model adds a cost term {\\displaystyle c_{k}} per period.",
        answer: "True",
        sentence: "The model adds a cost term {\\displaystyle c_{k}} per period.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the ledger is an academic_journal on storage.",
        answer: "True",
        sentence: "The ledger is an academic_journal on storage.",
      },
      {
        type: "cloze",
        prompt: "The mayor summed it up on her blog:Farmers in _____ lost their harvest.",
        answer: "Dunmore",
        sentence: "The mayor summed it up on her blog:Farmers in Dunmore lost their harvest.",
      },
      {
        type: "cloze",
        prompt: "Radio still shapes the news..and in the _____ it reaches most homes.",
        answer: "valley",
        sentence: "Radio still shapes the news..and in the valley it reaches most homes.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The mayor wrote: farmers in _____ lost their harvest at 6:30.",
        answer: "Dunmore",
        sentence: "The mayor wrote: farmers in Dunmore lost their harvest at 6:30.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the ferry docked at the U.S. border.",
        answer: "True",
        sentence: "The ferry docked at the U.S. border.",
      },
    ],
    test: (v) => MARKUP_RESIDUE.test(shown(v).replaceAll(BLANK, "blank")),
  },
  {
    id: "gate.list-entry",
    why: "A bullet or a 'Label: value' entry ('Demand is random: classical Newsvendor model') is a line of a list, not a sentence: asked alone it reads as a fragment.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, costs: variable versus fixed.",
        answer: "True",
        sentence: "* Costs: variable versus fixed",
      },
      {
        type: "cloze",
        prompt: "Harlan Voss—The _____ who keeps the lighthouse.",
        answer: "old sailor",
        sentence: "Harlan Voss—The old sailor who keeps the lighthouse.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the mill had two wheels: one for grain and one for wool.",
        answer: "True",
        sentence: "The mill had two wheels: one for grain and one for wool.",
      },
      {
        type: "cloze",
        prompt: "The harbour has three uses: fishing, _____ and trade.",
        answer: "ferries",
        sentence: "The harbour has three uses: fishing, ferries and trade.",
      },
    ],
    test: (v) => {
      const s = v.sentence.trim();
      if (BULLET.test(s)) return true;
      const m = LABEL_ENTRY.exec(s);
      return m !== null && !FINITE_VERB.test(m[0]) && !/\s\p{Ll}+s\s/u.test(m[0].slice(0, -1));
    },
  },
  {
    id: "gate.source-misspelling",
    why: "The source's own slip ('blogospere', 'democractic') copied into the item reads as the quiz's mistake; the stored sentence stays verbatim, so the item is held back instead.",
    fires: [
      {
        type: "cloze",
        prompt: "Bloggers in the blogospere rarely compete with _____.",
        answer: "newspapers",
        sentence: "Bloggers in the blogospere rarely compete with newspapers.",
        essay:
          "The blogosphere grew fast. The blogosphere is loud. Bloggers in the blogospere rarely compete with newspapers.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the council held a democractic vote.",
        answer: "True",
        sentence: "The council held a democractic vote.",
        essay: "A democratic town. The council held a democractic vote. Democratic habits last.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Polyps build the reef from _____.",
        answer: "limestone",
        sentence: "Polyps build the reef from limestone.",
        essay: "A polyp is small. Polyps build the reef from limestone. Each polyp feeds at night.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, zooxanthellae feed the coral.",
        answer: "True",
        sentence: "Zooxanthellae feed the coral.",
        essay: "Zooxanthellae feed the coral.",
      },
    ],
    test: (v) => v.essay !== undefined && misspelt(shown(v), v.essay) !== null,
  },
  {
    id: "gate.meta-sentence",
    why: "'We have now to consider…', 'This video will explain…': the text talking about itself states nothing a student could learn.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, we have now to consider the bridges of the Middle Ages.",
        answer: "True",
        sentence: "We have now to consider the bridges of the Middle Ages.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, in river towns, the ferry is perhaps the first boat to be considered.",
        answer: "True",
        sentence: "In river towns, the ferry is perhaps the first boat to be considered.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, engineers consider the bridge safe.",
        answer: "True",
        sentence: "Engineers consider the bridge safe.",
      },
    ],
    test: (v) => META.test(v.sentence),
  },
  {
    id: "gate.possession-as-auxiliary",
    why: "'How has each polyp a saclike body … encircled?': a question that turns the 'has' of possession into an auxiliary is not English.",
    fires: [
      {
        type: "short_answer",
        prompt: "Why has the lock a movable gate, therefore time is lost?",
        answer: "To let boats pass",
        sentence: "The lock has a movable gate, therefore time is lost to let boats pass.",
      },
      {
        type: "flashcard",
        prompt: "How has each cell a thin wall and a core surrounded?",
        answer: "By fluid",
        sentence: "Each cell has a thin wall and a core surrounded by fluid.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "Why has the town raised its levee?",
        answer: "Because of the floods",
        sentence: "The town has raised its levee because of the floods.",
      },
    ],
    test: (v) =>
      POSSESSIVE_HAVE_QUESTION.test(v.prompt) &&
      HAVE_POSSESSION.test(v.sentence) &&
      !PERFECT.test(v.sentence),
  },
  {
    id: "gate.count-given-by-list",
    why: "'The plan has _____: a, b, and c' → 'three parts': the list after the blank counts the answer out for the student.",
    fires: [
      {
        type: "mcq",
        prompt:
          "The harbour might be thought of as having _____: a dock, a market, and a lighthouse.",
        answer: "three parts",
        sentence:
          "The harbour might be thought of as having three parts: a dock, a market, and a lighthouse.",
      },
      {
        type: "cloze",
        prompt: "The boats were originally of _____, the first a raft; the second a canoe.",
        answer: "two types",
        sentence: "The boats were originally of two types, the first a raft; the second a canoe.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The harbour has _____ that serve the fishing fleet.",
        answer: "three docks",
        sentence: "The harbour has three docks that serve the fishing fleet.",
      },
    ],
    test: countGivenAway,
  },
  {
    id: "gate.blank-after-possessive",
    why: "'In its _____ it is two hundred years old': a blank right after 'its/their/his/her' asks about a thing whose owner the item does not name.",
    fires: [
      {
        type: "cloze",
        prompt: "In its _____ the lock is about two hundred years old.",
        answer: "present shape",
        sentence: "In its present shape the lock is about two hundred years old.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The lock keeps its _____ gate from 1820.",
        answer: "oak",
        sentence: "The lock keeps its oak gate from 1820.",
      },
    ],
    test: (v) => /^\s*\p{L}+\s+(?:its|their)\s+_____/iu.test(v.prompt),
  },
  {
    id: "gate.bare-comparative",
    why: "'The change is more striking': more or less than what? A comparison whose other side is in another sentence cannot be judged alone.",
    fires: [
      {
        type: "true_false",
        prompt:
          "According to the essay, with the river boats the change in modern times is less striking.",
        answer: "False",
        sentence: "With the river boats the change in modern times is more striking.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, river boats are more stable than rafts.",
        answer: "True",
        sentence: "River boats are more stable than rafts.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, larger boats must rely on sails.",
        answer: "True",
        sentence: "Larger boats must rely on sails.",
      },
    ],
    test: (v) =>
      v.type === "true_false" &&
      /\b(?:is|are|was|were|be|becomes?|became)\s+(?:much\s+|far\s+|even\s+)?(?:more|less)\s+\p{L}+\s*[.!]?$/iu.test(
        v.sentence.trim(),
      ) &&
      !/\bthan\b/i.test(v.sentence),
  },
  {
    id: "gate.what-is-a-name",
    why: "'What is Florida?' → 'the only state with…': a what-is card about a proper name asks for a description no student would give; the name is what a teacher would ask for.",
    fires: [
      {
        type: "flashcard",
        prompt: "What is Norland?",
        answer: "the only province in the north to have deep harbours near its coasts",
        sentence:
          "Norland is the only province in the north to have deep harbours near its coasts.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What is a polder?",
        answer: "land reclaimed from the sea and protected by dikes",
        sentence: "A polder is land reclaimed from the sea and protected by dikes.",
      },
    ],
    test: (v) => /^(?:[Ww]hat|[Ww]ho) (?:is|was) \p{Lu}\p{Ll}+\?$/u.test(v.prompt.trim()),
  },
  {
    id: "gate.key-with-verb",
    why: "A blank that swallows the clause's verb ('_____ approximately 25 percent' → 'coral reefs support') asks for a half-sentence, not a fact.",
    fires: [
      {
        type: "cloze",
        prompt: "Often called the gardens of the sea, _____ about a third of all fish.",
        answer: "kelp forests support",
        sentence:
          "Often called the gardens of the sea, kelp forests support about a third of all fish.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Often called the gardens of the sea, _____ support about a third of all fish.",
        answer: "kelp forests",
        sentence:
          "Often called the gardens of the sea, kelp forests support about a third of all fish.",
      },
    ],
    test: (v) => {
      if (
        !v.prompt.includes(BLANK) ||
        !/^_____\s+\p{Ll}/u.test(v.prompt.slice(v.prompt.indexOf(BLANK)))
      )
        return false;
      const ws = v.answer.trim().split(/\s+/);
      const last = ws[ws.length - 1]?.toLowerCase() ?? "";
      return ws.length >= 2 && /^(?:Verb|PresentTense|Infinitive)$/.test(lexiconTag(last) ?? "");
    },
  },
  {
    id: "gate.enumeration-member",
    why: "'One issue is infrequent large orders', 'A second issue is…': one member of a list whose subject ('issue' of what?) the sentence never names.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, one issue is rare large orders vs. frequent small orders.",
        answer: "True",
        sentence: "One issue is rare large orders vs. frequent small orders.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, a second problem comes from changes in demand.",
        answer: "True",
        sentence: "A second problem comes from changes in demand.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, one issue of storage is the cost of rent.",
        answer: "True",
        sentence: "One issue of storage is the cost of rent.",
      },
    ],
    test: (v) =>
      /^(?:one|another|a (?:second|third|fourth|further|final)|the (?:second|third|other|last))\s+(?:issue|problem|example|reason|factor|feature|point|aspect|way|type|kind|question)s?\s+(?!of\b|in\b|for\b|with\b)\p{Ll}/iu.test(
        v.sentence.trim(),
      ),
  },
];
