import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";

// Kept where the rules first used them; remembered per item there (gate-asked.ts).
export { askedPart, shownPrompt } from "./gate-asked";
import { askedPart, shownPrompt } from "./gate-asked";

/**
 * First-person words: in a statement a student reads, "we" and "my" are nobody in particular.
 * "our planet" and "helps us" read as everyone's, and "Edward I" is a name.
 */
const FIRST_PERSON = /(?<![A-Z]\p{L}*\s)\bI\b(?!\.)|\b(?:me|my|mine|we)\b|\b(?:We|My|Me)\b/u;
/** "the CO2 that humans make when we burn coal": a "we" the statement has just named. */
const HUMANKIND = /\b(?:humans|people|mankind|humanity|everyone|everybody|society)\b/i;

function leansOnFirstPerson(asked: string): boolean {
  const m = FIRST_PERSON.exec(asked);
  return Boolean(m && !HUMANKIND.test(asked.slice(0, m.index)));
}

/**
 * Nouns that stand for an idea the text named just before ("the problem", "that exception", "the
 * easy way"): without their modifier the reader cannot tell which one is meant.
 */
const SHELL_NOUNS =
  "problem|problems|method|methods|exception|exceptions|way|ways|approach|approaches|question|issue|hack|hacks|idea|case|solution|difficulty|trick|choice|alternative|option|options|technique|strategy|scheme|procedure|proposal|model|models|principle|remedy|term|terms|argument|arguments|factor|factors|reason|reasons|techniques|device|devices";
/** After the noun: a verb or the clause's end, not a modifier that says which one. */
const ENDS_UNMODIFIED =
  "(?=\\s+(?:is|are|was|were|can|could|will|would|may|might|must|should|has|have|had|does|do|did)\\b|[.,;:!?]|$)";
const BARE_SHELL = new RegExp(
  `\\b(?:(?:the|that|those|this|these|such)\\s+(?:[\\p{Ll}-]+\\s+)?|(?:that|those|such)\\s+)(${SHELL_NOUNS})${ENDS_UNMODIFIED}`,
  "u",
);
/** "the second method will…", "the latter has…": an ordinal that points back, then its verb. */
const ORDINAL_REFERENCE =
  /\b(?:the\s+(?:(?:first|second|third)\s+\p{Ll}+|former|latter)\s+(?:is|are|was|were|can|could|will|would|may|might|must|should|has|have|had)\b|(?:a|an|the)\s+(?:second|third|fourth|fifth|further|final)\s+(?:reason|factor|cause|point|argument|step|problem|method)\b)/u;
/** "levers to address that.", "to justify this.": an object pointing back ("of it" often names its own). */
const BARE_OBJECT_PRONOUN =
  /\b(?:of|to|with|for|on|from|by|about|against|into|address|avoid|prevent)\s+(?:this|that|these|those)(?=[.,;:!?]|$)/;
/** "A classic example is…", "One instance is…": an example of something the item does not name. */
const EXAMPLE_OF_WHAT =
  /^(?:an?|one|another)\s+(?:[\p{Ll}-]+\s+)?(?:example|instance|illustration|case)\s+is\b/iu;
/** "in either can…", "of both.": a pronoun standing for two things named before. */
const PAIR_PRONOUN =
  /\b(?:in|of|to|for|from|with|by|on|between)\s+(?:either|neither|both)(?=\s+(?:can|could|is|are|was|were|will|would|may|might|must|should|has|have|had)\b|[.,;:!?]|$)/i;

const contentWords = (s: string) =>
  (s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.replace(/s$/, ""));
/** A run of capitalised words, small joining words allowed inside: a name the statement uses. */
const WHOLE_NAME = /^[A-Z][\p{L}’']+(?:\s+(?:of|for|on|and|the)?\s*[A-Z][\p{L}’']+)+$/u;
/**
 * Publishing rules from the blind judging of generator 2.4 on thirteen new real texts: statements
 * that lean on "we" or on an idea named before, options whose form gives the key away, places
 * nobody needs the text for, and definitions whose key is not one.
 */
