import type { Rule } from "./rules";
import { unquoted } from "./standalone-rules-2";

/**
 * More of what a sentence leans on beyond its own words, from blind judges' verdicts on real
 * texts the generator was not tuned on (docs/quality/generator-2.5-precision.md): an ordinal or
 * a count standing for things named before, "no such X", "the flood just mentioned", a
 * comparison with the sentence before ("What is still worse, …"), a conclusion drawn from it
 * (", therefore,"), an additive "too". A leaning sentence is asked after the sentence before it
 * when that one supplies what is missing (lead-in.ts); otherwise it is held back.
 */

/**
 * "the first is…", "the latter has…", "the second, third and fifth rows…", "the safer of
 * the two.": an ordinal or a count with no noun of its own (or a list of ordinals) counts things
 * the text named further back.
 */
const BARE_ORDINAL =
  /\bthe\s+(?:first|second|third|fourth|last|former|latter)\s+(?:is|are|was|were|has|have|had|can|could|will|would|may|might|must|should|seems?)\b|\bthe\s+(?:first|second|third),\s+(?:second|third|fourth|fifth)\b|\bof\s+the\s+(?:two|three|four)\s*(?:[.,;:!?]|$)/iu;

/**
 * "If no such league were formed", "Any such measure": a singular "such" opening the sentence
 * points at what was described before ("…the rebels had no such plan" later in a sentence
 * usually points inside it).
 */
const SUCH_SINGULAR =
  /^\W*(?:\p{L}+\s+){0,3}(?:no|any|every|each)\s+such\s+(?!a\b|an\b|as\b|thing\b)\p{Ll}+\b(?![^.,;]*\b(?:as|that)\b)/iu;

/** "the flood just mentioned", "the reasons given above", "the aforesaid plan". */
const MENTIONED_BEFORE =
  /\b(?:just|already|previously|before|above)[\s-]+(?:mentioned|named|described|noted|stated|given|cited|discussed|considered)\b|\b(?:mentioned|named|described|noted|stated|given|cited|discussed|considered)\s+above\b|\b(?:aforesaid|aforementioned|foregoing|above-mentioned)\b/iu;

/** "What is still worse, …", "Worse still, …", "Even better, …": a step up from the sentence before. */
const STEP_FROM_BEFORE =
  /^\W*(?:(?:and|but|or)\s+)?(?:what\s+is\s+(?:still\s+|even\s+|yet\s+|far\s+)?(?:worse|more|better|stranger|more\s+\p{L}+)|(?:worse|better)\s+(?:still|yet)|(?:still|even|yet)\s+(?:worse|better|more\s+\p{L}+)|more(?:over)?\s+than\s+that)\s*,/iu;

/** "If, therefore, the plan fails…", "The plan, thus, …": a conclusion drawn from the sentences before. */
const DRAWN_CONCLUSION =
  /^\W*\p{L}+,\s*(?:therefore|thus|consequently|accordingly|hence|then)\s*,/iu;

/** "Once a vote too is cast", "the tax, too, was…": an additive "too" after a noun. */
const ADDITIVE_TOO =
  /\b\p{Ll}{3,}\s+too\s+(?:is|are|was|were|has|have|had|must|can|could|will|would|may|might|shall|should)\b|\b\p{Ll}{3,},\s+too,/u;

export const STANDALONE_RULES_3: Rule<string>[] = [
  {
    id: "standalone.bare-ordinal",
    why: "'The first is the safer of the two', 'the second, third and fifth verses are sung twice': an ordinal or a count with no noun counts things named in an earlier sentence, which the item does not show.",
    fires: [
      "The first is the safer of the two, above all in winter.",
      "Often the second, third and fifth verses are sung twice.",
      "Of the two, the ferry is the cheaper.",
      "The latter has never been tried in the valley.",
    ],
    passes: [
      "The first bridge over the river was built of oak.",
      "The first of the ferries left at dawn.",
      "The two towns share a market.",
      "The ferry is the cheaper of the two boats on the river.",
    ],
    test: (s) => BARE_ORDINAL.test(unquoted(s)),
  },
  {
    id: "standalone.such-singular",
    why: "'If no such league should exist, …': a singular 'such' (after no, any, every, each) points at something another sentence described.",
    fires: [
      "If no such league should exist, the towns would quarrel anyway.",
      "Any such measure would need the consent of the council.",
    ],
    passes: [
      "No such thing as a free ferry exists.",
      "The council took no such step as its rivals did.",
      "Such a storm had not been seen for fifty years.",
      "The charter speaks of the people's will, though its authors held no such idea.",
    ],
    test: (s) => SUCH_SINGULAR.test(unquoted(s)),
  },
  {
    id: "standalone.mentioned-before",
    why: "'Losses from the flood just mentioned were heavy', 'the reasons given above': the item points at what the text said before and does not show it.",
    fires: [
      "Losses from the flood just mentioned were heavy in the valley.",
      "For the reasons given above, the ferry stopped running.",
      "The aforesaid tax was repealed in the spring.",
    ],
    passes: [
      "The mayor mentioned the ferry in every speech.",
      "The tax was repealed in the spring, as the council had promised.",
    ],
    test: (s) => MENTIONED_BEFORE.test(unquoted(s)),
  },
  {
    id: "standalone.step-from-before",
    why: "'What is still worse, the guild could split in two': a step up from the sentence before (worse than what?), usually with a pronoun that sentence names.",
    fires: [
      "What is still worse, the guild could split into two camps.",
      "Worse still, the ferry stopped running in winter.",
      "Even better, the new bridge cost less.",
      "And what is still worse, they might split the guild in two.",
    ],
    passes: [
      "What is worse for the farmers is the late frost.",
      "The floods were worse than the drought.",
    ],
    test: (s) => STEP_FROM_BEFORE.test(unquoted(s)),
  },
  {
    id: "standalone.drawn-conclusion",
    why: "'If, therefore, the towns cannot agree, …': a ', therefore,' (thus, hence, consequently) right after the opening word is left over from the reasoning of sentences the item does not show (later in the sentence it only marks a conclusion that may stand alone).",
    fires: [
      "If, therefore, the towns cannot agree, the bridge will never be built.",
      "Since, thus, the towns cannot agree, the bridge will never be built.",
    ],
    passes: [
      "The towns could not agree and therefore the bridge was never built.",
      "The ferry was thus the only way across the river.",
      "No new toll, therefore, contrary to the charter, can be lawful.",
    ],
    test: (s) => DRAWN_CONCLUSION.test(unquoted(s)),
  },
  {
    id: "standalone.additive-too",
    why: "'Once a vote too is cast, …', 'The tax, too, was…': an additive 'too' after a noun says 'as well as something in an earlier sentence'.",
    fires: [
      "Once a vote too is cast, the debate must end.",
      "The salt tax, too, was repealed in the spring.",
    ],
    passes: [
      "The tax was too high for the farmers.",
      "The ferry was slow, and the bridge was too narrow.",
    ],
    test: (s) => ADDITIVE_TOO.test(unquoted(s)),
  },
];
