import { causeOrPurpose } from "./idea-questions";
import { analyze } from "./nlp";
import type { IdeaDraft, IdeaInput } from "./idea-text";
import type { Rule } from "./rules";
import { FOR_SUBJECT_BEFORE, OBJECT_CONTROL_BEFORE, PURPOSE_INFINITIVE } from "./words";

/**
 * The purpose stated with a bare "to" after a finished clause ("… to ensure that …"): news
 * reports and explainers state their purposes this way more often than with "in order to". Read
 * only where the question comes out plain: no fronted purpose or setting, no object that does the
 * infinitive's action ("allowing the clerk to verify"), no apposition, and nothing that points
 * back ("then", "the two gauges": which two?).
 */
const PURPOSE_TAIL = new RegExp(
  PURPOSE_INFINITIVE.source.slice(PURPOSE_INFINITIVE.source.indexOf(")\\s+(to\\s+") + 1),
  PURPOSE_INFINITIVE.flags,
);

function purposeInfinitive(input: IdeaInput): IdeaDraft | null {
  // The pattern tries its long look-behind at every position: most sentences have no "to" and a
  // verb of aim at all, which its tail alone (no look-behind) tells quickly.
  if (!PURPOSE_TAIL.test(input.text)) return null;
  const m = PURPOSE_INFINITIVE.exec(input.text);
  if (!m || /^(?:to|in order to)\b/i.test(input.text)) return null;
  const before = input.text.slice(0, m.index);
  if (OBJECT_CONTROL_BEFORE.test(before) || FOR_SUBJECT_BEFORE.test(before)) return null;
  const draft = causeOrPurpose("purpose", PURPOSE_INFINITIVE)(input);
  if (!draft || /,/.test(draft.question) || /,\s+and\b/.test(draft.answer)) return null;
  // "Why was in the old days the soup left …": the setting before the subject moved with the verb.
  if (
    /^Why \S+ (?:in|on|at|during|before|after|for|by|with|from|until|since)\b/i.test(draft.question)
  )
    return null;
  if (/\b(?:then|the (?:two|three|four|both) \p{L}+)\b/iu.test(draft.question)) return null;
  if (namesWhatItIs(before)) return null;
  return draft;
}

/**
 * "The gauge is the only instrument on the quay to record the tide": a clause whose verb is "be"
 * with a noun after it says what its subject is, and the "to" clause tells what that noun is for —
 * "Why is the gauge the only instrument …?" asks for a purpose nobody had.
 */
function namesWhatItIs(clause: string): boolean {
  const toks = analyze(clause).tokens.filter((t) => t.pos !== "SPACE");
  const be = toks.findIndex((t) => t.pos === "AUX" && t.lemma.toLowerCase() === "be");
  if (be < 1) return false;
  let next = be + 1;
  while (toks[next]?.pos === "ADV") next++;
  return toks[next]?.pos === "DET";
}

export const PURPOSE_INFINITIVE_RULE: Rule<IdeaInput, IdeaDraft> = {
  id: "idea.purpose-infinitive",
  why: "'Engineers compare the tide gauges to ensure that …' states a purpose with a bare 'to' and a verb of aim: 'Why do engineers compare the tide gauges?' is answered by the to-clause.",
  fires: [
    {
      text: "The crew will spend a week comparing the tide gauges to ensure that the readings agree.",
    },
    {
      text: "Farmers on the east bank grow willows along the ditches to prevent the banks from slipping.",
    },
    { text: "The museum keeps its oldest maps in a cold dark room to preserve the ink." },
  ],
  passes: [
    // The infinitive belongs to a word before it, not to the clause.
    { text: "The council wants to ensure that every reader has a branch nearby." },
    // "then" and "the two gauges" lean on the sentence before.
    { text: "The crew will then compare the two gauges to ensure that the readings agree." },
    { text: "The town has the power to prevent new building on the flood plain." },
    { text: "The new gauge was built to measure the tide every minute." },
    { text: "It is the only way to protect the harbour from the winter storms." },
    // "allowing the clerk to …": the object does the infinitive's action.
    { text: "The library signs each slip, allowing the clerk at the desk to verify the loan." },
    // "a mechanism for the towns to …": the towns do the infinitive; it is no purpose of the clause.
    {
      text: "The new fund will provide a simple mechanism for the river towns to restore their old mills.",
    },
    // A fronted purpose has its own rule; a fronted setting would land inside the question.
    { text: "To keep track of the loans, the clerks use a ledger to record every slip." },
    { text: "In the old days the soup was left in a clay pot to cool by evaporation." },
    // "a reading room, a place to study": the infinitive says what the noun is for.
    { text: "The branch is a reading room, a quiet place to study the maps of the county." },
    // "is the only instrument …": the to-clause says what the noun is for, not why.
    {
      text: "The tide gauge is the only instrument on the quay that works day and night to record the height of the water.",
    },
    // A pointing subject leans on the sentence before.
    { text: "They plant willows along the ditches to prevent the banks from slipping." },
  ],
  test: purposeInfinitive,
};
