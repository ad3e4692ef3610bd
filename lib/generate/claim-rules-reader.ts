import type { Rule } from "./rules";
import { analyze, lexiconTag } from "./nlp";
import { ABBREVIATIONS } from "./split-text";
import { sameStem } from "./text-utils";

/** A bullet, then a word in "-ing": "- Having had …", "* Being over 60 …". */
const GERUND_ENTRY = /^[-*•]\s+(\p{L}+ing)\b/u;
/** "- Surprise that …": a bulleted capitalised word and "that". */
const NOUN_THAT_ENTRY = /^[-*•]\s+(\p{Lu}\p{Ll}+)\s+that\b/u;
/** A relative pronoun: the verb right after it is its clause's. */
const RELATIVE = /^(?:that|which|who|whom|whose)$/;
/** Lexicon tags of a verb that makes a clause: "is", "can", "keeps", "was". */
const FINITE_TAG = /Copula|Modal|PresentTense|PastTense/;

/** A capitalised word in "-s" opening the sentence, then what follows a verb: its object. */
const SUBJECTLESS =
  /^(\p{Lu}\p{Ll}+s)\s+(?:a|an|the|its|their|his|her|each|every|all|both|one|two|three)\s/u;

/** A textbook's chapter or section as the subject of what it covers. */
const BOOK_POINTER =
  /^(?:the|this|that|a|an|the next|the previous|a later|an earlier|the following|the last)\s+(?:chapter|section|unit|module|lesson)s?\b(?:\s+on\s+[^,]+?)?\s+(?:digs|examines?|explores?|explains?|discuss(?:es)?|covers?|describes?|introduces?|looks|focuses|considers?|reviews?|will|goes|turns|takes|presents?|addresses)\b/i;
/** The writer on what this text will not do: "is hardly in place here", "need not concern us here". */
const NOT_HERE =
  /\b(?:(?:in|out\s+of)\s+place\s+here|need\s+not\s+(?:concern|detain)\s+us(?:\s+here)?|(?:cannot|can\s+not|need\s+not)\s+be\s+(?:discussed|considered|described|treated|gone\s+into|reviewed)\s+here)\b/i;
/** "@harbourwatch: Of course the ferry is late.": a post quoted under its author's handle, in
 * any script ("@港口观察"). */
const HANDLE_POST = /^\s*@[\p{L}\p{N}_.]+\s*:/u;
/** "More information … is available in the fact sheet X", "… are discussed in the booklet X",
 * "The X summary has in-depth information": where else to read, not what to learn. */
const READING_POINTER =
  /\b(?:more|further|additional|detailed|in-depth)\s+information\b[^.]{0,80}\b(?:is|are|can\s+be)\s+(?:available|found)\b|\b(?:is|are)\s+(?:also\s+)?(?:discussed|described|explained|covered)\s+(?:in\s+(?:more\s+)?detail\s+)?in\s+(?:the|our|a|this)\s+(?:[\w-]+\s+){0,3}(?:publication|fact\s+sheet|booklet|summary|guide|brochure)\b|\b(?:summary|summaries|booklet|fact\s+sheet|guide)\s+(?:has|have|contains?|gives?|offers?)\s+(?:more\s+|in-depth\s+|detailed\s+)?information\b/iu;
