import type { Rule } from "./rules";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const THE_SAME_AS_BEFORE =
  /\bthe\s+very\s+same\s+\p{L}|^\W*[Tt]he\s+same\s+(?!time\b|way\b)\p{Ll}+\s+(?:\p{Ll}+\s+)?(?:is|was|are|were|has|had|have|\p{Ll}+ed)\b/u;
const HERE_OPENING = /^\W*here(?:,|\s+(?!is\b|are\b)\p{Ll})/iu;

/**
 * More of what a sentence leans on beyond its own words (standalone-rules.ts), found on new real
 * texts: a comparison or a list member whose other half is elsewhere, "such" and "the same"
 * pointing back, a deictic "Here,".
 */

/** Quoted words are the speaker's (speaker.ts): only the writer's own words are read here. */
// Asked of each sentence once per rule and per candidate: remembered per text (bounded).
const unquotedSeen = new Map<string, string>();
export function unquoted(s: string): string {
  const known = unquotedSeen.get(s);
  if (known !== undefined) return known;
  const out = s.replace(/[“"][^”"]*[”"]/g, " ").replace(/\s+/g, " ");
  if (unquotedSeen.size > 4096) unquotedSeen.clear();
  unquotedSeen.set(s, out);
  return out;
}

/** "… is more striking.": a comparison whose other side the sentence never names. */
export const BARE_COMPARATIVE =
  /\b(?:is|are|was|were|be|becomes?|became)\s+(?:much\s+|far\s+|even\s+)?(?:more|less)\s+\p{L}+\s*[.!]?$/iu;
/** "One issue is…", "A further example is…": a list member without the list's subject. */
export const LIST_MEMBER =
  /^(?:one|another|a (?:second|third|fourth|further|final)|the (?:second|third|other|last))\s+(?:issue|problem|example|reason|factor|feature|point|aspect|way|type|kind|question)s?\s+(?!of\b|in\b|for\b|with\b)\p{Ll}/iu;
/** "such models" (not "such as", not "such numbers that"): what another sentence described. */
export const SUCH_NOUN = /\bsuch\s+(?!a\b|an\b|as\b)(\p{Ll}+s)\b(?![^.]*\b(?:as|that)\b)/iu;

export const MORE_STANDALONE_RULES: Rule<string>[] = [
  {
    id: "standalone.bare-comparative",
    why: "'In the northern towns the difference is more striking': more or less than what? The other side of the comparison is in the sentence before.",
    fires: ["In the northern towns the difference is even more striking."],
    passes: [
      "River boats are more stable than rafts.",
      "Larger boats must rely on sails.",
      "The change made the boats more stable in storms.",
    ],
    test: (s) => BARE_COMPARATIVE.test(unquoted(s).trim()) && !/\bthan\b/i.test(s),
  },
  {
    id: "standalone.list-member",
    why: "'One issue is the cost of heating', 'A second problem is…': one member of a list whose subject (an issue of what?) the sentence never names.",
    fires: [
      "One issue is the cost of heating the old hall.",
      "A second problem is the damp in the cellar.",
    ],
    passes: ["One issue of storage is the cost of rent.", "One farmer kept bees."],
    test: (s) => LIST_MEMBER.test(unquoted(s).trim()),
  },
  {
    id: "standalone.such-reference",
    why: "'Farmers behind such dikes rarely move away': 'such' points at what another sentence described.",
    fires: ["Farmers behind such dikes rarely move away."],
    passes: [
      "Crops such as rye grow on the dikes.",
      "The dikes were built in such numbers that the coast changed.",
    ],
    test: (s) => SUCH_NOUN.test(unquoted(s)),
  },
  {
    id: "standalone.same-as-before",
    why: "'On the very same day, the council…', 'The same question divided…': 'the same' points at something the text said before, which the item does not show. ('all of the same size', 'upon the same tree' compare inside the sentence and stay.)",
    fires: [
      "On the very same day, the forum talked mainly about prices.",
      "The same question divided the council again.",
    ],
    passes: [
      "At the same time, the forum talked mainly about prices.",
      "No two leaves upon the same tree are alike.",
      "The towns would look dull if their houses were all of the same size.",
      "The same-day ferry leaves at noon.",
    ],
    test: (s) => THE_SAME_AS_BEFORE.test(unquoted(s)),
  },
  {
    id: "standalone.deictic-here",
    why: "'Here, in 1820, the first lock was dug': 'here' points at a place the text showed before (or a picture), which the item does not show.",
    fires: ["Here, in 1820, the first lock was dug.", "Here the river turns north."],
    passes: [
      "The river turns north here.",
      "Here is how the levee works: water rises, gates close.",
    ],
    test: (s) => HERE_OPENING.test(unquoted(s)),
  },
  {
    id: "standalone.then-inference",
    why: "'As early as 1500, then, four instruments were in use': a ', then,' draws a conclusion from sentences before; the item shows none of them.",
    fires: ["As early as 1820, then, three mills were working on the river."],
    passes: ["The mill was built in 1820, and then a second one.", "Then the river rose."],
    test: (s) => /,\s*then,\s/u.test(unquoted(s)),
  },
];
