import { joinAroundAside } from "./frame-grammar";
import { lexiconTag } from "./nlp";
import type { Rule } from "./rules";
import { FIRST_OR_SECOND_PERSON, SPEECH_VERB } from "./words";

/**
 * Who speaks (attribution stage, after sentences, before claims). A sentence the text puts in
 * someone else's mouth — a quotation, "X said that…", "According to X, …", a block quote after
 * "X writes:" — is that person's claim, not the essay's: items must say so, and words in the
 * speaker's own first person ("I think", "we") are never asked as if anyone could check them.
 */
export interface Speaker {
  /** Who the text says speaks ("a local blogger", "Mara Lind"), or null when it does not say. */
  who: string | null;
  /** The rule that found the speaker. */
  rule: string;
  /**
   * The sentence itself shows who speaks ("X said that…", "According to X, …"): a statement that
   * repeats the sentence already attributes it.
   */
  shown: boolean;
  /** The words spoken, when the sentence holds them apart from the attribution. */
  words?: string;
}

/** What the attribution rules see: one sentence and what the sentences before it opened. */
export interface SpeakerInput {
  text: string;
  /** The speaker of a quotation opened in an earlier sentence and not yet closed. */
  openQuoteBy?: string | null;
  /** The speaker a previous paragraph introduced with a colon ("X writes:"): a block quote. */
  blockQuoteBy?: string | null;
}

const OPEN = `["“]`;
const CLOSE = `["”]`;
/** A speaker after the quote: "…,” said the minister." / "…,” the minister said." */
const QUOTE_THEN_SPEAKER = new RegExp(
  `^${OPEN}([^"“”]{8,}?)[,!?]?${CLOSE},?\\s+(?:(${SPEECH_VERB.source})\\s+(.{2,80}?)|(.{2,60}?)\\s+(${SPEECH_VERB.source})(?:\\s+[^"“”]{0,60}?)?)[.!]?$`,
  "u",
);
/** "The mayor said: “…”" / "One blogger writes: “…”". */
const SPEAKER_COLON_QUOTE = new RegExp(
  `^(.{2,120}?)\\s+(?:${SPEECH_VERB.source})(?:\\s+[^:]{0,60})?:\\s*${OPEN}([^"“”]{8,})${CLOSE}?[.!]?$`,
  "u",
);
const ACCORDING_TO =
  /^(?:(?:but|and|yet|however|still),?\s+)?according\s+to\s+([^,]{2,80}),\s+(.+)$/iu;
/** ", according to the council," in the middle, or ", according to the ministry." at the end. */
const ACCORDING_ASIDE = /,\s+according\s+to\s+([^,.;]{2,80}?)(?:,|(?=[.!]$))/iu;
/** "according to the size of each farm": a measure, not a speaker. */
const MEASURE_NOT_SPEAKER = /\b(?:size|rules?|plan|law|schedule|number|type|kind|amount|needs?)\b/i;
/** "…, the ministry said." / "…, officials told reporters." */
const SAID_AFTER = new RegExp(
  `^(\\p{Lu}.{20,}?),\\s+((?:the\\s+|a\\s+|an\\s+)?[\\p{L}'’ -]{2,60}?)\\s+(?:said|says|reported|reports|told\\s+[\\p{L}]+|added|explained|announced|confirmed|claimed|claims|stated|states)[.!]$`,
  "u",
);
/** "The minister said that…", "Critics of the plan argue that…": the speaker is the subject. */
const SAID_THAT = new RegExp(
  `^(.{2,80}?)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:${SPEECH_VERB.source})\\s+(?:(?:in|on)\\s+[^,]{2,40}\\s+)?that\\s+(.+)$`,
  "u",
);

/** "Critics say the money was wasted": a short subject and a saying verb, "that" left out. */
const SAID_BARE =
  /^(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}?)\s+(?:say|says|said|argue|argues|argued|claim|claims|claimed|insist|insists|insisted|believe|believes|believed|fear|fears|feared|warn|warns|warned)\s+((?:the|a|an|his|her|its|their|most|many|some|no|every)\s.+)$/u;

/**
 * The speaker's name as an item can show it: appositions, brackets and handles dropped
 * ("Mara Lind (@mlind), a local teacher," → "Mara Lind"); null for a pronoun or a long clause.
 */
