import type { Rule } from "./rules";

/**
 * An essay written as "I" asks its ideas about the author: "Why did I close the old branch?" asks
 * the student about themselves; "Why did the author close the old branch?" asks about the essay.
 */
export interface VoicedQuestion {
  question: string;
  answer: string;
}

const AUX_FOR_AUTHOR: Record<string, string> = { do: "does", am: "is", have: "has" };
/** Other first-person words: "we", "me" … have no one rewrite, so the question stays as it was. */
const OTHER_FIRST_PERSON = /\b(?:I|me|mine|myself|we|us|our|ours|ourselves)\b/;

/** The question with the author for "I" (and "the author's" for "my"), or null when it cannot be said so. */
export function authorVoice(
  question: string,
  answer: string,
  /** "speaker" for a speech (idea-rules-appeals.ts): its "I" is the one who gave it. */
  who: "author" | "speaker" = "author",
): VoicedQuestion | null {
  const m =
    /^(Why|When|How|What|Where) (did|does|do|am|was|have|had|will|would|can|could|should|must) I\b(.*)$/.exec(
      question,
    );
  if (!m) return null;
  const aux = AUX_FOR_AUTHOR[m[2]!] ?? m[2]!;
  const rest = m[3]!.replace(/\bmy\b/g, `the ${who}'s`);
  const back = answer.replace(/\b([Mm])y\b/g, (_w, c: string) =>
    c === "M" ? `The ${who}'s` : `the ${who}'s`,
  );
  if (OTHER_FIRST_PERSON.test(rest) || OTHER_FIRST_PERSON.test(back)) return null;
  return { question: `${m[1]} ${aux} the ${who}${rest}`, answer: back };
}

export const AUTHOR_VOICE_RULES: Rule<VoicedQuestion, VoicedQuestion | null>[] = [
  {
    id: "idea.author-voice",
    why: "An idea question in the writer's own voice ('Why did I …?') asks the student about themself; the essay's 'I' is its author, so the question asks about the author.",
    fires: [
      {
        question: "Why did I close the old branch?",
        answer: "Because my readers had moved to the new town",
      },
      {
        question: "Why am I worried about the village branches?",
        answer: "Because they close at five",
      },
    ],
    passes: [
      // "we" and "me" have no single rewrite; a question without "I" needs none.
      { question: "Why do we need better tools?", answer: "To keep the sheep safe" },
      { question: "Why did I ask them to help me?", answer: "Because the van broke down" },
      { question: "Why did the council close the branch?", answer: "To save money" },
      // The answer speaks as "I" too: rewriting only the question would mix two voices.
      { question: "Why did I leave early?", answer: "Because I was tired" },
    ],
    test: (v) => authorVoice(v.question, v.answer),
  },
];
