import { CONFIG } from "./config";
import type { Claim } from "./extract-claims";
import { quoteSentence, type Candidate } from "./make-items";
import type { Rule, Trace } from "./rules";
import { hashKey, normalize, stripCitations } from "./text-utils";

/**
 * A paragraph's main point, the question a teacher asks of an argument: "What main point does
 * the author make in the paragraph that begins “…”?", with the paragraph's most central
 * sentence (TextRank, centrality.ts) on the back, verbatim. The paragraph is named by its
 * opening words, so the sentence on the back need not stand alone as a statement would: argument
 * written as "we", "I" or "you" is asked as it stands. The card is not made when its front would
 * give the back away (the opening is, or repeats, the central sentence) or its back leans on
 * something the paragraph's opening does not show ("this", "they", "he").
 */
export interface ParagraphPointInput {
  /** The paragraph's sentences as written, in order. */
  sentences: string[];
  /** Which of them is the paragraph's most central claim. */
  central: number;
  /** Its pronouns with nothing to point to inside it ("they" with no plural before: extract-claims.ts). */
  dangling: number;
}

export interface ParagraphPointDraft {
  question: string;
  answer: string;
}

/**
 * Pointers to something named outside the sentence: the back would be vague. ("They", "his" count
 * only when nothing before them in the sentence can be meant: `dangling`.) "Those who …" names.
 */
const POINTER =
  /\b(?:these|such|former|latter|above|following|said)\b|\bthose\b(?!\s+(?:who|whom|which|that|of)\b)|\bthis\b(?!\s*:)/i;
/**
 * "The only part of the conduct of any one, for which he is amenable …": "he" means the
 * "any one" before it, a person the tagger does not mark as a name.
 */
const INDEFINITE_PERSON =
  /\b(?:any ?one|anybody|every ?one|everybody|some ?one|somebody|no one|nobody|a man|a woman|a person|each person|every (?:man|woman|person|citizen|individual))\b/i;
const HE_FORMS = /(?<!\p{L})(?:he|him|his|himself|she|her|hers|herself)(?!\p{L})/giu;

/** Dangling pronouns left when "he"/"she" after an indefinite person ("any one … he") count as meant. */
function stillDangling(back: string, dangling: number): number {
  const person = INDEFINITE_PERSON.exec(back);
  if (!person || dangling === 0) return dangling;
  const after = back.slice(person.index + person[0].length).match(HE_FORMS)?.length ?? 0;
  return Math.max(0, dangling - after);
}
/** "It" opening a sentence is a thing named before, unless it opens "It is … that/to …". */
const LEANING_IT =
  /^(?:it|its)\b(?!\s+(?:is|was|would be|will be|may be|seems)\b[^.]*\b(?:that|to)\b)/i;
/** A linking opening answers the sentence before: "But", "Hence", "For example". */
const LINKING_OPENING =
  /^(?:and|but|or|so|yet|hence|thus|therefore|however|moreover|furthermore|also|then|still|again|nor|instead|by contrast|in contrast|meanwhile|otherwise|similarly|likewise|nevertheless|nonetheless|even so|as a result|for this reason|finally|first|second|third|lastly|in addition|additionally|for example|for instance|in other words|in short|that|this|these|those(?!\s+(?:who|whom|which|that)\b)|maybe|perhaps|sometimes|often|occasionally|usually)\b/i;
/**
 * An example, an aside or a figure supports a point and is none: "also", "for example", a number.
 */
const SUPPORT_ONLY =
  /\d|\btoo(?=[,.;])|\b(?:also|as well|for example|for instance|such as|e\.g\.|i\.e\.)\b/i;
/**
 * The sentence weighs, obliges or takes a side — what "the author's point" means in an argument;
 * a description ("Fringing reefs grow near the coastline") is no point to argue. Lower case only:
 * "Soldier Key" and "the Main Street" are names, not weighing words.
 */