export const JUDGED_GATE_RULES_5: Rule<GateView>[] = [
  {
    id: "gate.first-person-statement",
    why: "'According to the essay, we start with the user' or 'my role is…': a student cannot tell who 'we' or 'my' is; the item leans on the author's voice.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, we begin every design with a paper sketch.",
        answer: "True",
        sentence: "We begin every design with a paper sketch.",
      },
      {
        type: "short_answer",
        prompt: "What happens when we run out of money?",
        answer: "The project stops",
        sentence: "When we run out of money, the project stops.",
      },
      {
        type: "true_false",
        prompt:
          "Context: “Nobody comes to judge me.” According to the essay, my job is to pass the idea on.",
        answer: "True",
        sentence: "My job is to pass the idea on.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, if you want to draw well, practice is a good start.",
        answer: "True",
        sentence: "If you want to draw well, practice is a good start.",
      },
      {
        type: "flashcard",
        prompt: "What main point does the author make in the paragraph that begins “We walked …”?",
        answer: "Walking was the only way to reach the pier.",
        sentence: "We walked to the pier.",
      },
      {
        type: "true_false",
        prompt: "Context: “We walked to the pier.” According to the essay, the ferry left at noon.",
        answer: "True",
        sentence: "The ferry left at noon.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, the smoke that people make when we burn wood warms the air.",
        answer: "True",
        sentence: "The smoke that people make when we burn wood warms the air.",
      },
    ],
    test: (v) =>
      ["true_false", "short_answer", "flashcard"].includes(v.type) &&
      leansOnFirstPerson(askedPart(shownPrompt(v)).asked),
  },
  {
    id: "gate.unresolved-shell-noun",
    why: "'the second method will be used', 'to justify that exception', 'the easy way is…': a noun standing for an idea named before, with nothing that says which.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, the second method will be tried in the northern towns.",
        answer: "True",
        sentence: "The second method will be tried in the northern towns.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, few cases are serious enough to justify that exception.",
        answer: "False",
        sentence: "Many cases are serious enough to justify that exception.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the simple approach is hard to remove.",
        answer: "False",
        sentence: "The simple approach is easy to remove.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, some extra cost would attend the building of that.",
        answer: "True",
        sentence: "Some extra cost would attend the building of that.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, a well-known example is a bakery at dawn: bread sells out fast.",
        answer: "True",
        sentence: "A well-known example is a bakery at dawn: bread sells out fast.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, mistakes in either are often fixed by force.",
        answer: "False",
        sentence: "Mistakes in either are rarely fixed by force.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the problem can be solved with simple tables.",
        answer: "True",
        sentence: "The problem can be solved with simple tables.",
      },
      // Judged in audit 16: "the term" a sentence before coined, "a third reason" for what.
      {
        type: "true_false",
        prompt: "According to the essay, the term was first used by the weavers of the valley.",
        answer: "True",
        sentence: "The term was first used by the weavers of the valley.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, a third reason is the cost of the new looms.",
        answer: "True",
        sentence: "A third reason is the cost of the new looms.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the problem of flooding can be solved with dykes.",
        answer: "True",
        sentence: "The problem of flooding can be solved with dykes.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, the carts were of two kinds, the first in the shape of a box.",
        answer: "True",
        sentence: "The carts were of two kinds, the first in the shape of a box.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the leaves of each kind of oak have their own shape.",
        answer: "True",
        sentence: "The leaves of each kind of oak have their own shape.",
      },
      {
        type: "true_false",
        leadIn: "Context: “The old method used sand.”",
        prompt: "According to the essay, the old method failed in winter.",
        answer: "True",
        sentence: "The old method failed in winter.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, along the way, the crew logged many hours of work.",
        answer: "True",
        sentence: "Along the way, the crew logged many hours of work.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the north end of it was flooded.",
        answer: "True",
        sentence: "The north end of it was flooded.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, learning comes from exploring the problem space.",
        answer: "True",
        sentence: "Learning comes from exploring the problem space.",
      },
      {
        type: "true_false",
        prompt:
          "Context: “The cheap method uses sand.” According to the essay, the cheap method fails in winter.",
        answer: "True",
        sentence: "The cheap method fails in winter.",
      },
    ],
    test: (v) => {
      if (!["true_false", "short_answer", "flashcard", "cloze"].includes(v.type)) return false;
      const { context, asked } = askedPart(shownPrompt(v));
      const m = BARE_SHELL.exec(asked);
      // "along the way", "by the way": an idiom, not a way the text described.
      const idiom =
        m &&
        /^ways?$/.test(m[1] ?? "") &&
        /\b(?:along|by|on|all|under|in|out of)\s+$/.test(asked.slice(0, m.index));
      const shell = m && !idiom && !new RegExp(`\\b${m[1]}\\b`, "i").test(context);
      return Boolean(
        shell ||
        ORDINAL_REFERENCE.test(asked) ||
        PAIR_PRONOUN.test(asked) ||
        BARE_OBJECT_PRONOUN.test(asked) ||
        EXAMPLE_OF_WHAT.test(asked),
      );
    },
  },
  {
    id: "gate.name-restates-predicate",
    why: "'The Journal of Bird Studies is a journal of studies on birds' is true by the name alone: nothing in it needs the text.",
    fires: [
      {
        type: "true_false",
        prompt:
          "According to the essay, the Northern Journal of Canal History is a journal that publishes canal history.",
        answer: "True",
        sentence:
          "The Northern Journal of Canal History is a journal that publishes canal history.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt:
          "According to the essay, the National Canal Survey puts the yearly value of canal freight at $20 million.",
        answer: "True",
        sentence:
          "The National Canal Survey puts the yearly value of canal freight at $20 million.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, the best songs in Port Elwin are those about growing up in Port Elwin.",
        answer: "True",
        sentence: "The best songs in Port Elwin are those about growing up in Port Elwin.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, the Harbour Ferry Service gives steady access to the harbour, easing the load on the Old Harbour Bridge.",
        answer: "True",
        sentence:
          "The Harbour Ferry Service gives steady access to the harbour, easing the load on the Old Harbour Bridge.",
      },
    ],
    test: (v) => {
      if (v.type !== "true_false" || v.answer !== "True") return false;
      // "X Journal of Y is a journal of Y": the name is the subject and the predicate classifies it.
      const m = /^(?:the\s+)?([A-Z][^,]*?)\s+(?:is|are|was|were)\s+(?:an?|the)\s+([\s\S]*)$/.exec(
        askedPart(shownPrompt(v)).asked,
      );
      if (!m || !WHOLE_NAME.test(m[1] ?? "")) return false;
      const name = new Set(contentWords(m[1] ?? ""));
      return new Set(contentWords(m[2] ?? "").filter((w) => name.has(w))).size >= 2;
    },
  },
];
