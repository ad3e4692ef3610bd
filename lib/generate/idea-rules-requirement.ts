import { analyzeOnce, lowerStart, recallable, type IdeaDraft, type IdeaInput } from "./idea-text";
import type { Rule } from "./rules";
import type { Token } from "./nlp";

/**
 * "To get a fair price, a farmer must sell before the harvest": a goal put first and what it takes
 * after it is a requirement, the idea a teacher asks ("What must a farmer do to get …?"). The
 * purpose rules ask "Why …?" of a goal that follows its clause; a goal put first with "must",
 * "need" or "require" after it is asked the other way, for what the goal takes. Read only when
 * the subject is named (not "they", "this"), the goal points nowhere outside the sentence, and
 * what is required is a noun phrase after a plain verb.
 */

// Built once: tsx turns a \p{…} literal inside a function into a new RegExp on every call.
const FRONTED_GOAL = /^(?:To|In order to)\s+\p{Ll}/u;
/** The modal or verb of need, with what follows it. */
const NEED =
  /\s(must|should|needs to|need to|has to|have to|needs|need|requires|require)\s+(\p{Ll}.*)$/u;
const POINTING =
  /\b(?:this|these|those|that|it|its|they|them|their|he|him|his|she|her|such|so|there)\b/i;
/** The goal may name the subject's own things ("to keep their shape, clay pots …"). */
const POINTING_IN_GOAL =
  /\b(?:this|these|those|that|it|they|them|he|him|his|she|her|such|so|there)\b/i;
/** Words that may open a named subject after the goal when no comma marks it off. */
const DETERMINER = /^(?:a|an|the|every|each|any|all|most|many)$/i;
/** "flour, water, salt and yeast": items with no clause among them. */
const LIST = /^[^,]+(?:,\s+[^,]+)*,?\s+(?:and|or)\s+[^,]+$/;
const SUBJECT_POS = /^(?:ADJ|NOUN|PROPN|NUM)$/;
const OBJECT_START = /^(?:DET|ADJ|NOUN|PROPN|NUM)$/;
/** "you must" is the reader in general and asks well; other pronouns point outside the sentence. */
const PERSON = /^(?:you|we|i|he|she|it|they|one)$/i;

/** The goal and the subject before the modal: a comma splits them, or the subject's article. */
function goalAndSubject(before: string): { goal: string; subject: string } | null {
  const comma = before.lastIndexOf(",");
  if (comma > 0) {
    const goal = before.slice(0, comma).trim();
    const subject = before.slice(comma + 1).trim();
    return goal.includes(",") ? null : { goal, subject };
  }
  // "To get the largest surplus of gold a country must …": the subject opens with its article.
  const toks: Token[] = analyzeOnce(before).tokens.filter((t) => t.pos !== "SPACE");
  let i = toks.length;
  while (i > 0 && SUBJECT_POS.test(toks[i - 1]!.pos)) i--;
  if (i === toks.length || i < 3 || !DETERMINER.test(toks[i - 1]!.text)) return null;
  const at = toks[i - 1]!.start;
  return { goal: before.slice(0, at).trim(), subject: before.slice(at).trim() };
}

function requirement(input: IdeaInput): IdeaDraft | null {
  if (!FRONTED_GOAL.test(input.text)) return null;
  // Older texts keep their line breaks inside a sentence.
  const s = input.text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.!]+["”’]?$/u, "");
  const m = NEED.exec(s);
  if (!m || /[;:—–()]/.test(s)) return null;
  const parts = goalAndSubject(s.slice(0, m.index));
  if (!parts) return null;
  const goal = parts.goal.replace(/^In order to\s+/, "to ").replace(/^To\s+/, "to ");
  const subject = parts.subject;
  if (POINTING_IN_GOAL.test(goal) || POINTING.test(subject)) return null;
  // "you need flour, water, salt and yeast": a list is one answer; any other comma is a clause.
  if (/,/.test(m[2]!) && !LIST.test(m[2]!)) return null;
  // "the council": which one is in another sentence, unless a name says it.
  if (/^the\s/i.test(subject) && !/\s\p{Lu}/u.test(subject)) return null;
  if (subject.split(/\s+/).length > 6 || (PERSON.test(subject) && !/^you$/i.test(subject)))
    return null;
  const subjToks = analyzeOnce(subject).tokens.filter((t) => t.pos !== "SPACE");
  if (!subjToks.every((t) => SUBJECT_POS.test(t.pos) || t.pos === "DET" || t.pos === "PRON"))
    return null;
  const word = m[1]!;
  const after = m[2]!;
  const mainVerb = /^(?:needs|need|requires|require)$/.test(word);
  // After a modal comes the verb, then what is required; "need" and "require" take it directly.
  const toks = analyzeOnce(after).tokens.filter((t) => t.pos !== "SPACE");
  const objFrom = mainVerb ? 0 : 1;
  const verb = mainVerb ? null : toks[0];
  if (verb && (!/^(?:VERB|AUX)$/.test(verb.pos) || /^(?:be|been|being)$/i.test(verb.text)))
    return null;
  const obj = toks[objFrom];
  if (!obj || !OBJECT_START.test(obj.pos)) return null;
  const answer = recallable(after.slice(obj.start));
  if (!answer) return null;
  const x = lowerStart(subject, input.isName);
  const plural = /^you$/i.test(subject) || /(?:^|\s)\S+[^s]s$/.test(subject);
  const does = plural ? "do" : "does";
  let question: string;
  if (mainVerb) {
    question = `What ${does} ${x} ${/^req/.test(word) ? "require" : "need"} ${goal}?`;
  } else if (/^(?:needs to|need to)$/.test(word)) {
    question = `What ${does} ${x} need to ${verb!.text} ${goal}?`;
  } else if (/^(?:has to|have to)$/.test(word)) {
    question = `What ${does} ${x} have to ${verb!.text} ${goal}?`;
  } else {
    question = `What ${word} ${x} ${verb!.text} ${goal}?`;
  }
  return { idea: "means", question, answer };
}

export const REQUIREMENT_RULE: Rule<IdeaInput, IdeaDraft> = {
  id: "idea.requirement",
  why: "'To win the county fair a farmer must grow the heaviest pumpkin' puts the goal first and says what it takes: 'What must a farmer grow to win the county fair?' is answered by what is required.",
  fires: [
    { text: "To win the county fair a grower must have the heaviest pumpkin in the valley." },
    { text: "To keep their shape, clay pots need a slow and even drying in the shade." },
    { text: "In order to cross the pass, travellers must carry chains for their wheels." },
    { text: "To grow well, young olive trees need two summers of careful watering." },
    { text: "To make the flat loaf, you need barley flour, water, salt and a hot stone." },
  ],
  passes: [
    // "this", "they": what they are is in another sentence.
    { text: "To do this, a grower must have the heaviest pumpkin in the valley." },
    { text: "To keep their shape, they need a slow and even drying in the shade." },
    // No comma and no article: where the goal ends is unsure.
    { text: "To win prizes growers must have the heaviest pumpkins." },
    // "must be": a state, not a thing that is required.
    { text: "To keep well, the cheese must be stored in a cool cellar." },
    // Which council? A name would say.
    { text: "To pay for the bridge, the council must raise the market fees." },
    // A time, not a goal.
    { text: "To date, growers in the valley have won twelve prizes." },
  ],
  test: requirement,
};
