import { lexiconTag, type Token } from "./nlp";
import type { Rule } from "./rules";
import { TITLE_WORDS } from "./words";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const ROLE_BEFORE_NAME = /(?<=\b\p{Ll}+\s)(\p{Lu}\p{Ll}+)(?=\s+(?:\p{Ll}+\s+)?\p{Lu}\p{Ll})/gu;

/**
 * The grammar of a made question (generator 2.6, precision): a sentence-initial adverb kept in
 * front of the subject after do-support ("When did usually the call come?"), a role noun kept
 * capitalised from the sentence's opening ("Why does Actor Ana Ruiz …?"), and a reason that
 * belongs to another clause. The judges call the first two ungrammatical. ("Do" as the main verb
 * is kept where the question is made: `idea.cause.main-do`, idea-cause-clauses.ts.)
 */

/** Adverbs of frequency and time a sentence may open with; after do-support they go before the verb. */
const FRONTED_ADVERB =
  "usually|often|always|sometimes|generally|normally|typically|rarely|seldom|frequently|occasionally|mostly|commonly|ordinarily|invariably|traditionally|originally|eventually|later|soon|then|now|once|first|finally";

const FRONTED_AFTER_DO = new RegExp(
  `^((?:When|Why|How|Where|What|Who|Which)(?:\\s+\\p{Ll}+)?\\s+(?:do|does|did)\\s+)(${FRONTED_ADVERB})\\s+(.+)\\?$`,
  "u",
);

/** A word the lexicon knows as a verb's bare form ("come", "grow"). */
function bareVerb(w: string): boolean {
  return lexiconTag(w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "").toLowerCase()) === "Infinitive";
}

/** "Actor", "Celebrity", "Singer": a role, not part of the name it stands before. */
function roleNoun(w: string): boolean {
  return !TITLE_WORDS.test(w) && lexiconTag(w.toLowerCase()) === "Actor";
}

export const QUESTION_GRAMMAR_RULES: Rule<string, string>[] = [
  {
    id: "prompt.adverb-after-do",
    why: "'Usually the bell rang at noon' asked as 'When did usually the bell ring?': after do-support the fronted adverb goes before the verb ('When did the bell usually ring?'); left in front of the subject the judges call the question ungrammatical.",
    fires: [
      "When did usually the letters come?",
      "Why does often the ferry leave early?",
      "How did eventually the mill become a school?",
    ],
    passes: [
      "When did the letters usually come?",
      "Why does the ferry often leave early?",
      "When did Usually Hill get its name?",
    ],
    test: (s) => {
      const m = FRONTED_AFTER_DO.exec(s);
      if (!m) return null;
      const ws = m[3]!.split(/\s+/);
      // The first bare verb after the subject's first word: the adverb goes before it.
      const at = ws.findIndex((w, i) => i > 0 && bareVerb(w));
      if (at < 0) return null;
      return `${m[1]}${[...ws.slice(0, at), m[2], ...ws.slice(at)].join(" ")}?`;
    },
  },
  {
    id: "prompt.what-happens-inside",
    why: "'Sleet is what happens when rain freezes' asked 'When is sleet what happens?': the free relative 'what happens' cannot stay inside the question; 'When does sleet happen?' asks the same.",
    fires: ["When is sleet what happens?", "When were the floods what happened?"],
    passes: ["When does sleet happen?", "What happens when rain freezes?"],
    test: (s) => {
      const m = /^When (is|are|was|were) (.+?) what (?:happens|happened)\?$/u.exec(s);
      if (!m) return null;
      const aux = m[1] === "is" ? "does" : m[1] === "are" ? "do" : "did";
      return `When ${aux} ${m[2]} happen?`;
    },
  },
  {
    id: "prompt.stranded-focus-adverb",
    why: "'A dispute can stay open even when both sides agree' asked 'When can a dispute stay open even?': the focus word belonged to the when-clause the question removed; left at the end it is ungrammatical.",
    fires: ["When can a dispute stay open even?", "Why do the ferries run especially?"],
    passes: ["When can a dispute stay open?", "Why do the ferries carry freight only?"],
    test: (s) => {
      if (!/^(?:When|Why|How)\b/u.test(s)) return null;
      const t = s.replace(
        /(\s\p{Ll}+)\s+(?:even|especially|particularly|except)\?$/u,
        (_m, before: string) => (/^\s(?:on|in|at|for|to|by)$/u.test(before) ? _m : `${before}?`),
      );
      return t === s ? null : t;
    },
  },
  {
    id: "prompt.role-noun-capital",
    why: "'Actor Ana Ruiz does a take on …' asked as 'Why does Actor Ana Ruiz …?': the role's capital belonged to the sentence's first word; inside a question it reads as part of a name. Titles ('President', 'Mayor') keep theirs.",
    fires: ["Why does Actor Ana Ruiz sing in the advert?", "What did Singer Tomas Berg record?"],
    passes: [
      "Why does actor Ana Ruiz sing in the advert?",
      "Why does President Ana Ruiz sing?",
      "Actor Ana Ruiz sings in the advert.",
    ],
    test: (s) => {
      if (!/^(?:When|Why|How|Where|What|Who|Which)\b/u.test(s)) return null;
      const t = s.replace(ROLE_BEFORE_NAME, (w: string) => (roleNoun(w) ? w.toLowerCase() : w));
      return t === s ? null : t;
    },
  },
];

