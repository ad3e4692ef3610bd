import { analyze, type Token } from "./nlp";
import type { Rule } from "./rules";

/**
 * Causes in reported text: a trailing reason belongs to the clause it ends ("A does X, while B
 * does Y because Z" is B's), and "does a take" keeps its main verb in the question.
 */

/** ", while B …", ", whereas B …": a second clause with its own subject. */
const SECOND_CLAUSE = /^.*,\s+(?:while|whereas)\s+(?=\S)/isu;

/**
 * The clause a trailing reason belongs to: "A pitches a truck, while B hires a singer because
 * he saved money" → "B hires a singer" (a reason at the end is the last clause's, not the first's).
 */
export function reasonsClause(main: string): string {
  const m = SECOND_CLAUSE.exec(main);
  return m ? main.slice(m[0].length) : main;
}

/** "does a take", "did the dishes": do/does/did as the main verb (no verb follows it). */
export function mainDo(toks: Token[], v: number): boolean {
  if (!/^(?:do|does|did)$/i.test(toks[v]?.text ?? "")) return false;
  const next = toks[v + 1];
  return (
    next !== undefined &&
    /^(?:DET|NUM|NOUN|PROPN|PRON)$/.test(next.pos) &&
    !/^(?:not|n['’]t)$/i.test(next.text)
  );
}

export const NEWS_CAUSE_RULES: Rule<string, string>[] = [
  {
    id: "idea.cause.reasons-clause",
    why: "'Mara Lind opens the fair, while Tomas Ree sells cheese because he saved money' asked as 'Why does Mara Lind open the fair?' gives Ree's reason to Lind: a trailing reason belongs to the clause it ends, so that clause is asked.",
    fires: [
      "Mara Lind opens the fair, while Tomas Ree sells cheese and hires a band",
      "The old mill closed, whereas the new one grew",
    ],
    passes: ["Mara Lind opens the fair every year", "While the mill closed, the bakery grew"],
    test: (main) => {
      const out = reasonsClause(main);
      return out !== main ? out : null;
    },
  },
  {
    id: "idea.cause.main-do",
    why: "'Tomas Ree does a dance for the bakery because …' asked as 'Why does Tomas Ree a dance …?': 'does' is the main verb there, and the question keeps it ('Why does Tomas Ree do a dance …?').",
    fires: ["Tomas Ree does a dance for the bakery.", "The crew did the repairs at night."],
    passes: ["Tomas Ree does not dance.", "The crew did finish the repairs."],
    test: (s) => {
      const toks = analyze(s).tokens;
      const v = toks.findIndex((t) => t.pos === "VERB" || t.pos === "AUX");
      return mainDo(toks, v) ? toks[v]!.text : null;
    },
  },
];
