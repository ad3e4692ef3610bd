import { READER_CLAIM_RULES } from "./claim-rules-reader";
import type { Rule } from "./rules";
import { LOWER_NAME_START } from "./split-text";
import { STOPWORDS } from "./text-utils";
import { isKnownWord } from "./spelling";
import { CONFIG } from "./config";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const PARAGRAPH_NUMBER = /^\d{1,3}\s{2,}\p{Lu}/u;
/** A bullet, or a dash as a speech's list sets it ("—for closer trade;"), before a lower-case
 * word: the list entry goes on the sentence above the list. */
const LOWER_BULLET = /^(?:[-*•]\s+|[—–]\s*)(?=\p{Ll})/u;

/**
 * The claims stage: a sentence that is not prose the essay asserts (a caption, a reference
 * entry, a fragment left by a bad split, a quotation in another language) is kept verbatim in
 * the essay but never quizzed. The first rule that fires names the reason.
 */
export const CLAIM_RULES: Rule<string>[] = [
  {
    id: "claim.unfinished",
    why: "Captions and credits end without a full stop; a claim ends with . or ! (and maybe a quote).",
    fires: [
      "Harbour at dawn, image by a reader (cc licensed)",
      "The mayor speaking in 2019 (photo)",
    ],
    passes: [
      "The harbour was rebuilt after the storm.",
      "He said it was “the end of an era.”",
      "The canal was finished in 1843.[4]",
      "**The canal paid for itself within ten years.**",
      // An entry of a numbered list of rules ends on a semicolon.
      "All goods found in breach of the rules shall be seized by the port;",
    ],
    test: (s) =>
      !/(?:[.!]|;(?:\s+(?:and|or))?)[”"’)\]*_]*$/.test(
        s.replace(/(?:\[[^\]]{1,20}\])+$/, "").trim(),
      ),
  },
  {
    id: "claim.lost-words",
    why: "'Levels fell by , which is …', 'the mayor, saying :.': a scrape dropped a figure or the quotation the sentence announced — a preposition or a colon with nothing after it. The sentence as a student reads it is missing its point.",
    fires: [
      "Water levels in the lake fell by , which is just above the lowest level for the turbines.",
      "The ferry company took the strike lightly, saying :.",
      "The mill ran at a speed of . for most of the year.",
      "The of a ribbon is the side that takes the ink.",
      "Wage data from the survey supports this view, as shows.",
      "An average of is saved by taking the canal.",
      "The lake covers a surface area of and formed when lava dammed the valley.",
      "One group of rocks formed at temperatures of at a depth of nine kilometres.",
      // Ranges and extents whose figures a scrape of unit templates dropped.
      "Rain on the farms varies from a low of in the valleys to a high of on the hills.",
      "The flood plain reaches up to on the east bank of the river.",
      "The camps lie at over altitude and are hard to reach.",
      "The crew rowed the rest to within of the reef before dusk.",
      "The drifts pile up over the winter, reaching almost in the deepest gullies.",
      "The surveyors measured the height of using a laser.",
      "Each petal of the orchid is about long and pale blue.",
      "The hut lies less than north of the border.",
      // Two linked names a scrape dropped: "the other two are and ."
      "The ward has three seats; the other two are and .",
    ],
    passes: [
      "Water levels in the lake fell by a metre, which is just above the lowest level.",
      "The ferry company took the strike lightly, saying: “We will sail on Monday.”",
      "The mill ran at full speed for most of the year.",
      "The in-laws stayed for the harvest, as shown in the ledger.",
      "The bread baked in Villa Caña in the hills is dark.",
      "The lake covers an area of at least ten square miles.",
      "The guild was weary of and hostile to the new loom.",
      "Rain on the farms varies from a low of 300 mm in the valleys to a high of 1,200 mm on the hills.",
      "The flood plain reaches up to the old mill on the east bank.",
      "Each petal of the orchid is about 2 cm long and pale blue.",
      "The ferry runs about as long as the old one did.",
      "The old bridge reaches nearly across the river.",
      "The town was almost in ruins after the flood.",
      "The camps lie at over 4,000 metres and are hard to reach.",
    ],
    test: (s) =>
      LOST_WORDS.test(s) ||
      LOST_NOUN.test(s) ||
      LOST_FIGURE.test(s) ||
      LOST_AMOUNT.test(s) ||
      LOST_MEASURE.test(s) ||
      LOST_EXTENT.test(s),
  },
  {
    id: "claim.imperative",
    why: "'Now then, observe what habit can do.': a sentence that tells the reader to look or think states nothing that is true or false.",
    fires: [
      "Now then, observe what habit, helped by a good name, can do.",
      "Consider the case of the miller who sold his mill.",
      "Note that the bridge closes at night.",
    ],
    passes: [
      "Observers noted that the bridge closes at night.",
      "The miller considered selling his mill.",
    ],
    test: (s) => IMPERATIVE.test(s.trim()),
  },
  ...READER_CLAIM_RULES,
  {
    id: "claim.heading-glued",
    why: "'Product Certain lots of the capsules were sold …': a page's label ran into the sentence after it (a scrape lost the line break), and a capital word that starts a clause stands mid-sentence.",
    fires: [
      "Product Certain lots of the jam were sold in glass jars.",
      "Recall Notice The bakery has withdrawn two loaves.",
    ],
    passes: [
      "Certain lots of the jam were sold in glass jars.",
      "The Grand Canal Company built the quay.",
    ],
    test: (s) => HEADING_GLUED.test(s.trim()),
  },
  {
    id: "claim.image-file",
    why: "'Loom with Jacquard_2502sc.jpg The design is …', 'Right: Workers lower the capsule onto its rocket.': a picture's file name or a caption that says where the picture stands ran into the text; what a student would read describes a picture they cannot see.",
    fires: [
      "Mill loom with Jacquard_0231.jpg The pattern is punched onto cards.",
      "Right: Workers lower the capsule onto its rocket.",
      "Top left to right: the mill in 1900, 1920 and 1950.",
    ],
    passes: [
      "The pattern is punched onto cards, as the photograph shows.",
      "Right after the storm, workers lowered the capsule onto its rocket.",
    ],
    test: (s) => IMAGE_FILE.test(s) || PICTURE_POSITION.test(s.trim()),
  },
  {
    id: "claim.question-with-stop",
    why: "'Are you ready with your words of support?.': a question a scrape closed with a full stop is still a question, and a question states nothing to test.",
    fires: ["Are you ready with your words of support for the strikers?."],
    passes: ["Nobody asked whether the strikers were ready."],
    test: (s) => /\?\s*[.!]["”’)]*$/.test(s.trim()),
  },
  {
    id: "claim.fragment-start",
    why: "A sentence that starts lower case, with a digit or a bracket is the tail of a bad split.",
    fires: [
      "12 (1901) the recipe is described in full.",
      "m. on the following day, the crew landed.",
      "(see below) the plan was dropped.",
      // A list entry that goes on the sentence above it ("Risks include:").
      "- having had a broken hip in the past.",
      "—for closer trade between the river towns;",
      "—the treaty opening the river to foreign ships.",
    ],
    passes: [
      "- Having a dog keeps many farmers fit.",
      "In 1901 the recipe was described in full.",
      "The crew landed on the following day.",
      "3      With patience toward all, the work went on.",
      "el Faro reported the flood on its front page.",
      "van Dijk measured the river every morning.",
      "eBay listings for boats rose after the flood.",
    ],
    // A numbered paragraph ("3      With malice…") and a Markdown link are not fragments, nor is
    // a name that starts lower case ("el Faro", "van Dijk", "eBay").
    test: (s) => {
      const t = s.trim().replace(LOWER_BULLET, "");
      if (PARAGRAPH_NUMBER.test(t) || /^\[[^\]]+\]\(/.test(t)) return false;
      if (LOWER_NAME_START.test(t)) return false;
      return /^[\p{Ll}\p{N}(\[]/u.test(t);
    },
  },
  {
    id: "claim.bare-condition",
    why: "'For example, if the gauge fails, or if the river rises.' lists conditions with no main clause: a fragment the writer leaned on the sentence before to finish.",
    fires: [
      "For example, if the gauge fails, or if the river rises faster than the pumps.",
      "If the ferry is late, or if the tide turns early.",
    ],
    passes: [
      "For example, if the gauge fails, the pumps stop.",
      "If the ferry is late, or if the tide turns early, the market opens without the farmers.",
    ],
    test: (s) => {
      const body = s
        .trim()
        .replace(/^(?:for example|for instance|say|e\.g\.),?\s+/i, "")
        .replace(/[.!]$/, "");
      if (!/^if\b/i.test(body)) return false;
      return body
        .split(/,\s+/)
        .every((part, k) => k === 0 || /^(?:(?:and|or)\s+)?if\b/i.test(part));
    },
  },
  {
    id: "claim.dash-label",
    why: "'Marlow—The narrator of the tale, who…': an entry of a list (a cast, a glossary) set after a label and a dash is a fragment, not a sentence the essay asserts; quizzed, it reads as broken grammar.",
    fires: [
      "Marlow—The narrator of the tale, who travels up the river.",
      "Silt – Fine grains of rock that the river carries.",
      "Old Mill — The building where the flood began.",
    ],
    passes: [
      "The river—wide and slow—ran past the town.",
      "In 1998—the year of the flood—the council met.",
      "The mill burned in 1910 — The Times reported it the next day.",
    ],
    test: (s) => DASH_LABEL.test(s.trim()),
  },
  {
    id: "claim.reference-entry",
    why: "A bibliography entry ('Retrieved 3 May 2019', 'ed.', 'pp.') is apparatus, not the essay.",
    fires: [
      "Smith's notes on the harbour Retrieved 3 May 2019.",
      "Oxford History, 2nd ed. cites the survey.",
      "Journal of Soups 12, pp. 4–9.",
      // A textbook's reading list: "Surname, Given, ed. Title." and "… City: Press, 2011."
      "Marsh, Ada, ed. Handbook of the River Trade.",
      "Marsh, Ada. River Towns and Their Mills. Leeds: Dale Press, 2011.",
    ],
    passes: [
      "The harbour was surveyed again in 2019.",
      "Teams retrieved the capsule and its crew.",
    ],
    test: (s) =>
      /\bRetrieved (?:on )?\d|\b\d+(?:st|nd|rd|th)\.? ed\b|\bpp?\.\s*\d|\bISBN\b|\bdoi:/i.test(s) ||
      READING_LIST_ENTRY.test(s.trim()),
  },
  {
    id: "claim.not-english",
    why: "A quotation left in another language cannot be asked in English.",
    fires: [
      "A cidade é a mesma que era antes da guerra e dos anos de crise.",
      "La sopa se sirve fría en verano con pan.",
      "어머니가 시장에서 사과를 사 오셨다.",
      "Мы приехали в город поздно вечером.",
      "Wala kaming magagawa sa Harbour Board in terms of fishing.",
    ],
    passes: [
      "The soup is served cold in summer with bread.",
      "Metal expands as it gets hotter.",
      "Scurvy usually starts with tiredness and sore gums.",
      "The thalweg of the wadi shifts with each spate of the monsoon.",
    ],
    test: notEnglish,
  },
  {
    id: "claim.points-elsewhere",
    why: "'Listed below are…', 'Below are some steps', 'as shown above', 'Here is a case …': the sentence is about a part of the page the item cannot show — 'here is' presents what the next sentences tell.",
    fires: [
      "Listed below are the members of the committee.",
      "The figures are shown in the table above.",
      "Here is a case that came before the court last spring.",
      "Here are three letters the miller wrote to his son.",
      "Below are some steps you can take to plan the walk.",
    ],
    passes: [
      "The treaty was signed below the castle walls in 1412.",
      "The miller said the mill was here to stay.",
    ],
    test: (s) =>
      /\b(?:listed|shown|described|given|see|as follows|the following)\b[^.]{0,40}\b(?:below|above)\b|^(?:listed|shown) (?:below|above)\b|^(?:here|below|above)\s+(?:is|are|was|were)\b|^here['’]s\b/i.test(
        s.trim(),
      ),
  },
  {
    id: "claim.leading-connective",
    why: "A sentence that opens with 'Because…' or 'And…' is half of an argument begun before it.",
    fires: [
      "Because such quarrels start in the villages rather than the towns.",
      "And so the matter rested.",
    ],
    passes: ["Because of the storm, the launch slipped by a week."],
    test: (s) => /^(?:because|and|or|nor|but|for)\b(?! of\b)(?![^,]{0,60},)/i.test(s.trim()),
  },
];

/** "Right: …", "Top left to right: …": a caption that says where its picture stands. */
export const PICTURE_POSITION =
  /^(?:(?:top|bottom|above|below|left|right|center|centre|inset|pictured)(?:\s+(?:left|right|center|centre))?(?:\s+to\s+(?:left|right))?|from\s+left(?:\s+to\s+right)?)\s*:/i;
/** A picture's file name ("Jacquard_2502sc.jpg", "File:Map.png"). */
export const IMAGE_FILE = /\S\.(?:jpe?g|png|gif|svg|tiff?|webp)\b/i;

/** A preposition with punctuation right after it, or a colon ending the sentence. */
const LOST_WORDS =
  /\b(?:by|of|to|from|at|about|approximately|around|nearly|over|under|than|with|in|some|only)\s+[,.;)]|\b(?:is|are|was|were)\s+(?:and|or)\s+[,.;)]|\s?:\s*\.?\s*$/i;

