import type { Rule } from "./rules";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
// The underscore first, its letter before it looked behind from there: a look-behind first was
// tried at every position of the string.
const UNDERSCORE_IN_WORD = /_(?<=\p{L}_)(?=\p{L})/gu;
const REGNAL_STOP = /(\b\p{Lu}\p{Ll}+\s+[IVXL]{1,6})\.(?=,)/gu;

/**
 * Presentation rules for the form of a shown sentence's opening: a name's small particle takes
 * a capital where it opens the sentence, and an opening that only places the sentence in a
 * sequence ("Finally,", "Then") goes from what an item asks.
 */

/** A name's small particle where a sentence (or a framed, quoted one) opens: "el Faro", "van Dijk". */
const PARTICLE_START =
  /^((?:According to the (?:essay|text|article), |The author writes: “|Context: “)?[“"‘]?)(el|la|le|de|del|della|da|di|du|dos|das|van|von|der|al)([\s-]\p{Lu})/u;

/** "(see Tides and Currents)", "(see )": a pointer to a titled section, or its empty remains. */
const CROSS_REFERENCE =
  /\s?\(see(?:\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:and|of|the|in|on|to|for|\p{Lu}[\p{L}'’-]*)){0,6})?\s*\)/gu;
/** "(see methylation of genes in cancer)": an encyclopedia's pointer to another article, in lower case. */
const ARTICLE_REFERENCE =
  /\s?\(see\s+(?!(?:the|a|an|his|her|their|its|our|this|these|those|also)\b)\p{Ll}[^()]{3,80}\)/gu;
/** "river- banks": a line-end hyphen whose break left a space (not "pre- and post-"). */
const BROKEN_HYPHEN = /(?<=^|[^\p{L}])(\p{Ll}{2,})- (?!(?:and|or|to|nor)\b)(\p{Ll}{2,})/gu;

/** Openings that only place a sentence in a sequence: never part of what it claims. */
export const SEQUENCE_OPENING =
  /^(?:(?:[Ff]inally|[Ll]astly|[Aa]lso|[Nn]ext|[Ff]irst|[Ss]econd|[Tt]hird|[Ss]econdly|[Tt]hirdly|[Ff]irst of all|[Ii]n addition|[Aa]dditionally)\s*,\s*|[Tt]hen,?\s+(?=(?:the|a|an)\s|\p{Lu}|_____|\p{Ll}+\s+(?:was|were|is|are|had|has)\b))(?=\S)/u;

/**
 * "MK: The decade …", "Q: What …": an interview's turn label where a shown sentence (or a framed,
 * quoted one) opens. Run before the frame's capital is lowered (present.ts).
 */
const TURN_LABEL =
  /^((?:According to the (?:essay|text|article), |The author writes: “|Context: “)?[“"‘]?)\p{Lu}{1,3}:\s+(?=[\p{Lu}“"‘_])/u;

export const TURN_LABEL_RULE: Rule<string, string> = {
  id: "present.turn-label",
  why: "'GV: The world went through …', 'MK: The next decade …': an interview's label for who speaks is layout; left in, the judges called it a formatting fault.",
  fires: [
    "MK: The next decade will be the valley's.",
    "According to the essay, GV: The mills went through a slow period.",
    "Context: “AB: All of the valley learned to weave.”",
  ],
  passes: ["The ratio was 3: 1 in the north.", "Note: the mill is closed on Sundays."],
  test: (s) => {
    const t = s.replace(TURN_LABEL, "$1");
    return t === s ? null : t;
  },
};

export const FORM_PRESENT_RULES: Rule<string, string>[] = [
  {
    id: "present.stop-after-quote",
    why: "'… to the river charts.\".': a scrape that keeps a quotation's own full stop and adds the sentence's after the closing mark shows two stops.",
    fires: [
      'for "her work on the river charts.".',
      "the “end of an era.”.",
      "the banner reads: 'No more tolls on the bridge.'.",
    ],
    passes: ['for "her work on the river charts."', 'called it "the charts".'],
    test: (s) => {
      const t = s.replace(/([.!?])(["”’'])\./g, "$1$2");
      return t === s ? null : t;
    },
  },
  {
    id: "present.cross-reference",
    why: "'(see Tides and Currents)', '(see )': a textbook's pointer to another section, or what a conversion left of it; the student has no section to turn to.",
    fires: [
      "the angular momentum (see Tides and Currents) cannot change.",
      "Darwin (see ) studied law for six years.",
      "Silencing of the genes appears important (see methylation of repair genes in cancer).",
    ],
    passes: [
      "the angular momentum (seen from the pole) cannot change.",
      "Darwin (see the letters) studied law.",
    ],
    test: (s) => {
      if (!s.includes("(see")) return null;
      const t = s.replace(CROSS_REFERENCE, "").replace(ARTICLE_REFERENCE, "");
      return t === s ? null : t;
    },
  },
  {
    id: "present.broken-hyphen",
    why: "'river- banks', 'fine- grained': a word hyphenated at a line end kept the break's space; the word is one ('pre- and post-war' is two).",
    fires: ["the river- banks flood in spring", "fine- grained fibre"],
    passes: ["pre- and post-war housing", "19th- to 20th-century", "a river-bank"],
    test: (s) => {
      if (!s.includes("- ")) return null;
      const t = s.replace(BROKEN_HYPHEN, "$1-$2");
      return t === s ? null : t;
    },
  },
  {
    id: "present.editor-note",
    why: "'(note: the two small ones)', '[sic]': an aside the writer or an editor added for the page's readers; the claim reads whole without it, and the aside often carries its own slips.",
    fires: [
      "Berg said the ferries (note: the two small ones) run daily.",
      "The mayor wrote that the levee [sic] would hold.",
    ],
    passes: [
      "Berg said the ferries (the two small ones) run daily.",
      "The note: levees hold.",
      "Berg said _____ (note: the two small ones) run daily.",
    ],
    test: (s) => {
      if (!/[([]/.test(s)) return null;
      const t = s
        .replace(
          /\s*\((?:note|n\.b\.|nb|ed\.?|editor['’]s note|translator['’]s note)\s*:[^()]*\)/giu,
          (m) => (m.includes("_____") ? m : ""),
        )
        .replace(/\s*\[sic\]/giu, "");
      return t === s || s.includes("_____ (note") ? null : t;
    },
  },
  {
    id: "present.link-underscores",
    why: "A wiki page pasted as text writes its links with underscores ('trade_routes', 'mill_race'); the student should read the words, while the stored sentence keeps them.",
    fires: [
      "The mill fed the trade_routes of the valley.",
      "The old mill_race still turns a wheel.",
    ],
    passes: ["The mill closed in _____.", "The word _levee_ comes from French.", "snake case"],
    test: (s) => {
      if (!s.includes("_")) return null;
      const t = s.replace(UNDERSCORE_IN_WORD, " ");
      return t === s ? null : t;
    },
  },
  {
    id: "present.particle-capital",
    why: "'el Faro reported…', 'According to the essay, de Vries measured…': a name whose particle is written small ('el', 'de', 'van') takes a capital where it opens the sentence; read small there, it looks like a broken capital. A name written with a capital inside ('iPhone') keeps its small letter.",
    fires: [
      "el Faro reported the flood on its front page.",
      "According to the essay, de Vries measured the river every morning.",
      "The author writes: “van Dijk was right about the levee.”",
    ],
    passes: [
      "iPhone sales fell after the flood.",
      "The report in el Faro was short.",
      "According to the essay, del and al are particles.",
    ],
    test: (s) => {
      const t = s.replace(
        PARTICLE_START,
        (_m, lead: string, p: string, rest: string) =>
          `${lead}${p.charAt(0).toUpperCase()}${p.slice(1)}${rest}`,
      );
      return t === s ? null : t;
    },
  },
  {
    id: "present.regnal-stop",
    why: "'the duke had offended Henry IV., who…': older prose puts a stop after a ruler's numeral; before a comma it reads as broken punctuation in a question, and the numeral is no abbreviation a reader needs marked",
    fires: [
      "In 1590, the city having offended Henry IV., sought peace.",
      "Queen Anne II., it was said, ruled the isle.",
    ],
    passes: [
      "In 1590, the city, having offended Henry IV, sought peace.",
      "The treaty was signed by Henry IV.",
      "Write the letters I.V. on the first line.",
    ],
    test: (s) => {
      // The pattern ends in a stop before a comma: without one there is nothing to scan for.
      if (!s.includes(".,")) return null;
      const t = s.replace(REGNAL_STOP, "$1");
      return t === s ? null : t;
    },
  },
];

export const FORM_PROMPT_RULES: Rule<string, string>[] = [
  {
    id: "present.sequence-opening",
    why: "'Finally, the council…', 'Then the engineers…', 'Also, the mayor…': an opening that only places the sentence in a sequence the item does not show reads as a leftover; the claim holds without it.",
    fires: [
      "Finally, the council built a levee in _____.",
      "Then the engineers raised the bridge by _____.",
      "Also, the mayor argued that the levee would pay for itself.",
      "Lastly, _____ closed the mill.",
      "Second, the levee would protect the lower town.",
    ],
    passes: [
      "The council finally built a levee.",
      "Then-mayor Ruiz opened the bridge.",
      "Then and now, the river floods.",
      "Also known as the Old Mill, the building burned in _____.",
      "First Nations in the valley fished the river.",
    ],
    test: (s) => {
      const m = SEQUENCE_OPENING.exec(s);
      if (!m) return null;
      const rest = s.slice(m[0].length);
      return rest.charAt(0).toUpperCase() + rest.slice(1);
    },
  },
];
