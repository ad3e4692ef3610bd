import type { GateView } from "./gate-rules";
import { analyze } from "./nlp";
import { perSentence, type Rule } from "./rules";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const STARTS_LOWER = /^\p{Ll}/u;
const ING_EXAMPLE = /^(?:(?:for example|for instance|e\.g\.),?\s+)?(\p{L}+ing\b.*)$/isu;

/** Hard-wrapped source text: the rules read its words, not its line breaks. */
const flat = (s: string) => s.replace(/\s+/g, " ");
/**
 * Publishing rules about what a question leaves open on new real texts: a "such" or an example
 * whose other half is elsewhere, a broken fixed phrase, a what-question the essay answers twice.
 */

/** "What do wetlands provide?": the subject's head noun and the verb, to find its other answers. */
const WHAT_DO = /^What (?:do|does|did) (?:the |a |an )?((?:\p{L}+ ){0,3}?)(\p{L}+) (\p{Ll}+)\?$/u;

/** How many sentences of the essay say "<noun> <verb>" (any ending, one word between at most). */
function timesSaid(essay: string, noun: string, verb: string): number {
  const stem = noun.replace(/(?:es|s)$/, "");
  const re = new RegExp(`\\b${stem}(?:s|es)?\\s+(?:\\p{Ll}+\\s+)?${verb}(?:s|es|ed|d)?\\b`, "giu");
  return (essay.match(re) ?? []).length;
}

/** "Thanks to Mara, Olle and Ann for…", "Thanks to everyone who…", "We thank…". */
const THANKS =
  /^\W*(?:(?:[Mm]any|[Ss]pecial|[Bb]ig)\s+)?[Tt]hanks\s+(?:also\s+)?to\s+(?:everyone|everybody|all\b|\p{Lu}[^.]*?\s+for\b)|^\W*(?:I|[Ww]e)\s+(?:would\s+like\s+to\s+|want\s+to\s+)?thank\b/u;
/** "email me at…", "mara AT example.org", an address with "@". */
const CONTACT =
  /\b(?:[Ee]-?mail|[Ww]rite\s+to|[Cc]ontact)\s+(?:me|us)\b|\S+\s+(?:AT|@)\s+\S+\.(?:com|org|net)\b|\S+@\S+\.\w+/u;

/** What every form of CONTACT needs (" me"/" us", "AT" or "@"): its \S+ forms backtrack at
 * every word, so it runs only where one of these is found. */
const CONTACT_HINT = /\s(?:me|us)\b|AT|@/u;

