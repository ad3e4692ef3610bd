import type { Rule } from "./rules";
import { ESSAY, LIBRARY, PARAGRAPH_POINT_PASSES } from "./idea-paragraph-point-passes";
import {
  PARAGRAPH_POINT,
  paragraphPoint,
  type ParagraphPointDraft,
  type ParagraphPointInput,
} from "./idea-paragraph-point";

/**
 * The paragraph-point card's rule with its made-up examples (run by rules.test.ts): paragraphs
 * of an imagined local-news opinion piece, which sentence is taken as the point, and whether
 * a fair card can be made of it.
 */

export const PARAGRAPH_POINT_RULES: Rule<ParagraphPointInput, ParagraphPointDraft>[] = [
  {
    id: PARAGRAPH_POINT,
    why: "An argument's paragraphs each make a point; recalling it is what a teacher asks, and the paragraph's first (or, for a topic sentence, last) words say which paragraph without giving the point away.",
    fires: [
      { sentences: ESSAY, central: 2, dangling: 0 },
      {
        sentences: [
          "Every spring the river floods the lower fields of the valley.",
          "Farmers have tried walls, ditches and pumps.",
          "We must learn to plant what the water cannot harm.",
        ],
        central: 2,
        dangling: 0,
      },
      {
        sentences: [
          "Critics of the new timetable point to the cost of the late buses.",
          "It is better to run late buses than to build another car park.",
          "The numbers are in the report of the transport office.",
        ],
        central: 1,
        dangling: 0,
      },
      // A one-word label names the topic, not the point.
      {
        sentences: [
          "* **Hours.** Staff already stay until seven to sort returns.",
          "Lighting the reading room for two more hours costs less than a new shelf.",
          "A town should spend its library money where its readers can use it.",
        ],
        central: 2,
        dangling: 0,
      },
      // "he" after "any one" means that one; "this:" points forward to what follows.
      {
        sentences: [
          ...LIBRARY,
          "The only rule for any one who borrows a book is that he must bring it back.",
        ],
        central: 2,
        dangling: 1,
      },
      {
        sentences: [
          ...LIBRARY,
          "The whole difficulty lies in this: the town must pay staff for the evening hours.",
        ],
        central: 2,
        dangling: 0,
      },
      // "Those who …" names whom it means.
      {
        sentences: [...LIBRARY, "Those who work until six must be able to borrow books at night."],
        central: 2,
        dangling: 0,
      },
      // An opening statement that takes no side is the point when it holds in the present.
      {
        sentences: [
          "Hard corals build the reefs of the warm seas.",
          "Their skeletons are made of limestone.",
          "New polyps grow on the skeletons of the dead ones.",
        ],
        central: 0,
        dangling: 0,
      },
      // "is recorded": a participle after "is" is a present passive, not a narrated past.
      {
        sentences: [
          "Every loan is recorded in the ledger of the town library.",
          "Readers sign for each book they take home.",
          "The librarian counts the slips on Friday afternoons.",
        ],
        central: 0,
        dangling: 0,
      },
      // A topic sentence: the front quotes how the paragraph ends.
      {
        sentences: [
          "Every school should teach swimming to young children.",
          "Drowning is still common in coastal towns.",
          "Lessons cost less than a single rescue at sea.",
        ],
        central: 0,
        dangling: 0,
      },
      // One later stand of the writer's own supports the opening; it does not replace it.
      {
        sentences: [
          "We want every reader to have a library within walking distance.",
          "Most towns have one branch for every ten thousand people.",
          "We are willing to close the central reading room to pay for it.",
        ],
        central: 0,
        dangling: 0,
      },
      // "So strong is …, that …" draws no conclusion: the opening stays the point.
      {
        sentences: [
          "Every school should teach swimming to young children.",
          "Drowning is still common in coastal towns.",
          "So strong is the pull of the tide that even adults are carried out.",
        ],
        central: 0,
        dangling: 0,
      },
      // Two sentences are enough when the first states the point: the front quotes the second.
      {
        sentences: [
          "Every school should teach swimming to young children.",
          "Lessons cost less than a single rescue at sea.",
        ],
        central: 0,
        dangling: 0,
      },
      // Only the main verb says when: "scattered" and "the branch the council closed" narrate nothing.
      {
        sentences: [
          "The new catalogue connects scattered branches to one list of books.",
          "Readers can order a book from any branch.",
          "The van brings it to the branch the council closed last year.",
        ],
        central: 0,
        dangling: 0,
      },
      // A sentence set wholly in bold is read without the marks.
      {
        sentences: [
          "**In a small town, the library is the last public room.**",
          "Readers meet there after the shops close.",
          "The council rents it out for meetings too.",
        ],
        central: 0,
        dangling: 0,
      },
      // A turn or an addition is read past: the point stands without its "But".
      {
        sentences: [...LIBRARY, "But libraries that shut early have failed their readers."],
        central: 2,
        dangling: 0,
      },
      // A paragraph that ends on a question is named by its last words without the mark;
      // "is said to have" is a verb, not "the said X".
      {
        sentences: [
          "The river towns may fairly be said to have lost the whole of their barge trade.",
          "Are the quays still busy in the mornings?",
          "Is a single barge left on the river that does not sail under a foreign flag?",
        ],
        central: 0,
        dangling: 0,
      },
      // "In addition to all that," only adds to the paragraph before; the rest stands alone.
      {
        sentences: [
          "In addition to all that, every council keeps a habit of delay that wears out the patience of the town.",
          "Plans wait a year for a vote.",
          "By the time they pass, the money has gone elsewhere.",
        ],
        central: 0,
        dangling: 0,
      },
    ],
    passes: PARAGRAPH_POINT_PASSES,
    test: paragraphPoint,
  },
];
