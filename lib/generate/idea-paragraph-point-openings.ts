import type { Rule } from "./rules";
import { sentenceCase, TAKES_A_SIDE } from "./idea-paragraph-point-words";

/**
 * When a paragraph's opening sentence is NOT its main point, though it states something: it
 * concedes, applies a principle from the paragraph before, lays down a general law the
 * paragraph then applies, gives a figure, sets a scene in the present, or is answered by a
 * question or a consequence drawn after it. Read on blind judges' rejections of paragraph-point
 * cards (cause G of docs/quality/generator-2.5-precision.md): the key was the premise, the
 * statistic or the scene, and the point came later. Data first, then the rule table.
 */

/**
 * Openings that set up a point: a concession ("Of course, …", "Admittedly, …"), an application
 * of what was said before ("In our case, …"), a general law the paragraph goes on to apply
 * ("Wherever two people share a task, there is …").
 */
export const SET_UP_OPENING =
  /^(?:of course|admittedly|granted|to be sure|true enough|no doubt|in (?:our|your|their|the present|such a|either|each|every) case|wherever|whenever|where(?=\s+(?:two|there|a|an|any|one|several|many)\b))\b/i;
/**
 * A count written in words ("Forty thousand acres …", "millions of tons"): an opening figure is
 * evidence for the point, not the point. Digits are caught by `SUPPORT_ONLY`.
 */
export const FIGURE_WORDS =
  /\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\p{L}+)?\s+(?:hundred|thousand|million|billion|\p{L}+s)\b|(?:hundreds|thousands|millions|billions|(?:a|one|two|three|four|five|six|seven|eight|nine|ten) (?:hundred|thousand|million|billion)) (?:of\s+)?\p{L}+)/iu;
/**
 * "We are sitting in the kitchen, watching the match": a scene the writer is in, told in the
 * present; the paragraph's point (if any) comes after it. "I am planning to …" is an intent.
 */
export const SCENE_IN_PROGRESS =
  /\b(?:am|are|is|['’]m|['’]re)\s+(?:sitting|standing|lying|walking|watching|waiting|listening|drinking|eating)\b/i;
/**
 * "Usually this means the town …": a later sentence that draws a consequence from the opening;
 * the paragraph's point spans both.
 */
export const DRAWN_CONSEQUENCE = /^(?:[^,]{1,20},\s*)?(?:that|this|which) means\b/i;
/**
 * "To speak now of a remedy; how …", "Let us now turn to …": the writer announces what comes
 * next; the paragraph's point is what follows the announcement.
 */
export const ANNOUNCES =
  /^(?:to (?:speak|turn|come|pass) (?:now )?(?:of|to)|let us (?:now )?(?:turn|consider|speak|look|pass)|(?:I|we) (?:now |will now |shall now )?(?:turn|pass) to|now (?:for|to) the)\b/i;
/**
 * "One way to do it is …", "One of the reasons is …": one of several answers the paragraph or
 * the essay gives; the key would be the first of several equal points.
 */
export const ONE_OF_SEVERAL =
  /^(?:one|a further|yet another)\s+(?:of the\s+\p{L}+\s+|(?:way|reason|answer|approach|remedy|solution|option|cause|source|lesson|explanation|possibility|advantage|benefit|objection)s?\b)/iu;
/**
 * "… The hedges are essential to the birds of the farm.": a later sentence that judges its
 * subject essential, vital or necessary is the verdict the paragraph's facts lead to.
 */
export const LATER_VERDICT =
  /\b(?:is|are)\s+(?:(?:so|most|very|absolutely|equally|peculiarly|wholly)\s+)?(?:essential|vital|crucial|indispensable|necessary)\b/i;
/**
 * The index of the first later sentence whose own subject is judged (`LATER_VERDICT` with no
 * "that", "which" or "if" before it: "… forgotten that the roads are essential" reports one; nor
 * "It is essential …, that …", which judges what follows), or -1.
 */
