import type { Token } from "./nlp";

/**
 * The words and shapes the paragraph-point card reads (idea-paragraph-point.ts): which sentence
 * leans, supports, takes a side, narrates, hedges, or only sets the scene. Data, one list each.
 */

/**
 * Pointers to something named outside the sentence: the back would be vague. ("They", "his" count
 * only when nothing before them in the sentence can be meant: `dangling`.) "Those who …" names.
 * "The said treaty" points back; "is said to have" is a verb and does not.
 */
export const POINTER =
  /\b(?:these|such|former|latter|above|following)\b|\bthe said\b|\bthe same\b(?![^.]*\bas\b)|\b(?:two|three|both|each|all|either|neither) of (?:them|those|these)\b|\bthose\b(?!\s+(?:who|whom|which|that|of)\b)|\bthis\b(?!\s*:)|\bhere\b|\b(?:just|above|previously) mentioned\b/i;
/**
 * "The only part of the conduct of any one, for which he is amenable …": "he" means the
 * "any one" before it, a person the tagger does not mark as a name.
 */
const INDEFINITE_PERSON =
  /\b(?:any ?one|anybody|every ?one|everybody|some ?one|somebody|no one|nobody|a man|a woman|a person|each person|every (?:man|woman|person|citizen|individual))\b/i;
const HE_FORMS = /(?<!\p{L})(?:he|him|his|himself|she|her|hers|herself)(?!\p{L})/giu;

/** Dangling pronouns left when "he"/"she" after an indefinite person ("any one … he") count as meant. */
export function stillDangling(back: string, dangling: number): number {
  const person = INDEFINITE_PERSON.exec(back);
  if (!person || dangling === 0) return dangling;
  const after = back.slice(person.index + person[0].length).match(HE_FORMS)?.length ?? 0;
  return Math.max(0, dangling - after);
}
/** "It" opening a sentence is a thing named before, unless it opens "It is … that/to …". */
export const LEANING_IT =
  /^(?:it|its)\b(?!\s+(?:is|was|would be|will be|may be|seems)\b[^.]*\b(?:that|to)\b)/i;
/** A linking opening answers the sentence before: "But", "Hence", "For example". */
export const LINKING_OPENING =
  /^(?:and|but|or|so|yet|hence|thus|therefore|however|moreover|furthermore|also|then|still|again|nor|instead|by contrast|in contrast|meanwhile|otherwise|similarly|likewise|nevertheless|nonetheless|even so|as a result|for this reason|finally|first|second|third|lastly|in addition(?!\s+to\b)|additionally|for example|for instance|in other words|in short|that|this|these|those(?!\s+(?:who|whom|which|that)\b)|maybe|perhaps|sometimes|often|occasionally|usually)\b/i;
/**
 * Openings that only tie a point to the paragraph before — a turn or an addition, not a
 * conclusion drawn from it: "But the town must …" states its point without the "But", and
 * "In addition to all that, the deeper fault is …" without the addition.
 */
export const DROPPABLE_TIE =
  /^(?:(?:in addition to|besides|apart from|beyond) (?:all )?(?:this|that)(?=\s*,)|but|yet|however|moreover|furthermore|in addition(?!\s+to\b)|additionally|nevertheless|nonetheless)\b(?!\s+(?:also|this|that|these|those|it|they|then|so|if|when|as)\b)/i;
/**
 * An example, an aside or a figure supports a point and is none: "also", "for example", a number.
 */
export const SUPPORT_ONLY =
  /\d|\b(?:too|either)(?=[,.;])|\b(?:also|as well|further|for example|for instance|such as|e\.g\.|i\.e\.|(?:one|another|an) example)\b/i;
/**
 * The sentence weighs, obliges or takes a side — what "the author's point" means in an argument;
 * a description ("Fringing reefs grow near the coastline") is no point to argue. Lower case only:
 * "Soldier Key" and "the Main Street" are names, not weighing words.
 */
