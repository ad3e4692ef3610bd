import {
  analyzeOnce,
  lowerStart,
  recallable,
  standsAlone,
  type IdeaDraft,
  type IdeaInput,
} from "./idea-text";
import type { Rule } from "./rules";

/**
 * "Unlike soft corals, hard corals have stony skeletons": the contrast a text draws between two
 * kinds is an idea a teacher asks, and the sentence names both sides. Asked "Unlike soft corals,
 * what do hard corals have?", the question names the contrast without giving the answer.
 * Only a plain verb with a noun phrase after it is read ("have", "produce", "use"); "be" and
 * modals say a state, which a "what … that … do not?" question cannot ask.
 */

// Built once: tsx turns a \p{…} literal inside a function into a new RegExp on every call.
const UNLIKE = /^Unlike\s+([^,]{2,60}?)(?:,\s+(?:which|who)\s+[^,]{3,120})?,\s+(\p{L}.+)$/u;
const POINTING =
  /\b(?:this|these|those|it|its|they|them|their|he|him|his|she|her|such|we|us|our|i|me|my)\b/i;
const SUBJECT_POS = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;
const OBJECT_START = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;
const NOT_A_DEED = /^(?:be|do|seem|become|remain|get|go|come|let|make)$/i;

function unlike(input: IdeaInput): IdeaDraft | null {
  if (!input.text.startsWith("Unlike ")) return null;
  // Older texts keep their line breaks inside a sentence.
  const s = input.text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.!]+["”’]?$/u, "");
  const m = UNLIKE.exec(s);
  if (!m) return null;
  const other = m[1]!.trim();
  const rest = m[2]!;
  if (POINTING.test(other) || !standsAlone(other) || other.split(/\s+/).length > 6) return null;
  const toks = analyzeOnce(rest).tokens.filter((t) => t.pos !== "SPACE");
  let v = 0;
  while (v < toks.length && SUBJECT_POS.test(toks[v]!.pos)) v++;
  const verb = toks[v];
  const next = toks[v + 1];
  if (v < 1 || v > 5 || !verb || !next || !/^(?:NOUN|PROPN)$/.test(toks[v - 1]!.pos)) return null;
  if (!/^(?:VERB|AUX)$/.test(verb.pos) || NOT_A_DEED.test(verb.lemma)) return null;
  // "has grown", "can hold": an auxiliary before another verb; "not": a denial.
  if (/^(?:VERB|AUX|PART)$/.test(next.pos) || !OBJECT_START.test(next.pos)) return null;
  if (verb.pos === "AUX" && !/^(?:has|have|had)$/i.test(verb.text)) return null;
  const subject = rest.slice(0, toks[v - 1]!.end);
  if (POINTING.test(subject)) return null;
  const object = rest.slice(next.start);
  // A second clause after the object ("…, and they …") is another statement.
  if (/[;:—–]|,\s+(?:and|but|while|whereas|so)\s/.test(object)) return null;
  const answer = recallable(object);
  if (!answer) return null;
  const text = verb.text.toLowerCase();
  const lemma = verb.lemma.toLowerCase();
  const past = text !== lemma && !/s$/.test(text);
  const aux = past ? "did" : text === lemma ? "do" : "does";
  const x = lowerStart(subject, input.isName);
  const y = other;
  // "contrast" drafts are false statements (idea-items.ts): this one is a question.
  return {
    idea: "interpretation",
    // The other side stays up front, as written: its number ("trout") need not agree with anything.
    question: `Unlike ${y}, what ${aux} ${x} ${lemma}?`,
    answer,
  };
}

export const UNLIKE_RULE: Rule<IdeaInput, IdeaDraft> = {
  id: "idea.unlike",
  why: "'Unlike barn owls, tawny owls build nests in hollow trees' draws a contrast between two named kinds: 'Unlike barn owls, what do tawny owls build?' is answered by what the sentence gives the one and not the other.",
  fires: [
    { text: "Unlike barn owls, tawny owls build nests in hollow trees." },
    {
      text: "Unlike river trout, which feed at dusk, sea trout catch small fish in the open water.",
    },
    { text: "Unlike the old mill, the new mill had a steam engine of its own." },
  ],
  passes: [
    // A state, not a thing one side has or does.
    { text: "Unlike barn owls, tawny owls are active at dusk." },
    { text: "Unlike barn owls, tawny owls can see well in daylight." },
    // What "they" and "this" are is in another sentence.
    { text: "Unlike them, tawny owls build nests in hollow trees." },
    { text: "Unlike barn owls, they build nests in hollow trees." },
    // A second statement after the object.
    { text: "Unlike barn owls, tawny owls build nests in trees, and they stay there all year." },
  ],
  test: unlike,
};
