import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";
import { misspeltIn } from "./spelling";
import { escapeRegExp, pluralStem, STOPWORDS } from "./text-utils";
import { USAGE_SLIP } from "./words";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const WORDS_OF_THREE = /\p{L}{3,}/gu;

/** Hard-wrapped source text: the rules read its words, not its line breaks. */
const flat = (s: string) => s.replace(/\s+/g, " ");
/** Nouns that add nothing a reader must know to a title word ("marsh habitats", "forest areas"). */
const GENERIC_HEAD =
  /^(?:ecosystem|system|area|region|habitat|environment|type|kind|form|part|species|population|communitie|community|speci|structure|zone)$/;

/**
 * Publishing rules from reading every item on new, unseen real texts (news blogs, encyclopedia
 * scrapes, public-domain explainers) as a strict teacher: what leaks from a web paste into the
 * shown text, what the source itself misspells, and questions whose form gives them away.
 */

/** The text a student reads: the prompt, or for a statement its sentence after the frame. */
const shown = (v: GateView) => v.prompt;

/**
 * Residue of the page the text was pasted from: TeX ("{\displaystyle x}"), a wiki link written
 * with underscores ("trade_routes"), two sentences run together at a colon ("blog:Farmers"), a
 * doubled full stop ("consciousness..and"), a Markdown link cut open ("begins “A [healthy …”").
 */