export const TAKES_A_SIDE =
  /\b(?:must|should|ought|cannot|can['’]t|need(?:s)? to|never|always|wrong|better|worse|best|worst|rather|prefer(?:s|red)?|want(?:s)? to|believe|willing|refuse|deserve[sd]?|matters?|fail(?:s|ed)?|the only|important|essential|crucial|vital|necessary|significant|danger(?:ous)?|threat|problem)\b/;
/**
 * "1. **Topics are easier to find.** …": a paragraph headed by a bold sentence states its point
 * in that label; the card would quote the point on its front. A one- or two-word label
 * ("**Latency.**") names only the topic.
 */
export const STATED_LABEL = /^\s*(?:[*•-]|\d+[.)])?\s*\*\*(?:\S+\s+){2,}[^*]*\*\*/;
/**
 * "Some people will need to …", "Over time, many readers …": a claim about some of a group is a
 * detail of the paragraph's point, not the point.
 */
export const PARTIAL_SUBJECT = /^(?:[^,]{1,30},\s+)?(?:some|many|several|a few|few|most)\b/i;
/**
 * "If it be said that …", "When a build fails, …": a paragraph opening on a condition or a
 * concession sets up its point for a later sentence; any other opening statement is the point.
 */
export const SUBORDINATE_OPENING =
  /^(?:if|when|whenever|while|although|though|even if|even though|as|since|because|unless|until|after|before|once|whether|suppose|let)\b/i;
/** "The second expedient is …": an ordinal subject counts from a list the reader must know. */
export const ORDINAL_START =
  /^(?:(?:the\s+)?(?:first|second|third|fourth|last|next|latter|former|other)|another)\b/i;
/**
 * "… has been described in two earlier articles": a sentence about the writing, not the subject.
 */
export const ABOUT_THE_WRITING =
  /\bI(?:\s+have|['’]ve)\s+(?:written|argued|discussed|mentioned|described)\s+(?:before|previously|earlier|elsewhere)\b|\bas I (?:wrote|said|argued|mentioned)\b|\b(?:previous|earlier|this|next|following|other)\s+(?:posts?|articles?|chapters?|essays?|papers?|sections?)\b|\b(?:has|have) been (?:discussed|mentioned|described|pointed out|shown)\b/i;
/**
 * "I am a librarian who runs …": the writer introduces themself; the paragraph's point follows.
 */
export const SELF_INTRODUCTION = /^(?:I\s+am|I['’]m|I\s+was|I\s+have\s+been|My\s+name\s+is)\b/;
/**
 * "There is an idea … that X", "It is often said that X": a view the author reports, usually to
 * answer it, is not the author's point.
 */
export const REPORTED_VIEW =
  /^there (?:is|are|exists?) (?:an? |the )?(?:idea|view|opinion|notion|belief|claim|argument|theory|objection)s?\b|\bit (?:is|has been) (?:often |sometimes |commonly |frequently )?(?:said|argued|claimed|believed|objected)\b|^(?:critics|opponents|skeptics|sceptics|some people|many people)\s+(?:say|argue|claim|believe|object)\b/i;
/** A turn in the argument: "But …", "And yet …", "…, however, …". */
export const TURN =
  /^(?:but|yet|and yet|however|still|nevertheless|nonetheless)\b|,\s*however\s*,/i;
/** A hedge inside the sentence: the opening says what might be, not what the paragraph holds. */
export const HEDGED =
  /\b(?:perhaps|probably|maybe|possibly|seem(?:s|ed)? to|appear(?:s|ed)? to|(?:may|might|could) (?:one day|someday|eventually))\b/i;
/**
 * "Dear Ann, you asked me …", "Last spring, on a wet morning, …": an opening that addresses
 * someone or sets the scene leads up to the paragraph's point; it is none itself.
 */
export const SCENE_OR_ADDRESS =
  /(?<!\p{L})(?:you|your|yours|yourself|dear)(?!\p{L})|^(?:(?:on|in|at|during|one|early|late|last|that)\s+(?:\S+\s+){0,3}?(?:morning|afternoon|evening|night|day|week|month|year|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)\b|yesterday|today|recently|once upon)/iu;
/**
 * "Therefore we must …", "That is why …", "So we …": a sentence that draws the paragraph's
 * conclusion; a topic sentence before it is one step of the argument, not its point. "So strong
 * is …, that …" and "So far as …" draw none.
 */
export const CONCLUSION =
  /^(?:therefore|thus|hence|so(?=\s*,|\s+(?:we|i|you|they|it|he|she|the|a|an|this|that|these|there|nobody|no one|everyone|if|when|now)\b)|consequently|accordingly|in short|in sum|in the end|in conclusion|that is why|this is why|which is why)\b/i;
/**
 * "We prefer …", "Our job is …", "we're willing to …": a later sentence in which the author
 * takes a stand of their own; with one, the paragraph's point spans more than its opening.
 */
export const OWN_STAND =
  /\b(?:we|I)(?:['’](?:re|m|d|ll))?\s+(?:(?:are|am|would|will)\s+)?(?:prefer|willing|trust|believe|insist|argue|hold|must|should|need to|want to|refuse|have to)\b|\b(?:our|my) (?:job|task|goal|aim|duty|point) is\b/i;
/**
 * "was", "had", "handed": a statement of what happened narrates; a paragraph's point holds now.
 * A participle after "is" or "be" ("is exercised") is a present passive. Only the main verb (the
 * first one that is no "-ing" form) says when an "-ed" form narrates: "keeps scattered maps"
 * and "the plan the council dropped" hold now; "was", "had" anywhere still narrate.
 */
export function tellsThePast(tokens: Token[]): boolean {
  const verbs = tokens.map((t, i) => ({ t, i })).filter(({ t }) => /^(?:VERB|AUX)$/.test(t.pos));
  if (verbs.some(({ t }) => /^(?:was|were|had|did)$/i.test(t.text))) return true;
  // "to work" after "Frustrated with my inability …" is an infinitive, not the main verb.
  const main = verbs.find(
    ({ t, i }) => !/ing$/i.test(t.text) && tokens[i - 1]?.text.toLowerCase() !== "to",
  );
  if (!main) return false;
  const { t, i } = main;
  return (
    /ed$/i.test(t.text) &&
    t.text.toLowerCase() !== t.lemma.toLowerCase() &&
    !/^(?:is|are|am|be|been|being)$/i.test(tokens[i - 1]?.text ?? "")
  );
}
/** "If an action takes longer, …": longer than what the sentence before said. */
export const BARE_COMPARATIVE =
  /^(?!.*\bthan\b).*\b(?:longer|shorter|faster|slower|larger|smaller|bigger|higher|lower|earlier|later|greater|fewer|(?:more|less)\s+(?!than\b)\p{L}{4,}[.,;]?$|(?:more|less)\s+(?!than\b)\p{L}+ly\b)/iu;
/** "Never …" opens a sentence; "Soldier Key" inside one is a name, not a weighing word. */
export function sentenceCase(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
/** Quotation marks, a question, brackets, a list: the back would not read as one claim. */
export const NOT_ONE_CLAIM = /["“”‘?!()[\]]|’(?!\p{L})|^[*•-]\s|^#/u;
