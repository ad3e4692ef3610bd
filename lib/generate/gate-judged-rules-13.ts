import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";

/**
 * Rules from session 12, each weighed on every judged item of every blind round before it was
 * kept: kinds of card the judges turned down on text after text.
 */

/** "I", "me", "my": the author speaking in the first person. */
const FIRST_PERSON = /\b(?:I|me|my|My|mine|myself)\b/;
/** "What does the author say about the flocks?": a subject of one word, articles aside. */
const ONE_WORD_SUBJECT =
  /^What does the author (?:say|argue|claim) about (?:the |a |an )?[\p{L}’'-]+\?$/u;
/** "According to the essay, rather, …": a statement that opens on a word tying it to the one before. */
const OPENS_ON_LINK =
  /^According to [^,]{1,80}, (?:rather|or rather|in other words|to be sure|now then|that is|in short|indeed|instead|after all|of course|in fact|still|nay|finally|then|so|thus|hence|yet),/;
/**
 * "What destroyed the capital, and refugees piled into ships?": a subject question that carries
 * the sentence's second clause, joined by ", and", asks two things and reads as garbled.
 */
const SECOND_CLAUSE =
  /^(?:What|Who)\s+\p{Ll}+[^?“”]*,\s+and\s+(?:(?:the|a|an|its|their|his|her)\s+)?\p{L}+(?:\s+\p{L}+)?\s+(?:had|has|have|was|were|is|are|did|could|would|\p{Ll}+ed)\b/u;
/** "What happened when …?": a past event's sequel asked of one clause. */
const HAPPENED_WHEN = /^What happened when\b/;

export const JUDGED_GATE_RULES_13: Rule<GateView>[] = [
  {
    id: "gate.first-person-key",
    why: "'… make in the paragraph that ends …?' → 'I fear to say a word against the harbour board …', 'What does the author say about a reader?' → 'A reader asks me to explain …': a back in the author's 'I' is a line of the speech or memoir, seldom its point, and its 'me' is unexplained. Over every judged round both judges accepted 7 of 28 such keys, on twenty texts.",
    fires: [
      {
        type: "flashcard",
        prompt:
          "What main point does the author make in the paragraph that ends “… to the river towns”?",
        answer: "In the last week I have spoken with the mayors of every town on the river.",
        sentence: "In the last week I have spoken with the mayors of every town on the river.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt:
          "What main point does the author make in the paragraph that ends “… to the river towns”?",
        answer: "The river towns must share the cost of the new dams.",
        sentence: "The river towns must share the cost of the new dams.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, I have spoken with the mayors.",
        answer: "True",
        sentence: "I have spoken with the mayors.",
      },
    ],
    test: (v) => v.type !== "true_false" && FIRST_PERSON.test(v.answer),
  },
  {
    id: "gate.one-word-claim-subject",
    why: "'What does the author say about the flocks?', '… about media?': a card about a subject of one word has as many backs as the essay says things of it, and the judges call it vague. Over every judged round both judges accepted 5 of 20, on seventeen texts (subjects of two words or more: 97 of 160).",
    fires: [
      {
        type: "flashcard",
        prompt: "What does the author say about the herds?",
        answer: "The herds reach the river in late July.",
        sentence: "The herds reach the river in late July.",
      },
      {
        type: "flashcard",
        prompt: "What does the author say about enthusiasm?",
        answer: "Enthusiasm is the first gift a teacher loses.",
        sentence: "Enthusiasm is the first gift a teacher loses.",
      },
    ],
    passes: [
      {
        type: "flashcard",
        prompt: "What does the author say about the wildebeest herds?",
        answer: "The wildebeest herds reach the river in late July.",
        sentence: "The wildebeest herds reach the river in late July.",
      },
    ],
    test: (v) => v.type === "flashcard" && ONE_WORD_SUBJECT.test(v.prompt),
  },
  {
    id: "gate.noun-phrase-card",
    why: "'What enrolled 40 farmers?' → 'field trial', a card with a blank on 'the _____ of the glider' → 'test flights': a flashcard on a plain noun phrase is a cloze in a card's clothes, answered by the phrase's habit or by several words. Over every judged round both judges accepted 2 of 13, on eleven texts.",
    fires: [
      {
        type: "flashcard",
        prompt: "What enrolled 40 farmers?",
        answer: "field trial",
        sentence: "The field trial enrolled 40 farmers.",
        spanKind: "np",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The _____ enrolled 40 farmers.",
        answer: "field trial",
        sentence: "The field trial enrolled 40 farmers.",
        spanKind: "np",
      },
      {
        type: "flashcard",
        prompt: "Who founded the field trial?",
        answer: "Ada Marsh",
        sentence: "Ada Marsh founded the field trial.",
        spanKind: "person",
      },
    ],
    test: (v) => v.type === "flashcard" && v.spanKind === "np" && !v.rule,
  },
  {
    id: "gate.parallel-swap-false",
    why: "'According to the essay, the area is home to deer, otters and owls.' → False: a word from a sentence that opens alike is swapped in, but two openings that differ in one word often name the same thing ('the area', 'the park'), so the statement stays true. Over every judged round both judges accepted none of the 4 such statements, on four texts.",
    fires: [
      {
        type: "true_false",
        prompt: "According to the essay, the area is home to buffalo, eland and topi.",
        answer: "False",
        sentence: "The park is home to buffalo, eland and topi.",
        rule: "idea.parallel-swap",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt: "According to the essay, the park is rarely home to buffalo.",
        answer: "False",
        sentence: "The park is often home to buffalo.",
        rule: "idea.claim-frequency",
      },
    ],
    test: (v) => v.rule === "idea.parallel-swap",
  },
  {
    id: "gate.statement-opens-on-link",
    why: "'According to the essay, rather, the guild …', '… to be sure, it is just possible …', '… finally, when the tide has turned …': a statement that keeps the word tying it to the sentence before answers or ends an argument the item does not show. Over every judged round both judges accepted none of the 6 such statements, on five texts.",
    fires: [
      {
        type: "true_false",
        prompt:
          "According to the essay, rather, the guild turned its pride into a demand for better roads.",
        answer: "True",
        sentence: "Or rather, the guild turned its pride into a demand for better roads.",
      },
    ],
    passes: [
      {
        type: "true_false",
        prompt:
          "According to the essay, the guild turned its pride into a demand for better roads.",
        answer: "True",
        sentence: "The guild turned its pride into a demand for better roads.",
      },
      {
        type: "true_false",
        prompt: "According to the essay, as a result, the guild built better roads.",
        answer: "True",
        sentence: "As a result, the guild built better roads.",
      },
    ],
    test: (v) => v.type === "true_false" && OPENS_ON_LINK.test(v.prompt),
  },
  {
    id: "gate.second-clause-in-question",
    why: "'What produced a boom in spending, and the town had to buy grain abroad?': the question kept the sentence's second clause, so it asks what produced both and reads as garbled. The judges rejected both such questions they saw, on two texts; no question of this shape is grammatical.",
    fires: [
      {
        type: "short_answer",
        prompt: "What destroyed much of the harbour, and the fishermen moved to the next bay?",
        answer: "The storm of 1881",
        sentence:
          "The storm of 1881 destroyed much of the harbour, and the fishermen moved to the next bay.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "What destroyed much of the harbour?",
        answer: "The storm of 1881",
        sentence: "The storm of 1881 destroyed much of the harbour.",
      },
      {
        type: "flashcard",
        prompt: "What do the boats, and the nets they carry, need?",
        answer: "a dry shed in winter",
        sentence: "The boats, and the nets they carry, need a dry shed in winter.",
      },
    ],
    test: (v) => v.type !== "true_false" && SECOND_CLAUSE.test(v.prompt),
  },
  {
    id: "gate.deed-question",
    why: "'What did the chemist discover?' → 'something unexpected: …', 'What did the clerk discover?' → 'the lie', 'What will the agency choose?': what someone did, asked of the verb's object, has an object that is empty or leans on the sentence, or a question that many deeds answer. Over every judged round both judges accepted 8 of 22 such questions, on nineteen texts (3 of 10 in the last six rounds).",
    fires: [
      {
        type: "short_answer",
        prompt: "What did the river council reject?",
        answer: "the plan",
        sentence: "The river council rejected the plan.",
        rule: "idea.deed",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "Why did the river council reject the plan?",
        answer: "Because the dam would flood the valley",
        sentence: "The river council rejected the plan because the dam would flood the valley.",
        rule: "idea.cause",
      },
    ],
    test: (v) => v.rule === "idea.deed",
  },
  {
    id: "gate.what-happened-when",
    why: "'What happened when the telescope launched?' → 'Few planets had been found', '… when the expedition arrived?' → 'A new ruler was in power': a past 'when' clause is mostly the time of a state of affairs, not its cause, and the judges find the key no sequel. Over every judged round both judges accepted 3 of 9, on eight texts (“What happens when or if …?”, in the present: 24 of 57).",
    fires: [
      {
        type: "short_answer",
        prompt: "What happened when the ferry reached the island?",
        answer: "A new harbour master was in charge",
        sentence: "When the ferry reached the island, a new harbour master was in charge.",
      },
    ],
    passes: [
      {
        type: "short_answer",
        prompt: "What happens when the river floods?",
        answer: "The lower fields are covered in silt",
        sentence: "When the river floods, the lower fields are covered in silt.",
      },
    ],
    test: (v) => HAPPENED_WHEN.test(v.prompt),
  },
];
