import type { Rule } from "./rules";
import { analyze, lexiconTag, type Token } from "./nlp";
import { isKnownWord } from "./spelling";
import { GLOSS_RUNS_ON, splitSentences } from "./split-text";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const CAPITALISED_OPENING = /^(\p{Lu}[\p{L}'’&-]*)(\s+\p{Lu})?/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;
const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * Reported text (news, press releases, round-ups): rules for the shapes such text gives that
 * argued essays do not. A paragraph that lists instances ("Brand A brings back … . Actors B and
 * C reenact …") has no sentence that states its point; a card that asks what the author
 * "argues" about a named person describes, it argues nothing; a speaker named mid-sentence
 * ("…, Varga said.") keeps the capitals the writer gave the name.
 */

/** A tie before the subject ("And the foundation …", "But Lind …"). */
const TIE = /^(?:and|but|yet|also|meanwhile|still|now)\b,?\s+/i;
/** A fronted phrase before the subject: "For the third year in a row, …", "In 2020, …". */
const FRONTED =
  /^(?:for|in|on|at|after|before|during|since|over|across|last|this|earlier|later|as of|with)\b[^,;:—]{0,60},\s+/i;
const DETERMINER = /^(?:the|a|an)\s+/i;
/** A sentence that goes on about the actor before: "He …", "It does so …", "Their …". */
const ONGOING = /^(?:he|she|it|they|his|her|its|their|this|these|that|those)\b/i;
const NAME_TAG = /Name|Place|City|Country|Region|Organization|ProperNoun|Person/;

/**
 * The name a sentence opens on as its subject, or null: "Kettleworks brings …" → "Kettleworks",
 * "For the third year in a row, Hale Row — … — is running …" → "Hale", "And the Foundation
 * to …" → "Foundation", not "The ad …" or "Most ads …". A capital after a tie, a fronted phrase
 * or "the" is the writer's; a sentence's first word is a name when the next word is capitalised
 * too ("Ada Brandt …"), the lexicon knows it as one, or no dictionary does.
 */
export function namedSubject(sentence: string): string | null {
  let s = sentence.trim().replace(/^[“"‘']+/, "");
  let mid = false;
  const strip = (re: RegExp) => {
    const m = re.exec(s);
    if (!m) return;
    s = s.slice(m[0].length);
    mid = true;
  };
  strip(TIE);
  strip(FRONTED);
  strip(DETERMINER);
  const m = CAPITALISED_OPENING.exec(s);
  if (!m) return null;
  const w = m[1]!.replace(/['’]s$/u, "");
  if (w === "I" || /^(?:The|A|An|This|These|That|Those|It|He|She|They|We|You)$/.test(w))
    return null;
  // "The JUST causes …": a stressed word in capitals is no name ("NASA" is).
  if (ALL_CAPITALS.test(w) && isKnownWord(w)) return null;
  if (mid || m[2]) return w;
  const tag = lexiconTag(w.toLowerCase());
  if (tag && NAME_TAG.test(tag)) return w;
  return LETTERS_ONLY.test(w) && !isKnownWord(w) ? w : null;
}

export interface InstanceInput {
  /** The paragraph's sentences as written. */
  sentences: string[];
  /** The sentence taken as its point. */
  central: number;
}

/**
 * The paragraph's chosen point is one instance of a list: it opens on a name, and another of
 * the paragraph's sentences opens on a different name (each sentence one case: one brand's ad,
 * then another's). Such a paragraph's point is stated elsewhere or nowhere.
 */
export function namedInstance({ sentences, central }: InstanceInput): boolean {
  const own = namedSubject(sentences[central] ?? "");
  if (!own) return false;
  const others = sentences.filter((_, i) => i !== central);
  // "The mill buys more grain … . It pays on time …", "… . He is prepared to …": a
  // paragraph that goes on about one actor, or names the point's subject again, argues about
  // it; a list of cases moves to the next name.
  const ownWord = new RegExp(`\\b${own.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`);
  if (others.some((x) => ONGOING.test(x.trim().replace(TIE, "")) || ownWord.test(x))) return false;
  return sentences.some((x, i) => {
    if (i === central) return false;
    const other = namedSubject(x);
    return other !== null && other !== own;
  });
}

export interface NamedTopicInput {
  /** The tagger's tokens of the card's subject ("British singer Tom Vale", "the history of …"). */
  subject: Token[];
  /** Is the subject's first token the sentence's first word (its capital proves nothing)? */
  atStart: boolean;
  /** Words the essay capitalises mid-sentence. */
  properWords?: Set<string>;
}

/**
 * The subject's head (the last word before an "of"/"in" phrase) is a name: "singer Tom Vale",
 * "the Harbour Trust". The author describes a named one in a report, and argues nothing about it.
 */
export function namedTopic({ subject, atStart, properWords }: NamedTopicInput): boolean {
  const cut = subject.findIndex((t) => t.pos === "ADP");
  const head = (cut < 0 ? subject : subject.slice(0, cut)).at(-1);
  if (!head || head.pos !== "PROPN" || !/^\p{Lu}/u.test(head.text)) return false;
  const first = head === subject[0];
  if (!first || !atStart || properWords?.has(head.text)) return true;
  // A lone capitalised first word: a name when the lexicon knows it as one or no dictionary
  // knows it ("Harbours need …" is about a thing).
  const tag = lexiconTag(head.text.toLowerCase());
  return (tag !== undefined && NAME_TAG.test(tag)) || !isKnownWord(head.text);
}

/** What the speaker rules saw: the name as the sentence wrote it, and where it stood. */
export interface SpeakerNameInput {
  who: string;
  rule: string;
}

/** Speaker rules whose speaker stands after the sentence's first word: its capitals are the writer's. */
const NAMED_MID_SENTENCE = new Set([
  "speaker.according-to",
  "speaker.according-to-aside",
  "speaker.said-after",
  "speaker.quote-then-speaker",
]);

/** A speaker named mid-sentence is framed as written ("According to Varga, …", never "varga"). */
export function speakerAsWritten({ who, rule }: SpeakerNameInput): boolean {
  return NAMED_MID_SENTENCE.has(rule) && /^\p{Lu}/u.test(who);
}

export const NEWS_POINT_RULES: Rule<InstanceInput>[] = [
  {
    id: "idea.paragraph-point.named-instance",
    why: "A report's paragraph that runs through cases, each sentence opening on another name ('Harrowgate Dairy brings back … . Mara Lind and Tomas Ree open …'), states no point: its first case is no answer to 'What main point does the author make …?'.",
    fires: [
      {
        sentences: [
          "Harrowgate Dairy brings back its milk floats for the fair, including one pulled by a pony.",
          "Mara Lind and Tomas Ree open the show in costume, except this time they sell cheese.",
        ],
        central: 0,
      },
      {
        sentences: [
          "For the second year in a row, Open Door — a charity that runs night shelters — is buying a stall.",
          "The stall shows volunteers at work.",
          "And the Quay Street Trust, founded by a local builder, has a stall of its own.",
        ],
        central: 0,
      },
    ],
    passes: [
      {
        sentences: [
          "Several stalls at the fair make the case for local food.",
          "Harrowgate Dairy brings back its milk floats.",
          "Mara Lind and Tomas Ree open the show in costume.",
        ],
        central: 0,
      },
      {
        sentences: [
          "Lindqvist is the town's oldest bakery.",
          "It opened in a cellar and moved twice.",
          "Its bread is still baked in the first oven.",
        ],
        central: 0,
      },
      // An argument about named actors goes on about them ("He …", the name again).
      {
        sentences: [
          "Harrowgate and Lindqvist see the dispute quite differently.",
          "Mayor Holt understands that a strong rival threatens her town.",
          "She is prepared to block the new road.",
        ],
        central: 0,
      },
      {
        sentences: [
          "Harrowgate buys more grain than any other town.",
          "Mayor Holt needs the money.",
          "Harrowgate pays on time.",
        ],
        central: 0,
      },
      {
        sentences: [
          "The JUST claims of the town arise from its old charter.",
          "Harrowgate has signed six charters.",
        ],
        central: 0,
      },
      {
        sentences: [
          "Most stalls were booked before the storm, so the fair went ahead.",
          "The Quay Street Trust paid for the tents.",
          "Mara Lind opened the show.",
        ],
        central: 0,
      },
    ],
    test: namedInstance,
  },
];

/** The claim card's subject as a phrase (tagged here), for the rule's examples. */
export interface NamedTopicExample {
  subject: string;
  atStart: boolean;
  properWords?: string[];
}

export const NEWS_CARD_RULES: Rule<NamedTopicExample>[] = [
  {
    id: "idea.author-claim.named-topic",
    why: "'What does the author argue about singer Tomas Ree?' → 'Singer Tomas Ree becomes a walrus …': a report describes a named person or body; the author argues nothing about it, and the card's back is only a copy of the description.",
    fires: [
      { subject: "Swedish singer Tomas Ree", atStart: true },
      { subject: "the Harbour Trust", atStart: true, properWords: ["Harbour", "Trust"] },
      { subject: "Brewdalen", atStart: true },
    ],
    passes: [
      { subject: "the recent history of the Harbour Trust", atStart: true },
      { subject: "the measures of the Union", atStart: true },
      { subject: "Harbours", atStart: true },
      { subject: "Harbours in the north", atStart: true },
    ],
    test: ({ subject, atStart, properWords }) =>
      namedTopic({
        subject: analyze(subject).tokens,
        atStart,
        properWords: new Set(properWords ?? []),
      }),
  },
];

export const NEWS_SPEAKER_RULES: Rule<SpeakerNameInput>[] = [
  {
    id: "speaker.named-as-written",
    why: "'Most stalls were booked early, Lind said.' asked as 'According to lind, …': a speaker named after the sentence's first word has the writer's capitals, kept as written; only a sentence-initial role is lowered ('Interior minister Sara Holt said: …').",
    fires: [
      { who: "Lind", rule: "speaker.said-after" },
      { who: "Mara Lind, a baker", rule: "speaker.according-to-aside" },
      { who: "Tomas Ree", rule: "speaker.quote-then-speaker" },
    ],
    passes: [
      { who: "the interior ministry", rule: "speaker.said-after" },
      { who: "Interior minister Sara Holt", rule: "speaker.colon-quote" },
    ],
    test: speakerAsWritten,
  },
];

export const NEWS_SENTENCE_RULES: Rule<string, string[]>[] = [
  {
    id: "sentences.gloss-runs-on",
    why: "'… a Twitter account and Big No! [Big No!, pt], a blog created to …': a name's '!' (or '?') before a bracketed gloss that runs on with a comma or a lower-case word ends no sentence; split there, the statement stops at the name.",
    fires: [
      "The bloggers set up a Twitter account and Big No! [Big No!, pt], a blog created to gather news.",
      "Fans of Oh Boy! (a dance show) filled the hall.",
    ],
    passes: ["Stop! (He shouted this.) Then he left.", "It closed. [1] Nobody came back."],
    test: (paragraph) => {
      const at = paragraph.search(/[!?]\s+[[(]/);
      if (at < 0 || !GLOSS_RUNS_ON.test(paragraph.slice(at + 1).trimStart())) return null;
      const out = splitSentences(paragraph);
      return out.length === 1 ? out : null;
    },
  },
];
