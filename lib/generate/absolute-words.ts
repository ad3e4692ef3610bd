import type { Rule } from "./rules";
import { ABSOLUTE_RE } from "./text-utils";

/**
 * "Always", "only", "all" in a true/false statement are a test-wise student's cue that it is
 * false. Some uses state no absolute at all: "all around the lake", "no rain at all",
 * "the tallest of all", "learn all about". Read past those before looking for an absolute.
 */
const IDIOMS =
  /\b(?:all\s+(?:around|over|along|across|about|through|the\s+way|the\s+time|in\s+all)|at\s+all|of\s+all|above\s+all|after\s+all|first\s+of\s+all|all\s+but)\b/gi;

export interface StatementText {
  text: string;
}

export const ABSOLUTE_RULES: Rule<StatementText>[] = [
  {
    id: "flaw.absolute-word",
    why: "An absolute word ('always', 'only', 'every') marks a true/false statement as the false one to a test-wise student; an idiom built on 'all' ('all around', 'at all', 'of all') is no absolute",
    fires: [
      { text: "Glaciers always move downhill at the same speed." },
      { text: "Only two bridges cross the river in the old town." },
      { text: "Every village in the valley has its own market day." },
      { text: "All of the early settlers came from the coast." },
    ],
    passes: [
      { text: "Warm winds carry dust all around the lake shore." },
      { text: "Some visitors to the park see no deer at all." },
      { text: "The north tower is the tallest of all." },
      { text: "Visitors can read the guide to learn all about the caves." },
      { text: "The river floods the valley in spring." },
    ],
    test: ({ text }) => ABSOLUTE_RE.test(text.replace(IDIOMS, " ")),
  },
];

/** Does the statement make an absolute claim (not merely use an idiom with "all")? */
export function hasAbsoluteWord(text: string): boolean {
  return Boolean(ABSOLUTE_RULES[0]!.test({ text }));
}