export const PRECISION_GATE_RULES_3: Rule<GateView>[] = [
  {
    id: "gate.verbless-example",
    why: "'For example, keeping enough grain in store…': an example set down without a verb is a fragment; asked alone it states nothing.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, having the dry hay in the barn before the winter.",
        answer: "True",
        sentence: "For example, having the dry hay in the barn before the winter.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, having grain on hand saves the village in winter.",
        answer: "True",
        sentence: "For example, having grain on hand saves the village in winter.",
      },
    ],
    test: perSentence((sentence) => {
      const m = ING_EXAMPLE.exec(flat(sentence).trim());
      if (!m) return false;
      const toks = analyze(m[1]!).tokens;
      // A finite verb: not the opening gerund, not "to make", not "the needed stock".
      return !toks.some(
        (t, k) =>
          k > 0 &&
          (t.pos === "VERB" || t.pos === "AUX") &&
          !/ing$/i.test(t.text) &&
          !/^(?:to|the|a|an)$/i.test(toks[k - 1]?.text ?? ""),
      );
    }),
  },
  {
    id: "gate.prefixed-fixed-phrase",
    why: "'due to' → 'undue to': a negative prefix on a word that only works in a fixed phrase makes no false statement, only a broken one.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, the shape of the dam is undue to its builder.",
        answer: "False",
        sentence: "The shape of the dam is due to its builder.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the dam put undue strain on the river.",
        answer: "False",
        sentence: "The dam put due strain on the river.",
      },
    ],
    test: (v) => {
      const m = /\b(?:un|in|im|dis)(due|owing|according|thanks|prior|next|close|equal) to\b/i.exec(
        v.prompt,
      );
      return m !== null && new RegExp(`\\b${m[1]} to\\b`, "i").test(flat(v.sentence));
    },
  },
  {
    id: "gate.what-question-answered-twice",
    why: "'What do wetlands provide?' when the essay says they provide homes, flood protection and food: the question has several right answers and the item keys one.",
    fires: [
      {
        type: "flashcard",
        prompt: "What do wetlands provide?",
        answer: "homes for many birds",
        sentence: "Wetlands provide homes for many birds.",
        essay:
          "Wetlands provide homes for many birds. By one estimate, coastal wetlands provide flood protection worth millions.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What do wetlands provide?",
        answer: "homes for many birds",
        sentence: "Wetlands provide homes for many birds.",
        essay: "Wetlands provide homes for many birds. They also store carbon.",
      },
    ],
    test: (v) => {
      if (v.type === "true_false" || !v.essay) return false;
      const m = WHAT_DO.exec(v.prompt.trim());
      return m !== null && timesSaid(v.essay, m[2]!, m[3]!) >= 2;
    },
  },
  {
    id: "gate.what-is-a-phrase",
    why: "'What are the birds from the marsh?' → 'a source of eggs': a what-is question asks for a definition, and a phrase with a place in it is no term to define.",
    fires: [
      {
        type: "flashcard",
        prompt: "What are the birds from the marsh?",
        answer: "a source of eggs for the village",
        sentence: "The birds from the marsh are a source of eggs for the village.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What are wetlands?",
        answer: "areas where water covers the soil",
        sentence: "Wetlands are areas where water covers the soil.",
      },
      {
        type: "short_answer",
        prompt: "What is the capital of Norland?",
        answer: "Ostby",
        sentence: "The capital of Norland is Ostby.",
      },
    ],
    test: (v) =>
      /^What (?:is|are|was|were) [^?]*\b(?:from|in|on|at|with|near|inside|around)\b[^?]*\?$/u.test(
        v.prompt.trim(),
      ) && STARTS_LOWER.test(v.answer.trim()),
  },
  {
    id: "gate.thanks-or-contact",
    why: "'Thanks to Mara for handling the details', 'email me at …': an acknowledgement or a contact line is the page's business with its readers, not something a student learns.",
    fires: [
      {
        type: "cloze",
        prompt: "Thanks to _____ and the volunteers for the coffee.",
        answer: "Mara Lind",
        sentence: "Thanks to Mara Lind and the volunteers for the coffee.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, thanks to Ann, Olle Berg and Mara for the maps.",
        answer: "True",
        sentence: "Thanks to Ann, Olle Berg and Mara for the maps.",
      },
      {
        type: "cloze",
        prompt: "Thanks to everyone who came to the meeting, like _____.",
        answer: "Olle Berg",
        sentence: "Thanks to everyone who came to the meeting, like Olle Berg.",
      },
      {
        type: "short_answer",
        prompt: "What should you do if you want a copy?",
        answer: "Email me at mara AT example.org",
        sentence: "If you want a copy, email me at mara AT example.org.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the town owed its harbour to the monks.",
        answer: "True",
        sentence: "The town owed its harbour to the monks.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, thanks to the levee, the town stayed dry.",
        answer: "True",
        sentence: "Thanks to the levee, the town stayed dry.",
      },
    ],
    test: perSentence((sentence) => {
      const s = flat(sentence);
      return THANKS.test(s) || (CONTACT_HINT.test(s) && CONTACT.test(s));
    }),
  },
  {
    id: "gate.if-question-instruction",
    why: "'What happens if you want a copy?' → 'Write to the town hall…': a sentence that tells the reader what to do under a condition is an instruction, and a what-happens question about it makes no sense.",
    fires: [
      {
        type: "short_answer",
        prompt: "What happens if you want a copy of the map?",
        answer: "Write to the town hall and ask for one",
        sentence: "If you want a copy of the map, write to the town hall and ask for one.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "What happens if the levee breaks?",
        answer: "The lower town floods",
        sentence: "If the levee breaks, the lower town floods.",
      },
    ],
    test: (v) => {
      if (!/^What (?:happens|happened|will happen|would happen) if\b/.test(v.prompt.trim()))
        return false;
      const m = /^\W*if\b[^,]+,\s*(.+)$/is.exec(flat(v.sentence).trim());
      const first = m ? analyze(m[1]!).tokens[0] : undefined;
      // An imperative opens on the verb's bare form: "write to…", "email me…".
      return (
        first !== undefined &&
        first.pos === "VERB" &&
        first.text.toLowerCase() === first.lemma.toLowerCase()
      );
    },
  },
];
