import { analyzeOnce, lowerStart, recallable, type IdeaDraft, type IdeaInput } from "./idea-text";
import type { Rule } from "./rules";
import { present } from "./present";

/**
 * "The guild not only sets the prices, but trains the apprentices …": the sentence adds a
 * second thing to a first, and the second is what it stresses. "Besides setting the prices, what
 * does the guild do?" is answered by the second verb phrase as written. Only a subject that
 * names itself (no pronoun, no "this"), a plain verb after "not only" and after "but (also)", and a
 * verb whose "-ing" form is spelled by rule (a short word that doubles its last letter is left).
 */
const NOT_ONLY =
  /^((?:The|A|An)\s+[^,;:]{2,60}?|\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,3}?)\s+not only\s+(\p{Ll}+)\s+([^,;:]{3,80}?),?\s+but(?:\s+also)?\s+(\p{Ll}+\s+[^;:]{3,140}?)[.]?$/u;
const LEANS =
  /\b(?:it|its|this|these|those|they|them|their|he|his|she|her|we|our|you|your|I|my)\b/i;

/** "dispense" → "dispensing", "command" → "commanding"; null when the spelling would double. */
function gerund(lemma: string): string | null {
  if (!/^[a-z]+$/.test(lemma)) return null;
  if (/ie$/.test(lemma)) return `${lemma.slice(0, -2)}ying`;
  if (/[^aeioy]e$/.test(lemma)) return `${lemma.slice(0, -1)}ing`;
  // "stop", "set", "admit": one short vowel before one consonant may double it.
  if (/[^aeiou][aeiou][bcdfgklmnprstvz]$/.test(lemma) && !/[aeiou]{2}/.test(lemma)) return null;
  return `${lemma}ing`;
}

function notOnly(input: IdeaInput): IdeaDraft | null {
  if (!/\bnot only\b/.test(input.text)) return null;
  const s = present(input.text).trim();
  const m = NOT_ONLY.exec(s);
  if (!m) return null;
  const [, subject, verb1, rest1, second] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  // "…, but says so": "so", "it", "them" in the second part point back.
  if (LEANS.test(subject) || LEANS.test(rest1) || LEANS.test(second) || /\bso\b/i.test(second))
    return null;
  const toks = analyzeOnce(s).tokens;
  const v1 = toks.find((t) => t.text === verb1);
  const v2 = toks.find((t) => t.text === second.split(/\s+/)[0]);
  if (!v1 || !v2 || v1.pos !== "VERB" || v2.pos !== "VERB") return null;
  // The subject is a noun phrase: its last word a noun or a name.
  const head = toks.filter((t) => t.end <= subject.length).at(-1);
  if (!head || !/^(?:NOUN|PROPN)$/.test(head.pos)) return null;
  const ing = gerund(v1.lemma.toLowerCase());
  if (!ing) return null;
  const lower = verb1.toLowerCase();
  const lemma = v1.lemma.toLowerCase();
  const aux = lower === lemma ? "do" : /ed$/.test(lower) ? "did" : "does";
  const subj = lowerStart(subject, input.isName);
  const answer = recallable(second);
  if (!answer) return null;
  // The second of two things X does: asked like a list's member, as a flashcard.
  return {
    idea: "enumeration",
    question: `Besides ${ing} ${rest1}, what ${aux} ${subj} do?`,
    answer,
  };
}

export const NOT_ONLY_RULE: Rule<IdeaInput, IdeaDraft> = {
  id: "idea.not-only",
  why: "'X not only A, but B' adds B to A and stresses it: 'Besides A-ing, what does X do?' is answered by B as written.",
  fires: [
    {
      text: "The harbour guild not only collects the tolls, but decides which ships may unload at night.",
    },
    {
      text: "The old mill not only grinds the valley's grain, but also powers the smithy next door.",
    },
  ],
  passes: [
    // A pronoun subject leans on the sentence before.
    { text: "It not only sets the tolls, but decides which ships may unload at night." },
    // "not only" before a phrase, not a verb.
    { text: "The guild is feared not only by the captains, but by the merchants too." },
    // The second part points back ("so", "them").
    { text: "The harbour master not only knows the rule, but says so." },
    // "set" → "setting": a doubled letter is not spelled by rule.
    { text: "The harbour guild not only set the tolls, but decided which ships could unload." },
  ],
  test: notOnly,
};