const TAKES_A_SIDE =
  /\b(?:must|should|ought|cannot|can['’]t|need(?:s)? to|never|always|wrong|better|worse|best|worst|rather|prefer(?:s|red)?|want(?:s)? to|believe|willing|refuse|deserve[sd]?|matters?|fail(?:s|ed)?|the only|important|essential|crucial|vital|necessary|significant|danger(?:ous)?|threat|problem)\b/;
/**
 * "1. **Topics are easier to find.** …": a paragraph headed by a bold sentence states its point
 * in that label; the card would quote the point on its front. A one- or two-word label
 * ("**Latency.**") names only the topic.
 */
const STATED_LABEL = /^\s*(?:[*•-]|\d+[.)])?\s*\*\*(?:\S+\s+){2,}[^*]*\*\*/;
/**
 * "Some people will need to …", "Over time, many readers …": a claim about some of a group is a
 * detail of the paragraph's point, not the point.
 */
const PARTIAL_SUBJECT = /^(?:[^,]{1,30},\s+)?(?:some|many|several|a few|few|most)\b/i;
/**
 * "If it be said that …", "When a build fails, …": a paragraph opening on a condition or a
 * concession sets up its point for a later sentence; any other opening statement is the point.
 */
const SUBORDINATE_OPENING =
  /^(?:if|when|whenever|while|although|though|even if|even though|as|since|because|unless|until|after|before|once|whether|suppose|let)\b/i;
/** "If an action takes longer, …": longer than what the sentence before said. */
const BARE_COMPARATIVE =
  /^(?!.*\bthan\b).*\b(?:longer|shorter|faster|slower|larger|smaller|bigger|higher|lower|earlier|later|greater|fewer)\b/i;
/** "Never …" opens a sentence; "Soldier Key" inside one is a name, not a weighing word. */
function sentenceCase(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
/** Quotation marks, a question, brackets, a list: the back would not read as one claim. */
const NOT_ONE_CLAIM = /["“”‘?!()[\]]|’(?!\p{L})|^[*•-]\s|^#/u;

/** Content words (four letters or more), lower-cased: what "gives the back away" compares. */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.replace(/s$/, "")));
}

/**
 * The paragraph's opening words for the front: up to `openingWords` words of its first
 * sentence, cut after a content word so the quotation does not end on "of the".
 */
