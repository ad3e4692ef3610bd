import frameData from "./data/blank-frames.json";
import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const LETTER_RUNS = /\p{L}+/gu;
/** A blank joined to a word by a hyphen or a dash, with no space: "Harbour–_____", "_____-Dirac". */
const BLANK_IN_COMPOUND = /\p{L}[-–—]_____|_____[-–—]\p{L}/u;

/**
 * Blanks a phrase fills, not the text (docs/quality/generator-2.6-blanks.md counts each rule on
 * every judged set outside the test half): the open slot of a fixed frame ("in times of _____"),
 * and a duration that only sets the scene before the sentence's point ("At the end of _____, …",
 * "_____ later, …").
 */

const FRAMES: [RegExp, Set<string>][] = Object.entries(
  (frameData as { frames: Record<string, string[]> }).frames,
).map(([frame, fillers]) => [
  new RegExp(`\\b${frame.replace(/\s+/g, "\\s+")}\\s+_____`, "i"),
  new Set(fillers),
]);

/** The key's head word, singular ("heavy rainfall" → "rainfall", "words" → "word"). */
function headWord(answer: string): string {
  const last = (answer.toLowerCase().match(LETTER_RUNS) ?? []).pop() ?? "";
  return last.length > 3 && /[^s]s$/.test(last) ? last.slice(0, -1) : last;
}

export function fillsFixedFrame(v: GateView): boolean {
  if (v.type === "true_false" || !v.prompt.includes("_____")) return false;
  const head = headWord(v.answer);
  return FRAMES.some(([re, fillers]) => fillers.has(head) && re.test(v.prompt));
}

const DURATION =
  /^(?:about\s+|nearly\s+|almost\s+|some\s+|over\s+|more\s+than\s+)?(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+few|several|many)\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries?|generations?)$/i;

/**
 * "At the end of _____, during which the quarrel went on, the council still had no plan": a
 * duration in the words before the main clause sets the scene; the sentence's point is after it.
 */
export function settingDuration(v: GateView): boolean {
  if (v.type === "true_false" || !DURATION.test(v.answer.trim())) return false;
  const at = v.prompt.indexOf("_____");
  if (at < 0) return false;
  const before = v.prompt.slice(0, at);
  const after = v.prompt.slice(at + 5);
  // The blank is in an opening phrase that a comma closes, with a clause still to come.
  if (before.split(/\s+/).filter(Boolean).length > 6 || /[;:]/.test(before)) return false;
  const close = /^(?:\s+(?:later|earlier|ago|before|after|on))?\s*,/i.exec(after);
  if (!close) return false;
  const opens =
    before.trim() === "" ||
    /\b(?:after|at\s+the\s+(?:end|expiration|close)\s+of|by\s+the\s+end\s+of|within|for|in|over|during|throughout)\s*$/i.test(
      before,
    );
  return opens && after.slice(close[0].length).split(/\s+/).filter(Boolean).length >= 4;
}

/** Small words an acronym leaves out ("Office of Rural Water Supply" → "ORWS"). */
export const ACRONYM_GLUE = new Set(["of", "and", "the", "for", "in", "on", "to", "a", "an", "&"]);

