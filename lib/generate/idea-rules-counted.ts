import { CONFIG } from "./config";
import { present } from "./present";
import {
  lowerStart,
  standsAlone,
  stripEnd,
  words,
  type IdeaDraft,
  type IdeaInput,
} from "./idea-text";
import type { Rule } from "./rules";
import { NUMBER_WORDS } from "./text-utils";

/**
 * "There are two ways of drying hay: the one, by A; the other, by B", "Village wells are
 * classified into three types: A, B, and C": a sentence that counts what it lists before a colon
 * names the members of a set — an enumeration a teacher asks for ("Which two ways of drying hay
 * does the essay name?"). The kinds, sorts and types of "There are N kinds of X" have their own
 * rule (`idea.counted-kinds`); this one takes any plural noun, and a list of long members split
 * by semicolons ("the one, …; the other, …"), as classic argument writes it. The count must match
 * the members, the named set must lean on nothing ("this evil"), and the answer is the list as
 * written.
 */
const COUNT = "two|three|four|five";
const THERE_ARE = new RegExp(
  `^there\\s+are\\s+(?:but\\s+|again\\s+|only\\s+)?(${COUNT})\\s+(\\p{Ll}+s)\\s+((?:of|for|to)\\s+[^:;]{3,80}?)\\s*:\\s*(.+)$`,
  "iu",
);
const CLASSIFIED = new RegExp(
  `^([^,:;]{3,60}?)\\s+(are|is)\\s+(classified|divided|grouped|sorted)\\s+into\\s+(${COUNT})\\s+(\\p{Ll}+s)\\s*:\\s*(.+)$`,
  "iu",
);
/** Words that point back: the set would be named by another sentence. */
const LEANS = /\b(?:this|these|those|that|such|it|they|them|their|former|latter|above|same)\b/i;
/** Words in the list that point outside the sentence ("its" and "their" point to the named set). */
const POINTS_OUT =
  /\b(?:this|these|those|that|such|he|him|his|she|her|we|us|our|you|your|they|them|former|latter)\b/i;
const LABELS_ANYWHERE = /\b(?:the one|the other)\b/gi;
/** "the one, …; the other, …", "first, …; secondly, …": the members' own labels. */
const LABEL =
  /^(?:the one|the other|one|the first|the second|the third|first|second|secondly|third|thirdly|lastly)\b,?\s*/i;

function members(list: string): string[] {
  const parts = list.includes(";")
    ? list.split(/\s*;\s*(?:and\s+|or\s+)?/)
    : list.split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/);
  return parts.map((p) => p.replace(LABEL, "").trim()).filter(Boolean);
}

function countedList(input: IdeaInput): IdeaDraft | null {
  if (!input.text.includes(":")) return null;
  const s = stripEnd(present(input.text));
  const a = THERE_ARE.exec(s);
  const b = a ? null : CLASSIFIED.exec(s);
  if (!a && !b) return null;
  const count = (a ? a[1]! : b![4]!).toLowerCase();
  const noun = (a ? a[2]! : b![5]!).toLowerCase();
  const list = (a ? a[4]! : b![6]!).trim();
  const named = a ? a[3]!.trim() : b![1]!.trim();
  if (/^(?:kinds|sorts|types|classes|forms)$/.test(noun) && a) return null;
  if (LEANS.test(named) || !standsAlone(named) || /["“”(]/.test(named)) return null;
  const parts = members(list);
  const limit = list.includes(";") ? CONFIG.idea.maxListMemberWords : 6;
  if (parts.length !== NUMBER_WORDS[count] || parts.some((p) => words(p).length > limit))
    return null;
  if (words(list).length > CONFIG.idea.maxListAnswerWords || /["“”]/.test(list)) return null;
  const answer = list.charAt(0).toUpperCase() + list.slice(1);
  const question = a
    ? `Which ${count} ${noun} ${named} does the essay name?`
    : `Into which ${count} ${noun} ${b![2]!.toLowerCase()} ${lowerStart(named, input.isName)} ${b![3]!.toLowerCase()}?`;
  // "its causes", "the other": they point inside the sentence, to the set the question names.
  const inside = !POINTS_OUT.test(list.replace(LABELS_ANYWHERE, ""));
  return { idea: "enumeration", question, answer, ...(inside ? { selfContained: true } : {}) };
}

export const COUNTED_LIST_RULE: Rule<IdeaInput, IdeaDraft> = {
  id: "idea.counted-list",
  why: "'There are two methods of X: the one, …; the other, …' or 'Reefs are classified into three types: A, B and C' counts the members it lists: 'Which two methods of X does the essay name?' asks for them.",
  fires: [
    {
      text: "There are two methods of keeping the harbour clear: the one, by dredging its mouth; the other, by walling off the river's silt.",
    },
    { text: "Village wells are classified into three groups: dug wells, bored wells and springs." },
  ],
  passes: [
    // "this evil" leans on the sentence before.
    {
      text: "There are but two methods of providing against this evil: the one, by a levee; the other, by a canal.",
    },
    // The count and the list disagree.
    { text: "There are three methods of keeping the harbour clear: dredging and walling." },
    // Kinds, sorts and types have their own rule.
    { text: "There are three kinds of harbour dues: berth fees, crane fees and pilot fees." },
  ],
  test: countedList,
};
