import type { GateView } from "./gate-rules";
import { remembered } from "./text-utils";

/** What a student is shown: the lead-in, when there is one, then the prompt. */
export function shownPrompt(v: GateView): string {
  if (!v.leadIn) return v.prompt;
  // The gate's rules ask this of one item after another: the last item's is kept, so they share
  // one string (and askedPart below finds it without reading it again).
  if (lastShown?.leadIn !== v.leadIn || lastShown.prompt !== v.prompt)
    lastShown = { leadIn: v.leadIn, prompt: v.prompt, shown: `${v.leadIn} ${v.prompt}` };
  return lastShown.shown;
}
let lastShown: { leadIn: string; prompt: string; shown: string } | null = null;

/**
 * The statement a true/false item or a question asks about, without its "Context: “…”" lead-in.
 * Thirteen gate rules ask it of the same item in turn: the last few answers are kept.
 */
export const askedPart = remembered(askedPartOnce, 64);

function askedPartOnce(prompt: string): Readonly<{ context: string; asked: string }> {
  const m = /^Context: “([\s\S]*?)”\s+([\s\S]*)$/.exec(prompt);
  const [context, rest] = m ? [m[1] ?? "", m[2] ?? ""] : ["", prompt];
  const asked = rest
    .replace(/^(?:According to the essay|The essay suggests that),?\s*/, "")
    // A quoted opening ("the paragraph that begins “We …”") is the text's, not the item's, voice.
    .replace(/“[^”]*”/g, "“…”");
  return { context, asked };
}

/**
 * A test of the asked part by `re`, tried only when `word` is there: a regex that opens on a
 * look-behind is tried at every position, and most questions lack the word it needs.
 */
export const askedHas =
  (word: RegExp, re: RegExp) =>
  (v: GateView): boolean => {
    const { asked } = askedPart(v.prompt);
    return word.test(asked) && re.test(asked);
  };
