import {
  recallable,
  startsWithVerb,
  stripEnd,
  words,
  type IdeaDraft,
  type IdeaInput,
} from "./idea-text";
import type { Rule } from "./rules";
import { NUMBER_WORDS, perEssay } from "./text-utils";
import {
  PLEDGE_VERB,
  POINTS_OUT,
  SPEAKER_FIRST_PERSON as FIRST_PERSON,
  SPEECH_TITLE,
  SPEECH_VOCATIVE,
} from "./words";

/**
 * A speech argues by pledging and urging: "To the farmers of the valley, we pledge a fair price"
 * and "Let us drain the marsh, mend the dykes and plant the hills" are its claims, and they speak
 * as "we", which every blank and statement of a sentence holds back (standalone.writer-we). What a
 * teacher asks of a speech is what the speaker promises to whom and what the speaker calls for:
 * these rules ask that, naming the speaker as the one who speaks, not the student.
 */

/** "the speaker" when the text is a speech (a title or an address to listeners says so). */
export function essayVoice(title: string, text: string): "speaker" | "author" {
  return SPEECH_TITLE.test(title) || addressesListeners(text) ? "speaker" : "author";
}

// The gate asks the voice of every item (gate.speech-listener): the whole text is scanned once.
const addressesListeners = perEssay((text) => SPEECH_VOCATIVE.test(text));

const OPENING = String.raw`(?:(?:and|but|so|now|finally|lastly|first|second|third|last)\s*,?\s+)?`;
/** "To those who …: we pledge …", "And to the towns, I promise …". */
const FRONTED_PLEDGE = new RegExp(
  String.raw`^${OPENING}to\s+([^:;]{3,120}?)\s*[:,]\s+(we|I)\s+(?:(?:also|now|here|again|solemnly)\s+)?(${PLEDGE_VERB.source})\s+(.{3,})$`,
  "iu",
);
/** "We pledge a fair price to the farmers of the valley." */
const TRAILING_PLEDGE = new RegExp(
  String.raw`^${OPENING}(we|I)\s+(?:(?:also|now|here|again|solemnly)\s+)?(${PLEDGE_VERB.source})\s+([^,:;]{3,80}?)\s+to\s+([^,:;]{3,100})$`,
  "iu",
);

/**
 * The recipient as a question can name it: "those allies whose language we share" → "the old
 * allies" (a "we" in the question would ask about the student), "our sister towns" → "the sister
 * towns"; null when what is left points elsewhere or says too little ("the nations").
 */
function recipientNamed(recipient: string): string | null {
  let who = recipient.trim();
  const rel = who.search(/\s(?:who|whom|whose|that|which)\s/i);
  const cut = rel > 0 && FIRST_PERSON.test(who.slice(rel));
  if (cut) who = who.slice(0, rel);
  // "those" before a relative clause is defined by it; alone it points back.
  who = who.replace(/^(?:those|these)\s+(?=\S)/i, (d) => (rel > 0 ? "the " : d));
  who = who.replace(/\bour\s+/gi, "the ");
  if (/^(?:those|these)\b/i.test(who) || POINTS_OUT.test(who) || FIRST_PERSON.test(who))
    return null;
  const named = words(who.replace(/^the\s+/i, ""));
  // Cut to its head, a group must keep a word that says which ("the new states", not "the nations").
  if (named.length < (cut ? 2 : 1) || named.length > 14) return null;
  return who;
}

function pledgeTo(input: IdeaInput): IdeaDraft | null {
  const text = stripEnd(input.text.replace(/\s+/g, " ").trim());
  let recipient: string, verb: string, thing: string;
  const f = FRONTED_PLEDGE.exec(text);
  const t = f ? null : TRAILING_PLEDGE.exec(text);
  if (f) [recipient, verb, thing] = [f[1]!, f[3]!, f[4]!];
  else if (t) [verb, thing, recipient] = [t[2]!, t[3]!, t[4]!];
  else return null;
  // "not a pledge but a request: that …": what is offered is the second.
  thing = thing.replace(/^not\s+[^,:;]{1,40}?\s+but\s+/i, "");
  const answer = recallable(thing.replace(/\s*[:;]\s+/, " ").replace(/[.…]+$/u, ""));
  if (!answer) return null;
  // "To limit the tolls, we pledge …", "we pledge our efforts to mend …": an aim, not a recipient.
  if (startsWithVerb(recipient)) return null;
  const who = recipientNamed(recipient);
  if (!who) return null;
  return {
    idea: "appeal",
    question: `What does the ${input.voice ?? "author"} ${verb.toLowerCase()} to ${who}?`,
    answer,
    // The recipient is named in full and nothing in it points elsewhere (checked above).
    selfContained: true,
  };
}

