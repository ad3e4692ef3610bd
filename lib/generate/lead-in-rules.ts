import { CONFIG } from "./config";
import type { Rule } from "./rules";
import { REFERENT_NOT_SHOWN } from "./standalone-rules";
import { IMAGE_FILE, PICTURE_POSITION } from "./claim-rules";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const CAPITALS_RUN = /\b\p{Lu}{3,}\s+(?:\p{Lu}{2,}\s+)*\p{Lu}{3,}\b/u;
const CAPITALISED_WORD = /\s\p{Lu}\p{Ll}+/u;

/**
 * The lead-in stage's rule table (lead-in.ts runs it): when the sentence before cannot be shown
 * as the context of one that leans on it. Which sentences lean by their opening words is in
 * lead-in-linking.ts.
 */

/** What a rule sees: the sentence asked about and the one before it (already cleaned). */
export interface LeadInView {
  sentence: string;
  previous: string;
  /** Plural nouns of the previous sentence, when the tagger has read it. */
  previousPlurals?: string[];
  /** Nouns the essay is about: "the war" in a text about one war points nowhere else. */
  topicNouns?: ReadonlySet<string>;
}

const PREV_LEANS =
  /^(?:it|its|this|that|these|those|they|them|their|he|him|his|she|her|such|another|the\s+other|then|both|each|neither|so|but|and|yet|however|therefore|thus|as\s+a\s+result|similarly|instead|the\s+(?:former|latter))\b/i;
/**
 * "Through its canals, it also built wells": a pronoun subject after an opening phrase points
 * back as much as one that opens the sentence; "In the spring, it was clear …" (an empty "it") does not,
 * nor "If a pipe leaks, it …", whose opening clause names what the pronoun means.
 */
