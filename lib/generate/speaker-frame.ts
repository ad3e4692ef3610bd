import { speakerKeepsCapital } from "./frame-grammar";
import type { Claim } from "./extract-claims";
import { lowerStart } from "./idea-text";
import { lexiconTag } from "./nlp";
import { speakerAsWritten } from "./news-rules";
import { TITLE_WORDS } from "./words";
import type { Candidate } from "./make-items";
import type { Rule } from "./rules";
import { speaksForSelf, type Speaker } from "./speaker";
import { capitalizeFirst } from "./text-utils";

export type { Speaker } from "./speaker";

/**
 * How items say who speaks (speaker.ts finds the speaker): a statement is framed as the
 * speaker's claim, a blank or question quoted from someone is asked as theirs, and what no
 * reader could check (a quotation with no speaker, a speaker's "I" or "we") is not asked.
 */

/** Speakers whose sentence an item may show as it stands: the sentence itself names them. */
const SHOWN_IN_SENTENCE = new Set(["speaker.said-that", "speaker.according-to"]);
/** Speakers whose words the sentence holds apart: a statement states the words, framed. */
const WORDS_APART = new Set([
  "speaker.quote-then-speaker",
  "speaker.colon-quote",
  "speaker.according-to-aside",
  "speaker.said-after",
]);

