import type { Rule } from "./rules";
import type { LeadInView } from "./lead-in-rules";
import {
  BARE_COMPARATIVE,
  LIST_MEMBER,
  MORE_STANDALONE_RULES,
  SUCH_NOUN,
  unquoted,
} from "./standalone-rules-2";
import { STANDALONE_RULES_3 } from "./standalone-rules-3";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const THE_NOUN = /\bthe\s+(?:late\s+|former\s+)?(\p{Ll}[\p{Ll}-]+)\b/giu;

/**
 * Does a sentence stand alone? A reader who has not read the essay must be able to judge an
 * item on it. These rules find what a sentence leans on beyond its own words — the writer's
 * "we", a reader's situation ("as you saw"), a person or event named further back ("the
 * patriarch", "the episode"). A leaning sentence is asked after the sentence before it when
 * that sentence supplies the referent (lead-in.ts); otherwise it is held back.
 */

/**
 * The writer's own group: "we" acting in the past or urging ("we visited", "we must"), "let us",
 * "told us", "our" before anything but what all people share ("our planet", "our bodies").
 * A generic "we" ("when we burn coal", "we breathe oxygen") stays.
 */
const WRITER_WE =
  /\b[Ww]e\s+(?:\p{Ll}+\s+)?(?:were|had|did|saw|visited|went|met|must|should|shall|will|cannot|can['’]t|hope|pray|believe|demand|want|\p{Ll}+ed)\b|\b(?:[Ll]et\s+us|[Ll]et['’]s|(?:told|asked|showed|gave|sent)\s+us)\b|\b[Oo]ur\s+(?!(?:own\s+)?(?:planet|world|earth|Earth|environment|air|oceans?|seas?|bodies|body|health|lives|species|climate|atmosphere|skin|brains?|cells?|blood|ancestors|food|solar|galaxy|universe|sun|Sun|moon|Moon|understanding|knowledge|daily|everyday)\b)\p{L}/u;

/**
 * A reader's situation, not a generic "you": "as you saw", "you were told", "you'll notice", or
 * the reader hailed ("You, who stayed at home, …").
 */
