import { lexiconTag } from "./nlp";
import { isKnownWord } from "./spelling";
import { capitalizeFirst, remembered } from "./text-utils";
import { FORM_PRESENT_RULES, FORM_PROMPT_RULES, TURN_LABEL_RULE } from "./present-form";
import { FRAME_PRESENT_RULES, OPENING_PROMPT_RULES } from "./frame-grammar";
import { QUESTION_GRAMMAR_RULES } from "./question-grammar";
import { CAPITALS_RUN, scrapedTitle, titleCase, titleWords } from "./present-title";
import type { Rule } from "./rules";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const PARAGRAPH_NUMBER = /^\d{1,3}\s{2,}(?=\p{Lu})/u;
const HAS_LOWER = /\p{Ll}/u;
const LANGUAGE_CODES = "de|fr|es|it|nl|pl|ru|sv|pt|ja|zh|da|no|fi|cs|hu|tr|ar|he|ko|el|uk|ro|ca";
const LANGUAGE_MARKER = new RegExp(`\\s\\((?:${LANGUAGE_CODES})\\)(?=[\\s,.;:]|$)`);
const LANGUAGE_MARKER_ALL = new RegExp(LANGUAGE_MARKER.source, "g");
const ABSTRACT_AFTER_FRAME =
  /^(According to the essay, )(\p{Lu}\p{Ll}+(?:ment|tion|sion|ness|ity)s?)\b(?!\s+\p{Lu})/u;
const SHORT_ACRONYM = /^\p{Lu}{2,3}$/u;
/**
 * "Repetitive behaviors …", "Recreational sports …": an adjective's suffix says it is no name.
 * ("-al" alone is not enough: "Bengal", "Nepal".)
 */
const ADJECTIVE_AFTER_FRAME =
  /^(According to the essay, )(\p{Lu}\p{Ll}+(?:ive|ous|ful|less|able|ible|ical|ary|ional|ual|ial|ural|ental))\b(?!\s+\p{Lu})/u;
/** "Gentlemen,--", "My lords,", "Ladies and gentlemen —": a speech's address opening a sentence. */
const SALUTATION =
  /^(?:(?:my\s+)?(?:gentlemen|ladies and gentlemen|fellow[- ]citizens|fellow[- ]countrymen|my\s+friends|friends|sirs?|madam|lords?))\s*[,.!:]\s*(?:--|—|–)?\s*(?=\p{Lu})/iu;
/** "Statement 1:", "Example 2.": a worked example's label. */
const EXAMPLE_LABEL = /^(?:statement|example|step|case|premise|rule)\s+\d+\s*[:.]\s+(?=\p{Lu})/iu;
const LABEL_AFTER_FRAME =
  /^(According to the essay, )(?:(?:one example|another example|example|note|tip|in short|in other words|the point is):\s*|then,?\s+(?=\p{Ll})|(?:recall|note|remember|notice) that\s+(?=\p{Ll}))/iu;
const TWO_CAPITALS = /\p{Lu}{2}/u;
const NOT_ASCII = /[^\x00-\x7f]/;
const TWO_ASCII_CAPITALS = /[A-Z]{2}/;
/** Two capitals in a row. In plain ASCII (most strings) a capital is A–Z, and that range is read
 * many times faster than the Unicode class. */
const hasTwoCapitals = (s: string) =>
  NOT_ASCII.test(s) ? TWO_CAPITALS.test(s) : TWO_ASCII_CAPITALS.test(s);
// Every candidate of a sentence asks whether it shouts: the last sentence's answer is kept.
const shouts = remembered(hasTwoCapitals, 1);
// Every candidate of a sentence asks for its scraped titles: the last sentence's are kept.
const titlesOf = remembered(titleWords, 1);
const ALL_CAPITALS = /^\p{Lu}{2,}(?:\s+\p{Lu}{2,})*$/u;
const CAPITALISED_AFTER_WORD = /(?<=\S\s+)\p{Lu}\p{Ll}+\b/gu;
const OPENS_NAME = /^\s+(?:(?:of|the|de|del|la|von|van)\s+)?\p{Lu}/u;

