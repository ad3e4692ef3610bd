import { CONFIG } from "./config";
import type { Claim, SentenceRecord } from "./extract-claims";
import { present } from "./present";
import { firstFiring, type Rule } from "./rules";
import { stripCitations } from "./text-utils";

/**
 * The lead-in stage: a sentence that leans on the one before ("It…", "These slaves…", "As a
 * result…") is not dropped but asked with that sentence shown first ("Context: “…” …"). The item
 * still cites its own sentence and its answer still comes from it; the lead-in only gives the
 * student what the writer's reader had just read. A sentence whose previous sentence cannot
 * serve (it leans itself, it runs long, it is a heading) stays a draft as before.
 */

/** An opening that ties the sentence to the one before: fine with the lead-in, vague alone. */
const LINKING_OPENING =
  /^(?:as\s+a\s+result|as\s+a\s+consequence|consequently|however|therefore|thus|hence|instead|otherwise|in\s+contrast|by\s+contrast|on\s+the\s+other\s+hand|similarly|likewise|besides|for\s+this\s+reason|for\s+that\s+reason|(?:that|this)(?:['’]s|\s+is)\s+because|nevertheless|nonetheless|in\s+turn|even\s+so|at\s+the\s+same\s+time)\b/i;

/** A sentence that leans on the previous one by its opening word, whatever the gate thinks. */
export const LEANS_RULES: Rule<string>[] = [
  {
    id: "lead-in.linking-opening",
    why: "'As a result', 'However', 'That's because' relate the sentence to the one before: without it the student cannot tell what resulted or what is contrasted.",
    fires: [
      "As a result, the river flooded the lower town.",
      "However, the council rejected the plan.",
      "That's because salt water freezes at a lower temperature.",
    ],
    passes: [
      "The river flooded the lower town in 1910.",
      "As a rule, the council meets every month.",
    ],
    test: (s) => LINKING_OPENING.test(s.replace(/^[“"‘(\s]+/, "")),
  },
];

/** What a rule sees: the sentence asked about and the one before it (already cleaned). */
export interface LeadInView {
  sentence: string;
  previous: string;
  /** Plural nouns of the previous sentence, when the tagger has read it. */
  previousPlurals?: string[];
}

const PREV_LEANS =
  /^(?:it|its|this|that|these|those|they|them|their|he|him|his|she|her|such|another|the\s+other|then|both|each|neither|so|but|and|yet|however|therefore|thus|as\s+a\s+result|similarly|instead|the\s+(?:former|latter))\b/i;
/** "this treaty", "these websites": a demonstrative before a noun-like word. */
const DEMONSTRATIVE_NOUN =
  /\b(?:this|these|those|another|the\s+other)\s+(\p{L}{3,})(?:\s+(\p{L}{3,}))?/giu;
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

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

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
    ],
    passes: [
      {
        previous: "The new dam was finished in 1910 after a long dispute.",
        sentence: "As a result, the river flooded the lower town.",
      },
    ],
    test: (v) => PREV_LEANS.test(v.previous.replace(/^[“"‘(\s]+/, "")),
  },
  {
    id: "lead-in.previous-points-back",
    why: "'In this treaty…', 'the other side': a previous sentence that points back itself leaves the student one sentence short.",
    fires: [
      {
        previous: "In this treaty, the king gave up his claim.",
        sentence: "Eight months later, the interdict was lifted.",
      },
      {
        previous: "The others signed a similar letter.",
        sentence: "It was sent to the Pope.",
      },
    ],
    passes: [
      {
        previous: "In the treaty of 1328, the king gave up his claim.",
        sentence: "Eight months later, the interdict was lifted.",
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
        previous: "A petition has gathered many signatures.",
        sentence: "Users of the network have entered this fight.",
      },
      {
        previous: "Garlic and tomatoes may be added.",
        sentence: "Another well-known variant is made with bread.",
      },
    ],
    passes: [
      {
        previous: "A fight over the new law began in May.",
        sentence: "Users of the network have entered this fight.",
      },
      {
        previous: "A third of the people were slaves.",
        sentence: "These slaves were a powerful interest.",
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
      { previous: "How the tests work", sentence: "They measure your blood glucose." },
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
      !/\s\p{Lu}\p{Ll}+/u.test(v.previous) &&
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
        previous: "Glaciers are large masses of ice.",
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
];

/** Plural nouns of a sentence as the tagger read it ("glaciers", "people"). */
function plurals(rec: SentenceRecord): string[] | undefined {
  return rec.analysis?.tokens
    .filter(
      (t) =>
        (t.pos === "NOUN" && t.text.toLowerCase() !== t.lemma.toLowerCase()) ||
        (t.pos === "PROPN" && /s$/.test(t.text)),
    )
    .map((t) => t.text);
}

/** Reasons a previous sentence fails that the sentence before it may cure. */
const CHAINABLE = new Set(["lead-in.previous-leans", "lead-in.previous-points-back"]);

/** The previous sentence as the student reads it: clean, with its quotes made single. */
export function leadInText(previous: string): string {
  return present(stripCitations(previous))
    .replace(/^\d{1,3}\s{2,}(?=\p{Lu})/u, "")
    .replace(/\s+/g, " ")
    .replace(/[“”"]/g, (q) => (q === "”" ? "’" : q === "“" ? "‘" : "'"))
    .trim();
}

/** The author's "I" — not a regnal numeral ("Edward I", "Pope Pius I"). */
const FIRST_PERSON = /\b(?:me|my|mine|myself)\b|(?<!(?:\p{Lu}[\p{L}’']*|_____)\s)\bI\b(?!\s+of\b)/u;

/**
 * "I have argued that _____ …" → "The author writes: “I have argued that _____ …”": a blank in
 * the author's own voice says whose "I" it is. Questions and statements are left as they are.
 */
export function attributeToAuthor(prompt: string): string {
  // "I have written before…" opens the sentence; a capital before "I" elsewhere is a name.
  if (!prompt.includes("_____") || !FIRST_PERSON.test(prompt)) return prompt;
  if (/^The author writes/.test(prompt)) return prompt;
  const inner = prompt.replace(/[“”"]/g, (q) => (q === "”" ? "’" : q === "“" ? "‘" : "'"));
  return `The author writes: “${inner}”`;
}

/** A prompt without its lead-in: the question or statement itself. */
export function withoutLeadIn(prompt: string): string {
  return prompt.replace(/^Context: “[^”]*” /, "");
}

/** The prefix a leaning item's prompt is asked after. */
export function leadInPrefix(previous: string): string {
  return `Context: “${leadInText(previous)}”`;
}

/** Words that point outside the sentence: an item showing none of them needs no lead-in. */
const ANAPHOR =
  /\b(?:it|its|itself|they|them|their|themselves|he|she|his|her|him|hers|this|these|those|such|another|other|others|former|latter|same|similar|similarly|both|each|then|later|earlier|instead|likewise|so)\b/i;

export interface LeadIn {
  /** "Context: “…”" */
  prefix: string;
  /** True when every item on the claim needs it (a link word, "The two cities", "Six days later"). */
  always: boolean;
}

/**
 * Does this item need its claim's lead-in? A question that leaves out the pointing part of the
 * sentence ("What does X aim to do?" of "X aims to … this community") reads alone.
 */
export function needsLeadIn(lead: LeadIn, shown: string): boolean {
  return lead.always || ANAPHOR.test(shown);
}

/**
 * Per claim key, the lead-in prefix of each claim that leans on its previous sentence and can
 * be given it. `leans` is the gate's own verdict (a pronoun, "this X", "the other"…).
 */
export function findLeadIns(
  claims: Claim[],
  sentences: SentenceRecord[],
  leans: (c: Claim) => boolean,
  onRule?: (rule: string, claim: Claim) => void,
): Map<string, LeadIn> {
  const at = new Map<string, number>();
  sentences.forEach((s, i) => at.set(`${s.paragraph}:${s.sentence}`, i));
  const byPlace = new Map(claims.map((c) => [`${c.paragraph}:${c.sentence}`, c]));
  const out = new Map<string, LeadIn>();
  for (const claim of claims) {
    // A borrowed referent already stands in the sentence, and its cited text shows the source.
    if (claim.context) continue;
    const linking = firstFiring(LEANS_RULES, claim.text);
    if (!linking && !leans(claim)) continue;
    const i = at.get(`${claim.paragraph}:${claim.sentence}`) ?? -1;
    const prev = sentences[i - 1];
    // The sentence before, in its paragraph (or closing the paragraph before, for a first sentence).
    if (!prev || !prev.eligible || (prev.paragraph !== claim.paragraph && claim.sentence !== 0))
      continue;
    const sentence = leadInText(claim.text);
    const previous = leadInText(prev.text);
    const previousPlurals = plurals(prev);
    // A lead-in sentence with a pronoun of its own is shown with the sentence before it too.
    const pointsBack = (rec: SentenceRecord) => {
      const c = byPlace.get(`${rec.paragraph}:${rec.sentence}`);
      return (
        c !== undefined && (c.needsContext === "pronoun" || c.needsContext === "demonstrative")
      );
    };
    let lead = previous;
    let blocked = pointsBack(prev)
      ? LEAD_IN_RULES[0]!
      : firstFiring(LEAD_IN_RULES, { sentence, previous, previousPlurals });
    const before = sentences[i - 2];
    if (
      blocked &&
      CHAINABLE.has(blocked.id) &&
      before?.eligible &&
      before.paragraph === prev.paragraph
    ) {
      const first = leadInText(before.text);
      const two = `${first} ${previous}`;
      const firstOk =
        !pointsBack(before) &&
        firstFiring(LEAD_IN_RULES, {
          sentence: previous,
          previous: first,
          previousPlurals: plurals(before),
        }) === null;
      blocked =
        !firstOk || words(two) > CONFIG.leadIn.maxChainWords
          ? blocked
          : firstFiring(
              LEAD_IN_RULES.filter(
                (r) => !CHAINABLE.has(r.id) && r.id !== "lead-in.previous-too-long",
              ),
              {
                sentence,
                previous: two,
                previousPlurals: [...(plurals(before) ?? []), ...(previousPlurals ?? [])],
              },
            );
      if (!blocked) lead = two;
    }
    if (blocked) {
      onRule?.(blocked.id, claim);
      continue;
    }
    onRule?.(linking ? linking.id : "lead-in.previous-sentence", claim);
    const always =
      linking !== null ||
      claim.needsContext === "definite_subject" ||
      claim.needsContext === "relative_time" ||
      !ANAPHOR.test(claim.text);
    out.set(claim.key, { prefix: `Context: “${lead}”`, always });
  }
  return out;
}