const READER_YOU =
  /^\W*you,\s|\byou\s+who\b|\b(?:as\s+you\s+(?:can|could|may|might|will|would)?\s*(?:see|saw|know|read|remember|recall|noticed?)|you\s+(?:were|saw|read|heard|noticed|learned|learnt|met|visited|went|had\s+\p{L}+ed)|you(?:['’]ll|\s+will)\s+(?:see|notice|find|learn|read))\b/iu;

/** People a text names once and then calls by their role. */
const ROLE_NOUN =
  /^(?:patriarch|matriarch|boy|girl|man|woman|victim|suspect|deceased|blogger|journalist|reporter|spokesman|spokeswoman|spokesperson|widow|widower|couple|pair|duo|trio|newcomer|veteran|founder|incumbent|challenger|governor|director|mayor|senator|candidate|chairman|chairwoman|minister|commander|bishop)$/iu;
/** Places a text names once and then calls by their kind ("the town's merchants"). */
const PLACE_NOUN =
  /^(?:city|town|village|island|province|region|county|district|capital|sanctuary|reserve|park|museum|monastery|abbey|cathedral|colony|kingdom|republic)$/iu;
/** Events a text narrates and then points back to. */
const EVENT_NOUN =
  /^(?:episode|incident|affair|event|events|scandal|tragedy|controversy|clash|clashes|ordeal|standoff|stand-off|uproar|outcry|row|saga|occasion|ceremony|meeting|visit|trip|encounter|announcement|revelation|news|accident|attack|raid|operation|verdict|ruling|dispute|protest|protests|strike)$/iu;
/** What follows a noun and says which one it is ("the meeting of the council", "the visit in May"). */
const DEFINING_AFTER =
  /^\s*(?:of|that|which|who|whom|whose|where|when|in|at|on|between|against|by|from|to|for|over|called|known|,?\s+\p{Lu})/u;

function backReference(s: string, nouns: RegExp, topic?: ReadonlySet<string>): string | null {
  const text = unquoted(s);
  for (const m of text.matchAll(THE_NOUN)) {
    if (!nouns.test(m[1]!)) continue;
    // "the war" in an essay about one war: its topic, known to every reader of an item on it.
    if (topic?.has(m[1]!.toLowerCase())) continue;
    if (DEFINING_AFTER.test(text.slice(m.index + m[0].length))) continue;
    return m[1]!;
  }
  return null;
}

export const roleReference = (s: string, topic?: ReadonlySet<string>) =>
  backReference(s, ROLE_NOUN, topic);
export const eventReference = (s: string, topic?: ReadonlySet<string>) =>
  backReference(s, EVENT_NOUN, topic);
/**
 * A place noun standing for the place: owning ("the town's merchants"), acting ("the island was…") or
 * ending a clause; not a modifier of the noun after it ("the county engineers", "the town hall").
 */
export const placeReference = (s: string, topic?: ReadonlySet<string>) => {
  const found = backReference(s, PLACE_NOUN, topic);
  if (!found) return null;
  const after = new RegExp(
    `\\bthe\\s+${found}(?:['’]s\\b|\\s+(?:is|was|are|were|has|had|have|will|would|can|could|may|might|must|did|does|do)\\b|\\s*[,.;:!?])`,
    "iu",
  );
  return after.test(unquoted(s)) ? found : null;
};

/**
 * "Probert denied this", "Because of these, …", "Others point out…": a demonstrative standing
 * for a whole earlier statement, or "others" answering an earlier "some".
 */
const BARE_POINTER =
  /\b(?:this|these|those)(?=\s*(?:[.,;:!?)]|$)|\s+(?:is|was|are|were|has|have|had|means|meant|shows|showed|suggests|suggested|led|leads|made|makes|in|on|at|by|for|with|to|from|and|but|or|because|as|when|if)\b)|^\W*(?:others|the\s+rest)\b/iu;

/** "the two sides", "the three men", "both countries": a group counted but named elsewhere. */
const COUNTED_GROUP =
  /\b(?:the\s+(?:two|three|four|five)|both)\s+(?:\p{Ll}+\s+)?(?:sides|parties|men|women|countries|nations|groups|leaders|companies|cities|towns|camps|teams|armies|families|brothers|sisters|states|governments|communities)\b(?!\s+(?:of|that|who|which|in|at)\b)/iu;

/** Rules on one sentence: each fires when it leans on something it does not say. */
export const STANDALONE_RULES: Rule<string>[] = [
  {
    id: "standalone.place-reference",
    why: "'The town's merchants', 'the island was cut off': a place the essay named further back, called by its kind; the item cannot say which.",
    fires: [
      "Trade may be slow because the town's merchants rarely travel.",
      "After the storm the island was cut off for a week.",
    ],
    passes: [
      "The dam was finished in 1931 by the county engineers.",
      "Trade may be slow because the merchants of Dunmore rarely travel.",
      "After the storm the island of Vesta was cut off for a week.",
      "Most people in the region of Norland fish.",
    ],
    test: (s) => placeReference(s) !== null,
  },
  {
    id: "standalone.writer-we",
    why: "The writer's 'we' or 'our' ('We visited the mill', 'our village') is a group only the essay's reader knows: a statement about it cannot be judged alone.",
    fires: [
      "We visited the old mill on the first warm day of spring.",
      "Our village has changed a great deal since the flood.",
      "The council told us that the bridge would close.",
    ],
    passes: [
      "The cellar keeps much of the cold stored when we pack it with ice.",
      "Our understanding of the tides has grown since the first charts were drawn.",
      "The council said that the bridge would close in May.",
      "The guide quoted a farmer: “Our village has changed.”",
    ],
    test: (s) => WRITER_WE.test(unquoted(s)),
  },
  {
    id: "standalone.reader-you",
    why: "'As you saw', 'you were told': the reader's own situation in the essay, which a reader of the item does not share (a generic 'if you stand near a waterfall, you hear more noise' stays).",
    fires: [
      "As you saw in the first section, the mill was built on the river bend.",
      "You were told earlier that the pass closes in winter.",
      "You, who stayed at home while others marched, must now pay your share.",
      "In the video below you will find three ways to read the old map.",
    ],
    passes: [
      "If you live near a mill, you hear the wheel sooner.",
      "Your body turns most of the food you eat into sugar.",
    ],
    test: (s) => READER_YOU.test(unquoted(s)),
  },
  {
    id: "standalone.bare-pointer",
    why: "'Probert denied this', 'These were…', 'Others point out…': a demonstrative with no noun stands for a statement further back, and 'others' answers an earlier 'some'.",
    fires: [
      "Others point out that the author denied this in several interviews.",
      "The council denied this in a statement on Monday.",
      "These were the first mills built on the river.",
    ],
    passes: [
      "This year the council denied the report in a statement.",
      "The council denied the report that these mills were unsafe.",
      "Those who stayed rebuilt the village.",
    ],
    test: (s) => BARE_POINTER.test(unquoted(s)),
  },
  {
    id: "standalone.counted-group",
    why: "'The two sides agreed…', 'both countries': a group the text counts without naming was named further back; the item cannot say which.",
    fires: [
      "After a week of talks, the two sides agreed to share the river's water.",
      "Trade between both countries doubled within a decade.",
    ],
    passes: [
      "After a week of talks, the two sides of the valley agreed to share the water.",
      "Trade between Norland and Vesta doubled within a decade.",
    ],
    test: (s) => COUNTED_GROUP.test(unquoted(s)),
  },
  {
    id: "standalone.role-reference",
    why: "'The patriarch', 'the blogger', 'the late leader': a person the essay named further back, called by a role that does not say who.",
    fires: [
      "Critics say the patriarch ruled the family firm for forty years.",
      "The newspaper interviewed the widow after the trial.",
    ],
    passes: [
      "The patriarch of the family firm, Olle Berg, ruled it for forty years.",
      "The newspaper interviewed the widow of the ferry captain.",
      "Mara Lind ruled the family firm for forty years.",
    ],
    test: (s) => roleReference(s) !== null,
  },
  {
    id: "standalone.event-reference",
    why: "'The episode', 'the incident', 'the verdict': an event the essay narrated before, pointed back to rather than said.",
    fires: [
      "Many residents still remember the episode with bitterness.",
      "The mayor resigned a week after the scandal.",
    ],
    passes: [
      "Many residents still remember the flood of 1953 with bitterness.",
      "The mayor resigned a week after the scandal over the harbour contracts.",
      "The verdict of the court was read in May.",
    ],
    test: (s) => eventReference(s) !== null,
  },
  ...MORE_STANDALONE_RULES,
  ...STANDALONE_RULES_3,
];

/**
 * The first standalone rule that fires on a sentence, or null when it reads alone; a role or
 * event the essay is about (`topic`, its most used "the X" nouns) needs no earlier sentence.
 */
export function leansOn(sentence: string, topic?: ReadonlySet<string>): string | null {
  // The referent gate and the lead-in pass both ask about each claim's body: one answer per
  // essay's topic set (a fresh set per essay, so nothing carries to the next essay).
  if (!topic) return firstLean(sentence, topic);
  let memo = leanMemos.get(topic);
  if (!memo) leanMemos.set(topic, (memo = new Map()));
  let id = memo.get(sentence);
  if (id === undefined) memo.set(sentence, (id = firstLean(sentence, topic)));
  return id;
}

const leanMemos = new WeakMap<ReadonlySet<string>, Map<string, string | null>>();

function firstLean(sentence: string, topic?: ReadonlySet<string>): string | null {
  for (const r of STANDALONE_RULES) {
    if (!r.test(sentence)) continue;
    if (r.id === "standalone.role-reference" && !roleReference(sentence, topic)) continue;
    if (r.id === "standalone.event-reference" && !eventReference(sentence, topic)) continue;
    if (r.id === "standalone.place-reference" && !placeReference(sentence, topic)) continue;
    return r.id;
  }
  return null;
}

/**
 * A lead-in rule (lead-in-rules.ts): the sentence shown must supply what the sentence leans on —
 * a name or a person for a role, the same event noun for an event; nothing can supply the
 * writer's "we" or the reader's own situation.
 */
export const REFERENT_NOT_SHOWN: Rule<LeadInView> = {
  id: "lead-in.referent-not-shown",
  why: "A sentence that leans on the writer's 'we', a role ('the patriarch') or an event ('the episode') needs the sentence shown before it to say who or what: otherwise the lead-in leaves it as vague as before.",
  fires: [
    {
      previous: "The family firm grew fast in the 1950s.",
      sentence: "Critics say the patriarch ruled it for forty years.",
    },
    {
      previous: "Storms hit the coast in May.",
      sentence: "We visited the old mill on the first warm day.",
    },
    {
      previous: "Prices rose sharply in the spring.",
      sentence: "Many residents still remember the episode with bitterness.",
    },
    {
      previous: "As you saw above, the mill closed in May.",
      sentence: "It reopened a year later under new owners.",
    },
    {
      previous: "The ferry to Dunmore was rebuilt last year.",
      sentence: "In the northern towns the difference is even more striking.",
    },
    {
      previous: "The mill on the river burned down twice.",
      sentence: "A further example is a bakery, which must buy flour daily.",
    },
  ],
  passes: [
    {
      previous: "Olle Berg founded the family firm in 1950.",
      sentence: "Critics say the patriarch ruled it for forty years.",
    },
    {
      previous: "A ferry sank in the harbour in a famous episode of 1953.",
      sentence: "Many residents still remember the episode with bitterness.",
    },
    {
      previous: "The ferry sank in 1953.",
      sentence: "It was raised two years later.",
    },
    {
      previous: "Most farms on the coast are protected by dikes.",
      sentence: "Farmers behind such dikes rarely move away.",
    },
  ],
  test: ({ sentence, previous, topicNouns }) => {
    // A list's head or a comparison's other side is seldom in the one sentence before.
    if (BARE_COMPARATIVE.test(unquoted(sentence).trim()) && !/\bthan\b/i.test(sentence))
      return true;
    if (LIST_MEMBER.test(unquoted(sentence).trim())) return true;
    // "such models" needs the models in the sentence shown ("…can be modeled…").
    const such = SUCH_NOUN.exec(unquoted(sentence))?.[1];
    if (such && !previous.toLowerCase().includes(such.toLowerCase().replace(/s$/, "").slice(0, 5)))
      return true;
    // Nor can a shown sentence that leans on them itself ("As you saw above, …").
    for (const t of [unquoted(sentence), unquoted(previous)])
      if (WRITER_WE.test(t) || READER_YOU.test(t)) return true;
    if (
      (roleReference(sentence, topicNouns) || placeReference(sentence, topicNouns)) &&
      !/\s\p{Lu}\p{Ll}+/u.test(previous)
    )
      return true;
    // "the two sides" needs two things named in the sentence shown.
    if (COUNTED_GROUP.test(unquoted(sentence)) && !/\band\b/i.test(previous)) return true;
    const event = eventReference(sentence, topicNouns);
    return event !== null && !new RegExp(`\\b${event}\\b`, "i").test(previous);
  },
};