/** A word the lexicon knows as an ordinary word, not a name or an acronym. */
function commonWord(w: string): boolean {
  const tag = lexiconTag(w);
  return (
    tag !== undefined &&
    !/Name|Place|City|Country|Region|Organization|Person|Acronym/.test(String(tag))
  );
}

/** A statement framed on a legal recital: "According to the essay, whereas, …". */
const RECITAL = /^(According to [^,]{1,80},\s+)whereas,?\s+/iu;
/** A list entry's closing semicolon: "… shall be seized;", "… leave port; and". */
const LIST_SEMICOLON = /\s*;(?:\s+(?:and|or))?$/u;
/** "(via Harbour Media Watch)", "(h/t Ada Lind)": a credit for where the words were found. */
const VIA_CREDIT = /\s*\((?:via|h\/t|hat tip:?)\s+[^()]{1,60}\)/giu;
/** A list entry's bold label before its sentence: "- **Oral.** Hormone pills …". */
const LIST_LABEL =
  /(^|\n)(\s*(?:[*+•>-]\s+)?)\*{2,3}[^*\n]{1,40}(?:[.:]\*{2,3}|\*{2,3}[.:])\s+(?=\p{Lu})/gu;
/** A bullet or heading mark at a line's start; a dash also unspaced before a word or quote. */
const BULLET = /(^|\n)\s*(?:(?:[*+•>-]|#{1,6})\s+|(?:[–—]|--)\s*(?=[\p{L}“"]))/gu;

/**
 * "(SALT)", "SALT II", "the START treaty": one word in capitals is an acronym that happens to spell
 * a word when it stands alone in brackets, takes a number, or names a treaty, a programme or an
 * act; lowered, it reads "the start treaty".
 */
const ACRONYM_BRACKETED = /^\)/;
const ACRONYM_NAMED =
  /^\s+(?:[IVX]+\b|\d|(?:treaty|treaties|talks|agreement|accord|act|program|programme|initiative|protocol|mission)\b)/i;
function namedAcronym(s: string, at: number, run: string): boolean {
  const after = s.slice(at + run.length);
  return (s.charAt(at - 1) === "(" && ACRONYM_BRACKETED.test(after)) || ACRONYM_NAMED.test(after);
}

/**
 * The last stage: what a student reads is clean, while the stored source sentence stays
 * verbatim. Each rule rewrites one kind of real-text debris and returns null when there is none.
 */
export const PRESENT_RULES: Rule<string, string>[] = [
  {
    id: "present.invisible",
    why: "Soft hyphens and zero-width characters split words for search and screen readers.",
    fires: ["the trans\u00adatlantic cable", "a zero\u200bwidth join"],
    passes: ["the transatlantic cable"],
    test: (s) =>
      /[\u00ad\u200b-\u200d\u2060\ufeff]/.test(s)
        ? s.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "")
        : null,
  },
  {
    id: "present.stray-not-sign",
    why: "A '¬' beside a dash or space is a word processor's hyphen mark pasted in, not a symbol of the text.",
    fires: ["the bees make honey \u00ac\u2013 a slow process", "a long\u00ac term plan"],
    passes: ["in logic, \u00acp means not p"],
    test: (s) =>
      /\s\u00ac(?=[\u2013\u2014-])|\u00ac(?=\s)/.test(s)
        ? s.replace(/\s\u00ac(?=[\u2013\u2014-])/g, " ").replace(/\s?\u00ac(?=\s)/g, "")
        : null,
  },
  {
    id: "present.nbsp",
    why: "Non-breaking and thin spaces look like spaces but break matching and wrapping.",
    fires: ["10\u00a0km from the coast", "Mr.\u202fSmith"],
    passes: ["10 km from the coast"],
    test: (s) => (/[\u00a0\u2007\u202f]/.test(s) ? s.replace(/[\u00a0\u2007\u202f]/g, " ") : null),
  },
  {
    id: "present.markdown-link",
    why: "Markdown links in pasted .txt show their URL; a student should read only the link text.",
    fires: ["such as [flood maps](https://example.org/maps.html) and tide tables"],
    passes: ["such as flood maps [and tide tables]"],
    test: (s) =>
      /\[([^\]]+)\]\((?:[^()\s]|\([^()\s]*\))*\)/.test(s)
        ? s.replace(/\[([^\]]+)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, "$1")
        : null,
  },
  {
    id: "present.bare-url",
    why: "A URL is not something to learn, and the audit counts it as a formatting defect.",
    fires: ["read the report (https://example.org/report) today"],
    passes: ["read the report today"],
    test: (s) =>
      /\s?\(?https?:\/\/\S+/.test(s) ? s.replace(/\s?\(?https?:\/\/[^\s)]+\)?/g, "") : null,
  },
  {
    id: "present.list-semicolon",
    why: "'Third. All goods found in breach shall be seized;': an entry of a numbered list ends on a semicolon (or '; and'); asked alone it is a whole sentence and ends on a full stop.",
    fires: [
      "All goods found in breach of the rules shall be seized;",
      "No ship shall leave port; and",
    ],
    passes: ["The ship left port; the crew stayed.", "All goods were seized."],
    // No semicolon (most strings), no match: the regex is not tried from every space.
    test: (s) =>
      s.includes(";") && LIST_SEMICOLON.test(s) ? s.replace(LIST_SEMICOLON, ".") : null,
  },
  {
    id: "present.recital-whereas",
    why: "'Whereas the council has resolved that …;': a legal recital states what it opens on as given; framed as a statement, 'According to the essay, whereas …' reads as half a sentence.",
    fires: ["According to the essay, whereas, by the charter of 1820, the port is free."],
    passes: ["According to the essay, the port is free, whereas the river is taxed."],
    test: (s) => (RECITAL.test(s) ? s.replace(RECITAL, "$1") : null),
  },
  {
    id: "present.via-credit",
    why: "'… the attack on the mayor (via Harbour Media Watch).': a blog's credit for where it found the words is a link's caption, not part of the claim (judged a formatting fault in round s30a).",
    fires: ["The cartoon mocks the attack on the mayor (via Harbour Media Watch)."],
    passes: ["The goods reached the coast via the river (a ten-day trip)."],
    test: (s) => {
      if (!s.includes("(")) return null;
      const t = s.replace(VIA_CREDIT, "");
      return t === s ? null : t;
    },
  },
  {
    id: "present.list-label",
    why: "'- **Oral.** Hormone pills are swallowed whole.': a list entry's bold label is a heading for the sentence after it; left in, it reads 'oral. Hormone pills …'.",
    fires: [
      "**Oral.** Hormone pills are swallowed whole.",
      "- **Opening hours:** The library opens at nine.",
      // The colon after the bold, as a definition list in Markdown writes it.
      "- **Opening hours**: The library opens at nine.",
      // Bold italic, as a glossary's linked term is set.
      "- ***Opening hours***: The library opens at nine.",
    ],
    passes: ["**Very** few readers came.", "**Note** the opening hours."],
    test: (s) => {
      const t = s.replace(LIST_LABEL, "$1$2");
      return t === s ? null : t;
    },
  },
  {
    id: "present.emphasis",
    why: "Markdown emphasis marks (_word_, *word*, **word**) are formatting, not text.",
    fires: [
      "a dish called _pho bo_ today",
      "it is **very** cold",
      "a _Clipper_-class ship",
      // A scrape that lost the space after a bold label: the label still ends a word.
      "**Dry stone walls**keep sheep in.",
    ],
    passes: ["snake_case names stay", "5 * 3 = 15", "carries _____ a day"],
    test: (s) => {
      if (!/[*_]/.test(s)) return null;
      const t = s
        .replace(/(^|[\s(“"])\*\*([^\s*](?:[^*]*?[^\s*])?)\*\*(?=[A-Za-z])/g, "$1$2 ")
        .replace(/(^|[\s(“"])(\*\*|__)([^\s*_](?:[^*_]*?[^\s*_])?)\2(?=[\s.,;:!?)”"-]|$)/g, "$1$3")
        .replace(/(^|[\s(“"])([*_])([^\s*_](?:[^*_]*?[^\s*_])?)\2(?=[\s.,;:!?)”"-]|$)/g, "$1$3");
      return t === s ? null : t;
    },
  },
  {
    id: "present.bullet",
    why: "A list bullet or heading mark at the start of a line is layout, not the sentence (a dash before a word, spaced or not, is one too: '—The council will …').",
    fires: [
      "* Keep a daily log",
      "- Eat more fibre",
      "## Causes of the war",
      "—The council will build a new bridge.",
    ],
    passes: ["Keep a daily log", "-5 degrees is the coldest night on record."],
    test: (s) => {
      const t = s.replace(BULLET, "$1");
      return t === s ? null : t;
    },
  },
  {
    id: "present.paragraph-number",
    why: "Scraped speeches number their paragraphs ('3      With malice…'); the number is layout.",
    fires: ["3      With patience toward all, the work went on."],
    passes: ["3 ships sailed at dawn."],
    test: (s) => (PARAGRAPH_NUMBER.test(s) ? s.replace(/^\d{1,3}\s{2,}/u, "") : null),
  },
  {
    id: "present.citation",
    why: "Citation markers like [12] or [citation needed] are stray formatting in a question.",
    fires: [
      "made of bread,[12] garlic and oil",
      "the first treaty.[3][4]",
      "is disputed.[citation needed]",
    ],
    passes: ["made of bread, garlic and oil", "the [so-called] treaty"],
    test: (s) =>
      /\[(?:\d+(?:[,–-]\s?\d+)*|citation needed|note \d+|[a-z]{1,2})\]/.test(s)
        ? s.replace(/\s?\[(?:\d+(?:[,–-]\s?\d+)*|citation needed|note \d+|[a-z]{1,2})\]/g, "")
        : null,
  },
  {
    id: "present.wiki-markup",
    why: "Wiki markup pasted from an article (''italic'', [[link]], {{template}}) shows its brackets and quotes to the student.",
    fires: [
      "the novel ''Tarvik'' was a success",
      "it was built by [[Harbour Board|the harbour board]] in 1890",
      "the bridge{{citation needed}} opened",
      "the fable]] was reprinted",
    ],
    passes: ["the novel 'Tarvik' was a success", "a [so-called] treaty"],
    test: (s) => {
      if (!s.includes("''") && !/[[\]{}]/.test(s)) return null;
      const t = s
        .replace(/'{2,3}/g, "")
        .replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, "$1")
        .replace(/\s?\{\{[^}]*\}\}/g, "")
        .replace(/\[\[|\]\]|\{\{|\}\}/g, "");
      return t === s ? null : t;
    },
  },
  {
    id: "present.language-marker",
    why: "'Holtenau (de)': an encyclopedia scrape keeps the marker of a link to another language's article; it is no word of the text.",
    fires: ["construction started at Holtenau (de), near the coast", "the Vasa (sv) museum"],
    passes: ["the Vasa museum (see below)", "the Department of Education (DE)"],
    test: (s) => (LANGUAGE_MARKER.test(s) ? s.replace(LANGUAGE_MARKER_ALL, "") : null),
  },
  {
    id: "present.figure-reference",
    why: "'(figure 6)', '(see Table 2)' point at a picture or table the student cannot see.",
    fires: [
      "the waves spread out from the focus (figure 6).",
      "prices doubled (see Table 2) in ten years",
      "the fault line (Fig. 3a) runs north",
      "the old mill (pictured) burned down",
    ],
    passes: ["the fault line (a crack in the crust) runs north", "the Figure 8 race"],
    test: (s) => {
      const t = s.replace(
        /\s?\((?:see\s+)?(?:(?:fig(?:ure)?s?\.?|tables?|maps?|charts?|diagrams?|plates?|images?|photos?|boxes?)\s*[\dA-Z][^)]{0,20}|pictured|shown\s+(?:above|below|left|right|here)|(?:see\s+)?(?:above|below))\)/giu,
        "",
      );
      return t === s ? null : t;
    },
  },
  {
    id: "present.shouted-words",
    why: "Older prose sets stressed words in capitals ('the TRUE aims', 'their HARVEST'); in a question they read as stray capitals. Names and acronyms (FIFA, UNESCO) keep theirs.",
    fires: [
      "The TRUE aims of trade arise from need.",
      "caring for their HARVEST comes first of all.",
      "IT IS no secret that farmers worry.",
      "IT IS NO SECRET that farmers worry.",
      "The CHARTER OF DUNMERE is a letter.",
      "MINISTER FOR NORTH-WEST HARBOURS is a post in the council.",
      "The 12TH VALLEY WOOL FAIR was held in May.",
    ],
    passes: [
      "FIFA officials returned to Zurich.",
      // An acronym that is also a word: set in brackets after its name, numbered, or naming
      // a treaty or a programme.
      "The Harbour Oil Limitation Deal (HOLD) was never ratified.",
      "The council withdrew the HOLD II treaty in May.",
      "The HOLD treaty was signed in May.",
      "The rocket carried COOL-AID and two cameras.",
      "THE END",
    ],
    test: (s) => {
      // No two capitals in a row (most strings): CAPITALS_RUN, with its look-behind at every
      // position, cannot match.
      if (!HAS_LOWER.test(s) || !hasTwoCapitals(s)) return null;
      const t = s.replace(CAPITALS_RUN, (run, at: number) => {
        const ws = run.split(/\s+/);
        // "MINISTER FOR NORTH-WEST HARBOURS is …": a scrape's title in capitals, its small
        // words among its large ones, reads as the name it is.
        if (scrapedTitle(s, at, ws)) return titleCase(ws);
        if (!ws.some((w) => w.length >= 4) && ws.length < 2) return run;
        if (ws.length === 1 && namedAcronym(s, at, run)) return run;
        if (!ws.every(commonWord)) return run;
        const low = run.toLowerCase();
        return at === 0 ? low.charAt(0).toUpperCase() + low.slice(1) : low;
      });
      return t === s ? null : t;
    },
  },
  {
    id: "present.empty-parens",
    why: "Removing links and pronunciations can leave an empty pair of brackets behind.",
    fires: ["the Finnish sauna () and steam", "SOUP (; ) is cold"],
    passes: ["the Finnish sauna (a bath) and steam"],
    test: (s) => (/\s?\([\s;,.]*\)/.test(s) ? s.replace(/\s?\([\s;,.]*\)/g, "") : null),
  },
  TURN_LABEL_RULE,
  // "According to the essay, for if …": a connective left after the frame (frame-grammar.ts).
  ...FRAME_PRESENT_RULES,
  {
    id: "present.after-lead-in",
    why: "After 'According to the essay,' a bullet is layout and a capital on a common word is a stray capital.",
    fires: [
      "According to the essay, * A healthy diet helps.",
      "According to the essay, You can lower the risk.",
      "According to the essay, Lots of habits are hard to break.",
      "According to the essay, Repetitive tasks tire the workers.",
      "According to the essay, Recreational clubs are common in the valley.",
    ],
    passes: [
      "According to the essay, Lisbon grew fast.",
      "According to the essay, Bengal grew fast.",
      "According to the essay, a healthy diet helps.",
    ],
    test: (s) => {
      // Each pattern below opens on the frame: without it (most strings) none can match.
      if (!s.startsWith("According to the essay, ")) return null;
      const t = s
        .replace(/^(According to the essay, )\s*(?:[*+•-]\s+)/, "$1")
        .replace(
          /^(According to the essay, )(The|A|An|You|Your|Many|Some|Most|Lots|Several|Few|Both|Each|Every|All|In|On|At|For|If|When|As|We|Our|There)\b/,
          (_m, lead: string, w: string) => lead + w.toLowerCase(),
        )
        // "Treatment for…", "Education is…": an abstract noun is no name.
        .replace(ABSTRACT_AFTER_FRAME, (_m, lead: string, w: string) => lead + w.toLowerCase())
        .replace(ADJECTIVE_AFTER_FRAME, (m, lead: string, w: string) =>
          isKnownWord(w.toLowerCase()) ? lead + w.toLowerCase() : m,
        );
      return t === s ? null : t;
    },
  },
  {
    id: "present.salutation",
    why: "'Gentlemen,--Just as …': a speech's address to its hearers opens the sentence, not the claim.",
    fires: [
      "Gentlemen,--Just as the rivers feed the sea, the past feeds the present.",
      "My lords, I say this plainly.",
    ],
    passes: ["The gentlemen of the town met at noon."],
    test: (s) => (SALUTATION.test(s) ? capitalizeFirst(s.replace(SALUTATION, "")) : null),
  },
  {
    id: "present.example-label",
    why: "'Statement 1: You must …', 'Example 2: …': a textbook's label for a worked example is layout, not the sentence.",
    fires: ["Statement 1: You must pass every test to earn the badge."],
    passes: ["The first statement is true."],
    test: (s) => (EXAMPLE_LABEL.test(s) ? capitalizeFirst(s.replace(EXAMPLE_LABEL, "")) : null),
  },
  {
    id: "present.statement-label",
    why: "'According to the essay, one example: …': a label the sentence opened with is not part of the statement; nor is a textbook's 'Recall that …' to its reader ('According to the essay, recall that …' was judged broken in round s30b).",
    fires: [
      "According to the essay, one example: without rain the lake dries up.",
      "According to the essay, then the dough is left to rise.",
      "According to the essay, recall that the valves keep the blood flowing one way.",
    ],
    passes: ["According to the essay, without rain the lake dries up."],
    test: (s) => {
      const t = s.replace(LABEL_AFTER_FRAME, "$1");
      return t === s ? null : t;
    },
  },
  // A small particle opening a sentence ("el Faro") takes its capital (present-form.ts).
  ...FORM_PRESENT_RULES,
  {
    id: "present.spaces",
    why: "Runs of spaces and a space before punctuation are left by the rules above.",
    fires: ["the  cable", "the cable .", "hard-wrapped\nlines"],
    passes: ["the cable."],
    test: (s) => {
      if (!/\n|[ \t]{2}| [,.;:!?]/.test(s)) return null;
      const t = s
        .replace(/\s*\n\s*/g, " ")
        .replace(/[ \t]{2,}/g, " ")
        .replace(/ +([,.;:!?])/g, "$1");
      return t === s ? null : t;
    },
  },
];

/** The text a student reads: every presentation rule applied in order. */
/**
 * Rules for what a question or statement asks, not for quoted text: an additive "also" or a
 * closing "too" points at a sentence the learner does not see, and the claim holds without it.
 */
export const PROMPT_RULES: Rule<string, string>[] = [
  {
    id: "present.additive",
    why: "'The lake also freezes', '…, too.': the additive word points at a sentence the item does not show; the claim holds without it.",
    fires: [
      "The lake also freezes in a cold winter.",
      "Rain comes from the west, too.",
      "The mill grinds rye as well.",
    ],
    passes: ["The lake is not only deep but also cold.", "The lake gets too warm in summer."],
    test: (s) => {
      const t = s
        .replace(/(?<!\bbut)\s+also\b(?=\s)/gi, "")
        .replace(/,?\s+(?:too|as well)(?=[.!?]?["”’]?$)/i, "");
      return t === s ? null : t;
    },
  },
  ...FORM_PROMPT_RULES,
  // "For example, in _____ …", "Now, at the end of …" (frame-grammar.ts).
  ...OPENING_PROMPT_RULES,
  // "When did usually the bell ring?", "Why does Actor Ana Ruiz …?" (question-grammar.ts).
  ...QUESTION_GRAMMAR_RULES,
];

/** What a student reads of a prompt or statement: cleaned, and without additive pointers. */
export function presentPrompt(s: string): string {
  let out = present(s);
  for (const r of PROMPT_RULES) {
    const t = r.test(out);
    if (typeof t === "string") out = t;
  }
  return out;
}

// present() is pure and runs on every prompt, answer and choice of every candidate, many of them
// the same string (a sentence's statement, an MCQ's options): remembered within one essay's
// generation, a repeat costs a lookup. Forgotten between essays (`forgetPresented`), so one
// essay's work never speeds up another's.
const presented = new Map<string, string>();
const PRESENTED_MAX = 20_000;

export function forgetPresented() {
  presented.clear();
}

export function present(s: string, onRule?: (id: string) => void): string {
  if (!onRule) {
    const known = presented.get(s);
    if (known !== undefined) return known;
    if (presented.size >= PRESENTED_MAX) presented.clear();
    const out = applyPresentRules(s);
    presented.set(s, out);
    return out;
  }
  return applyPresentRules(s, onRule);
}

function applyPresentRules(s: string, onRule?: (id: string) => void): string {
  let out = s;
  for (const r of PRESENT_RULES) {
    const t = r.test(out);
    if (typeof t === "string") {
      out = t;
      onRule?.(r.id);
    }
  }
  return out.trim();
}

/**
 * "KVELLA (; ) or NORDIC KVELLA is…" asked as "What is Kvella…?": a word the source
 * sentence shouts in capitals and the text writes in lower case elsewhere is written that way.
 */
export function unshout(s: string, sentence: string, lowerWords: ReadonlySet<string>): string {
  if (!shouts(sentence)) return s;
  const titled = titlesOf(sentence);
  return unshoutLong(s, lowerWords, titled).replace(CAPITALISED_AFTER_WORD, (w, at: number) => {
    const low = w.toLowerCase();
    // A scraped title in capitals was written as the name it is (`present.shouted-words`).
    if (titled.has(w.toUpperCase())) return w;
    // Each word's own pattern is compiled anew: asked only when the answer could change (the
    // text writes the word in lower case and the sentence holds it in capitals at all).
    if (!lowerWords.has(low) || !sentence.includes(w.toUpperCase())) return w;
    const shouted = new RegExp(`(?<!\\p{L})${w.toUpperCase()}(?!\\p{L})`, "u").test(sentence);
    // "Charter of Dunmere": the first word of a longer name keeps its capital.
    const opensName = OPENS_NAME.test(s.slice(at + w.length));
    return shouted && !opensName && lowerWords.has(low) ? low : w;
  });
}

/**
 * "In particle physics, a FERMION is …": an encyclopedia's opening shouts its term, a long word
 * (six letters or more: no acronym spells one) that the text writes in lower case elsewhere.
 */
const LONG_CAPITALS = /(?<![\p{L}\p{N}])\p{Lu}{6,}(?![\p{L}\p{N}])/gu;
export function unshoutLong(
  s: string,
  lowerWords: ReadonlySet<string>,
  titled: ReadonlySet<string> = new Set(),
): string {
  if (!TWO_CAPITALS.test(s)) return s;
  return s.replace(LONG_CAPITALS, (w, at: number) => {
    const low = w.toLowerCase();
    if (titled.has(w) || !lowerWords.has(low)) return w;
    // A shouted name of several words ("SOUTH HARBOUR SCHOOL") is the scraped title's business.
    const around = s.slice(Math.max(0, at - 3), at) + s.slice(at + w.length, at + w.length + 3);
    if (/\p{Lu}{2}/u.test(around)) return w;
    return at === 0 ? low.charAt(0).toUpperCase() + low.slice(1) : low;
  });
}

/**
 * A key stressed in capitals ("their HARVEST") is answered "harvest"; "FIFA" keeps its capitals,
 * and so does one word of two or three capitals ("US", "AD", "IT"): an abbreviation, not a stress
 * (as `present.shouting` reads a prompt).
 */
export function unshoutAnswer(answer: string, lowerWords: ReadonlySet<string>): string {
  if (!ALL_CAPITALS.test(answer)) return answer;
  if (SHORT_ACRONYM.test(answer)) return answer;
  // "NASA", "SEER": one short word in capitals is an acronym unless the text writes it small.
  if (/^\p{Lu}{4,5}$/u.test(answer) && !lowerWords.has(answer.toLowerCase())) return answer;
  const low = answer.toLowerCase();
  return low.split(/\s+/).every((w) => lowerWords.has(w) || commonWord(w)) ? low : answer;
}