export function speakerName(phrase: string, beforeVerb = true): string | null {
  const p = phrase
    .replace(/\s*[([][^)\]]*[)\]]/g, "")
    .replace(/[.,;:]+$/, "")
    .trim();
  // "Tomas Ree, who lives nearby,": a relative clause describes the speaker, it does not name them.
  // "…, with 4,000 members, randomly claims": a phrase of manner or measure is not the speaker.
  const parts = p
    .replace(/(?:\s+\p{Ll}+ly)+$/u, "")
    .split(/,\s*/)
    .filter(
      (x) =>
        x &&
        !/^(?:(?:who|whom|whose|which|where|with|without|in|on|at|for|from|of|by)\b|\d)/i.test(x) &&
        !/^\p{Ll}+ly$/u.test(x),
    )
    .map((x) => x.replace(/\s+(?:who|which|that)\s.*$/, ""));
  // Before the verb the speaker stands last ("Writing on her blog, Mara Lind wrote"); after it,
  // first ("said Mara Lind, a local teacher").
  let head = (beforeVerb ? parts[parts.length - 1] : parts[0]) ?? "";
  head = head.replace(/^(?:and|but|as|so|in\s+fact|indeed|also|still)\s+/i, "");
  // "Mara Lind, a local teacher, said": the apposition gives way to the name before it.
  if (beforeVerb && /^(?:a|an|the|one)\s+\p{Ll}/iu.test(head) && parts.length > 1) {
    const names = parts[parts.length - 2]!.match(NAME_RUN);
    if (names) head = names[names.length - 1]!;
  }
  // "In an interview for the radio Mara Lind said": after an opening phrase, the name.
  if (OPENING_PHRASE.test(head)) {
    const names = head.replace(OPENING_PHRASE, "").match(NAME_RUN);
    if (!names) return null;
    head = names[names.length - 1]!;
  }
  // "Ola agreed that … but she stressed:": the clause's own verb after the name is no part of it.
  head = head
    .trim()
    .replace(TRAILING_VERB, (m, w: string) =>
      /PastTense|PresentTense/.test(String(lexiconTag(w) ?? "")) ? "" : m,
    );
  if (
    !head ||
    /^(?:he|she|they|it|we|i|you|this|that|there|one)$|^(?:he|she|they|it|we|i|you|this|that|there)\s/i.test(
      head,
    )
  )
    return null;
  if (head.split(/\s+/).length > 8 || /\b(?:is|are|was|were|which|who)\b/i.test(head)) return null;
  return head;
}

/** A lower-case word ending a speaker phrase ("Ola agreed"). */
const TRAILING_VERB = /(?<=\p{Lu}\p{L}*)\s+(\p{Ll}+)$/u;

const OPENING_PHRASE =
  /^(?:in|on|at|during|for|speaking|writing|as|when|while|if|after|before|since|although|though)\b/i;
/** Two or more capitalised words in a row: a person's or body's name. */
const NAME_RUN = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu;

