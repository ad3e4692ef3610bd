import { amountFlip } from "./claim-flips-amount";
import { kindSwap } from "./claim-flips-kind";
import { parallelSwap } from "./claim-flips-parallel";
import type { IdeaDraft, IdeaInput } from "./idea-text";
import type { Rule } from "./rules";

/**
 * False statements made from what the essay says elsewhere (another kind it names, a sentence
 * that opens alike) or from an amount turned: run after idea-rules-false.ts's flips.
 */

/** Made-up essays for the kind swap: two kinds of one thing, each said to do something else. */
const KINDS_ESSAY =
  "the farm keeps two breeds. spring lambs are born in the low fields near the river. autumn lambs are kept in the barns until the snow melts.";
const HILL_ESSAY =
  "valley farms tend to grow wheat for the town. hill farms tend to keep goats in place of a larger harvest.";
const PARALLEL_ESSAY =
  "The valley lives on farming and trade. The needs of a good harvest are rain in spring and sun in summer. The needs of a good market are safe roads and honest scales.";

export const MORE_FALSE_STATEMENT_RULES: Rule<IdeaInput, IdeaDraft>[] = [
  {
    id: "idea.claim-amount",
    why: "'At first the liver makes more sugar' → '… less sugar': an amount a verb governs, said to grow (or shrink) against the time or case the sentence names, turned the other way; nothing on its face says which way is true, and the essay contradicts it. ('more than they used to' was tried and held back: its one instance came through a garbled speaker frame.)",
    fires: [
      { text: "At first, the young tree draws more water from the soil to feed its new leaves." },
      { text: "Big herds in the north need more grass and a long rest in summer." },
      { text: "In a dry year the herd needs fewer pastures in the hills." },
    ],
    passes: [
      { text: "The young tree draws more water than the old one." },
      { text: "The more water the tree draws, the more leaves it grows." },
      { text: "The guild fought the new tax with even more strength." },
      { text: "The young tree draws more than one bucket of water a day." },
      { text: "The young tree does not draw more water in spring." },
      { text: "When the soil dries, the tree draws more water from the deep roots." },
      { text: "This tree draws more water in spring." },
      { text: "Some cooks add more flour until the dough stops sticking." },
      { text: "The faults of the new mill are, First, that it needs more water in summer." },
      { text: "Big herds in the north need more grass and wider pastures in summer." },
    ],
    test: amountFlip,
  },
  {
    id: "idea.claim-kind-swap",
    why: "'Spring lambs are born in the low fields' where the essay sets spring lambs beside autumn lambs: the other kind the essay names put in the subject's place is false by the essay's own sorting, and only its reader knows which kind the sentence was about. Held when the essay says any of the sentence's content words of the other kind too (it might hold of both).",
    fires: [
      { text: "Spring lambs are born in the low fields near the river.", essay: KINDS_ESSAY },
      {
        text: "Hill farms tend to keep goats in place of a larger harvest.",
        essay: HILL_ESSAY,
      },
    ],
    passes: [
      // No other kind named beside it.
      {
        text: "Spring lambs are born in the low fields near the river.",
        essay: "spring lambs are born in the low fields near the river.",
      },
      // The essay says the same of the other kind ("barns"), so the swap may be true.
      { text: "Spring lambs are kept in the barns at night.", essay: KINDS_ESSAY },
      // The essay says the two kinds share a trait.
      {
        text: "Spring lambs are born in the low fields near the river.",
        essay: `${KINDS_ESSAY} like spring lambs, autumn lambs also graze by the river.`,
      },
      { text: "Many lambs are born in the low fields near the river.", essay: KINDS_ESSAY },
      { text: "Spring lambs, like autumn lambs, are born in the low fields.", essay: KINDS_ESSAY },
      { text: "Spring lambs are not born in the barns.", essay: KINDS_ESSAY },
    ],
    test: kindSwap,
  },
  {
    id: "idea.parallel-swap",
    why: "Two sentences of the essay that open alike and differ in one word ('The needs of a good harvest are…' / 'The needs of a good market are…'): the other sentence's word put in this one is false by the essay's own account, and only its reader knows which opening went with which claim. Only when exactly one sentence is parallel, and neither word appears in the other sentence.",
    fires: [
      {
        text: "The needs of a good harvest are rain in spring and sun in summer.",
        essay: PARALLEL_ESSAY,
      },
      {
        text: "The needs of a good market are safe roads and honest scales.",
        essay: PARALLEL_ESSAY,
      },
    ],
    passes: [
      {
        text: "The needs of a good harvest are rain in spring and sun in summer.",
        essay: "The needs of a good harvest are rain in spring and sun in summer.",
      },
      // A third parallel sentence: the essay may say the same of several.
      {
        text: "The needs of a good harvest are rain in spring and sun in summer.",
        essay: `${PARALLEL_ESSAY} The needs of a good flock are grass and a dry fold.`,
      },
      // The other word is in this sentence too.
      {
        text: "The needs of a good harvest, like a good market, are rain and sun.",
        essay:
          "The needs of a good harvest, like a good market, are rain and sun. The needs of a good market are safe roads and honest scales.",
      },
    ],
    test: parallelSwap,
  },
];
