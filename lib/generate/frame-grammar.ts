import type { Rule } from "./rules";

/**
 * The grammar of a statement's frame (generator 2.6, precision): what the sentence kept that no
 * longer fits once it is stated as "According to X, …". A connective that tied the sentence to
 * the one before ("For if …", "And the …", "Nay, …") and an apposition that described the
 * speaker of an "according to X" aside at the sentence's end ("…, according to Ana Ruiz, a
 * teacher at the school.") are cut; the claim reads whole without them.
 */

/** The frame a statement opens with, after a lead-in when there is one. */
const FRAME =
  /^((?:Context: “[^”]*” )?(?:According to [^,]{2,80}?(?: \(quoted in the text\))?, |The essay suggests that ))/u;

/**
 * A connective that opens the framed sentence, and what may follow it for it to be one: "for"
 * only before a clause ("for if", "for we", "for there is"), "so"/"thus" only before a subject or
 * a comma ("so many", "thus far" stay), "but" not as "but for".
 */
const CONNECTIVE = new RegExp(
  "^(?:" +
    [
      "(?:and|nay)\\s*,?\\s+",
      "(?:moreover|furthermore|besides|what(?:'s|’s|\\s+is)\\s+more)\\s*,\\s*",
      "but\\s*,?\\s+(?!for\\b)",
      "yet\\s*,\\s*|yet\\s+(?=(?:the|a|an|we|they|he|she|it|i|you|there|this|these|those|his|her|their|our|its)\\s)",
      "(?:so|thus)\\s*,\\s*|(?:so|thus)\\s+(?=(?:the|a|an|we|they|he|she|it|i|you|there|this|these|those|his|her|their|our|its|if|when)\\s)",
      "for\\s+(?=(?:if|when|where|though|although|since|unless|while|whereas|we|they|he|she|i|you|men|whoever|whatever)\\s|there\\s+(?:is|are|was|were|will|would|can|could|must|may|might)\\s|it\\s+(?:is|was|will|would|has|had|must|may|might|can|could|cannot|does|did|seems|appears)\\s)",
      // "for the hope of thanks is vain": a noun phrase (no second determiner in it) and a finite verb.
      "for\\s+(?=(?:the|a|an|this|that|these|those|such|every|no)\\s+(?:(?!(?:the|a|an)\\s)[\\p{L}'’-]+\\s+){1,4}?(?:is|are|was|were|has|have|had|will|would|can|could|must|may|might|shall|should|does|do|did)\\s)",
    ].join("|") +
    ")",
  "iu",
);

