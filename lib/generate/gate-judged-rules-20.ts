import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { INSTRUCTION_VERBS } from "./words";

/**
 * Rules from session 19 on rounds s29a–s29d's verdicts: the source's own slips copied into an
 * item, and an instruction to the reader asked as a true statement.
 */

/** "after after", "the the": a word typed twice. "had had" and "that that" are English. */
const DOUBLED_WORD = /\b(?!(?:had|that|is|do|can|will)\b)(\p{Ll}{2,})\s+\1\b/u;
/** "[feeling of]", "[sic]", "[3]": an editor's or a page's brackets inside the sentence. */
const EDITORIAL_BRACKET = /\[[^\]]{1,60}\]/u;
/** "seen from a many sides": an article left before "many" ("a great many" is English). */
const STRAY_ARTICLE = /\b[Aa]\s+many(?![-\p{L}])/u;
/** "According to the essay, follows a short dance in triple time.": an inverted sentence ("Then
 * follows …", "Here comes …") that lost its opening adverb has no subject before its verb. */
const VERB_FIRST =
  /^According to [^,]+,\s+(?:follows|followed|comes|came|remains|remained|lies|lay|stands|stood|appears|appeared|begins|began|ends|ended|enters|entered)\b/u;
/** "_____: The harbour is …": the blank is a post's or a speaker's label, not the sentence's. */
const LABEL_BLANK = /^_____\s*:/u;
/** "(via _____)", "(photo: _____)": the blank is a credit for where the words came from. */
const CREDIT_BLANK = /\((?:via|source|photo|image|credit|h\/t|hat tip)\s*:?\s*_____\s*\)/iu;
/** "– (;", "(, ", ",,", "( )": punctuation left where a link or a footnote was cut out. */
const CUT_PUNCTUATION = /\(\s*[;,.:]|[,;]\s*[,;]|\(\s*\)/u;

/**
 * "If your plan does not cover it, check with your insurer.": after a fronted clause, a bare
 * verb and what it acts on. An instruction is neither true nor false.
 */
const FRONTED_IMPERATIVE = new RegExp(
  `^(?:(?:however|but|and|so|also|otherwise|still|then|instead),?\\s+)?(?:if|when|before|after|once|unless|until|while|to|for|whenever|wherever|as\\s+soon\\s+as)\\b[^,]{3,120},\\s+(?:please\\s+|always\\s+|also\\s+|then\\s+|first\\s+)?(?:${INSTRUCTION_VERBS}|be|do|don['’]t|never)\\s+(?!(?:to|of|or|is|are|was|were|has|have|had|will|would|can|may|might)\\b)(?!and\\s+(?!(?:${INSTRUCTION_VERBS})\\b))`,
  "iu",
);

/** The statement or prompt a student reads, without the frame. */
const shown = (v: GateView) => v.prompt;

export const JUDGED_GATE_RULES_20: Rule<GateView>[] = [
  {
    id: "gate.source-slip",
    why: "'after after', '[feeling of]', '– (;': a slip or an editor's mark copied from the page. Judges in rounds s29c and s29d rejected every such item as broken formatting; the student cannot tell a typo from a trap.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, the mill closed after after the flood of May.",
        answer: "True",
        sentence: "The mill closed after after the flood of May.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the crowd felt a [kind of] pride in the mill.",
        answer: "True",
        sentence: "The crowd felt a [kind of] pride in the mill.",
      },
      {
        type: "cloze",
        prompt: "The miller – (; born 1901) ran the _____ for forty years.",
        answer: "mill",
        sentence: "The miller – (; born 1901) ran the mill for forty years.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, seen from a many sides, the ban is an error.",
        answer: "True",
        sentence: "Seen from a many sides, the ban is an error.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the miller had had two mills before the flood.",
        answer: "True",
        sentence: "The miller had had two mills before the flood.",
      },
      {
        type: "cloze",
        prompt: "The miller (born 1901) ran the _____ for forty years.",
        answer: "mill",
        sentence: "The miller (born 1901) ran the mill for forty years.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, a great many sides saw the ban as an error.",
        answer: "True",
        sentence: "A great many sides saw the ban as an error.",
      },
    ],
    test: (v) =>
      STRAY_ARTICLE.test(shown(v)) ||
      DOUBLED_WORD.test(shown(v)) ||
      EDITORIAL_BRACKET.test(shown(v)) ||
      CUT_PUNCTUATION.test(shown(v)),
  },
  {
    id: "gate.fronted-instruction",
    why: "'If your plan does not cover it, check with your insurer': an instruction to the reader after a fronted clause is neither true nor false; both judges rejected it as a statement in round s29d.",
    fires: [
      {
        type: "true_false",
        prompt:
          "According to the essay, if your plan does not cover the drug, check with your insurer.",
        answer: "True",
        sentence: "If your plan does not cover the drug, check with your insurer.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, to hear the difference, place the two recordings side by side.",
        answer: "True",
        sentence: "To hear the difference, place the two recordings side by side.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, however, if the parcel has not come by Friday, call and ask the depot.",
        answer: "True",
        sentence: "However, if the parcel has not come by Friday, call and ask the depot.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt:
          "According to the essay, if the drug is not covered, patients pay for it themselves.",
        answer: "True",
        sentence: "If the drug is not covered, patients pay for it themselves.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, when prices fell, use of the drug rose sharply.",
        answer: "True",
        sentence: "When prices fell, use of the drug rose sharply.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, when the mills closed, use and supply of coal both fell.",
        answer: "True",
        sentence: "When the mills closed, use and supply of coal both fell.",
      },
    ],
    test: (v) => v.type === "true_false" && FRONTED_IMPERATIVE.test(v.sentence.trim()),
  },
  {
    id: "gate.label-or-credit-blank",
    why: "'_____: The port has a bigger problem at home.', '… attack on the mayor (via _____).': the blank is a quoted post's label or a credit for the source, not what the sentence says; judged trivial and broken in round s30a.",
    fires: [
      {
        type: "cloze",
        prompt: "_____: The port has a bigger problem at home.",
        answer: "Ada Lind",
        sentence: "Ada Lind: The port has a bigger problem at home.",
      },
      {
        type: "cloze",
        prompt: "The cartoon mocks the attack on the mayor (via _____).",
        answer: "Harbour Media Watch",
        sentence: "The cartoon mocks the attack on the mayor (via Harbour Media Watch).",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "_____ opened the port to foreign ships in 1854.",
        answer: "The treaty",
        sentence: "The treaty opened the port to foreign ships in 1854.",
      },
      {
        type: "cloze",
        prompt: "The goods reached the coast via _____ in ten days.",
        answer: "the river",
        sentence: "The goods reached the coast via the river in ten days.",
      },
    ],
    test: (v) =>
      v.type !== "true_false" && (LABEL_BLANK.test(v.prompt) || CREDIT_BLANK.test(v.prompt)),
  },
  {
    id: "gate.verb-first-statement",
    why: "'Then follows a short Allegro in three-four time.' asked as 'According to the essay, follows a short Allegro …': the linking adverb went with the lead-in and left the inverted sentence without a subject; judged ungrammatical in round s30c.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, follows a short dance in triple time.",
        answer: "True",
        sentence: "Then follows a short dance in triple time.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, a short dance in triple time follows the march.",
        answer: "True",
        sentence: "A short dance in triple time follows the march.",
      },
    ],
    test: (v) => v.type === "true_false" && VERB_FIRST.test(v.prompt),
  },
];