/** "Ada Lind: The port has a bigger problem at home.": a commenter's name before their words. */
const NAME_LABEL = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s*:\s+["“]?\p{Lu}/u;
const SIGN_OFF =
  /^(?:good\s+(?:night|evening|morning|afternoon|bye)\b|goodbye\b|farewell\b|thank\s+you\b|(?:may\s+)?god\s+bless\b)/i;
/** A study task's verb, then what no noun subject is followed by ("Outline the …", "Explain why …"). */
const STUDY_TASK =
  /^(?:describe|explain|outline|identify|list|discuss|define|analy[sz]e|evaluate|summari[sz]e|distinguish|differentiate|recogni[sz]e|examine|assess|illustrate|interpret|classify|contrast|articulate|explore|name|state|read|watch|visit)\s+(?:the|a|an|this|these|how|why|what|which|who|when|where|whether|some|several|two|three|four|five|each|its|their|major|key|main|various|between)\b/i;

/** Advice to the reader: an advice verb, then a word no noun subject is followed by ("Ask your …", "Talk to …"). */
const ADVICE =
  /^(?:please\s+)?(?:(?:talk|write|listen|speak|reach\s+out)\s+(?:to|with)\b|(?:ask|call|tell|keep|try|make|avoid|drink|eat|use|wear|get|find|check|let|choose|take|bring|learn|visit|contact|join|follow|stop|start|plan|protect|limit|rinse|wash|apply|think)\s+(?:your|yourself|sure|a|an|the|it|them|up|out|about|any|some|all|more|less|this|these|those|other|others|someone|what|how|if|whether|not|to)\b|(?:don['’]t|do\s+not|never)\s+(?!before\b|again\b|had\b|has\b|have\b|was\b|were\b|did\b|does\b|is\b|are\b)\p{Ll}|be\s+(?:sure|aware|careful|ready|honest|patient|kind|gentle)\b|(?:recall|remember|note|notice)\s+that\b)/iu;
/** A bullet or emphasis marks before a sentence's first word ("- ", "**"). */
const LEADING_MARKUP = /^(?:[-*•]\s+)?(?:\*\*|__|\*|_)?/u;
/** A full stop, then a lower-case word: where a sentence ends but the next one lost its start. */
const RUN_ON_STOP = /([\p{L}\p{N}.]+)\.\s+\p{Ll}/gu;
/** What every RUN_ON_STOP match holds: most sentences have none, and this finds that without
 * RUN_ON_STOP's backtracking over each run of letters. */
const STOP_THEN_LOWER = /\.\s+\p{Ll}/u;
function runsOnAfterStop(s: string): boolean {
  if (!STOP_THEN_LOWER.test(s)) return false;
  for (const m of s.matchAll(RUN_ON_STOP)) {
    const word = m[1]!;
    // "e.g. the", "U.S. and", "etc. and": an abbreviation's stop ends no sentence.
    if (word.includes(".") || ABBREVIATIONS.has(word.toLowerCase())) continue;
    return true;
  }
  return false;
}

/**
 * Sentences that speak to the reader rather than about the subject: a textbook's pointers to
 * its own chapters, its study tasks, a speech's greetings and farewells. The claims stage keeps
 * them verbatim and never quizzes them (claim-rules.ts runs these in its order).
 */
export const READER_CLAIM_RULES: Rule<string>[] = [
  {
    id: "claim.handle-post",
    why: "'@harbourwatch: Of course the ferry is late.': a post quoted under its author's handle is that user's words, and 'According to the essay, @…:' reads as nonsense (judged in round s30b).",
    fires: [
      "@harbourwatch: Of course the ferry is late again this week.",
      "@港口观察: Of course the ferry is late again this week.",
    ],
    passes: ["The user @harbourwatch wrote that the ferry was late again this week."],
    test: (s) => HANDLE_POST.test(s),
  },
  {
    id: "claim.reading-pointer",
    why: "'More information about flood insurance is available in the fact sheet, Living on a Flood Plain.', 'The Flood Safety summary has in-depth information.': a pointer to another publication is the site's furniture; judged obvious and trivial in round s30d.",
    fires: [
      "More information about flood insurance is available in the fact sheet, Living on a Flood Plain.",
      "The changes that families may go through are discussed in the publication Living with Floods: A Guide.",
      "The Flood Safety summary has in-depth information about keeping a house dry.",
    ],
    passes: [
      "Information about floods was scarce until the river gauges were built in 1890.",
      "The guide to the river was written by a ferryman in 1850.",
    ],
    test: (s) => READING_POINTER.test(s),
  },
  {
    id: "claim.name-label",
    why: "'Ada Lind: The port has a bigger problem at home.': a comment quoted under its writer's name is that person's words; asked as the essay's claim or with the name blanked it was judged broken and trivial (round s30a).",
    fires: [
      "Ada Lind: The port has a bigger problem at home.",
      "Tomas Berg: We may not be rich, but we can be strong if we work together.",
    ],
    passes: [
      "Ada Lind said the port has a bigger problem at home.",
      "The port has one problem: the river silts up every spring.",
    ],
    test: (s) => NAME_LABEL.test(s),
  },
  {
    id: "claim.book-pointer",
    why: "'The chapter on trade looks more closely at the guild laws.', 'This section explains …': a textbook pointing at its own chapters, or saying what it will not go into here ('a review … is hardly in place here'), tells the reader where to read, not what is so; judged, such items were called 'not content'.",
    fires: [
      "The chapter on trade looks more closely at the guild laws of the valley.",
      "A review of the guild's many charters is hardly in place here.",
      "This section explains how the mills shaped the river towns.",
      "A later chapter examines the rise of the canal companies.",
      "The next sections consider how the guilds ruled the market.",
    ],
    passes: [
      "The chapter house of the abbey was rebuilt after the fire.",
      "The first section of the canal opened in 1790.",
    ],
    test: (s) => BOOK_POINTER.test(s.trim()) || NOT_HERE.test(s.trim()),
  },
  {
    id: "claim.sign-off",
    why: "'Good night, and may God keep the valley.', 'Thank you.': a speech's greeting or farewell wishes and thanks; it states nothing, and 'According to the essay, good night …' reads as nonsense.",
    fires: [
      "Good night, and may God keep the people of the valley.",
      "Thank you all for coming to the harbour this morning.",
      "May God bless the river towns and all who work on the barges.",
    ],
    passes: [
      "A good night's rest helps the body repair itself.",
      "The mayor thanked the crews who rebuilt the harbour.",
    ],
    test: (s) => SIGN_OFF.test(s.trim()),
  },
  {
    id: "claim.study-task",
    why: "'Outline the main causes of the famine.', 'Describe how a lock raises a boat.': a textbook's learning objective or a study prompt sets the student a task and states nothing; asked as 'According to the essay, outline …' it is no statement at all. The tagger often reads the task's verb as a noun, so the verbs are listed.",
    fires: [
      "Outline the main causes of the famine in the northern valleys.",
      "Describe how a canal lock raises a boat from one level to the next.",
      "Explain why the river towns grew faster than the hill towns.",
      "Identify three ways in which the guilds controlled the cloth trade.",
      "Read this account of the flood to learn more about the dykes.",
    ],
    passes: [
      "Outline maps of the valley were drawn by the first surveyors.",
      "List prices for the cloth rose twice in one year.",
      "The guide describes how a canal lock raises a boat.",
    ],
    test: (s) => STUDY_TASK.test(s.trim()),
  },
  {
    id: "claim.run-on-stop",
    why: "'… through the valley. shows the main canals.', '… died, aged 90. at Dunmore': a full stop followed by a lower-case word is two sentences run together, the second having lost its start (a figure's label, a date) in the page's conversion. Whatever is asked of it reads as broken.",
    fires: [
      "Barges carried grain through the valley. shows the main canals and their locks.",
      "Mara Lind, the weaver, died, aged 90. at Dunmore in the winter.",
    ],
    passes: [
      "Barges carried grain, salt, wool, etc. and the towns grew rich on the tolls.",
      "Grain reached the U.S. and the colonies by the canal.",
      "Barges carried grain through the valley.",
    ],
    test: runsOnAfterStop,
  },
  {
    id: "claim.advice",
    why: "'Talk to your nurse about the rash.', 'Ask your doctor whether …', 'Don't skip meals.': a health page's or a guide's advice tells the reader what to do; it states nothing true or false, and 'According to the essay, talk to …' reads as nonsense. The tagger reads many such verbs as nouns, so the advice verbs are listed with what follows them.",
    fires: [
      "Talk to other walkers who have tried the long route.",
      "Ask your guide whether the pass is open in May.",
      "Don't leave the trail after dark.",
      "Be sure to carry water on the high path.",
      "Keep a list of the birds you see.",
      // A guide's advice set in bold as its own heading is still advice.
      "**Talk with the warden about any route you have heard of.** Some paths are closed.",
      "- Ask your guide whether the pass is open in May.",
      // A textbook's reminder: what follows "that" was said before, as a claim.
      "Recall that the tide turns twice a day in the outer bay.",
    ],
    passes: [
      "Talks between the two towns broke down in May.",
      "Use of the old trail has doubled since 1990.",
      "Keepers of the light lived on the island until 1950.",
      "Never before had the valley seen such a flood.",
    ],
    test: (s) => ADVICE.test(s.trim().replace(LEADING_MARKUP, "")),
  },
  {
    id: "claim.subjectless",
    why: "'Recognizes a young potter whose work has not yet been shown.': a list entry that describes what its heading names opens on a verb with no subject; out of its list the item cannot say who or what does it, and the judges call it a fragment.",
    fires: [
      "Recognizes a young potter whose work has not yet been shown.",
      "Provides the valley towns with fresh water in the dry months.",
    ],
    passes: [
      "Potters recognize a good clay by its smell.",
      "Rivers provide the valley towns with fresh water.",
      "Grants the size of a year's wages went to three potters.",
    ],
    test: (s) => {
      const m = SUBJECTLESS.exec(s.trim());
      return m !== null && lexiconTag(m[1]!.toLowerCase()) === "PresentTense";
    },
  },
  {
    id: "claim.list-fragment",
    why: "'- Having had a broken hip in the past.': a list entry that names a case under the sentence above the list ('Risk factors include:') has no verb of its own; framed as a statement it reads 'According to the essay, having had a broken hip in the past.'",
    fires: [
      "- Having had a broken hip in the past.",
      "* Being over 60 years old.",
      // A bold term, then what it covers: "- **Soil type**, which decides …".
      "- **Soil type**, which decides how fast the water drains away.",
      "- **The depth of the well and whether it has run dry** in the summer months.",
      "- **Weather records**, such as rainfall and hours of sun.",
      "- **The size of the flood and whether it reached the town** to the east of the river.",
      // A relative clause's verb is the only one: "that were put on hold".
      "- Focusing on the fences that were left broken over the winter.",
      // A feeling and the clause it is about.
      "- Relief that the harvest is in at last.",
    ],
    passes: [
      "- **Farmers** use the old well in the summer months.",
      "- **Soil type** decides how fast the water drains away, as the survey showed.",
      "- Having a dog keeps many farmers fit.",
      "- Walking every day was once the rule in the valley.",
      "- Cutting the trees that shade the river warms the water.",
      "- Evidence that the wells are drying up is growing.",
      "- Farmers that plant early get better prices.",
      "Having had a broken hip in the past, she walked with a stick.",
    ],
    test: (s) => listFragment(s) || termEntry(s) || nounThatEntry(s),
  },
  {
    id: "claim.unrestated-label",
    why: "'- **Hill fog:** Water hangs in the air of the upper valley.': a list entry's bold label names what the sentence after it is about, and the label is left out of what a student reads; when the sentence does not name it again, 'Water hangs in the air …' no longer says of what. Judged in round s29c, both judges called each such item vague.",
    fires: [
      "- **Hill fog:** Water hangs in the air of the upper valley.",
      "- **[Sea fret](/glossary/fret):** A cold mist drifts in from the sea.",
      "- **Hill fog**: Water hangs in the air of the upper valley.",
      // The label's head noun is what must come back, not a word of its modifier.
      "- **Valley fog:** Water hangs in the air of the valley.",
    ],
    passes: [
      "- **Hill fog:** Hill fog hangs in the air of the upper valley.",
      "- **Sea frets:** A sea fret drifts in from the sea.",
      "Water hangs in the air of the upper valley.",
    ],
    test: unrestatedLabel,
  },
];

/** "- **Label:** Sentence", "- **[Label](url):** Sentence", "- **Label**: Sentence". */
const BOLD_LABEL =
  /^(?:[-*•]\s+)?\*\*\[?([^*\]\n]{2,50})\]?(?:\([^)\s]*\))?(?::\*\*|\*\*:)\s+(\p{Lu}.*)$/u;

function unrestatedLabel(s: string): boolean {
  const m = BOLD_LABEL.exec(s.trim());
  if (!m) return false;
  // The label's head noun must come back: "valley fog" is not restated by "the valley".
  const head = m[1]!
    .toLowerCase()
    .match(/\p{L}{3,}/gu)
    ?.at(-1);
  const rest = m[2]!.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  return head !== undefined && !rest.some((r) => sameStem(head, r, 3));
}

/** A bulleted bold term, then ", …", "such as …", "including …", "in particular …". */
const TERM_ENTRY =
  /^[-*•]\s+\[?\*\*([^*\n]{2,100})\*\*\]?(?:\([^)\s]*\))?(?:,|\s+(?:such as|including|in particular)\b|\s+\p{Ll})/u;
/** Words after a bold term that go on the term, not a verb of it. */
const TERM_GOES_ON =
  /^(?:such|including|in|to|of|for|on|at|with|from|beyond|by|among|within|and|or)$/;
/** Where a term's own words end and a clause about it begins. */
const CLAUSE_WORD = /\b(?:which|that|who|whose|whether|how|where|when|if)\b/i;

/** "- **Soil type**, which decides …": a term and what it covers, with no verb of its own. */
function termEntry(s: string): boolean {
  const m = TERM_ENTRY.exec(s.trim());
  if (!m) return false;
  const cut = m[1]!.search(CLAUSE_WORD);
  const head = (cut >= 0 ? m[1]!.slice(0, cut) : m[1]!).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (head.some((w) => FINITE_TAG.test(String(lexiconTag(w) ?? "")))) return false;
  // "- **Farmers** use the well": a lower-case word after the term may be its verb; a
  // preposition ("… dry** in the summer") goes on the term.
  const after = s
    .trim()
    .slice(m[0].length - 1)
    .match(/^\p{Ll}+/u)?.[0];
  return after === undefined || TERM_GOES_ON.test(after);
}

/** A bulleted entry opening on "-ing" with no verb the lexicon knows as finite after it. */
function listFragment(s: string): boolean {
  const m = GERUND_ENTRY.exec(s.trim());
  if (!m || lexiconTag(m[1]!.toLowerCase()) !== "Gerund") return false;
  const words =
    s
      .trim()
      .slice(m[0].length)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  // "having had", "being given": the participle after the gerund is no finite verb.
  const from = /^(?:having|being)$/i.test(m[1]!) ? 1 : 0;
  // "… fences that were left broken": a relative clause's own verbs (the two words after its
  // pronoun) make no clause of the entry.
  const own = (i: number, ws: string[]) =>
    RELATIVE.test(ws[i - 1] ?? "") || RELATIVE.test(ws[i - 2] ?? "");
  return !words
    .slice(from)
    .some((w, i, ws) => !own(i, ws) && FINITE_TAG.test(String(lexiconTag(w) ?? "")));
}

/**
 * "- Surprise that there are still many challenges to face.": a bulleted feeling or fact and the
 * clause it is about, with one finite verb — the clause's — and none of its own.
 */
function nounThatEntry(s: string): boolean {
  const m = NOUN_THAT_ENTRY.exec(s.trim());
  if (!m || /Plural/.test(String(lexiconTag(m[1]!.toLowerCase()) ?? ""))) return false;
  // The tagger, not the lexicon: "challenges" is a verb to the lexicon.
  const toks = analyze(s.trim().slice(m[0].length)).tokens;
  const finite = toks.filter(
    (t, i) =>
      (t.pos === "VERB" || t.pos === "AUX") &&
      !/ing$/i.test(t.text) &&
      !/^to$/i.test(toks[i - 1]?.text ?? ""),
  );
  return finite.length === 1;
}
