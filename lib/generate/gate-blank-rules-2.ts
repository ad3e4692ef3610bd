import type { GateView } from "./gate-rules";
import { nameSex } from "./make-distractors";
import type { Rule } from "./rules";

/**
 * A blank the blind judges of generator 2.5 called obvious for a general reason
 * (docs/quality/generator-2.6-blanks.md counts it against every judged set outside the test
 * half): a person's name blanked in a sentence that lists several other people. (An era marker as
 * the key and a caption line are `gate.era-or-unit-key` and `gate.caption-line`,
 * gate-grammar-rules.ts.)
 */

/** Words that make a capitalised pair an institution or a place, not a person. */
const NOT_A_PERSON =
  /\b(?:University|College|School|Institute|Center|Centre|Council|Church|Court|House|Hall|Street|River|Lake|Mountains?|Valley|Bay|Island|Sea|Ocean|Park|Company|Corporation|Inc|Ltd|Bank|Party|Department|Ministry|Agency|Office|Association|Society|Foundation|Museum|Library|Station|Airport|Kingdom|Republic|States|Union|Nations|Army|Navy|Times|Post|News|Management|Business|Science|Research)\b/u;

/** Two or more capitalised words in a row ("Ada Brandt", "Nils KVX"). */
const FULL_NAME = /\b\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu;

/** Other people named in a blank's prompt (full names only: first and last name). */
export function otherFullNames(prompt: string): string[] {
  const shown = prompt.replace(/_____/gu, " , ");
  return (shown.match(FULL_NAME) ?? []).filter((n) => {
    if (NOT_A_PERSON.test(n)) return false;
    // A sentence's first word ("The Kansas …", "In New …") is not a first name.
    const first = n.split(/\s+/u)[0]!;
    return !/^(?:The|A|An|In|On|At|By|If|And|But|When|While|As|For|From|With|After|Before|During|Since|Under|Over|Across|Actor|Actress|Singer|Comedian|Chef|Celebrity|Star|President|King|Queen|Senator|Governor|Professor|Dr|Mr|Mrs|Ms|Sir|Lady|Lord|Saint|St)$/u.test(
      first,
    );
  });
}

/**
 * Three or more other full names, at least two of them people by their first name (the
 * lexicon's): "Harvest Fair", "Hale Row" and "We Mend It" are no roll call.
 */
function rollCall(prompt: string): boolean {
  const names = otherFullNames(prompt);
  return names.length >= 3 && names.filter((n) => nameSex(n) !== null).length >= 2;
}

export const BLANK_GATE_RULES_2: Rule<GateView>[] = [
  {
    id: "gate.name-among-full-names",
    why: "'Talk-show host _____ and singer Ned Pike team up for a pan maker, while Ida Moss, Lou Kerr and Ray Dunn throw a party': a person blanked among three or more other people's full names is one entry of a roll call — a famous one is guessed, any other is trivia.",
    fires: [
      {
        type: "cloze",
        prompt:
          "Talk-show host _____ and singer Ned Pike team up for a pan maker, while Ida Moss, Lou Kerr and Ray Dunn throw a party for a soda brand.",
        answer: "Mara Holt",
        sentence:
          "Talk-show host Mara Holt and singer Ned Pike team up for a pan maker, while Ida Moss, Lou Kerr and Ray Dunn throw a party for a soda brand.",
        spanKind: "person",
      },
      {
        type: "cloze",
        prompt:
          "A crowd of stars, including _____, Ida Moss, Lou Kerr and Ray Dunn, appear in the ad.",
        answer: "Mara Holt",
        sentence:
          "A crowd of stars, including Mara Holt, Ida Moss, Lou Kerr and Ray Dunn, appear in the ad.",
        spanKind: "person",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt:
          "_____, a professor of history at Dunmore University’s School of Law, said the vote was close.",
        answer: "Mara Holt",
        sentence:
          "Mara Holt, a professor of history at Dunmore University’s School of Law, said the vote was close.",
        spanKind: "person",
      },
      {
        type: "cloze",
        prompt: "The new king, _____, signed a treaty with Ida Moss and Lou Kerr.",
        answer: "Ray Dunn",
        sentence: "The new king, Ray Dunn, signed a treaty with Ida Moss and Lou Kerr.",
        spanKind: "person",
      },
    ],
    test: (v) =>
      v.type !== "true_false" &&
      v.spanKind === "person" &&
      v.prompt.includes("_____") &&
      rollCall(v.prompt),
  },
];