const MARKUP_RESIDUE =
  /\\[a-z]{3,}|[{}]|\p{L}_\p{L}|\p{Ll}:\p{Lu}|[^.]\.\.(?!\.)\s*\p{L}|\.\.\s*$|(?<!\.)\.\.\.\s*$|\]\(|\[[^\]]*$/u;

/** A list entry: a bullet, or "Label: value"/"Name—The role" with no verb before the mark. */
const BULLET = /^\s*(?:[*•·▪o-]|\d+[.)])\s+/u;
const LABEL_ENTRY = /^[\p{L}\p{N} ,'’()-]{2,60}?\s*(?::|—|–| - )\s*\p{L}/u;
const FINITE_VERB =
  /\b(?:is|are|was|were|has|have|had|do|does|did|can|could|will|would|may|might|must|should|shall)\b/i;

/** The text talks about itself: what a reader will learn, what must now be considered. */
const META =
  /\b(?:we (?:have|must|shall|will|now) (?:now )?(?:to )?(?:consider|turn to|examine|discuss|look at)|let us (?:now )?(?:consider|turn|look|examine)|(?:is|are) (?:perhaps )?(?:the )?(?:first|next|last)? ?(?:\w+ )?to be considered|in this (?:section|chapter|article|lesson|video), you will|this (?:video|section|chapter|lesson|page) (?:will )?(?:explains?|describes?|shows?)|check out (?:these|the links)|it (?:will|would|may|might)(?:,? of course,?)? be (?:interesting|instructive|worth ?while|useful) to (?:trace|note|see|consider|examine|compare|follow|know|learn)|one would like to know|(?:will|shall) be touched (?:up)?on)\b/i;

export const PRECISION_GATE_RULES: Rule<GateView>[] = [
  {
    id: "gate.markup-residue",
    why: "TeX, wiki-link underscores, a colon with no space between two sentences or a doubled full stop are the pasted page's residue: the student sees broken formatting.",
    fires: [
      {
        type: "true_false",
        prompt:
          "According to the essay, the model adds a cost term {\\displaystyle q_{t}} per day.",
        answer: "True",
        sentence: "The model adds a cost term {\\displaystyle q_{t}} per day.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the ledger is kept in the mill_house by the door.",
        answer: "True",
        sentence: "The ledger is kept in the mill_house by the door.",
      },
      {
        type: "cloze",
        prompt: "The mayor summed it up on her blog:Farmers in _____ lost their harvest.",
        answer: "Dunmore",
        sentence: "The mayor summed it up on her blog:Farmers in Dunmore lost their harvest.",
      },
      {
        type: "flashcard",
        prompt:
          "What point does the author make in the paragraph that begins “A good diet follows a [simple …”?",
        answer: "Most people can eat less salt.",
        sentence: "Most people can eat less salt.",
      },
      {
        type: "cloze",
        prompt: "Radio still fills the evenings..and in the _____ it reaches most homes.",
        answer: "valley",
        sentence: "Radio still fills the evenings..and in the valley it reaches most homes.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The mayor wrote: farmers in _____ lost their harvest at 6:30.",
        answer: "Dunmore",
        sentence: "The mayor wrote: farmers in Dunmore lost their harvest at 6:30.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the ferry docked at the U.S. border.",
        answer: "True",
        sentence: "The ferry docked at the U.S. border.",
      },
    ],
    test: (v) => MARKUP_RESIDUE.test(shown(v).replaceAll("_____", "blank")),
  },
  {
    id: "gate.list-entry",
    why: "A bullet or a 'Label: value' entry ('Supply is steady: the reorder model') is a line of a list, not a sentence: asked alone it reads as a fragment.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, steady supply for the mill: the reorder model.",
        answer: "True",
        sentence: "* Steady supply for the mill: the reorder model.",
      },
      {
        type: "cloze",
        prompt: "Harlan Voss—The _____ who keeps the lighthouse.",
        answer: "old sailor",
        sentence: "Harlan Voss—The old sailor who keeps the lighthouse.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, a healthy diet includes fresh fruit.",
        answer: "True",
        sentence: "* A healthy diet includes fresh fruit.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, without the dikes, the town would flood.",
        answer: "True",
        sentence: "One example: without the dikes, the town would flood.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the mill had two wheels: one for grain and one for wool.",
        answer: "True",
        sentence: "The mill had two wheels: one for grain and one for wool.",
      },
      {
        type: "cloze",
        prompt: "The harbour has three uses: fishing, _____ and trade.",
        answer: "ferries",
        sentence: "The harbour has three uses: fishing, ferries and trade.",
      },
    ],
    test: (v) => {
      // "* A healthy lifestyle includes…" is a sentence set as a bullet: only a verbless entry goes.
      const s = flat(v.sentence).trim().replace(BULLET, "");
      return LABEL_ENTRY.test(s) && !FINITE_VERB.test(s);
    },
  },
  {
    id: "gate.source-misspelling",
    why: "The source's own slip ('goverment', 'recieve') copied into the item reads as the quiz's mistake; the stored sentence stays verbatim, so the item is held back instead.",
    fires: [
      {
        type: "cloze",
        prompt: "Geese in the saltmash rarely compete with _____.",
        answer: "herons",
        sentence: "Geese in the saltmash rarely compete with herons.",
        essay:
          "The saltmarsh grew fast. The saltmarsh is loud. Geese in the saltmash rarely compete with herons.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the council held a goverment vote.",
        answer: "True",
        sentence: "The council held a goverment vote.",
        essay: "A quiet town. The council held a goverment vote. The vote was close.",
      },
      // A scrape that lost a space: "townthat" is "town" and "that" run together.
      {
        type: "true_false",
        prompt: "According to the essay, no small townthat keeps its mill need fear the flood.",
        answer: "True",
        sentence: "No small townthat keeps its mill need fear the flood.",
        essay: "A quiet valley. No small townthat keeps its mill need fear the flood.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Lichens build the crust from _____.",
        answer: "fungi",
        sentence: "Lichens build the crust from fungi.",
        essay: "A lichen is small. Lichens build the crust from fungi. Each lichen grows slowly.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, kroppstein lines the tunnel.",
        answer: "True",
        sentence: "Kroppstein lines the tunnel; the kroppstein is grey.",
        essay: "Kroppstein lines the tunnel; the kroppstein is grey.",
      },
    ],
    test: (v) => v.essay !== undefined && misspeltIn(shown(v), v.answer, v.essay) !== null,
  },
  {
    id: "gate.meta-sentence",
    why: "'We have now to consider…', 'This chapter will show…': the text talking about itself states nothing a student could learn.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, we have now to consider the bridges of the old port.",
        answer: "True",
        sentence: "We have now to consider the bridges of the old port.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, of all river craft, the ferry is the first to be considered.",
        answer: "True",
        sentence: "Of all river craft, the ferry is the first to be considered.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, it will, of course, be interesting to trace the builders who shaped the ferry.",
        answer: "True",
        sentence: "It will, of course, be interesting to trace the builders who shaped the ferry.",
      },
      {
        type: "true_false",
        prompt:
          "According to the essay, one would like to know whether the ferryman ever spoke of the old bridge.",
        answer: "True",
        sentence: "One would like to know whether the ferryman ever spoke of the old bridge.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, engineers consider the bridge safe.",
        answer: "True",
        sentence: "Engineers consider the bridge safe.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, it is interesting to note that the ferry never sank.",
        answer: "True",
        sentence: "It is interesting to note that the ferry never sank.",
      },
    ],
    test: (v) => META.test(flat(v.sentence)),
  },
  {
    id: "gate.source-usage-slip",
    why: "The source's own slip of usage ('discuss about', 'return back', 'more better') reaches the student verbatim and reads as the quiz's grammar.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, the farmers returned back to the fields in spring.",
        answer: "True",
        sentence: "The farmers returned back to the fields in spring.",
      },
      {
        type: "cloze",
        prompt: "The council will discuss about the _____ in May.",
        answer: "levee",
        sentence: "The council will discuss about the levee in May.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, in the town hall the decision were mostly about taxes.",
        answer: "True",
        sentence: "In the town hall the decision were mostly about taxes.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the farmers went back to the fields in spring.",
        answer: "True",
        sentence: "The farmers went back to the fields in spring.",
      },
      {
        type: "cloze",
        prompt: "The council would often return to the _____ in May.",
        answer: "levee",
        sentence: "The council would often return to the levee in May.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, the nation were divided and the decisions were slow.",
        answer: "True",
        sentence: "The nation were divided and the decisions were slow.",
      },
    ],
    test: (v) => USAGE_SLIP.test(shown(v)),
  },
  {
    id: "gate.title-key",
    why: "A blank the title fills ('Many birds nest in _____' → 'salt marsh habitats' in a text titled 'Salt Marshes') is answered by the page's heading, not by reading.",
    fires: [
      {
        type: "cloze",
        prompt: "Many birds nest in _____ along the coast.",
        answer: "salt marsh habitats",
        sentence: "Many birds nest in salt marsh habitats along the coast.",
        title: "Salt Marshes",
      },
      {
        type: "mcq",
        prompt: "The Harbour Act of _____ closed the old quay to cargo.",
        answer: "1911",
        sentence: "The Harbour Act of 1911 closed the old quay to cargo.",
        title: "The Harbour Act of 1911",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Many birds nest in _____ along the coast.",
        answer: "reed beds",
        sentence: "Many birds nest in reed beds along the coast.",
        title: "Salt Marshes",
      },
      {
        type: "flashcard",
        prompt: "What are salt marshes?",
        answer: "coastal wetlands flooded by the tides",
        sentence: "Salt marshes are coastal wetlands flooded by the tides.",
        title: "Salt Marshes",
      },
      {
        type: "mcq",
        prompt: "The quay reopened to cargo in _____.",
        answer: "1919",
        sentence: "The quay reopened to cargo in 1919.",
        title: "The Harbour Act of 1911",
      },
    ],
    test: (v) => {
      if (!v.title || !v.prompt.includes("_____")) return false;
      const title = new Set((v.title.match(WORDS_OF_THREE) ?? []).map(pluralStem));
      const words = (v.answer.match(WORDS_OF_THREE) ?? [])
        .map(pluralStem)
        .filter((w) => !STOPWORDS.has(w));
      const fromTitle = words.filter((w) => title.has(w)).length;
      const rest = words.filter((w) => !title.has(w) && !GENERIC_HEAD.test(w));
      // "The Immigration Act of _____" → 1924 under the title "The Immigration Act of 1924".
      const figures = v.answer.match(/\d[\d,.]*\d|\d/g) ?? [];
      if (
        figures.length &&
        figures.every((f) => new RegExp(`(?<![\\d,.])${escapeRegExp(f)}(?!\\d)`).test(v.title!))
      )
        return true;
      return fromTitle > 0 && rest.length === 0;
    },
  },
];