export const PLEDGE_TO_RULE: Rule<IdeaInput, IdeaDraft> = {
  id: "idea.pledge-to",
  why: "'To the farmers of the valley, we pledge a fair price': a speech's promise to a named group is one of its claims, asked as what the speaker pledges to whom.",
  fires: [
    {
      text: "To the farmers of the upper valley: we pledge a fair price for every harvest.",
      voice: "speaker",
    },
    {
      text: "And to those towns whose mills have closed, I promise new work within the year.",
      voice: "speaker",
    },
    {
      text: "Finally, to the river towns, we offer not a gift but a bargain: that both banks share the cost of the dykes.",
      voice: "speaker",
    },
    { text: "We pledge our full support to the builders of the new harbour.", voice: "speaker" },
  ],
  passes: [
    // Who "them" are is in another sentence.
    { text: "To them we pledge a fair price for every harvest.", voice: "speaker" },
    { text: "To those we pledge a fair price for every harvest.", voice: "speaker" },
    // Not a pledge.
    { text: "To the farmers of the valley, we sold the old mill.", voice: "speaker" },
    // "to" starts an infinitive, not a recipient.
    { text: "We promise to mend the dykes before the spring floods.", voice: "speaker" },
    { text: "We pledge our best efforts to mend the dykes before the floods.", voice: "speaker" },
    {
      text: "To mend the dykes before the floods, we pledge the help of every parish.",
      voice: "speaker",
    },
  ],
  test: pledgeTo,
};

/** "Together let us explore …, conquer …, and …": what the speaker calls on the listeners to do. */
const AND_THEN_LOWER = /\s+and\s+\p{Ll}/u;
const LET_US = /^((?:[\p{L}]+\s*,?\s+){0,3}?)let\s+us\s+(.+)$/iu;

function letUsList(input: IdeaInput): IdeaDraft | null {
  const text = stripEnd(input.text.replace(/\s+/g, " ").trim());
  const m = LET_US.exec(text);
  if (!m) return null;
  const before = m[1]!.replace(/[\s,]+$/, "").trim();
  // "So", "And": a link to what came before, not part of the call; "Together" stays.
  const manner = before.replace(/^(?:and|but|so|then|now)\b\s*/i, "");
  if (manner && !/^(?:together|now|then|therefore|at last)$/i.test(manner)) return null;
  const members = m[2]!
    .split(/\s*,\s*(?:and\s+|or\s+)?/u)
    .map((s) => s.trim())
    .filter(Boolean);
  // "… light the streets and feed the hungry": the last "and" joins two calls only when a
  // verb follows it ("encourage the arts and commerce" is one).
  const last = members.pop() ?? "";
  const at = last.search(AND_THEN_LOWER);
  if (at > 0 && startsWithVerb(last.slice(at).replace(/^\s+and\s+/, "")))
    members.push(last.slice(0, at), last.slice(at).replace(/^\s+and\s+/, ""));
  else members.push(last);
  if (members.length < 3 || members.length > 6) return null;
  // Each member a call of its own: a verb first ("conquer the deserts"), not a noun list
  // ("the stars, the seas and the deserts" after one verb).
  if (!members.every(startsWithVerb)) return null;
  const answer = m[2]!;
  if (words(answer).length > 26 || POINTS_OUT.test(answer.replace(/\bour\b/gi, ""))) return null;
  const n =
    Object.keys(NUMBER_WORDS).find((w) => NUMBER_WORDS[w] === members.length) ??
    String(members.length);
  const when = manner ? ` ${manner.toLowerCase()}` : "";
  return {
    idea: "enumeration",
    question: `Which ${n} things does the ${input.voice ?? "author"} call on listeners to do${when}?`,
    answer: answer.charAt(0).toUpperCase() + answer.slice(1),
    // The question names no one but the speaker, and the calls point nowhere (checked above).
    selfContained: true,
  };
}

export const LET_US_LIST_RULE: Rule<IdeaInput, IdeaDraft> = {
  id: "idea.let-us-list",
  why: "'Together let us drain the marsh, mend the dykes and plant the hills': a speech's call to act, listed, is an enumeration a teacher asks for.",
  fires: [
    {
      text: "Together let us drain the marsh, mend the dykes, and plant the bare hills.",
      voice: "speaker",
    },
    {
      text: "So let us open the schools, pave the roads, light the streets and feed the hungry.",
      voice: "speaker",
    },
  ],
  passes: [
    // One call is no list.
    { text: "So let us begin.", voice: "speaker" },
    // One verb with a list of objects.
    { text: "Let us remember the farmers, the weavers and the millers.", voice: "speaker" },
    // A fronted clause sets the call in another sentence's terms.
    {
      text: "With this in mind, let us drain the marsh, mend the dykes and plant the hills.",
      voice: "speaker",
    },
  ],
  test: letUsList,
};
