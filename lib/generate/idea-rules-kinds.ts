import { present } from "./present";
import {
  lowerStart,
  recallable,
  standsAlone,
  stripEnd,
  words,
  type IdeaDraft,
  type IdeaInput,
} from "./idea-text";
import type { Rule } from "./rules";
import { NUMBER_WORDS } from "./text-utils";
import { VAGUE_SUBJECT } from "./words";

/**
 * "Responsibility is of two kinds--to censure and to punishment", "There are three kinds of
 * lease: yearly, monthly and weekly": a counted list of kinds asks for the kinds. The count the
 * sentence gives must match the members it lists, so a list cut at the wrong comma is never asked.
 */
const KINDS = "kinds|sorts|types|classes|forms";
const BREAK = "\\s*(?:--|—|–|:)\\s*";
const IS_OF = new RegExp(
  `^(.+?)\\s+(?:is|are)\\s+of\\s+(two|three|four|five)\\s+(${KINDS})${BREAK}(.+)$`,
  "iu",
);
const THERE_ARE = new RegExp(
  `^there\\s+are\\s+(two|three|four|five)\\s+(${KINDS})\\s+of\\s+(.+?)${BREAK}(.+)$`,
  "iu",
);

export function countedKinds(input: IdeaInput): IdeaDraft | null {
  const s = stripEnd(present(input.text));
  const a = IS_OF.exec(s);
  const b = a ? null : THERE_ARE.exec(s);
  if (!a && !b) return null;
  const [subject, count, kinds, list] = a
    ? [a[1]!, a[2]!, a[3]!, a[4]!]
    : [b![3]!, b![1]!, b![2]!, b![4]!];
  if (/[,;:]/.test(subject) || !standsAlone(subject) || VAGUE_SUBJECT.test(subject)) return null;
  if (words(subject).length > 6) return null;
  const members = list.split(/,\s+(?:and\s+|or\s+)?|;\s*|\s+(?:and|or)\s+/).filter(Boolean);
  if (
    members.length !== NUMBER_WORDS[count.toLowerCase()] ||
    members.some((m) => words(m).length > 6)
  )
    return null;
  const answer = recallable(list);
  if (!answer) return null;
  const of = lowerStart(subject.replace(/^(?:the|a|an)\s+/i, ""), input.isName);
  return {
    idea: "enumeration",
    // "What are the two kinds of X?" would read as asking what X is (a definition).
    question: `Which ${count.toLowerCase()} ${kinds.toLowerCase()} of ${of} does the essay name?`,
    answer,
  };
}

export const COUNTED_KINDS_RULE: Rule<IdeaInput, IdeaDraft> = {
  id: "idea.counted-kinds",
  why: "'X is of two kinds: A and B' or 'There are three kinds of X: A, B and C' names the kinds of X and how many: 'Which two kinds of X does the essay name?' asks for them.",
  fires: [
    { text: "Village leases are of two kinds--yearly leases and leases for life." },
    { text: "There are three kinds of harbour dues: berth fees, crane fees and pilot fees." },
  ],
  passes: [
    // The count and the list disagree: a list cut at the wrong place.
    { text: "There are three kinds of harbour dues: berth fees and crane fees." },
    // A subject that points back.
    { text: "These leases are of two kinds--yearly leases and leases for life." },
    { text: "The harbour dues are high: berth fees and crane fees." },
  ],
  test: countedKinds,
};
