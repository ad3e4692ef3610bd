import { lexiconTag } from "./nlp";
import type { Rule } from "./rules";
import { isKnownWord } from "./spelling";
import { STOPWORDS } from "./text-utils";
import { TITLE_WORDS } from "./words";

/**
 * A sentence's first word keeps its capital after a frame ("According to the essay, …") when it
 * opens a name. These rules see the word and the text after it; frameStatement (make-items.ts)
 * asks them besides its own checks on the word alone (a lexicon name, a capital inside, an
 * initial). Judged, the lowered names read as formatting faults: "cancer.Net", "first Descents",
 * "death Crew Council", "mr. Theodore Thomas" (round s30e).
 */
export interface FirstWordView {
  /** The first word, letters and hyphens only ("Cancer" of "Cancer.Net"). */
  word: string;
  /** Everything after it in the sentence. */
  rest: string;
}

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const DOTTED_NAME = /^\.\p{Lu}/u;
/** What follows a title word before a name: its stop if abbreviated, then the name. */
const NAME_AFTER_TITLE = /^\.?\s+\p{Lu}\p{Ll}/u;
const NEXT_CAPITALISED = /^\s+(\p{Lu}\p{Ll}+)\b/u;
/** Words that count or pick out ("Several Senators", "Two Democrats"), or a verb or adverb opening a phrase ("Using Roman terms, …"): no part of a name. */
const COUNTING_TAG =
  /Determiner|Cardinal|Pronoun|Preposition|Conjunction|QuestionWord|Gerund|Infinitive|Tense|Adverb/;
const COUNTING_WORD =
  /^(?:many|several|most|few|various|numerous|certain|every|each|other|such|much|another|both|all|some|these|those)$/i;
/** Words that open a phrase before a name ("Like Beethoven, …", "Following Rome's lead …"). */
const PHRASE_OPENING =
  /^(?:like|unlike|despite|following|according|including|given|besides|beyond|near|toward|towards|amid|across|along|around|behind|beside|inside|outside|throughout|without|within|via|whereas|once|meanwhile)$/i;
const NAME_TAG = /Name|Place|City|Country|Region|Organization|Person|Demonym/;

export const FRAME_CAPITAL_RULES: Rule<FirstWordView>[] = [
  {
    id: "frame-capital.dotted-name",
    why: "'Harbour.Net offers …': a capital after a full stop inside the word is a site's or a firm's name; lowered, it reads 'harbour.Net'.",
    fires: [{ word: "Harbour", rest: ".Net offers advice on returning to work." }],
    passes: [{ word: "Harbour", rest: ". Net fishing is banned." }],
    test: (v) => DOTTED_NAME.test(v.rest),
  },
  {
    id: "frame-capital.title-before-name",
    why: "'Mayor Dana Ruiz', 'Mount Tambora', 'Mr. Dana Ruiz placed …': a title word, abbreviated or not, before a name is part of the name; lowered, it reads 'mr. Dana Ruiz'.",
    fires: [
      { word: "Mr", rest: ". Dana Ruiz placed the violas on the left." },
      { word: "Dr", rest: ". Ada Lind ran the clinic." },
    ],
    passes: [{ word: "Doctors", rest: " in the town ran the clinic." }],
    test: (v) => TITLE_WORDS.test(v.word) && NAME_AFTER_TITLE.test(v.rest),
  },
  {
    id: "frame-capital.name-goes-on",
    why: "'Silver Trails organises …', 'Night Crew Council was …': an ordinary word written with a capital after the first word shows the two are one name, and the first keeps its capital too ('silver Trails' is a fault). Counting words ('Several Senators') and function words are no part of one.",
    fires: [
      { word: "First", rest: " Harvests runs farm camps for teenagers." },
      { word: "Night", rest: " Crew Council was a wrestling team in the league." },
    ],
    passes: [
      { word: "Several", rest: " Senators voted against the bill." },
      { word: "Like", rest: " Beethoven, the young composer wrote for the piano." },
      { word: "Using", rest: " Roman terms, we could call the council a senate." },
      { word: "The", rest: " Council met in May." },
      { word: "Two", rest: " Democrats voted against the bill." },
      { word: "Farmers", rest: " in the valley grow rice." },
    ],
    test: (v) => {
      const next = v.rest.match(NEXT_CAPITALISED)?.[1];
      if (!next) return false;
      const w = v.word.toLowerCase();
      if (STOPWORDS.has(w) || COUNTING_WORD.test(w) || PHRASE_OPENING.test(w)) return false;
      const tag = lexiconTag(v.word);
      if (tag !== undefined && COUNTING_TAG.test(String(tag))) return false;
      // The next word's capital is the name's, not its own: it is an everyday word, no name.
      if (NAME_TAG.test(String(lexiconTag(next) ?? ""))) return false;
      const lower = next.toLowerCase();
      return isKnownWord(lower) || isKnownWord(lower.replace(/s$/, ""));
    },
  },
];

/** Does the first word open a name that a frame before it must not lower? */
export function opensName(word: string, rest: string): boolean {
  return FRAME_CAPITAL_RULES.some((r) => Boolean(r.test({ word, rest })));
}