/**
 * A second clause between the question's subject and the reason: the reason is that clause's.
 * "A, but because B, C": a conjunction right before the reason opens the clause it explains.
 */
const OTHER_CLAUSE_BEFORE_REASON =
  /,\s+(?:while|whereas|but)\s|;\s|,?\s+(?:but|and|yet)\s*$|,\s+(?:where|which|who|whom|whose|when)\s[^,]*$/u;

export const REASON_CLAUSE_RULES: Rule<string>[] = [
  {
    id: "question.reason-of-other-clause",
    why: "'Ana sings for the radio, while Tomas hires a choir because he saved money' asked 'Why does Ana sing for the radio? → Because he saved money', or 'Ana disliked the tolls, but because she needed the road, she paid' asked why she disliked them: the reason explains the clause it belongs to, not the sentence's first; the judges call the key missing.",
    fires: [
      "Ana sings for the radio, while Tomas hires a choir",
      "The mill closed; the workers moved to the coast",
      "The mayor disliked the new tolls, but",
      // "…, where it survived due to help from abroad": the reason is the relative clause's.
      "The strike drove the union into hiding, where it survived",
    ],
    passes: [
      "Ana sings for the radio",
      "Ana, a singer, left the choir",
      "The mill, which had stood for a century, closed",
    ],
    test: (main) => OTHER_CLAUSE_BEFORE_REASON.test(main),
  },
];

/** True when the clause before "because" holds a second clause the reason belongs to. */
export function reasonOfOtherClause(main: string): boolean {
  return REASON_CLAUSE_RULES[0]!.test(main) === true;
}

// A subject question ("What causes …?", "Who grows …?") puts a singular verb where the sentence
// had a plural one. What the verb is joined to must still agree and still belong to it.

/** "… and stimulate the …": "and" before a verb in its bare form, from token `from` on. */
export function coordinatedBareVerb(toks: Token[], from: number): boolean {
  for (let i = from; i + 1 < toks.length; i++) {
    const next = toks[i + 1]!;
    if (
      /^(?:and|or)$/i.test(toks[i]!.text) &&
      next.pos === "VERB" &&
      next.text.toLowerCase() === next.lemma.toLowerCase()
    )
      return true;
  }
  return false;
}

/** "… and its absence results in …": "and"/"but", a subject of its own, then its verb. */
export function secondClause(toks: Token[], from: number): boolean {
  for (let i = from; i + 2 < toks.length; i++) {
    if (!/^(?:and|but)$/i.test(toks[i]!.text) || !/^(?:DET|PRON)$/.test(toks[i + 1]!.pos)) continue;
    let j = i + 2;
    while (j < toks.length && j <= i + 5 && /^(?:ADJ|NOUN|PROPN)$/.test(toks[j]!.pos)) j++;
    const verb = toks[j];
    if (j > i + 2 && verb && /^(?:VERB|AUX)$/.test(verb.pos) && !/ing$/i.test(verb.text))
      return true;
    // "its absence results in": the tagger reads the verb as a plural noun; after a possessive
    // and one noun, a word in -s before a preposition is the verb.
    const after = toks[i + 4];
    if (
      toks[i + 1]!.pos === "PRON" &&
      toks[i + 2]!.pos === "NOUN" &&
      toks[i + 3]?.pos === "NOUN" &&
      /s$/.test(toks[i + 3]!.text) &&
      after?.pos === "ADP"
    )
      return true;
  }
  return false;
}