function openingQuote(first: string): string | null {
  const words = unmark(first).split(" ");
  const C = CONFIG.paragraphPoint;
  if (words.length < C.minOpeningWords) return null;
  let end = Math.min(words.length, C.openingWords);
  const weak =
    /^(?:a|an|the|of|to|in|on|at|by|for|and|or|but|with|from|as|that|which|is|are|be|was|were|its|their|our|my|your|this|these|those|no|not)$/i;
  while (end > C.minOpeningWords && weak.test(words[end - 1]!.replace(/[,;:.]+$/, ""))) end--;
  const quoted = words
    .slice(0, end)
    .join(" ")
    .replace(/[,;:.]+$/, "");
  if (/["“”‘[\]]|’(?!\p{L})|^[*#•-]/u.test(quoted)) return null;
  return quoted;
}

/** A list bullet and emphasis marks are no words a reader sees: “* **Delivery.** We …” → “Delivery. We …”. */
function unmark(sentence: string): string {
  return sentence
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s*[*•-]\s+/, "")
    .replace(/(?<![\p{L}\p{N}])[*_]+|[*_]+(?![\p{L}\p{N}])/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The paragraph's last words for the front, its final stop dropped: “… even in a small town”. */
function closingQuote(last: string): string | null {
  const words = unmark(last).split(" ");
  const C = CONFIG.paragraphPoint;
  if (words.length < C.minOpeningWords || !/[.]$/.test(last.trim())) return null;
  const quoted = words
    .slice(-C.openingWords)
    .join(" ")
    .replace(/^[,;:]+|[.]+$/g, "");
  if (/["“”‘?![\]]|’(?!\p{L})/u.test(quoted)) return null;
  return quoted;
}

export function paragraphPoint(input: ParagraphPointInput): ParagraphPointDraft | null {
  const C = CONFIG.paragraphPoint;
  const { sentences, central } = input;
  // A short paragraph is its own main point; the opening would give it away.
  if (sentences.length < C.minSentences) return null;
  if (central < 0 || central >= sentences.length) return null;
  const back = stripCitations(sentences[central]!.trim());
  const n = back.split(/\s+/).length;
  if (n < C.minWords || n > C.maxWords) return null;
  if (NOT_ONE_CLAIM.test(back) || !/[.]$/.test(back)) return null;
  if (
    LINKING_OPENING.test(back) ||
    LEANING_IT.test(back) ||
    POINTER.test(back) ||
    stillDangling(back, input.dangling) > 0
  )
    return null;
  if (SUPPORT_ONLY.test(back) || PARTIAL_SUBJECT.test(back) || BARE_COMPARATIVE.test(back))
    return null;
  if (!TAKES_A_SIDE.test(sentenceCase(back))) return null;
  if (central > 0 && STATED_LABEL.test(sentences[0]!)) return null;
  // A topic sentence is named by the paragraph's last words, any other by its first.
  const first = central > 0;
  const opening = first ? openingQuote(sentences[0]!) : closingQuote(sentences.at(-1)!);
  if (!opening) return null;
  // The front must not say what the back says: few of the back's words in the quoted opening.
  const shown = contentWords(opening);
  const shared = [...contentWords(back)].filter((w) => shown.has(w)).length;
  if (shared > C.maxSharedWords) return null;
  return {
    question: first
      ? `What main point does the author make in the paragraph that begins “${opening} …”?`
      : `What main point does the author make in the paragraph that ends “… ${opening}”?`,
    answer: back,
  };
}

const ESSAY = [
  "Town libraries once closed at five in the afternoon.",
  "Most readers then worked until six.",
  "A library that shuts before its readers are free has failed the town it serves.",
  "The council has now agreed to open two evenings a week.",
];
const LIBRARY = ESSAY.slice(0, 2);

export const PARAGRAPH_POINT_RULES: Rule<ParagraphPointInput, ParagraphPointDraft>[] = [
  {
    id: "idea.paragraph-point",
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
    ],
    passes: [
      // An additive "too" or "as well": the point was made before.
      {
        sentences: [...LIBRARY, "Readers in the villages should have late hours too."],
        central: 2,
        dangling: 0,
      },
      // "them" with nothing in the sentence to mean.
      {
        sentences: [...LIBRARY, "Nobody should have asked them to come back before six o'clock."],
        central: 2,
        dangling: 1,
      },
      // Too short a paragraph.
      { sentences: LIBRARY, central: 1, dangling: 0 },
      // The back leans on someone or something named before, or links to the sentence before.
      {
        sentences: [...LIBRARY, "This meant that they could never borrow a book on a weekday."],
        central: 2,
        dangling: 0,
      },
      {
        sentences: [...LIBRARY, "But libraries that shut early have failed their readers."],
        central: 2,
        dangling: 0,
      },
      // A hedge, an example or a figure supports a point and is none.
      {
        sentences: [...LIBRARY, "Sometimes a library should close early to save money for books."],
        central: 2,
        dangling: 0,
      },
      {
        sentences: [...LIBRARY, "A library should stay open until 8 in the evening on weekdays."],
        central: 2,
        dangling: 0,
      },
      {
        sentences: [...LIBRARY, "Over time, some readers will need to borrow books by post."],
        central: 2,
        dangling: 0,
      },
      // The paragraph's bold label states its point: the front would show it.
      {
        sentences: [
          "2. **Evening hours cost little.** Staff already stay until seven to sort returns.",
          "Lighting the reading room for two more hours costs less than a new shelf.",
          "A town should spend its library money where its readers can use it.",
        ],
        central: 2,
        dangling: 0,
      },
      {
        sentences: [...LIBRARY, "If the walk takes longer, the town must run a bus to the door."],
        central: 2,
        dangling: 0,
      },
      // A description takes no side.
      {
        sentences: [
          "Coral reefs grow in warm shallow seas.",
          "Fringing reefs grow near the coastline of islands and land masses.",
          "Barrier reefs lie farther out, beyond a deep lagoon.",
        ],
        central: 1,
        dangling: 0,
      },
      // The quoted opening or ending repeats the back's words: the front gives it away.
      {
        sentences: [
          "Libraries that shut before readers are free serve nobody.",
          "Most readers then worked until six.",
          "A library that shuts before its readers are free has failed.",
        ],
        central: 2,
        dangling: 0,
      },
      {
        sentences: [
          "Every school should teach swimming to young children.",
          "Drowning is still common in coastal towns.",
          "That is why schools must teach swimming to children.",
        ],
        central: 0,
        dangling: 0,
      },
      // A question is no point to recall.
      {
        sentences: [...LIBRARY, "Who, then, was the library really open for in those years?"],
        central: 2,
        dangling: 0,
      },
    ],
    test: paragraphPoint,
  },
];

/** What choosing a paragraph's point reads of each claim. */
export type PointClaim = Pick<Claim, "sentence" | "text" | "dangling" | "centrality" | "speaker">;

/**
 * The paragraph's point. A paragraph that opens with a statement states its point first, the
 * topic sentence: that sentence is the point, or no card is made (read on real texts, the most
 * central sentence after such an opening was its support or an example). A paragraph that opens
 * on a condition or concession ("If it be said …") has its point in its most central claim.
 */
export function paragraphPointOf<C extends PointClaim>(
  mine: C[],
  sentences: string[],
): { claim: C; draft: ParagraphPointDraft } | null {
  const top = Math.max(0, ...mine.map((c) => c.centrality ?? 0));
  if (top < CONFIG.paragraphPoint.minCentrality) return null;
  const opener = mine.find((c) => c.sentence === 0);
  const topic = opener && !SUBORDINATE_OPENING.test(opener.text) ? opener : null;
  const claim = topic ?? mine.find((c) => c.centrality === top)!;
  // Someone else's words are no point the author makes.
  if (claim.speaker) return null;
  // The claim's sentence index is the paragraph's own: the card's back is that sentence.
  if (normalize(sentences[claim.sentence] ?? "") !== normalize(claim.text)) return null;
  const draft = paragraphPoint({ sentences, central: claim.sentence, dangling: claim.dangling });
  return draft ? { claim, draft } : null;
}

/** One card per paragraph that argues: its point (`paragraphPointOf`), when the card can be fair. */
export function paragraphPointCards(
  claims: Claim[],
  paragraphs: { sentences: string[]; boilerplate: boolean }[],
  ctx: { maxClaimScore: number },
  trace?: Trace,
): Candidate[] {
  const byParagraph = new Map<number, Claim[]>();
  for (const c of claims)
    byParagraph.set(c.paragraph, [...(byParagraph.get(c.paragraph) ?? []), c]);
  const out: Candidate[] = [];
  for (const [index, mine] of byParagraph) {
    const p = paragraphs[index];
    if (!p || p.boilerplate) continue;
    const found = paragraphPointOf(mine, p.sentences);
    if (!found) continue;
    const { claim, draft } = found;
    const centrality = Math.min(1, Math.max(0, claim.score / ctx.maxClaimScore));
    const share = CONFIG.idea.centralityShare;
    trace?.({ stage: "idea", rule: "idea.paragraph-point", subject: claim.key });
    out.push({
      key: hashKey(normalize(claim.text), "flashcard", "idea.paragraph-point"),
      type: "flashcard",
      prompt: draft.question,
      answer: draft.answer,
      explanation: quoteSentence(claim.text),
      claim,
      span: null,
      idea: "claim",
      rule: "idea.paragraph-point",
      selfContained: true,
      quality:
        CONFIG.idea.quality.claim * (1 - share) +
        share * centrality -
        CONFIG.paragraphPoint.rankPenalty,
    });
  }
  return out;
}
