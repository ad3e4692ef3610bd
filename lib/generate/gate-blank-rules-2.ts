import type { GateView } from "./gate-rules";
import { nameSex } from "./make-distractors";
import { analyze } from "./nlp";
import { perSentence, type Rule } from "./rules";

/**
 * Blanks the blind judges of generator 2.5 called obvious or ungrammatical for a general reason
 * (docs/quality/generator-2.6-blanks.md counts each rule against every judged set outside the
 * test half): an era marker as the key, a caption or list line with no finite verb (any item made
 * from it), a person's name blanked in a sentence that lists several other people.
 */

/** Calendar-era markers: "the 13th century _____" is filled by anyone. */
const ERA_KEY = /^(?:a\.?\s?d\.?|b\.?\s?c\.?(?:\s?e\.?)?|c\.?\s?e\.?)$/i;

/** Words that make a capitalised pair an institution or a place, not a person. */
const NOT_A_PERSON =
  /\b(?:University|College|School|Institute|Center|Centre|Council|Church|Court|House|Hall|Street|River|Lake|Mountains?|Valley|Bay|Island|Sea|Ocean|Park|Company|Corporation|Inc|Ltd|Bank|Party|Department|Ministry|Agency|Office|Association|Society|Foundation|Museum|Library|Station|Airport|Kingdom|Republic|States|Union|Nations|Army|Navy|Times|Post|News|Management|Business|Science|Research)\b/u;

/** Two or more capitalised words in a row ("Pete Davidson", "Charlie XCX"). */
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
 * A caption's shape, as the tagger sees it: no finite verb (an auxiliary, or a verb that is no
 * "-ing" and follows no "the"/"to"), and either a bullet or a participle after the opening noun
 * ("Satellite pictures showing …"). The tagger takes some verbs for nouns ("Polyps use …"): without
 * the participle or the bullet, a sentence is not called verbless.
 */
export function captionLine(sentence: string): boolean {
  const bullet = /^\s*[*•·]\s+/u.test(sentence);
  // Cheap first (the tagger is dear, and every item's sentence comes here): an auxiliary is a
  // finite verb, and a caption needs a bullet or a participle.
  if (FINITE_AUX.test(sentence) || (!bullet && !EARLY_PARTICIPLE.test(sentence))) return false;
  const toks = analyze(sentence.replace(/^\s*[*•·-]\s+/u, "")).tokens;
  const finite = toks.some(
    (t, i) =>
      t.pos === "AUX" ||
      (t.pos === "VERB" &&
        !/ing$/i.test(t.text) &&
        !/^(?:the|a|an|to)$/i.test(toks[i - 1]?.text ?? "") &&
        toks[i - 1]?.pos !== "DET"),
  );
  if (finite) return false;
  if (bullet) return true;
  // "Satellite pictures showing …", "Orbicella colonies spawning …": the participle follows the
  // opening noun phrase, with nothing but its nouns, adjectives and numbers before it.
  const ing = toks.findIndex((t) => t.pos === "VERB" && /ing$/i.test(t.text));
  return (
    ing > 0 &&
    toks.slice(0, ing).every((t) => /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos)) &&
    toks.slice(0, ing).some((t) => t.pos === "NOUN" || t.pos === "PROPN")
  );
}

const FINITE_AUX =
  /\b(?:am|is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|does|did)\b/i;

/** An "-ing" word among the second to sixth words, before any comma: "Satellite pictures showing". */
const EARLY_PARTICIPLE =
  /^\s*[^\s,;:]+(?:\s+[^\s,;:]+){0,4}?\s+(?!(?:during|nothing|something|anything|everything|king|morning|evening|spring|string)\b)\p{L}{2,}ing\b/iu;

const verbless = perSentence(captionLine);

/**
 * Three or more other full names, at least two of them people by their first name (the
 * lexicon's): "Super Bowl", "Come Near" and "He Gets Us" are no roll call.
 */
function rollCall(prompt: string): boolean {
  const names = otherFullNames(prompt);
  return names.length >= 3 && names.filter((n) => nameSex(n) !== null).length >= 2;
}

export const BLANK_GATE_RULES_2: Rule<GateView>[] = [
  {
    id: "gate.era-key",
    why: "'A kingdom that rose in the 13th century _____' → 'AD': an era marker after a century or a year is filled by anyone, and says nothing of the text.",
    fires: [
      {
        type: "cloze",
        prompt: "A trading town that grew in the 9th century _____, Velmar ruled the coast.",
        answer: "AD",
        sentence: "A trading town that grew in the 9th century AD, Velmar ruled the coast.",
      },
      {
        type: "cloze",
        prompt: "The wall was begun around 200 _____ and finished a century later.",
        answer: "BC",
        sentence: "The wall was begun around 200 BC and finished a century later.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The wall was begun around 200 BC by the _____.",
        answer: "Velmarans",
        sentence: "The wall was begun around 200 BC by the Velmarans.",
      },
    ],
    test: (v) => v.type !== "true_false" && ERA_KEY.test(v.answer.trim()),
  },
  {
    id: "gate.caption-line",
    why: "'Aerial photographs showing the harbour after the storm of _____.': a caption, a figure line or a list item with no finite verb is no sentence; a blank, a statement or a card made from it reads as an ungrammatical fragment.",
    fires: [
      {
        type: "cloze",
        prompt: "Aerial photographs showing the harbour before and after the storm of _____.",
        answer: "1987",
        sentence: "Aerial photographs showing the harbour before and after the storm of 1987.",
      },
      {
        type: "mcq",
        prompt: "Photographs of the lower valley in _____.",
        answer: "1902",
        sentence: "* Photographs of the lower valley in 1902.",
        choices: ["1902", "1898", "1905", "1910"],
      },
      {
        type: "true_false",
        prompt: "According to the essay, brain corals spawning at Gull Reef in the summer.",
        answer: "True",
        sentence: "Brain corals spawning at Gull Reef in the summer.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Aerial photographs showed the harbour before and after the storm of _____.",
        answer: "1987",
        sentence: "Aerial photographs showed the harbour before and after the storm of 1987.",
      },
      {
        type: "cloze",
        prompt: "Organ bellows were improved in _____ about 1400.",
        answer: "Flanders",
        sentence: "Organ bellows were improved in Flanders about 1400.",
      },
    ],
    test: (v) => verbless(v),
  },
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
