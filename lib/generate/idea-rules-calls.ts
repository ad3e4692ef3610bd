import {
  recallable,
  startsWithVerb,
  stripEnd,
  words,
  type IdeaDraft,
  type IdeaInput,
} from "./idea-text";
import type { Rule } from "./rules";
import { POINTS_OUT, SPEAKER_FIRST_PERSON } from "./words";

/**
 * One call of a speech ("Let us close the old quarrels.", "In the face of loss, let us honor
 * life."): what the speaker asks the listeners to do, asked by its verb so that the question
 * names which call it means. A list of calls is the let-us-list rule's (idea-rules-appeals.ts).
 */

/** "When there is talk of war, let us …", "In the face of death, let us …": the call's occasion. */
const FRONTED_CALL =
  /^((?:when|if|in|on|at|as|where|wherever|whenever|until|before|after)\b[^,;:]{4,80}),\s+let\s+us\s+(.+)$/iu;
/** "Let us close the old quarrels", "So let us create together a new spirit". */
const PLAIN_CALL = /^(?:(?:and|so|now|then)\s*,?\s+)?let\s+us\s+(.+)$/iu;
/** Calls that say or hope rather than do ("let us say clearly …", "let us hope …"): no act to ask. */
const NO_ACT =
  /^(?:not|never|be|say|tell|know|hope|think|remember|recall|let|see|suppose|imagine|admit|grant|consider|hasten|all)\b/i;
/** A word right after the verb that belongs to it ("lay aside", "create together", "pray for"). */
const PARTICLE = /^(?:aside|away|up|down|out|off|together|for|to|with|against|in|on)\b/i;
/** Words that point at what the item cannot show, or speak as the speaker ("our children"). */
const leans = (s: string) =>
  POINTS_OUT.test(s) || SPEAKER_FIRST_PERSON.test(s) || /\bthose\b/i.test(s);
/** Where a call's object ends: a clause, or a break in the sentence. */
const OBJECT_END =
  /\s+(?:but|so|that|which|who|because|while|until|when|lest)\s+|[,;:—–]|\.{2,}|…/i;
/** An adverb right after the verb ("begin anew"): the call has no object to ask. */
const ADVERB_FIRST = /^(?:anew|again|now|then|once|forward|ahead|boldly|here|there|today)\b/i;

/** The object up to a second call ("… and make the land whole"); "unity and trust" stays one. */
function objectOf(after: string): string {
  const end = after.search(OBJECT_END);
  let object = end >= 0 ? after.slice(0, end) : after;
  for (const m of object.matchAll(/\s+and\s+/g)) {
    const next = object.slice(m.index! + m[0].length);
    // "… and make the valley whole" is a second call; "unity and trust", "wise and
    // understanding hearts" are one object.
    if (words(next).length >= 2 && !/^\p{L}+(?:ing|ed)\b/u.test(next) && startsWithVerb(next)) {
      object = object.slice(0, m.index);
      break;
    }
  }
  return object.trim();
}

function occasionCall(input: IdeaInput): IdeaDraft | null {
  const text = stripEnd(input.text.replace(/\s+/g, " ").trim());
  const m = FRONTED_CALL.exec(text);
  if (!m) return null;
  const [occasion, act] = [m[1]!, m[2]!];
  if (NO_ACT.test(act) || !startsWithVerb(act)) return null;
  // "… talk against it": in the answer "it" is the occasion the question names.
  if (leans(occasion) || leans(act.replace(/\bit\b/g, ""))) return null;
  const answer = recallable(act);
  if (!answer) return null;
  const when = occasion.charAt(0).toLowerCase() + occasion.slice(1);
  return {
    idea: "appeal",
    question: `What does the speaker call on listeners to do ${when}?`,
    answer,
    selfContained: true,
  };
}

function callByVerb(input: IdeaInput): IdeaDraft | null {
  const text = stripEnd(input.text.replace(/\s+/g, " ").trim());
  const m = PLAIN_CALL.exec(text);
  if (!m) return null;
  const act = m[1]!;
  if (NO_ACT.test(act) || !startsWithVerb(act)) return null;
  const [verb, ...rest] = act.split(/\s+/);
  let after = rest.join(" ");
  let particle = "";
  const p = PARTICLE.exec(after);
  if (p) {
    particle = ` ${p[0].toLowerCase()}`;
    after = after.slice(p[0].length).trim();
  }
  if (ADVERB_FIRST.test(after)) return null;
  const object = objectOf(after);
  // A call the sentence goes on to qualify is asked only when its object stands alone.
  if (leans(object) || /^(?:that|how|what|why|whether)\b/i.test(object)) return null;
  if (words(object).length < 2 || words(object).length > 12) return null;
  const answer = recallable(object);
  if (!answer) return null;
  return {
    idea: "appeal",
    question: `What does the speaker call on listeners to ${verb!.toLowerCase()}${particle}?`,
    answer,
    selfContained: true,
  };
}

/** A speech's call to its listeners: asked only of a speech (a text's "let us" is rhetoric). */
function speechCall(input: IdeaInput): IdeaDraft | null {
  if (input.voice !== "speaker") return null;
  return occasionCall(input) ?? callByVerb(input);
}

export const LET_US_CALL_RULE: Rule<IdeaInput, IdeaDraft> = {
  id: "idea.let-us-call",
  why: "'Let us close the old quarrels': one call of a speech is one of its claims, asked by its verb ('What does the speaker call on listeners to close?') or by its occasion ('… to do in the face of loss?') so the question says which call it means.",
  fires: [
    { text: "Let us close the old quarrels of the valley.", voice: "speaker" },
    { text: "So let us create together a new spirit of trust.", voice: "speaker" },
    { text: "Let us pray for steady and patient hearts.", voice: "speaker" },
    { text: "Let us pray for wise and understanding hearts.", voice: "speaker" },
    { text: "Let us build together a new spirit of unity and trust.", voice: "speaker" },
    { text: "Let us lay aside old grudges and make the valley whole.", voice: "speaker" },
    { text: "In the face of loss, let us honor the living.", voice: "speaker" },
    {
      text: "When there is talk of revenge, let us stand up and speak against it.",
      voice: "speaker",
    },
  ],
  passes: [
    // An essay's "let us" invites the reader to think along: no call to act.
    { text: "Let us consider the old quarrels of the valley.", voice: "author" },
    { text: "Let us close the old quarrels of the valley.", voice: "author" },
    // Saying or hoping is no act; a negated call asks what not to do.
    { text: "Let us say plainly that the mills served us well.", voice: "speaker" },
    { text: "Let us never bargain out of fear.", voice: "speaker" },
    { text: "So let us begin anew, remembering on both sides the old debts.", voice: "speaker" },
    // The object is the speaker's own or points elsewhere.
    { text: "Let us teach our children that the river is shared.", voice: "speaker" },
    { text: "Let us finish this work before the spring.", voice: "speaker" },
  ],
  test: speechCall,
};
