import type { Rule } from "./rules";

/**
 * Object pronouns that point at nothing: "find it necessary to act", "made it possible that…".
 * The "it" stands for the clause that follows in the same sentence, so no sentence before is
 * needed to read it. The publish gate (missingReferent) asks these rules before holding an item
 * for an "it" after a verb.
 */
export interface PronounWindow {
  /** The verb before "it", "it", and the two words after it: "find it necessary to". */
  text: string;
}

const JUDGING_VERB =
  /^(?:find|finds|found|finding|make|makes|made|making|think|thinks|thought|deem|deems|deemed|consider|considers|considered|judge|judges|judged|feel|feels|felt|believe|believes|believed|hold|holds|held|render|renders|rendered)$/i;

export const REFERENT_RULES: Rule<PronounWindow>[] = [
  {
    id: "referent.anticipatory-it",
    why: "'find it necessary to', 'made it hard for', 'thought it wise that': an 'it' between a judging verb and an adjective stands for the clause after it, in the same sentence",
    fires: [
      { text: "find it necessary to" },
      { text: "made it possible for" },
      { text: "thought it wise that" },
      { text: "considered it proper to" },
    ],
    passes: [
      { text: "found it under the" },
      { text: "made it in the" },
      { text: "sold it to the" },
      { text: "find it on the" },
    ],
    test: ({ text }) => {
      const [verb, it, adj, after] = text.split(/\s+/);
      return (
        JUDGING_VERB.test(verb ?? "") &&
        /^it$/i.test(it ?? "") &&
        /^\p{Ll}{3,}$/u.test(adj ?? "") &&
        !/^(?:the|a|an|in|on|at|to|for|with|from|by|under|over|into|back|up|down|out|off|away)$/i.test(
          adj ?? "",
        ) &&
        /^(?:to|that|for)$/i.test(after ?? "")
      );
    },
  },
];

/** Does "it" in this window stand for a clause of its own sentence? */
export function anticipatoryIt(window: string): boolean {
  return REFERENT_RULES.some((r) => r.test({ text: window }));
}
