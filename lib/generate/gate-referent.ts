import { anticipatoryIt } from "./referent-rules";
import { leansOn } from "./standalone-rules";
import type { Claim } from "./extract-claims";
import { lexiconTag } from "./nlp";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const ENDS_ON_COMPARATIVE = /\b(?:more|less|\p{L}{3,}er)\s*[.!?]?["”’)]*\s*$/u;
const THE_LOWER_NOUN = /^The\s+(\p{Ll}+)\b/u;

/**
 * The claim-level publishing check: does the sentence stand alone, or does it lean on a sentence
 * the student is not shown (a pronoun, "the latter", "a similar levy", "the city had…")?
 */

const PRONOUN_START =
  /^(?:it|its|they|them|their|he|him|his|she|her|we|us|our|this|these|those|that|such|there\s+(?:it|they))\b/i;
const QUANTIFIER_START =
  /^(?:few|many|most|some|others|several|both|all|none|each|either|neither)\b/i;
const COMPARATIVE_CUE =
  /\b(?:instead|by\s+comparison|in\s+comparison|the\s+same|likewise|similarly|otherwise)\b/i;
/** Anaphora and comparisons anywhere in the sentence: their referent is in another sentence. */
const CONTEXT_CUE =
  /\b(?:(?:a|an)\s+similar|similar(?:ly)?\s+to\s+(?:it|them|this|that)|such\s+an?|followed(?!\s+by\b)(?:\s+suit)?|responded(?!\s+to\b)|follow\s+suit|likewise|another|the\s+other|the\s+(?:former|latter)|the\s+(?:first|second|third|last)\s+(?:of\s+(?:them|these|those|the\s+\w+)|one|two|three)|(?:far|much|even|still)\s+(?:more\s+\p{L}+|less\s+\p{L}+|(?!(?:after|under|over|other|never|ever|rather|either|whether|together|number|order|later)\b)\p{L}{2,}er)(?![^.]*\bthan\b)|(?:would|could|might)\s+have\s+\p{L}+ed)\b/iu;
/** "The first _____, in A, B and C vessels": an ordinal group at the start with no noun of its own. */
const ORDINAL_START =
  /^The\s+(?:first|second|third|last|next|final)\s+(?:\p{L}+\s+)?(?:attempts?|efforts?|tries|ones?|two|three|four|five)\b/iu;
/** "followed suit", "a similar levy", "the latter": a cue that points at another sentence. */
export function pointsElsewhere(text: string): boolean {
  return COMPARATIVE_CUE.test(text) || CONTEXT_CUE.test(text) || ORDINAL_START.test(text);
}

const referentVerdicts = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

/**
 * Claim-level: the sentence must stand alone. Asked for every item of a claim (items may carry
 * copies of it), so the verdict is kept per topic and per what it rests on: the claim's text,
 * body, need of context and dangling words.
 */
export function missingReferent(
  claim: Claim,
  topicNouns: ReadonlySet<string> = new Set(),
): boolean {
  let verdicts = referentVerdicts.get(topicNouns);
  if (!verdicts) referentVerdicts.set(topicNouns, (verdicts = new Map()));
  const key = [claim.text, claim.body, claim.needsContext ?? "", claim.dangling].join("\u0000");
  let missing = verdicts.get(key);
  if (missing === undefined) {
    missing = referentMissing(claim, topicNouns);
    verdicts.set(key, missing);
  }
  return missing;
}

function referentMissing(claim: Claim, topicNouns: ReadonlySet<string>): boolean {
  if (claim.needsContext) return true;
  const body = claim.body.replace(/^[“"‘(\s]+/, "");
  // Substituted referent: `body` differs from the verbatim text and begins with the borrowed noun.
  const substituted = claim.body !== claim.text;
  if (!substituted && (PRONOUN_START.test(body) || claim.dangling > 0)) return true;
  if (COMPARATIVE_CUE.test(body)) return true;
  // The writer's "we", a reader's situation, "the patriarch", "the episode" (standalone-rules.ts).
  if (leansOn(body, topicNouns)) return true;
  if (CONTEXT_CUE.test(body)) return true;
  // "proved far harder.", "was easier.": a comparative that ends the sentence compares with
  // something the sentence never names.
  if (ENDS_ON_COMPARATIVE.test(body) && !/\bthan\b/i.test(body)) {
    const last =
      body
        .replace(/[.!?"”’)\s]+$/u, "")
        .split(/\s+/)
        .pop() ?? "";
    if (
      /^(?:more|less)$/i.test(last) ||
      /^(?:harder|easier|better|worse|greater|larger|smaller|higher|lower|faster|slower|longer|shorter|stronger|weaker|cheaper|dearer|safer|riskier|bigger|tougher)$/i.test(
        last,
      )
    )
      return true;
  }
  if (ORDINAL_START.test(body)) return true;
  const toks = claim.analysis.tokens;
  // "Few are…", "Most say…": a quantifier with no noun of its own.
  if (QUANTIFIER_START.test(body)) {
    const next = toks[1];
    // "All over the country", "Most of the year": a preposition other than "of" opens a phrase.
    const phrase = next?.pos === "ADP" && !/^of$/i.test(next.text);
    if (!next || (!/^(?:NOUN|PROPN|ADJ|NUM)$/.test(next.pos) && !phrase)) return true;
  }
  // "adopted it", "for them": an object pronoun whose referent is in another sentence — unless
  // a noun of its number stands between the first verb and it ("carries the seeds into the
  // valley to give them shelter"); the subject itself cannot be it ("The council adopted it").
  if (!substituted) {
    const firstVerb = toks.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
    for (let i = 1; i < toks.length; i++) {
      const t = toks[i]!;
      if (!/^(?:it|them)$/i.test(t.text) || !/^(?:VERB|ADP)$/.test(toks[i - 1]!.pos)) continue;
      const window = toks.slice(i - 1, i + 3).map((x) => x.text);
      if (anticipatoryIt(window.join(" "))) continue;
      const plural = /^them$/i.test(t.text);
      const antecedent =
        firstVerb >= 0 &&
        toks
          .slice(firstVerb + 1, i)
          .some(
            (x) => x.pos === "NOUN" && (x.text.toLowerCase() !== x.lemma.toLowerCase()) === plural,
          );
      if (!antecedent) return true;
    }
  }
  // "this/these/that/those + noun" anywhere points back to something unnamed.
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    const lower = t.text.toLowerCase();
    if (!/^(?:this|these|that|those)$/.test(lower)) continue;
    if (lower === "that" && t.pos !== "DET") continue;
    const n = toks[i + 1]!;
    if (/^(?:NOUN|ADJ|NUM)$/.test(n.pos)) return true;
  }
  // "The city had…", "The council reported…": the + one general noun as subject.
  if (!substituted) {
    const m = body.match(THE_LOWER_NOUN);
    if (m) {
      const after = toks[2];
      // "The ocean covers…" in a text about the ocean: its own subject needs no sentence before.
      const generic =
        !topicNouns.has(m[1]!.toLowerCase()) &&
        (lexiconTag(m[1]!) !== undefined || lexiconTag(m[1]!.replace(/s$/, "")) !== undefined);
      if (generic && after && /^(?:VERB|AUX|ADV)$/.test(after.pos)) return true;
    }
  }
  return false;
}