export function laterVerdict(sentences: string[]): number {
  return sentences.findIndex((x, i) => {
    const m = i > 0 ? LATER_VERDICT.exec(x) : null;
    const subject = m ? x.slice(0, m.index).trim() : "";
    return (
      m !== null &&
      !/^(?:it|this|that|there)$/i.test(subject) &&
      !/\b(?:that|which|who|whom|if|when|unless)\b|[;:]/i.test(subject)
    );
  });
}
/**
 * "Someone then has to …", "The town then pays …": a "then" after a short subject places the
 * sentence after a step the paragraph before described.
 */
export const LEANING_THEN = /^(?:\p{L}+\s+){1,3}then\s+(?!(?:and|or|as|than)\b|\p{Lu})/u;
/** A question: "How many are left?". */
export const ASKED = /[?]["”’)]*$/;

export const NEUTRAL_THEN_VERDICT = "idea.paragraph-point.neutral-then-verdict";

/** The id of the rule by which the paragraph's opening is not its point, or null. */
export function openingSetsUp(sentences: string[]): string | null {
  for (const r of PARAGRAPH_OPENING_RULES) if (r.test(sentences)) return r.id;
  return null;
}

export const PARAGRAPH_OPENING_RULES: Rule<string[]>[] = [
  {
    id: "idea.paragraph-point.opening-sets-up",
    why: "A concession, an application of the paragraph before ('In our case'), a general law ('Wherever …, there is always …') or a scene in progress opens a paragraph whose point comes later; judges called such keys the premise, not the point.",
    test: (p) => SET_UP_OPENING.test(p[0]?.trim() ?? "") || SCENE_IN_PROGRESS.test(p[0] ?? ""),
    fires: [
      [
        "Of course, a late bus costs the town money.",
        "Each evening run needs a driver and fuel.",
        "The council pays both from the library fund.",
      ],
      [
        "In our case, the consent of every parish is needed before the ferry can sail.",
        "It happened as anyone could have guessed.",
        "The ferry has not sailed since May.",
      ],
      [
        "Wherever three clubs share one field, there is always a quarrel about the hours.",
        "If the field is the only one in town, the quarrel turns bitter.",
        "It may split the town into camps.",
      ],
      [
        "My sister and I are sitting on the porch, watching the rain and talking about the fair.",
        "It will take a week to sort out all the ideas we heard there.",
      ],
    ],
    passes: [
      [
        "Every school should teach swimming to young children.",
        "Drowning is still common in coastal towns.",
      ],
      [
        "I am planning to shut every request that names no real fault.",
        "I invite other keepers of the list to do the same.",
      ],
      [
        "Where the river bends, the old mill still grinds corn for the village.",
        "Its wheel is a hundred years old.",
      ],
    ],
  },
  {
    id: "idea.paragraph-point.opening-announces",
    why: "An opening that announces what the writer turns to ('To speak now of a remedy; how …') names the topic; the paragraph's point is what follows. So is 'One way to …': one of several answers, and the key would be the first of several equal points.",
    test: (p) => [ANNOUNCES, ONE_OF_SEVERAL].some((r) => r.test(p[0]?.trim() ?? "")),
    fires: [
      [
        "To come now to a remedy for late fines; how the harm may be avoided and the income kept.",
        "Two things must be balanced.",
        "Readers must not be driven away, and the library must still be paid.",
      ],
      [
        "One way to share the cost is for each parish to pay by the mile of road it uses.",
        "It is fair to the small parishes.",
        "The county already counts the miles.",
      ],
      [
        "One of the causes of late buses is a shortage of drivers.",
        "The depot has six buses and four drivers.",
      ],
    ],
    passes: [
      [
        "The only way to keep the branch open is to share its cost with the school.",
        "The school already pays for the heating.",
      ],
      [
        "From the start, the council wanted one library for the whole valley.",
        "It has never had the money for it.",
      ],
      [
        "Over the last ten years the branch has lost half its readers.",
        "The bus to the town now stops at six.",
      ],
    ],
  },
  {
    id: NEUTRAL_THEN_VERDICT,
    why: "An opening that takes no side, followed by a sentence that judges something essential or necessary, is a fact leading to that verdict; the verdict is the paragraph's point.",
    test: (p) => !TAKES_A_SIDE.test(sentenceCase(p[0]?.trim() ?? "")) && laterVerdict(p) > 0,
    fires: [
      [
        "Hedgerows shelter the nests of forty kinds of birds.",
        "The birds eat the insects that feed on the crops.",
        "The hedges are essential to every farm in the valley.",
      ],
    ],
    passes: [
      [
        "A ferry needs a licence from the port.",
        "It is necessary to the licence that the boat be inspected each spring.",
        "An unlicensed ferry may not carry passengers.",
      ],
      // A verdict someone is said to forget or deny is reported, not the writer's own.
      [
        "The county will soon debate the new bypass.",
        "Each side will shout down the other.",
        "It will be forgotten that the old roads are necessary to the villages.",
      ],
      [
        "Hedgerows are essential to every farm in the valley.",
        "They shelter the nests of many birds.",
        "A farm without them is necessary to nobody.",
      ],
      [
        "Hedgerows shelter the nests of many kinds of birds.",
        "The birds eat the insects that feed on the crops.",
        "Farmers must leave a strip of grass beside each hedge.",
      ],
    ],
  },
  {
    id: "idea.paragraph-point.opening-step",
    why: "An opening with 'then' after its subject ('Someone then has to …') is a step after what the paragraph before described; the card's back would lean on it.",
    test: (p) => LEANING_THEN.test(p[0]?.trim() ?? ""),
    fires: [
      [
        "Somebody then has to count the votes before the hall closes.",
        "The clerk reads each paper aloud.",
        "Two witnesses check every tally.",
      ],
    ],
    passes: [
      [
        "The clerk must count the votes before the hall closes.",
        "Two witnesses then check every tally.",
      ],
      [
        "Every clerk then and now has had to count the votes by hand.",
        "Machines are not trusted in small towns.",
      ],
    ],
  },
  {
    id: "idea.paragraph-point.opening-figure",
    why: "An opening that counts ('Forty thousand acres are cut every week') is evidence for the paragraph's point; judges rejected a statistic as the key.",
    test: (p) => FIGURE_WORDS.test(p[0] ?? ""),
    fires: [
      [
        "Forty thousand acres of marsh are drained by the farms of the province every year.",
        "The marsh birds have nowhere else to go.",
      ],
      [
        "Thousands of readers borrow books from the village vans each month.",
        "The vans are older than the drivers.",
      ],
    ],
    passes: [
      ["Wetlands are the nurseries of the marsh birds.", "Two of the largest have been drained."],
      ["The one rule of the reading room is silence.", "Readers who talk are asked to leave."],
    ],
  },
  {
    id: "idea.paragraph-point.opening-then-question",
    why: "An opening answered at once by the paragraph's one question ('… How many are planted?') sets up its point; the point is what the question leads to. A run of rhetorical questions instead illustrates the opening.",
    test: (p) =>
      !ASKED.test(p[0]?.trim() ?? "") &&
      ASKED.test(p[1]?.trim() ?? "") &&
      p.filter((x) => ASKED.test(x.trim())).length === 1,
    fires: [
      [
        "Every winter the town cuts the old elms along the river.",
        "Who plants new ones?",
        "The school children should, each spring, on a day set aside for it.",
      ],
    ],
    passes: [
      [
        "Every winter the town cuts the old elms along the river.",
        "Nobody plants new ones.",
        "What will the river walk look like in ten years?",
      ],
      // A run of questions illustrates the opening statement.
      [
        "The river towns have lost the whole of their trade.",
        "Are the quays busy in the mornings?",
        "Is a single barge left on the river?",
      ],
      [
        "Would you want a town without trees?",
        "Who would walk along the river then?",
        "Nobody should have to.",
      ],
    ],
  },
  {
    id: "idea.paragraph-point.later-consequence",
    why: "A later sentence that draws a consequence from the opening ('Usually this means the town …') carries the paragraph's point on; the opening alone is half of it.",
    test: (p) => p.slice(1).some((x) => DRAWN_CONSEQUENCE.test(x.trim())),
    fires: [
      [
        "We want every branch to choose its own books.",
        "Usually, this means the central office carries the cost of the catalogue.",
        "Somebody has to keep one list of all the books.",
      ],
    ],
    passes: [
      [
        "We want every branch to choose its own books.",
        "The central office keeps one list of all of them.",
        "That list means little to the readers.",
      ],
    ],
  },
];
