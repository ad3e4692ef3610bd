import { CONFIG } from "./config";
import {
  analyzeOnce,
  lowerStart,
  recallable,
  startsWithVerb,
  stripEnd,
  words,
  type IdeaDraft,
  type IdeaInput,
} from "./idea-text";
import { namedAs } from "./idea-named";
import { definition, whyQuestion } from "./idea-questions";
import { present } from "./present";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const ALL_LOWER = /^\p{Ll}+$/u;

/**
 * Idea rules that read how a sentence explains itself: a quoted term glossed after a dash, the
 * way something is done ("by …ing"), what follows from a condition ("If/When …, …"), a purpose
 * set in front ("To …, …") and the moment a when-clause gives. Their table is
 * idea-rules-explained.ts.
 */

/**
 * "… a first sketch of 'shared stewardship' – that rivers belong to the towns along them": a
 * term set in quotation marks and glossed after a dash or colon is the essay's own explanation
 * of what it means, asked "What is meant by 'shared stewardship'?".
 */
const GLOSSED =
  /(?:^|[\s(])[‘'“"]([\p{L}][\p{L}\p{N} '’-]{2,40}?)[’'”"][,.]?\s*(?:[–—:]|\s-\s)\s*((?:that|the|a|an|how|what|when|where|which|who)\s.+)$/u;

export function glossOf(input: IdeaInput): IdeaDraft | null {
  const s = stripEnd(present(input.text));
  const m = GLOSSED.exec(s);
  if (!m) return null;
  const term = m[1]!.trim();
  const n = words(term).length;
  if (n < 1 || n > CONFIG.idea.maxTermWords) return null;
  // A dash before the term opens an aside that this dash closes: what follows is the sentence
  // going on ("… mix up 'open water' with 'free water' - the rivers are …").
  if (/[–—]|\s-\s/.test(s.slice(0, m.index))) return null;
  // A gloss that opens with an article is a noun phrase: with a verb of its own ("the mayor
  // said so", "the companies are …") it is a new clause, not the term's meaning.
  if (
    /^(?:the|a|an)\s/i.test(m[2]!) &&
    /\s(?:is|are|was|were|said|says|added|told|wrote)\s/i.test(m[2]!)
  )
    return null;
  // "'free water' – that is, water no plant can reach": the signpost is no part of the meaning.
  const answer = recallable(m[2]!.replace(/^(?:that is|i\.e\.|in other words|namely),?\s+/i, ""));
  if (!answer) return null;
  return {
    idea: "definition",
    question: `What is meant by “${term}”?`,
    answer: answer.charAt(0).toLowerCase() + answer.slice(1),
  };
}

/** "X by V-ing …": the clause before "by" and the gerund phrase that says how. */
const BY_MEANS = /^(.+?),?\s+by\s+(\p{Ll}+ing\b[^;]*)/u;
/** A sentence adverb that frames the whole claim ("Traditionally,"): it stays with the question. */
const FRAME = /^(\p{Lu}\p{Ll}+ly),\s+/u;
/** "Issued in 1968, …": a participle phrase that only sets the scene goes from the question. */
const SCENE_PARTICIPLE = /^\p{Lu}\p{Ll}+ed(?:\s+[^\s,]+){0,5},\s+(?=\p{L})/u;
/** What the question may not lean on, nor carry: "do this by …", "…, maximizing X by …". */
const POINTS_BACK = /\b(?:this|these|those|it|they|them|such)\b|\b(?:do|does|did|done)\s+so\b/i;
const PARTICIPLE_CLAUSE = /,\s+\p{Ll}+ing\b/u;

/**
 * "Gazpacho was traditionally made by pounding the vegetables…" → "How was gazpacho made?",
 * answered "By pounding…": the way the essay says something is or was done.
 */
export function meansOf(input: IdeaInput): IdeaDraft | null {
  let s = stripEnd(present(input.text)).replace(/["“”]/gu, "");
  const frame = FRAME.exec(s);
  if (frame) s = s.slice(frame[0].length);
  s = s.replace(SCENE_PARTICIPLE, "");
  const m = BY_MEANS.exec(s);
  if (!m) return null;
  const main = m[1]!.trim();
  // One way per sentence: a second "by …ing" makes "which one?" unclear.
  if (/\sby\s+\p{Ll}+ing\b/u.test(m[2]!.slice(3))) return null;
  // "…, maximizing X by partnering…": the way belongs to the participle, not to the clause.
  if (POINTS_BACK.test(main) || PARTICIPLE_CLAUSE.test(main)) return null;
  // Brackets, colons or quotes before "by": a list or an aside, not one clause.
  if (/[():;“”"`]/.test(main)) return null;
  const why = whyQuestion(main, input.isName, undefined, 3);
  if (!why) return null;
  const answer = recallable(`By ${m[2]!.split(/\s[—–]\s/u)[0]!}`);
  if (!answer || POINTS_BACK.test(answer)) return null;
  const how = why.replace(/^Why /, "How ");
  return {
    idea: "means",
    question: frame ? `${frame[1]}, ${how.charAt(0).toLowerCase()}${how.slice(1)}` : how,
    answer,
  };
}

/** Forms that differ from their lemma and are present, not past ("you are", "they have"). */
const PRESENT_FORM = /^(?:am|are|is|have|has|do|does|ca|wo|sha)$/i;

/** "If you skip breakfast, your energy …", "When salty water freezes, the ice …". */
const CONDITION = /^(If|When)\s+([^,;]+),\s+([^;]+)$/u;

/**
 * "When salty water freezes, the ice lets go of the salt" → "What happens when salty water
 * freezes?" answered "The ice lets go of the salt": a condition and what follows from it.
 */
export function conditionOf(input: IdeaInput): IdeaDraft | null {
  const s = stripEnd(present(input.text));
  const m = CONDITION.exec(s);
  if (!m) return null;
  const [, conj, written, result] = m as unknown as [string, string, string, string];
  // "If there be no fee": the old subjunctive reads as a slip in a modern question.
  const cond = written.replace(/\b(there|it)\s+be\b/iu, "$1 is");
  if (words(cond).length < 3 || POINTS_BACK.test(cond) || POINTS_BACK.test(result)) return null;
  // Both are statements with their own subjects: not "When asked, …", not "…, drink water".
  const opensWithSubject = (clause: string) => {
    const [a, b] = analyzeOnce(clause).tokens;
    const noun = (t?: { pos: string }) => /^(?:DET|NOUN|PROPN|PRON|ADJ|NUM)$/.test(t?.pos ?? "");
    // "too much ice melts": an adverb may open a subject that an adjective or noun goes on with.
    return noun(a) || (a?.pos === "ADV" && noun(b) && b?.pos !== "PRON");
  };
  if (!opensWithSubject(cond) || !opensWithSubject(result)) return null;
  if (/^(?:then|so|this|that)\b/i.test(result)) return null;
  const answer = recallable(result);
  if (!answer || words(answer).length < 3) return null;
  // "When the mayor announced…", "When the war broke out": a condition told in the past asks
  // what happened; a participle after an auxiliary ("if a town be flooded") is no past, nor is a
  // verb's "-s" or "-ing" form.
  const condToks = analyzeOnce(cond).tokens;
  // "if cells are separated … and kept alive": a present auxiliary carries the participles after it.
  const presentAux = condToks.some(
    (t) => t.pos === "AUX" && /^(?:is|are|am|be|has|have|do|does)$/i.test(t.text),
  );
  const past = condToks.some(
    (t, i) =>
      /^(?:VERB|AUX)$/.test(t.pos) &&
      (/^(?:was|were|had|did)$/i.test(t.text) ||
        (!presentAux &&
          !/(?:s|ing)$/i.test(t.text) &&
          !PRESENT_FORM.test(t.text) &&
          ALL_LOWER.test(t.text) &&
          t.text.toLowerCase() !== t.lemma.toLowerCase() &&
          condToks[i - 1]?.pos !== "AUX")),
  );
  // "If rivers were roads, barges would …": the result's modal says what is asked — what would,
  // could or might happen.
  const modal = /\b(would|might|could)\b/i.exec(result)?.[1]?.toLowerCase();
  // "…, the ferry will close": a result told in the future asks what happens, whatever the
  // condition's participle ("if no fee be annexed").
  const future = /\b(?:will|shall)\b/i.test(result);
  const verb = modal ? `${modal} happen` : past && !future ? "happened" : "happens";
  return {
    idea: "consequence",
    question: `What ${verb} ${conj.toLowerCase()} ${lowerStart(cond, input.isName)}?`,
    answer,
  };
}

/** "To keep the soup cold, cooks …", "In order to …, the council …": a purpose set in front. */
const FRONT_PURPOSE = /^(To|In order to)\s+(\p{Ll}[^,;]+),\s+(\p{L}[^;]+)$/u;
/** Fronted phrases that start with "To" but state no purpose. */
const NOT_PURPOSE =
  /^(?:date|be sure|be fair|some extent|a degree|this end|that end|sum up|begin with|be honest|my mind|our surprise)\b/i;

/**
 * "To keep track of the protests, people use shared bookmarks" → "Why do people use shared
 * bookmarks?" answered "To keep track of the protests".
 */
export function frontPurposeOf(input: IdeaInput): IdeaDraft | null {
  const s = stripEnd(present(input.text));
  const m = FRONT_PURPOSE.exec(s);
  // "To drain the fields, to keep the road dry, …, the ditch was dug": a list, read below.
  if (!m || PURPOSE_PART.test(m[3]!)) return frontPurposeListOf(s, input);
  const [, to, goal, main] = m as unknown as [string, string, string, string];
  if (NOT_PURPOSE.test(goal) || words(goal).length < 3) return null;
  // "To a statement from the mayor, …": "to" and a noun is a place or a recipient, not a purpose.
  if (!startsWithVerb(goal)) return null;
  if (POINTS_BACK.test(goal) || POINTS_BACK.test(main)) return null;
  const question = whyQuestion(main, input.isName);
  const answer = recallable(`${to} ${goal}`);
  if (!question || !answer) return null;
  return { idea: "purpose", question, answer };
}

/** One more purpose in a fronted list: "… and to keep …", "for the children", "as a gift". */
const PURPOSE_PART = /^(?:and |or )?(?:to|for|as|in order to)\s/i;

/**
 * Several purposes set in front, the short main clause last: "To drain the fields, to keep the
 * road dry, for the good of the orchards, the ditch was dug." Each listed part must read as a
 * purpose or an aside ("to …", "for …", "as …"); the answer keeps the "to" purposes that open the
 * list, joined as one: "To drain the fields and to keep the road dry".
 */
const FRONT_PURPOSE_LIST = /^(To|In order to)\s+(\p{Ll}[^;]+),\s+([^,;]+)$/u;
function frontPurposeListOf(s: string, input: IdeaInput): IdeaDraft | null {
  const m = FRONT_PURPOSE_LIST.exec(s);
  if (!m) return null;
  const [, to, goal, main] = m as unknown as [string, string, string, string];
  const parts = `${to} ${goal}`.split(/,\s+/);
  if (parts.length < 2 || words(main).length > CONFIG.idea.maxFrontedMainWords) return null;
  if (!parts.slice(1).every((p) => PURPOSE_PART.test(p))) return null;
  if (NOT_PURPOSE.test(goal) || POINTS_BACK.test(s)) return null;
  const aim = (p: string) => /^(?:and |or )?(?:to|in order to)\s/i.test(p);
  const lead = parts.findIndex((p) => !aim(p));
  const aims = parts.slice(0, lead < 0 ? parts.length : lead);
  const question = whyQuestion(main, input.isName);
  const joined =
    aims.length > 1
      ? `${aims.slice(0, -1).join(", ")} and ${aims.at(-1)!.replace(/^(?:and|or) /, "")}`
      : aims[0]!;
  const answer = recallable(joined);
  if (!question || !answer) return null;
  return { idea: "purpose", question, answer };
}

/** "X evolved when Y": the clause and the moment or condition that "when" ties it to. */
const WHEN_CLAUSE = /^(.+?)\s+(?:only\s+)?when\s+([^,;]+)$/u;
/** A date or time the clause names already. */
const TIME_GIVEN =
  /\b(?:1\d{3}|20\d{2}|January|February|March|April|May|June|July|August|September|October|November|December|century|centuries|years?|spring|summers?|autumn|winters?|yesterday|today|morning|evening|night)\b/u;
/** "During the 12th century, …": a scene set in front, left out of the question. */
const FRONT_SCENE = /^(?:In|During|By|Over|Since|After|Before|Throughout)\s+[^,]{1,40},\s+/u;

/**
 * "During the 12th century, the stone bridge changed when arches were added" → "When did the
 * stone bridge change?" answered "When arches were added".
 */
export function whenOf(input: IdeaInput): IdeaDraft | null {
  const whole = stripEnd(present(input.text));
  const scene = FRONT_SCENE.exec(whole)?.[0].replace(/,\s*$/, "") ?? "";
  const s = whole.slice(scene ? whole.indexOf(",") + 1 : 0).trim();
  const m = WHEN_CLAUSE.exec(s);
  if (!m) return null;
  const [, main, cond] = m as unknown as [string, string, string];
  if (words(cond).length < 3 || POINTS_BACK.test(main) || POINTS_BACK.test(cond)) return null;
  // "…in 1998, when the reefs were dense": the clause describes a time the sentence already
  // gives, so "when" is not what it answers.
  if (/,$/.test(main) || TIME_GIVEN.test(main)) return null;
  const why = whyQuestion(main, input.isName, undefined, 3);
  // "During the 12th century, …" answers "when" too: the key gives both.
  const time = TIME_GIVEN.test(scene) ? `, ${scene.charAt(0).toLowerCase()}${scene.slice(1)}` : "";
  const answer = recallable(`When ${cond}${time}`);
  if (!why || !answer) return null;
  return { idea: "consequence", question: why.replace(/^Why /, "When "), answer };
}

/** A clause that defines or names a term: "X is a …", "… is called X". */
const DEFINES =
  /\s(?:is|are|was|were)\s+(?:(?:also\s+)?(?:called|known\s+as|termed|named)\s|(?:a|an|the)\s)/u;

/**
 * "The point where a fault slips is called the focus, and the point on the surface is called
 * the epicentre": the second term's own definition, asked "What is the epicentre?". A second
 * clause that points back ("the point above it") is left alone: "it" could be either term.
 */
export function secondDefinitionOf(input: IdeaInput): IdeaDraft | null {
  const parts = stripEnd(present(input.text)).split(/,\s+(?:and|while|whereas)\s+/);
  if (parts.length !== 2) return null;
  const [first, second] = parts as [string, string];
  if (!DEFINES.test(first) || !DEFINES.test(second)) return null;
  if (POINTS_BACK.test(second) || /\b(?:its|their)\b/i.test(second)) return null;
  const clause = { ...input, text: second.charAt(0).toUpperCase() + second.slice(1) };
  return namedAs(clause) ?? definition(clause);
}