/** A quotation's first or last sentence loses the mark the frame now stands for. */
function unquote(s: string): string {
  const opens = (s.match(/[“"]/g) ?? []).length;
  const closes = (s.match(/[”"]/g) ?? []).length;
  if (opens > closes) return s.replace(/^[“"]/, "");
  if (closes > opens) return s.replace(/[”"]([.!?]?)$/, "$1").replace(/([.!?])[”"]$/, "$1");
  return s;
}

/**
 * The speaker as a phrase after "According to": a role lowered ("a farmer", "blogger Tomas Ree",
 * "interior minister Sara Holt"), a title before a name kept ("President Aldo Varenne").
 */
function speakerPhrase(who: string, rule: string, isName?: (w: string) => boolean): string {
  if (speakerAsWritten({ who, rule })) return who;
  const first = who.match(/^\p{Lu}\p{Ll}+/u)?.[0];
  if (first && !TITLE_WORDS.test(first) && lexiconTag(first.toLowerCase()) === "Actor")
    return first.toLowerCase() + who.slice(first.length);
  // "Varga", "British officials": a name or a people's adjective keeps its capital.
  if (speakerKeepsCapital(who, isName)) return who;
  return lowerStart(who);
}

/** Does the sentence give someone else's words (not "X said that…", which the sentence shows)? */
export function quotesSomeone(claim: Claim): boolean {
  return claim.speaker !== undefined && !SHOWN_IN_SENTENCE.has(claim.speaker.rule);
}

/** The sentence a statement states: a quotation's words when the sentence sets them apart. */
export function spokenWords(claim: Claim): string {
  const sp = claim.speaker;
  if (!sp?.words || SHOWN_IN_SENTENCE.has(sp.rule)) return claim.body;
  const w = sp.words.trim();
  return /[.!]$/.test(w) ? w : `${w}.`;
}

/**
 * The frame of a statement whose body (first word already lowered) is `body`: "According to the
 * essay, …" for the essay's own claims, the speaker's name for someone else's, and never a
 * doubled "According to the essay, according to X".
 */
export function speakerFrame(
  speaker: Speaker | undefined,
  body: string,
  hedged = false,
  isName?: (w: string) => boolean,
): string {
  if (/^according\s+to\s/i.test(body)) return capitalizeFirst(body);
  if (!speaker?.who || speaker.rule === "speaker.said-that")
    return hedged ? `The essay suggests that ${body}` : `According to the essay, ${body}`;
  const who = speakerPhrase(speaker.who, speaker.rule, isName);
  if (WORDS_APART.has(speaker.rule)) return `According to ${who}, ${body}`;
  return `According to ${who} (quoted in the text), ${body}`;
}

/**
 * A statement without its frame, whichever it is ("According to the essay,", "According to X
 * (quoted in the text),", "The essay suggests that"), and without a lead-in before it.
 */
export function withoutFrame(prompt: string): string {
  return prompt.replace(
    /^.*?(?:According to the essay,|According to [^,]{2,80}? \(quoted in the text\),|The essay suggests that)\s*/s,
    "",
  );
}

export interface AttributionView {
  type: Candidate["type"];
  prompt: string;
  answer?: string;
  speaker?: Speaker;
}

/**
 * Attribution rules for items, in order; the first that fires decides. A rule that returns a
 * string rewrites the prompt; "drop" keeps the item out.
 */
export const ATTRIBUTION_RULES: Rule<AttributionView, string>[] = [
  {
    id: "speaker.asks-who-said",
    why: "A blank or question whose answer is the speaker ('“…,” said _____', 'According to the _____, …') tests who said it, an attribution no teacher wants learnt, not what was said.",
    fires: [
      {
        type: "cloze",
        prompt: "According to the _____, the ferry will resume in May.",
        answer: "harbour master",
        speaker: { who: "the harbour master", rule: "speaker.according-to", shown: true },
      },
      {
        type: "mcq",
        prompt: "“The bridge will reopen,” said _____.",
        answer: "Mara Lind",
        speaker: { who: "Mara Lind", rule: "speaker.quote-then-speaker", shown: true },
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "According to the harbour master, the ferry will resume in _____.",
        answer: "May",
        speaker: { who: "the harbour master", rule: "speaker.according-to", shown: true },
      },
    ],
    test: ({ type, answer, speaker }) => {
      if (type === "true_false" || !answer || !speaker?.who) return null;
      const a = answer.toLowerCase().replace(/^the\s+/, "");
      return speaker.who.toLowerCase().includes(a) ? "drop" : null;
    },
  },
  {
    id: "speaker.unnamed-quote",
    why: "A quotation whose speaker the text does not name cannot be asked as anyone's claim: the essay does not make it and the item cannot say who did.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, the bridge will reopen.",
        speaker: { who: null, rule: "speaker.quote-continues", shown: false, words: "x" },
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the minister said that the bridge will reopen.",
        speaker: { who: "The minister", rule: "speaker.said-that", shown: true, words: "x" },
      },
      { type: "cloze", prompt: "The bridge will reopen in _____." },
    ],
    test: ({ speaker }) => (speaker && !speaker.who ? "drop" : null),
  },
  {
    id: "speaker.speaks-for-self",
    why: "A quoted speaker's 'I', 'we' or 'you' ('We will never give up', 'I think so') is theirs: no reader can check it, and asked unattributed it reads as the essay's claim.",
    fires: [
      {
        type: "cloze",
        prompt: "Our teams kept the harvest on _____.",
        speaker: {
          who: "The director",
          rule: "speaker.quote-then-speaker",
          shown: true,
          words: "Our teams kept the harvest on schedule",
        },
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The teams kept the harvest on _____.",
        speaker: {
          who: "The director",
          rule: "speaker.quote-continues",
          shown: false,
          words: "The teams kept the harvest on schedule.",
        },
      },
    ],
    test: ({ speaker }) =>
      speaker && !SHOWN_IN_SENTENCE.has(speaker.rule) && speaksForSelf(speaker) ? "drop" : null,
  },
  {
    id: "speaker.ask-as-theirs",
    why: "A blank or question on a sentence quoted from someone the sentence does not name ('…,' said X. 'More words.') is asked as theirs: 'According to X (quoted in the text), …'.",
    fires: [
      {
        type: "cloze",
        prompt: "The teams kept the harvest on _____.",
        speaker: {
          who: "the director",
          rule: "speaker.block-quote",
          shown: false,
          words: "The teams kept the harvest on schedule.",
        },
      },
      {
        type: "flashcard",
        prompt: "Why will the bridge stay closed?",
        speaker: {
          who: "the city engineer",
          rule: "speaker.quote-then-speaker",
          shown: true,
          words: "The bridge will stay closed because the piers are cracked",
        },
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the director (quoted in the text), the teams kept it on track.",
        speaker: { who: "the director", rule: "speaker.block-quote", shown: false, words: "x" },
      },
      {
        type: "cloze",
        prompt: "The minister said that the bridge will reopen in _____.",
        speaker: { who: "The minister", rule: "speaker.said-that", shown: true, words: "x" },
      },
      {
        type: "cloze",
        prompt: "“The teams kept it on _____,” said the director.",
        speaker: {
          who: "the director",
          rule: "speaker.quote-then-speaker",
          shown: true,
          words: "x",
        },
      },
    ],
    test: ({ type, prompt, speaker }) => {
      // "X said that Y": the essay reports X's words; a question on them names X itself.
      if (!speaker?.who || type === "true_false" || speaker.rule === "speaker.said-that")
        return null;
      // '“…,” said X.': a blank that keeps the whole sentence shows X already; a question
      // rewritten from the quoted words does not.
      if (speaker.shown && prompt.toLowerCase().includes(speaker.who.toLowerCase())) return null;
      const who = speakerPhrase(speaker.who, speaker.rule);
      const frame = speaker.shown
        ? `According to ${who},`
        : `According to ${who} (quoted in the text),`;
      return `${frame} ${lowerStart(unquote(prompt))}`;
    },
  },
];

/**
 * Apply the attribution rules to a candidate: its prompt says who speaks, or the rule's id is
 * returned when the candidate must not be asked.
 */
export function attributeItem(c: Candidate): { rule: string; drop: boolean } | null {
  const view = {
    type: c.type,
    prompt: c.prompt,
    answer: c.answer,
    ...(c.claim.speaker ? { speaker: c.claim.speaker } : {}),
  };
  for (const r of ATTRIBUTION_RULES) {
    const out = r.test(view);
    if (!out) continue;
    if (out === "drop") return { rule: r.id, drop: true };
    c.prompt = out;
    return { rule: r.id, drop: false };
  }
  return null;
}
