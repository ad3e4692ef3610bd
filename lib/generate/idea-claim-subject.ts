import { CONFIG } from "./config";
import { mentions } from "./text-utils";
import { escapeRegExp, normalize } from "./text-utils";

/**
 * How broad a claim card's subject is in its essay. "What does the author say about different
 * interests?" has one back only if the essay says little else about interests: an adjective that
 * does not narrow ("different", "various") and an of-phrase ("the leaves of the trees") leave the
 * subject as broad as its head, and each part of "blogs and the blogosphere" is asked about.
 */

/** Adjectives that do not narrow what a noun names: "different people" are people. */
const GENERIC_ADJECTIVE =
  /^(?:different|various|varied|certain|several|many|numerous|other|some|all|such|diverse|particular|given|specific)$/i;
const ARTICLE = /^(?:the|a|an|every|each)$/i;

/** The subject's heads: before any of-phrase, split at "and"/"or", articles and generic adjectives dropped. */
export function subjectCores(subject: string): string[] {
  const head = normalize(subject).split(/\s+of\s+/)[0]!;
  const parts = head
    .split(/\s*,\s*|\s+(?:and|or)\s+/)
    .map((part) => part.split(/\s+/).filter((w) => !ARTICLE.test(w) && !GENERIC_ADJECTIVE.test(w)))
    .filter((words) => words.length > 0);
  // "a common passion or interest": the first part's modifiers qualify a lone later noun too.
  const modifiers = parts[0]?.slice(0, -1) ?? [];
  return parts.map((words, i) =>
    (i > 0 && words.length === 1 ? [...modifiers, ...words] : words).join(" "),
  );
}

/** Words of a one-word subject's family in the essay: "enthusiasm", "enthusiastic". */
function familyMentions(essay: string, word: string): number {
  const stem = word.length > CONFIG.claimCard.minStemLetters + 2 ? word.slice(0, -2) : word;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(stem)}\\p{L}*`, "giu");
  return essay.match(re)?.length ?? 0;
}

/**
 * The subject is named so often, or so broadly, that "What does the author say about it?" has
 * many backs: its whole phrase more than `maxSubjectMentions` times, one of its heads more than
 * `maxCoreMentions` times, or (a one-word subject) its word family more than once.
 */
export function subjectTooBroad(essay: string, subject: string, oneWord: boolean): boolean {
  const C = CONFIG.claimCard;
  const named = mentions(essay, normalize(subject));
  if (named > (oneWord ? 1 : C.maxSubjectMentions)) return true;
  if (oneWord && familyMentions(essay, normalize(subject)) > 1) return true;
  return subjectCores(subject).some((core) => mentions(essay, core) > C.maxCoreMentions);
}