export const BLANK_GATE_RULES_3: Rule<GateView>[] = [
  {
    id: "gate.fixed-frame-blank",
    why: "'The creek only reaches the lake in times of _____' → 'heavy rain': a fixed frame has few fillers (data/blank-frames.json), and the sentence around it picks one without the text.",
    fires: [
      {
        type: "cloze",
        prompt: "The old well was only opened in times of _____; in other years it stayed sealed.",
        answer: "severe drought",
        sentence:
          "The old well was only opened in times of severe drought; in other years it stayed sealed.",
      },
      {
        type: "cloze",
        prompt: "The guild raised its dues and, at the same _____, cut the apprentices' pay.",
        answer: "time",
        sentence: "The guild raised its dues and, at the same time, cut the apprentices' pay.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The old well was only opened in times of _____; in other years it stayed sealed.",
        answer: "royal visits",
        sentence:
          "The old well was only opened in times of royal visits; in other years it stayed sealed.",
      },
    ],
    test: fillsFixedFrame,
  },
  {
    id: "gate.setting-duration",
    why: "'At the end of _____, during which the quarrel went on, the council had no plan' → 'a term of office'; '_____ later, in May, the ban was lifted' → a gap worked out from dates nearby: a span of time in the opening phrase only sets the scene, is guessed from the occasion or worked out from dates nearby, and leaves the sentence's point untested.",
    fires: [
      {
        type: "cloze",
        prompt: "At the end of _____, the council had still not agreed on the new harbour wall.",
        answer: "two years",
        sentence:
          "At the end of two years, the council had still not agreed on the new harbour wall.",
      },
      {
        type: "cloze",
        prompt: "_____ later, in May 1612, the ban on the guild was lifted by the king.",
        answer: "Six months",
        sentence: "Six months later, in May 1612, the ban on the guild was lifted by the king.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The council argued for _____ before it agreed on the new harbour wall.",
        answer: "two years",
        sentence: "The council argued for two years before it agreed on the new harbour wall.",
      },
      {
        type: "cloze",
        prompt: "In _____, the council agreed on the new harbour wall.",
        answer: "1612",
        sentence: "In 1612, the council agreed on the new harbour wall.",
      },
    ],
    test: settingDuration,
  },
  {
    id: "gate.blank-in-compound",
    why: "'… concurrent with the Harbour–_____ between …' → 'Valley Expressway', '_____–Dirac statistics' → 'Fermi': a blank joined to a word by a hyphen or a dash cuts one name or term in two, and the half left shows what the blank is (judged a formatting fault in round s30f).",
    fires: [
      {
        type: "cloze",
        prompt: "The ring road runs beside the Harbour–_____ for two miles.",
        answer: "Valley Expressway",
        sentence: "The ring road runs beside the Harbour–Valley Expressway for two miles.",
      },
      {
        type: "mcq",
        prompt: "A fermion follows _____–Dirac statistics.",
        answer: "Fermi",
        sentence: "A fermion follows Fermi–Dirac statistics.",
        choices: ["Fermi", "Bose", "Pauli", "Planck"],
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The war lasted from 1914–_____ in the valley.",
        answer: "1918",
        sentence: "The war lasted from 1914–1918 in the valley.",
      },
      {
        type: "cloze",
        prompt: "The ring road runs beside the _____ for two miles.",
        answer: "Valley Expressway",
        sentence: "The ring road runs beside the Valley Expressway for two miles.",
      },
    ],
    test: (v) => v.type !== "true_false" && BLANK_IN_COMPOUND.test(v.prompt),
  },
  {
    id: "gate.key-inside-word",
    why: "'calling it ACMEX, a sister of its rival _____' → 'ACME'; 'the Norvani navy sailed from _____' → 'Norvan': the key is the start of a longer word the item shows, so the item spells its answer (the judges: 'obvious').",
    fires: [
      {
        type: "cloze",
        prompt: "Critics called the channel ACMEX, a sister of its rival _____.",
        answer: "ACME",
        sentence: "Critics called the channel ACMEX, a sister of its rival ACME.",
      },
      {
        type: "mcq",
        prompt: "The Norvani fleet sailed home to _____ in the spring.",
        answer: "Norvan",
        sentence: "The Norvani fleet sailed home to Norvan in the spring.",
        choices: ["Norvan", "Kestia", "Ulm", "Brava"],
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The fleet sailed home to _____ in the spring.",
        answer: "Norvan",
        sentence: "The fleet sailed home to Norvan in the spring.",
      },
      {
        type: "cloze",
        prompt: "Their starting point was the old _____.",
        answer: "art school",
        sentence: "Their starting point was the old art school.",
      },
    ],
    test: (v) => {
      if (v.type !== "cloze" && v.type !== "mcq") return false;
      const key = v.answer
        .trim()
        .replace(/[.!?]$/, "")
        .toLowerCase();
      if (key.length < 4 || !/^[\p{L}\p{N}]+$/u.test(key)) return false;
      const shown = `${v.leadIn ?? ""} ${v.prompt}`.toLowerCase();
      return (shown.match(/[\p{L}\p{N}]+/gu) ?? []).some((w) => w !== key && w.startsWith(key));
    },
  },
  {
    id: "gate.acronym-spelled-out",
    why: "'the Office of Rural Water Supply (_____)' → 'ORWS': the key is the initials of the words beside the blank, so the item spells its answer (the judges: 'obvious').",
    fires: [
      {
        type: "cloze",
        prompt: "Grants go through the Office of Rural Water Supply (_____) each spring.",
        answer: "ORWS",
        sentence: "Grants go through the Office of Rural Water Supply (ORWS) each spring.",
      },
      {
        type: "cloze",
        prompt: "The plan used a Tide-Driven Mill (_____) on the estuary.",
        answer: "TDM",
        sentence: "The plan used a Tide-Driven Mill (TDM) on the estuary.",
      },
      {
        type: "cloze",
        prompt: "The _____ (Valley Seed Bank) keeps four hundred old varieties.",
        answer: "VSB",
        sentence: "The VSB (Valley Seed Bank) keeps four hundred old varieties.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Grants go through the _____ each spring.",
        answer: "ORWS",
        sentence: "Grants go through the ORWS each spring.",
      },
      {
        type: "cloze",
        prompt: "The river board (_____) meets in May.",
        answer: "ORWS",
        sentence: "The river board (ORWS) meets in May.",
      },
    ],
    test: (v) => {
      const key = v.answer.trim().replace(/s$/, "");
      if (!/^[A-Z]{2,6}$/.test(key)) return false;
      const at = v.prompt.indexOf("_____");
      if (at < 0) return false;
      const initials = (text: string) =>
        // "Tide-Driven Mill" → "TDM": each half of a hyphened word has its initial.
        (text.match(/[A-Za-z][\w'’]*/g) ?? [])
          .filter((w) => !ACRONYM_GLUE.has(w.toLowerCase()))
          .map((w) => w[0]!.toUpperCase())
          .join("");
      // The acronym and its words stand side by side, one of them in brackets.
      const inBrackets = /\(_____\)/.test(v.prompt);
      const bracketsAfter = /_____\s*\(([^)]*)\)/.exec(v.prompt)?.[1];
      return (
        (inBrackets && initials(v.prompt.slice(0, at)).endsWith(key)) ||
        (bracketsAfter !== undefined && initials(bracketsAfter) === key)
      );
    },
  },
];