/** The attribution rules, in order: the first that fires names the speaker. */
export const SPEAKER_RULES: Rule<SpeakerInput, Speaker>[] = [
  {
    id: "speaker.according-to",
    why: "'According to X, Y' reports X's claim: a statement keeps X and never adds a second 'According to the essay'.",
    fires: [
      { text: "According to the harbour master, the ferry will resume in May." },
      { text: "But according to Mara Lind, the river is cleaner than ever." },
    ],
    passes: [
      { text: "The ferry will resume in May, as planned." },
      { text: "The tax was set according to the size of each farm in the valley." },
    ],
    test: ({ text }) => {
      const m = ACCORDING_TO.exec(text.trim());
      if (!m) return null;
      const who = speakerName(m[1]!);
      if (!who || MEASURE_NOT_SPEAKER.test(who)) return null;
      return { who, rule: "speaker.according-to", shown: true, words: m[2]! };
    },
  },
  {
    id: "speaker.quote-then-speaker",
    why: "'“Y,” said X.' is X speaking: the words are asked as X's, never as the essay's claim.",
    fires: [
      { text: "“The bridge will reopen before winter,” said the city engineer." },
      { text: "“We have never seen a harvest this poor,” one farmer told reporters." },
      { text: "“Nobody wins a long drought,” Lind told the council last spring in Orebro." },
    ],
    passes: [
      { text: "The engineer called the bridge “a hazard to everyone who crosses it.”" },
      { text: "The bridge will reopen before winter, the city said in a statement on Monday." },
      {
        text: "“Bread riots,” as one mayor wryly called them, broke out in three towns that spring.",
      },
    ],
    test: ({ text }) => {
      const m = QUOTE_THEN_SPEAKER.exec(text.trim());
      // "“Y,” as X called it, …": X named a thing the sentence goes on to speak of; X said no Y.
      if (!m || (m[4] && /^as\s/i.test(m[4]))) return null;
      const who = m[3] ? speakerName(m[3], false) : speakerName(m[4] ?? "");
      return { who, rule: "speaker.quote-then-speaker", shown: true, words: m[1]!.trim() };
    },
  },
  {
    id: "speaker.colon-quote",
    why: "'X writes: “Y”' introduces X's words with a colon: Y is X's claim.",
    fires: [
      { text: "One local blogger writes: “The new law will silence every critic of the council.”" },
      { text: "The mayor said in her speech: “Our roads are the worst in the region.”" },
      {
        text: "One of the oldest guilds, with 4,000 members, proudly claims: “Our bread is the best.”",
      },
    ],
    passes: [
      { text: "The council gave three reasons: cost, safety and time." },
      { text: "The mayor said the roads were the worst in the region." },
    ],
    test: ({ text }) => {
      const m = SPEAKER_COLON_QUOTE.exec(text.trim());
      if (!m) return null;
      return {
        who: speakerName(m[1]!),
        rule: "speaker.colon-quote",
        shown: true,
        words: m[2]!.trim(),
      };
    },
  },
  {
    id: "speaker.according-to-aside",
    why: "'X, according to Y, …' or '…, according to Y.' puts Y's claim in the middle or at the end: the statement states it as Y's, the aside taken out.",
    fires: [
      { text: "The closure, according to the council, will save a million crowns a year." },
      { text: "Twelve people died in the clashes, according to the interior ministry." },
    ],
    passes: [
      { text: "The closure will save a million crowns a year." },
      { text: "Farms were taxed according to their size, which angered the owners." },
    ],
    test: ({ text }) => {
      const t = text.trim();
      const m = ACCORDING_ASIDE.exec(t);
      if (!m) return null;
      const who = speakerName(m[1]!, false);
      if (!who || MEASURE_NOT_SPEAKER.test(who)) return null;
      // "…, according to Y, a teacher at Z.": the apposition goes with the aside (frame-grammar.ts).
      const words = joinAroundAside(
        t.slice(0, m.index),
        t.slice(m.index + m[0].length),
        m[0].endsWith(","),
      )
        .replace(/\s+([.!])$/, "$1")
        .replace(/\s{2,}/g, " ")
        .trim();
      return { who, rule: "speaker.according-to-aside", shown: true, words };
    },
  },
  {
    id: "speaker.said-after",
    why: "'Twelve people died, the ministry said.': the attribution comes last, but the claim is still the ministry's; the statement states it as theirs.",
    fires: [
      { text: "At least twelve people died on Friday, the interior ministry said." },
      { text: "The bridge will reopen in May, officials told reporters." },
    ],
    passes: [
      { text: "At least twelve people died on Friday, and the ministry said nothing." },
      { text: "The bridge will reopen in May, when the repairs are finished." },
    ],
    test: ({ text }) => {
      const m = SAID_AFTER.exec(text.trim());
      if (!m) return null;
      const who = speakerName(m[2]!);
      if (!who || /\b(?:and|but|which)\b/i.test(m[2]!)) return null;
      return { who, rule: "speaker.said-after", shown: true, words: `${m[1]!}.` };
    },
  },
  {
    id: "speaker.quote-continues",
    why: "A sentence inside a quotation opened in an earlier sentence is still the quoted person speaking, though nothing in it says so.",
    fires: [
      { text: "Their work kept the project on track.", openQuoteBy: "the director" },
      { text: "We will not give up.”", openQuoteBy: null },
    ],
    passes: [{ text: "Their work kept the project on track." }],
    test: ({ text, openQuoteBy }) =>
      openQuoteBy === undefined
        ? null
        : {
            who: openQuoteBy,
            rule: "speaker.quote-continues",
            shown: false,
            words: text.replace(/["”]\s*$/u, "").trim(),
          },
  },
  {
    id: "speaker.block-quote",
    why: "A paragraph after 'X stresses:' is X's words set apart (a block quote): the essay reports them, it does not claim them.",
    fires: [{ text: "The method is just like the old guild's rules.", blockQuoteBy: "Mara Lind" }],
    passes: [{ text: "The method is just like the old guild's rules." }],
    test: ({ text, blockQuoteBy }) =>
      blockQuoteBy === undefined
        ? null
        : { who: blockQuoteBy, rule: "speaker.block-quote", shown: false, words: text.trim() },
  },
  {
    id: "speaker.said-that",
    why: "'X said that Y' shows who claims Y: the sentence may be stated as it stands, but a false version must not change the speaker, and Y is X's claim.",
    fires: [
      { text: "The minister said that the new bill protects children online." },
      { text: "Several bloggers have argued that the law goes too far." },
      { text: "Critics say the money was spent on palaces and on the army." },
    ],
    passes: [
      { text: "The new bill protects children online, the ministry's report shows." },
      { text: "This means that the law goes too far." },
      { text: "Officials said on Monday the bridge would reopen." },
      { text: "When the mayor announced that the bridge would close, the traders protested." },
    ],
    test: ({ text }) => {
      // "When X announced that…, Y stayed silent": the sentence's claim is the main clause's.
      if (OPENING_PHRASE.test(text.trim())) return null;
      const m = SAID_THAT.exec(text.trim()) ?? SAID_BARE.exec(text.trim());
      if (!m) return null;
      const who = speakerName(m[1]!);
      if (!who) return null;
      return { who, rule: "speaker.said-that", shown: true, words: m[2]! };
    },
  },
];

/** The first attribution rule that fires on a sentence, or null: the essay speaks. */
export function findSpeaker(input: SpeakerInput): Speaker | null {
  for (const r of SPEAKER_RULES) {
    const s = r.test(input);
    if (s) return s;
  }
  return null;
}

/** Words a quoted speaker says of themselves or their listener: no reader can check them. */
export function speaksForSelf(s: Speaker): boolean {
  return FIRST_OR_SECOND_PERSON.test(s.words ?? "");
}