/** "The of a tape is …": an article right before a preposition, the noun between them lost. */
const LOST_NOUN =
  /(?<![\p{L}\p{N}'’-])(?:the|an?)\s+(?:of|in|on|at|by|for|with|to|from|is|are)\s/iu;
/** One to four capitalised label words, then a capitalised word that opens a clause. */
const HEADING_GLUED =
  /^(?!(?:The|A|An|This|These|Some|Certain|Most|All|Many|Each|Every)\s)(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:The|A|An|Certain|Some|Most|All|Many|This|These|Those|Each|Every|Our|Your|Its|Their)\s+\p{Ll}/u;
const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
const NON_LATIN_LETTER = /(?!\p{Script=Latin})\p{L}/u;
/** Text in plain ASCII (most sentences) has no letter outside the Latin script. */
const NOT_ASCII = /[^\x00-\x7f]/;
const WORD_OR_APOSTROPHE = /[\p{L}']+/gu;
/** "a surface area of and formed", "temperatures of at a depth": a measure whose figure was lost. */
const LOST_MEASURE =
  /\b(?:length|width|height|depth|diameter|radius|area|altitude|elevation|temperatures?|speed|distance|weight|mass|volume|wingspan|span|capacity|population|density|pressure|cost|budget)\s+of\s+(?:(?:and|or|at(?!\s+(?:least|most)\b)|with|in|on|to|is|was|are|were|using)\b|[,.;)]|$)/i;
/**
 * "from a low of in the lee", "up to on the dayside", "at over altitude", "to within of",
 * "reaching almost in certain spots": an extent or a bound with its figure lost.
 */
const LOST_EXTENT =
  /\ba\s+(?:low|high|maximum|minimum|peak|total)\s+of\s+(?:in|on|at|to|and|or|from)\b|\bup\s+to\s+(?:on|in|at|and|or)\b|\bwithin\s+of\b|\bat\s+over\s+\p{L}|\b(?:reaching|extending|rising|measuring)\s+(?:almost|nearly|approximately|about|some)\s+(?:in|on|at|and|to)\b|\b(?:about|approximately|nearly|roughly|around|less\s+than|more\s+than)\s+(?:long|wide|high|tall|deep|thick|in\s+(?:length|diameter|width|height|depth)|(?:north|south|east|west)\s+of)\b/iu;
/** "An average of is saved": "a noun of" straight before a verb, the amount between them lost. */
const LOST_AMOUNT = /\b(?:an?|the)\s+\p{L}+\s+of\s+(?:is|are|was|were)\b/iu;
/** "Observe …", "Consider …", "Note that …": the reader told to look, after any opening link. */
const IMPERATIVE =
  /^(?:(?:now|then|but|and|so|yet)\s*,?\s+)*(?:observe|consider|note|notice|remember|imagine|suppose|compare|recall|behold|picture)\b(?!s\b|d\b)/i;
/** "Marsh, Ada, ed. …" or "Marsh, Ada. … Leeds: Dale Press, 2011.": an entry of a reading list. */
const READING_LIST_ENTRY =
  /^\p{Lu}[\p{L}'’-]+,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:,\s+eds?\.\s|\.\s.*:\s[^.]+,\s+\d{4}\.$)/u;
/** "… supports this view, as shows.": a figure's label lost before the full stop. */
const LOST_FIGURE = /\bas\s+(?:shows|illustrates|depicts|demonstrates)\s*[.,;]/i;

/** A label of up to four capitalised words, a dash, then a capitalised entry. */
const DASH_LABEL = /^\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,3}\s?[—–]\s?\p{Lu}/u;

/** A text's token that is one word written small, maybe in quotes or before a stop: not a
 * name, and no link's or template's letters. */
const SMALL_WORD = /^[“"‘'(]*(\p{Ll}+)[”"’',.;:!?)]*$/u;
/** Function words of the languages pasted quotations most often come in (pt, es, fr, de, it). */
const FOREIGN_FUNCTION_WORDS = new Set(
  "de da do dos das em um uma para com que não é el la los las y en por con se le les des du et est il une und der die das ist ein eine nicht mit ao os na no pelo pela são está essa esse ele ela muito mais".split(
    " ",
  ),
);

/**
 * Is the sentence in another language? Also asked on its own, not only as the first rule that
 * rejects it: a quoted tweet cut off mid-word is unfinished and foreign at once, and the
 * translation after it is still the same person's words (speaker-paragraphs.ts).
 */
export function notEnglish(s: string): boolean {
  // Korean, Chinese, Russian, Arabic …: letters mostly outside the Latin script. A text whose
  // letters are all Latin (most sentences) cannot be, and skips building the letter lists.
  if (NOT_ASCII.test(s) && NON_LATIN_LETTER.test(s)) {
    const letters = s.match(LETTER) ?? [];
    if (letters.length >= 10 && (s.match(LATIN_LETTER) ?? []).length * 2 < letters.length)
      return true;
  }
  const ws = s.toLowerCase().match(WORD_OR_APOSTROPHE) ?? [];
  if (ws.length < 6) return false;
  let foreign = 0;
  let english = 0;
  for (const w of ws)
    if (FOREIGN_FUNCTION_WORDS.has(w)) foreign++;
    else if (STOPWORDS.has(w)) english++;
  if (foreign >= 2 && foreign >= english) return true;
  // "wala kaming magagawa sa harbour in terms of fishing": a language without a word list
  // above, whose small words the English lexicon does not know.
  const small = s.split(/\s+/).flatMap((t) => SMALL_WORD.exec(t)?.[1] ?? []);
  const unknown = small.filter((w) => !isKnownWord(w)).length;
  return unknown >= CONFIG.claims.foreignUnknownWords && unknown * 3 >= small.length;
}

/** The id of the first claim rule that fires on a sentence, or null when it may be quizzed. */
export function claimRejection(sentence: string): string | null {
  for (const r of CLAIM_RULES) if (r.test(sentence)) return r.id;
  return null;
}
