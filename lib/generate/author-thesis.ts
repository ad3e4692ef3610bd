import type { Rule } from "./rules";

/**
 * Where an argument states its thesis inside a frame ("I believe that X", "it appears clear to me
 * that X", "Hence it follows that X", "it is well known that X"), the claim a student should learn
 * is X. Older argumentative prose wraps most of its claims this way; read as it stands, such a
 * sentence starts with "I" or "it" and no true statement is made from it.
 * Each rule returns the statement to test, or null: the first that fires decides.
 */
export interface ThesisInput {
  /** The sentence, cleaned, discourse starts ("Besides,", "Hence,") already dropped. */
  text: string;
}

export interface Thesis {
  /** "argues": the author's own view, asked as "The author argues that X". "states": X as stated. */
  frame: "argues" | "states";
  claim: string;
  /** An opening kept in front of the claim ("as to floods caused by rain"), lower-cased. */
  opening?: string;
}

const FIRST_PERSON = /\b(?:I|me|my|mine|myself)\b/;
// A claim that opens on a pronoun or demonstrative points at a sentence the student cannot see.
const POINTS_BACK = /^(?:this|that|these|those|it|they|such)\b/i;

function keep(frame: Thesis["frame"], claim: string | undefined, opening = ""): Thesis | null {
  if (!claim || FIRST_PERSON.test(claim) || POINTS_BACK.test(claim)) return null;
  if (claim.split(/\s+/).length < 5) return null;
  // An opening kept in front of the claim ("as to floods caused by rain, …") says which case the
  // claim is about: without it "dangers of that kind" would point nowhere.
  if (!opening) return { frame, claim };
  return { frame, claim, opening: `${opening.charAt(0).toLowerCase()}${opening.slice(1)}` };
}

const CLEAR = String.raw`(?:clear|evident|plain|certain|obvious|manifest)`;
const DEGREE = String.raw`(?:(?:equally|quite|very|no\s+less|perfectly|abundantly)\s+)?`;
/** "It is quite clear to me that …", after an optional "As to X,": built once, not per sentence. */
const CLEAR_TO_ME = new RegExp(
  String.raw`^(?:((?:As\s+to|As\s+for|With\s+regard\s+to|In\s+the\s+case\s+of)\s[^,;]{3,120}),\s+)?it\s+(?:appears|seems|is)\s+${DEGREE}${CLEAR}\s+to\s+me\s+that\s+(.+)$`,
  "i",
);

export const THESIS_RULES: Rule<ThesisInput, Thesis>[] = [
  {
    id: "thesis.i-believe",
    why: "'I think X', 'I am convinced that X': the author's own claim is X, asked as what the author argues",
    fires: [
      { text: "I think the county council should scrap bus fares for pupils." },
      {
        text: "I am fully convinced that a single canal company would keep the locks in better repair.",
      },
    ],
    passes: [
      { text: "I think this was a mistake, and I think it is time to fix it." },
      { text: "I would argue that my town needs a tram." },
      { text: "I walked to the harbour before the storm broke." },
    ],
    test: ({ text }) => {
      const m = text.match(
        /^I\s+(?:would\s+)?(?:think|believe|argue|suspect|contend|maintain|(?:am|become|feel)\s+(?:(?:more|fully|thoroughly|firmly|quite)\s+)?(?:convinced|persuaded|satisfied|sure)|answer|reply|say|hold|insist|submit|conclude|affirm|assert)\s+(?:that\s+)?(.+)$/,
      );
      return keep("argues", m?.[1]);
    },
  },
  {
    id: "thesis.clear-to-me",
    why: "'It seems plain to me that X' (after an opening that names the case, 'As to Y, …') is the author arguing X; the opening stays when it says which case X is about",
    fires: [
      {
        text: "It seems plain to me that a town with two ferries is better served than one with a single bridge.",
      },
      {
        text: "As to fires that start in the dry season, it seems no less plain to me that one well-trained brigade gives more safety against dangers of that kind than several small crews.",
      },
    ],
    passes: [
      { text: "It seems plain to me that this is wrong." },
      { text: "It is clear that the river floods every spring." },
    ],
    test: ({ text }) => {
      const m = text.match(CLEAR_TO_ME);
      return m ? keep("argues", m[2], m[1]) : null;
    },
  },
  {
    id: "thesis.it-follows",
    why: "'It will result that X', 'it follows that X': the consequence the argument draws is X; the frame only links it to the reasons before",
    fires: [
      {
        text: "It will result that the joint board will be more careful and more consistent than the separate parish boards.",
      },
      { text: "It follows that a larger market attracts more sellers than a small one." },
    ],
    passes: [
      { text: "It follows that they were wrong." },
      { text: "It followed the river for three miles." },
    ],
    test: ({ text }) => {
      const m = text.match(
        /^it\s+(?:will\s+|must\s+|would\s+)?(?:result|follows?|results)\s+that\s+(.+)$/i,
      );
      return keep("states", m?.[1]);
    },
  },
  {
    id: "thesis.known-observation",
    why: "'It is well known that X', 'it is an old observation that X' (or 'no new' one): the frame calls X common knowledge; the claim stated is X",
    fires: [
      {
        text: "It is well known that small shops are often trusted more than large chains by older customers.",
      },
      {
        text: "It is an old observation that farmers of any region seldom keep a crop that fails them for many years.",
      },
    ],
    passes: [
      { text: "It is well known that they disagree." },
      { text: "It is often said that small shops are trusted more." },
    ],
    test: ({ text }) => {
      const m = text.match(
        /^it\s+is\s+(?:well\s+known|(?:not\s+)?(?:a\s+new|an\s+old|a\s+common|a\s+familiar|no\s+new)\s+observation|generally\s+(?:agreed|acknowledged))\s+that\s+(.+)$/i,
      );
      return keep("states", m?.[1]);
    },
  },
];

/** "that X" or "that, as to Y, X": the claim as the object of "argues", "states". */
export function thatClause(t: Thesis): string {
  return t.opening ? `that, ${t.opening}, ${t.claim}` : `that ${t.claim}`;
}

/** The claim a framed sentence states, or null when it has no frame or the claim leans elsewhere. */
export function thesisOf(text: string): Thesis | null {
  for (const r of THESIS_RULES) {
    const t = r.test({ text });
    if (t) return t;
  }
  return null;
}