const OPENING_THEN_PRONOUN =
  /^(?!(?:if|when|whenever|while|although|though|because|as|since|once|after|before|unless|until)\b)[^,]{3,60},\s+(?:it|they|he|she)\s+(?!(?:is|was|'s|’s|seems|seemed|appears|appeared|takes|took|remains|remained)\b)/i;
/** "…how often to do it.": an object pronoun closing the sentence points further back. */
const DANGLING_OBJECT = /\b(?:do|does|did|doing|done)\s+(?:it|this|that)\s*[.!?]?\s*$/i;
/** "this treaty", "these websites": a demonstrative before a noun-like word. */
const DEMONSTRATIVE_NOUN =
  /\b(?:this|these|those|another|the\s+other)\s+(\p{L}{3,})(?:\s+(\p{L}{3,}))?/giu;
/** Nouns for what a sentence says: "this reasoning" points at the whole sentence before it. */
const DISCOURSE_NOUN =
  /^(?:reasoning|argument|opinion|view|idea|point|claim|observation|statement|situation|question|matter|principle|conclusion|remark|suggestion|fact|belief|notion|consideration|reflection)$/i;

/** A previous sentence that itself points back (a demonstrative, "the other", "similar"). */
const POINTS_BACK =
  /\b(?:(?:this|these|those)\s+\p{L}{3,}|the\s+(?:other|others|former|latter|same)\b|(?:a|an)\s+similar\b|such\s+an?\b)/iu;
const HE_SHE = /\b(?:he|she|his|her|him|hers|himself|herself)\b/i;
const THEY =
  /^(?:[^,]*?,\s*)?(?:they|them|their|these|those)\b|\b(?:they|them|their|theirs|themselves)\b/i;
/** Plural nouns of time and measure: "six years of work" is nobody "they" can mean. */
const MEASURE_PLURAL =
  /^(?:years|days|months|weeks|decades|hours|minutes|seconds|centuries|times|miles|kilometres|kilometers|metres|meters|feet|percent|dollars|pounds)$/i;
const PERSON_NOUN =
  /\b(?:man|woman|men|women|king|queen|pope|president|author|writer|leader|bishop|emperor|officer|doctor|father|mother|son|daughter|brother|sister|wife|husband|people|astronaut|minister|senator|governor|judge|soldier|child|boy|girl|prince|princess|lord|lady)\b/i;

export const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * Reasons the previous sentence cannot be the lead-in: it would need context itself, it is too
 * long to read before a question, or it does not hold what the sentence points back to.
 */
export const LEAD_IN_RULES: Rule<LeadInView>[] = [
  {
    id: "lead-in.previous-leans",
    why: "A previous sentence that itself opens with a pronoun or a link word moves the question back one sentence instead of answering it.",
    fires: [
      {
        previous: "It was finished in 1910 after a long dispute.",
        sentence: "As a result, the river flooded the lower town.",
      },
      {
        previous: "These were the first of many protests.",
        sentence: "They spread to every city within a month.",
      },
      {
        previous: "Your coach will say how often you should do it.",
        sentence: "Stretching before a run is also useful.",
      },
      {
        previous: "Through its canals, it also built many of the wells still in use.",
        sentence: "Its rulers taxed the river trade.",
      },
    ],
    passes: [
      {
        previous: "The new dam was finished in 1910 after a long dispute.",
        sentence: "As a result, the river flooded the lower town.",
      },
      {
        previous: "If a stitch drops, it usually shows at once.",
        sentence: "A loose stitch can also be fixed later.",
      },
      {
        previous: "In the spring, it was clear that the dam would hold.",
        sentence: "A week later, a second march filled the square.",
      },
    ],
    test: (v) =>
      PREV_LEANS.test(v.previous.replace(/^[“"‘(\s]+/, "")) ||
      DANGLING_OBJECT.test(v.previous) ||
      OPENING_THEN_PRONOUN.test(v.previous.replace(/^[“"‘(\s]+/, "")),
  },
  {
    id: "lead-in.previous-points-back",
    why: "'In this treaty…', 'the other side': a previous sentence that points back itself leaves the student one sentence short.",
    fires: [
      {
        previous: "In this charter, the duke gave up his rights.",
        sentence: "Eight months later, the ban was lifted.",
      },
      {
        previous: "The guilds signed a similar letter.",
        sentence: "It was sent to the bishop.",
      },
    ],
    passes: [
      {
        previous: "In the charter of 1506, the duke gave up his rights.",
        sentence: "Eight months later, the ban was lifted.",
      },
      {
        previous: "The report says that the river is clean.",
        sentence: "It was written by the council.",
      },
    ],
    test: (v) => POINTS_BACK.test(v.previous),
  },
  {
    id: "lead-in.unnamed-demonstrative",
    why: "'this fight', 'these websites' must point at something the sentence shown names: a lead-in without the noun is the wrong context.",
    fires: [
      {
        previous: "A campaign has won many supporters.",
        sentence: "Members of the club have joined this struggle.",
      },
      {
        previous: "Nuts and raisins may be added.",
        sentence: "Another well-known variant is made with bread.",
      },
    ],
    passes: [
      {
        previous: "A struggle over the new rule began in May.",
        sentence: "Members of the club have joined this struggle.",
      },
      {
        previous: "A third of the workers were miners.",
        sentence: "These miners were a powerful force.",
      },
      {
        previous: "Bridges fail more often in spring floods than in summer storms.",
        sentence: "The record of the last flood adds weight to this reasoning.",
      },
    ],
    test: (v) => {
      const prev = v.previous.toLowerCase();
      // "this fight", "this mighty scourge": the noun is one of the next two words.
      const named = (w: string | undefined) =>
        w !== undefined && prev.includes(w.toLowerCase().slice(0, 5));
      return [...v.sentence.matchAll(DEMONSTRATIVE_NOUN)].some(
        (m) =>
          !/^(?:is|are|was|were|has|had|will|would|can|may|might)$/i.test(m[1]!) &&
          // "this reasoning", "this view": the sentence shown is itself what it points at.
          !(/^this\s/i.test(m[0]) && DISCOURSE_NOUN.test(m[1]!)) &&
          !named(m[1]) &&
          !named(m[2]),
      );
    },
  },
  {
    id: "lead-in.previous-not-a-statement",
    why: "A question, a heading or a line ending in a colon is not context a student can lean on.",
    fires: [
      { previous: "Why does the sea rise?", sentence: "It rises because the water warms." },
      { previous: "How the tests work", sentence: "They measure the salt in the soil." },
      { previous: "There are three kinds:", sentence: "Each is made in a different region." },
    ],
    passes: [
      {
        previous: "The sea rises as the water warms.",
        sentence: "It also rises as ice on land melts.",
      },
    ],
    test: (v) => !/[.!]["”’)\]]*$/.test(v.previous.trim()),
  },
  {
    id: "lead-in.previous-image-file",
    why: "A previous sentence a picture's file name and caption ran into ('Loom with Jacquard_0231.jpg The pattern …'), or a caption that says where its picture stands ('Right: Workers lower …'), shows a picture's words in the quoted context.",
    fires: [
      {
        previous: "Mill loom with Jacquard_0231.jpg The pattern is drawn at six times its size.",
        sentence: "The design is then punched onto cards.",
      },
      {
        previous: "Right: Workers lower the capsule onto its rocket.",
        sentence: "The agency approved the capsule's design in March.",
      },
    ],
    passes: [
      {
        previous: "The pattern is drawn at six times its size.",
        sentence: "The design is then punched onto cards.",
      },
    ],
    test: (v) => IMAGE_FILE.test(v.previous) || PICTURE_POSITION.test(v.previous.trim()),
  },
  {
    id: "lead-in.previous-shouted",
    why: "A previous sentence that shouts a name in capitals ('The CHARTER OF DUNMERE is…', an encyclopedia's opening) shows stray capitals in the quoted context.",
    fires: [
      {
        previous: "The TREATY OF WEXLEY is a peace treaty signed in 1412.",
        sentence: "It ended the war between the two valleys.",
      },
    ],
    passes: [
      {
        previous: "The NATO summit met in the city in 1999.",
        sentence: "It agreed on a new treaty.",
      },
    ],
    test: (v) => CAPITALS_RUN.test(v.previous),
  },
  {
    id: "lead-in.previous-open-quote",
    why: "A previous sentence that opens or closes a quotation running over several sentences shows a broken quote.",
    fires: [
      {
        previous: "‘I am proud of the crew,’ said the director. ‘Their focus kept us on track.",
        sentence: "The crew completed 140 experiments.",
      },
    ],
    passes: [
      {
        previous: "‘I am proud of the crew,’ said the director.",
        sentence: "The crew completed 140 experiments.",
      },
    ],
    test: (v) => {
      const open = (v.previous.match(/[‘“]/g) ?? []).length;
      const close = (v.previous.match(/[”]|’(?![\p{L}])/gu) ?? []).length;
      return open !== close;
    },
  },
  {
    id: "lead-in.previous-too-long",
    why: "A lead-in longer than a short sentence buries the question; the item stays a draft.",
    fires: [
      {
        previous:
          "The treaty, which was drafted over many months by envoys of both kingdoms and revised twice after the war of succession had ended, was signed in the abbey before a great crowd of nobles, clergy and townspeople from all the nearby towns.",
        sentence: "It held for five years.",
      },
    ],
    passes: [
      { previous: "The treaty was signed in the abbey.", sentence: "It held for five years." },
    ],
    test: (v) => words(v.previous) > CONFIG.leadIn.maxWords || words(v.previous) < 4,
  },
  {
    id: "lead-in.no-person",
    why: "A 'he' or 'her' needs a person in the sentence shown; a lead-in naming none leaves the pronoun as vague as before.",
    fires: [
      {
        previous: "The harbour was rebuilt after the storm of 1890.",
        sentence: "He paid for most of the work himself.",
      },
    ],
    passes: [
      {
        previous: "The harbour was rebuilt by Tomas Reyna after the storm of 1890.",
        sentence: "He paid for most of the work himself.",
      },
      {
        previous: "The old king died in the spring.",
        sentence: "His son ruled for forty years.",
      },
    ],
    test: (v) =>
      HE_SHE.test(v.sentence) &&
      !CAPITALISED_WORD.test(v.previous) &&
      !PERSON_NOUN.test(v.previous) &&
      !HE_SHE.test(v.previous),
  },
  {
    id: "lead-in.no-plural",
    why: "A 'they', 'their' or subject 'these' needs something plural in the sentence shown (not 'six years').",
    fires: [
      {
        previous: "The bridge was closed in May.",
        sentence: "They reopened it in June.",
      },
      {
        previous: "The dam was finished after six years of work.",
        previousPlurals: ["years"],
        sentence: "By then the budget of their museum had doubled.",
      },
    ],
    passes: [
      {
        previous: "The bridge and the ferry were closed in May.",
        sentence: "They reopened in June.",
      },
      {
        previous: "Dunes are large heaps of sand.",
        sentence: "They are melting faster each year.",
      },
    ],
    test: (v) => {
      if (!THEY.test(v.sentence.replace(/^[“"‘(\s]+/, ""))) return false;
      if (/\b(?:people|men|women|children|police|both|and)\b/i.test(v.previous)) return false;
      const plurals = v.previousPlurals ?? v.previous.match(/\b\p{L}{3,}[^su\s]s\b/giu) ?? [];
      return !plurals.some((w) => !MEASURE_PLURAL.test(w));
    },
  },
  REFERENT_NOT_SHOWN,
];