/** "Support old files. For most files, the reader …": a short heading run into the sentence. */
const HEADING_THEN_SENTENCE =
  /^((?:[\p{L}\p{N}`’'-]+\s+){0,4}[\p{L}\p{N}`’'-]+)\.\s+(\p{Lu}[\p{L}’'-]*)(?=\s)/u;

/** Abbreviations a full stop follows inside a sentence. */
const ABBREVIATION =
  /^(?:Mrs|Mr|Ms|Dr|St|Jr|Sr|No|Gen|Col|Capt|Sen|Rep|Prof|Rev|Mt|Ft|vs|etc|Inc|Ltd|Co)$/iu;

export const FRAME_PRESENT_RULES: Rule<string, string>[] = [
  {
    id: "present.connective-after-frame",
    why: "'According to the essay, for if you lower the rate, …', '…, and the town grew': a connective that tied the sentence to the one before is a leftover once the sentence stands alone after a frame; the judges call it ungrammatical. The claim holds without it.",
    fires: [
      "According to the essay, for if you lower the toll, more carts will cross the bridge.",
      "According to the essay, and the town grew around the mill.",
      "According to the essay, nay, the river itself changed course.",
      "According to the essay, so the farmers left the valley.",
      "The essay suggests that but the rains came late that year.",
      "According to a local teacher, for there is no other road to the coast.",
      "According to the essay, what’s more, the ferry runs only in summer.",
      "According to the essay, for the hope of thanks is vain and is always disappointed.",
    ],
    passes: [
      "According to the essay, for many farmers the rains came late.",
      "According to the essay, for example, the river changed course.",
      "According to the essay, so many farmers left that the mill closed.",
      "According to the essay, but for the levee the town would have flooded.",
      "According to the essay, for the old levee the town would have paid twice.",
      "According to the essay, forty carts crossed the bridge.",
      "For if you lower the toll, more carts will cross _____.",
    ],
    test: (s) => {
      const f = FRAME.exec(s);
      if (!f) return null;
      const rest = s.slice(f[0].length);
      const c = CONNECTIVE.exec(rest);
      if (!c) return null;
      const tail = rest.slice(c[0].length);
      // At least a short clause must remain.
      if (tail.split(/\s+/).length < 4) return null;
      return f[1]! + tail;
    },
  },
  {
    id: "present.heading-after-frame",
    why: "'According to the essay, support old files. For most files, the reader …': a list entry's short heading ran into the sentence it heads; stated after a frame it reads as two broken sentences. The heading is cut, the sentence stays.",
    fires: [
      "According to the essay, support old files. For most files, the reader should open them at once.",
      "According to the essay, keep it short. Writing less makes the point clearer to every reader.",
    ],
    passes: [
      "According to the essay, for most files, the reader should open them at once.",
      "According to the essay, the mill closed in 1910. Its workers moved to the coast that year.",
      "According to Dr. Ruiz, the river is clean.",
      "According to the essay, President John F. Kennedy opened the bridge in 1962.",
      "According to the essay, visitors to St. Louis often take the river boats north.",
    ],
    test: (s) => {
      const f = FRAME.exec(s);
      if (!f) return null;
      const rest = s.slice(f[0].length);
      const m = HEADING_THEN_SENTENCE.exec(rest);
      // A heading has no subject and finite verb of its own: it opens with a bare verb or a noun
      // and has no determiner-led subject ("the mill closed in 1910").
      if (!m || /^(?:the|a|an|this|that|its|his|her|their|our|it|they|he|she|we|i)\b/iu.test(m[1]!))
        return null;
      // "Mr. Ruiz", "John F. Kennedy", "St. Louis": an abbreviation or an initial, no heading.
      const last = m[1]!.split(/\s+/).pop()!;
      if (!/\s/u.test(m[1]!) || last.length < 3 || ABBREVIATION.test(last)) return null;
      if (/\b(?:is|are|was|were|has|have|had|will|can|\p{Ll}+ed)\b/u.test(m[1]!)) return null;
      const tail = rest.slice(m[1]!.length + 1).trimStart();
      if (tail.split(/\s+/).length < 6) return null;
      const w = m[2]!;
      const lower =
        /ing$|^(?:The|A|An|For|If|When|In|On|At|As|With|By|Most|Some|Many|Every|Each|Any|All)$/u.test(
          w,
        );
      return f[1]! + (lower ? w.toLowerCase() + tail.slice(w.length) : tail);
    },
  },
];

export interface AsideView {
  /** The sentence before ", according to X". */
  before: string;
  /** What follows the aside's closing comma (or the sentence's end). */
  after: string;
}

/** "a teacher of trade at the college.", "the group's founder.": an apposition that ends the sentence. */
const APPOSITION_TO_END = /^\s*(?:a|an|the|one of the|its|his|her|their)\s+\p{Ll}[^,;:]*[.!]?\s*$/u;

/** Finite verbs that show the rest is the sentence going on ("…, according to X, will …"). */
const GOES_ON =
  /^\s*(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|should|do|does|did)\b/iu;

export const ASIDE_RULES: Rule<AsideView, string>[] = [
  {
    id: "speaker.aside-apposition",
    why: "'Ads lean on nostalgia, according to Ana Ruiz, a teacher of trade at the college.': stated as 'According to Ana Ruiz, …', the apposition that described her dangles at the end of the claim … ads a teacher of trade at the college'); it is cut with the aside.",
    fires: [
      {
        before: "Ads lean on nostalgia more than before",
        after: " a teacher of trade at the city college.",
      },
      { before: "The harbour will close in May", after: " the port's manager." },
    ],
    passes: [
      { before: "The closure", after: " will save a million crowns a year." },
      { before: "Twelve people died in the clashes", after: "." },
      {
        before: "The closure",
        after: " the mayor's office, will save a million crowns.",
      },
    ],
    test: ({ after }) => (APPOSITION_TO_END.test(after) && !GOES_ON.test(after) ? "." : null),
  },
];

/** The words of "X, according to Y[, apposition]." once the aside is taken out. */
export function joinAroundAside(before: string, after: string, commaClosed: boolean): string {
  const cut = commaClosed ? ASIDE_RULES[0]!.test({ before, after }) : null;
  const rest = typeof cut === "string" ? cut : after;
  return `${before}${commaClosed && !cut ? " " : ""}${rest}`;
}

/**
 * Adjectives of a people or language the tagger's lexicon lacks ("British", "Spanish"): they
 * keep their capital wherever a clause is lowered ("What does the author say about British
 * singer …?", not "british singer").
 */
export const PEOPLE_ADJECTIVE =
  /^(?:British|English|Spanish|Irish|Welsh|Danish|Swedish|Finnish|Polish|Turkish|Kurdish|Flemish|Cornish|Scots|Dutch|French|Greek|Thai|Swiss|Somali|Afghan|Arab|Arabic|Czech|Slovak|Basque|Catalan|Latin|Hebrew|Yiddish|Hindi|Urdu|Bengali|Punjabi|Tamil|Persian|Maori|Inuit|Sami)$/u;

const DETERMINER =
  /^(?:The|A|An|This|That|These|Those|Some|Many|Most|Several|Other|Both|Each|Every|All|Its|Their|Our|His|Her)$/u;

export interface SpeakerCapitalView {
  /** The speaker as the sentence names them ("Varga", "Officials", "The ministry"). */
  who: string;
  /** Words the essay capitalises away from a sentence's start. */
  names: string[];
}

export const SPEAKER_CAPITAL_RULES: Rule<SpeakerCapitalView>[] = [
  {
    id: "speaker.name-keeps-capital",
    why: "'…, Ruiz said.' stated as 'According to ruiz, …': a speaker's name the essay writes with a capital inside sentences keeps it in the frame (the judges: 'formatting'); a role ('Officials said') is lowered as before.",
    fires: [
      { who: "Ruiz", names: ["Ruiz", "Ana"] },
      { who: "British officials", names: [] },
    ],
    passes: [
      { who: "Officials", names: ["Ruiz"] },
      { who: "The ministry", names: ["Ministry", "The"] },
    ],
    test: ({ who, names }) => speakerKeepsCapital(who, (w) => names.includes(w)),
  },
];

/** True when the speaker's first word is a name or a people's adjective, kept capitalised. */
export function speakerKeepsCapital(who: string, isName?: (w: string) => boolean): boolean {
  const first = who.match(/^\p{Lu}[\p{L}'’-]*/u)?.[0];
  // "The ministry": a determiner is never the name, whatever "The Times" elsewhere says.
  if (first === undefined || DETERMINER.test(first)) return false;
  return PEOPLE_ADJECTIVE.test(first) || isName?.(first) === true;
}

/** "For example, in _____ one person in five …": an opening that ties the sentence to the one before. */
const EXAMPLE_OPENING = /^(?:For example|For instance|In fact|Indeed|Now),\s+(?=\S)/u;

export const OPENING_PROMPT_RULES: Rule<string, string>[] = [
  {
    id: "prompt.example-opening",
    why: "'For example, in _____ one person in five …', 'Now, at the end of _____, …': an opening that makes the sentence an example of, or a step after, the one before reads as a leftover when the sentence is asked alone (the judges: 'ungrammatical'); the sentence holds without it.",
    fires: [
      "For example, in _____ one person in five rides a bicycle to work.",
      "In fact, the old bridge was built before _____.",
      "Now, at the end of _____, little that is new can be said.",
    ],
    passes: [
      "For example _____ is a word that is often misspelt.",
      "For many farmers the rains came late in _____.",
      "Nowadays, the old bridge carries only bicycles.",
    ],
    test: (s) => {
      const m = EXAMPLE_OPENING.exec(s);
      if (!m) return null;
      const rest = s.slice(m[0].length);
      return rest.charAt(0).toUpperCase() + rest.slice(1);
    },
  },
];
