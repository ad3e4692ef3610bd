import type { GateView } from "./gate-rules";
import type { Rule } from "./rules";

// Built once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp` on every call.
const INSTITUTION_IN_BLANK =
  /\b(?:Center|Centre|Archives?|University|Museum|Library|Institute|Hospital|Airport|Cathedral|Palace|Stadium|Observatory|College|Laboratory|Headquarters|Zoo)(?:\s+of(?:\s+\p{Lu}[\p{L}'’-]*)+)?\s+(?:in|at)\s+_____/u;
const GROUP_OF_PEOPLE =
  /^(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+)*(?:members|people|persons|workers|students|teachers|users|residents|citizens|officials|employees|staff|crew|crews|astronauts|patients|children|adults|parents|visitors|participants)$/u;
const WORD_AFTER_BLANK = /_____\s+(\p{L}+)/u;
const LAST_WORD = /\p{L}+$/u;

/**
 * Publishing rules about blanks the rest of the prompt fills: an institution's city, a term
 * glossed by its abbreviation, one figure of a list, a time zone, a name that "implies" the
 * answer. Each makes an item obvious or trivial to the blind judges.
 */
export const BLANK_GATE_RULES: Rule<GateView>[] = [
  {
    id: "gate.institution-place",
    why: "'Corran Space Centre in _____', 'the State Archives of Bavaria in _____': the institution names its city for anyone who knows it; the blank tests general knowledge, not the text.",
    fires: [
      {
        type: "cloze",
        prompt: "The crew will fly to the Ames Research Center in _____ next week.",
        answer: "California",
        sentence: "The crew will fly to the Ames Research Center in California next week.",
      },
      {
        type: "cloze",
        prompt: "A copy is held by the State Archives of Bavaria in _____.",
        answer: "Munich",
        sentence: "A copy is held by the State Archives of Bavaria in Munich.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "A copy of the letter was found in _____ in 1950.",
        answer: "Munich",
        sentence: "A copy of the letter was found in Munich in 1950.",
      },
    ],
    test: (v) => v.type !== "true_false" && INSTITUTION_IN_BLANK.test(v.prompt),
  },
  {
    id: "gate.glossed-blank",
    why: "'give off _____ (CO2)': an abbreviation or formula right after the blank spells out the answer.",
    fires: [
      {
        type: "cloze",
        prompt: "Plants take in _____ (CO2) from the air.",
        answer: "carbon dioxide",
        sentence: "Plants take in carbon dioxide (CO2) from the air.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Plants take in _____ (mostly at night) from the air.",
        answer: "carbon dioxide",
        sentence: "Plants take in carbon dioxide (mostly at night) from the air.",
      },
    ],
    test: (v) => v.type !== "true_false" && /_____\s*\([\p{Lu}\d₀-₉]{2,8}\)/u.test(v.prompt),
  },
  {
    id: "gate.listed-figure",
    why: "'Harbour Pilots (_____ members)' among five other '(N members)': one figure of a list is trivia, and its neighbours bound it.",
    fires: [
      {
        type: "mcq",
        prompt: "The largest are Oak (1,200 members), Elm (950 members) and Ash (_____ members).",
        answer: "700",
        sentence: "The largest are Oak (1,200 members), Elm (950 members) and Ash (700 members).",
      },
    ],
    passes: [
      {
        type: "mcq",
        prompt: "The club has _____ members in the north.",
        answer: "700",
        sentence: "The club has 700 members in the north.",
      },
    ],
    test: (v) => {
      if (v.type === "true_false" || !/\d/.test(v.answer)) return false;
      const unit = WORD_AFTER_BLANK.exec(v.prompt)?.[1] ?? v.answer.match(LAST_WORD)?.[0];
      if (!unit) return false;
      const others = v.prompt.match(new RegExp(`\\d[\\d,.]*\\s+${unit}\\b`, "giu")) ?? [];
      return others.length >= 2;
    },
  },
  {
    id: "gate.time-zone",
    why: "'at 1:27 a.m. _____' → 'CDT': a time zone is a detail of the wire copy, not of the story.",
    fires: [
      {
        type: "cloze",
        prompt: "The capsule landed at 4:10 p.m. _____ on Monday.",
        answer: "EDT",
        sentence: "The capsule landed at 4:10 p.m. EDT on Monday.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "The capsule landed in the _____ on Monday.",
        answer: "Pacific",
        sentence: "The capsule landed in the Pacific on Monday.",
      },
    ],
    test: (v) =>
      v.type !== "true_false" &&
      /\d\s*(?:[ap]\.?m\.?)?\s*_____/i.test(v.prompt) &&
      /^[A-Z]{2,4}$/.test(v.answer.trim()),
  },
  {
    id: "gate.name-implies",
    why: "'Tarvik stew, as its name implies, is cooked in _____': the sentence says the answer is in the name.",
    fires: [
      {
        type: "cloze",
        prompt: "Bergen fish soup, as its name implies, comes from _____.",
        answer: "Bergen",
        sentence: "Bergen fish soup, as its name implies, comes from Bergen.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "Bergen fish soup, despite its name, comes from _____.",
        answer: "Oslo",
        sentence: "Bergen fish soup, despite its name, comes from Oslo.",
      },
    ],
    test: (v) =>
      v.type !== "true_false" &&
      /\bas\s+(?:its|the|their|his|her)\s+names?\s+(?:implies|implied|suggests|suggested|says|shows)\b/i.test(
        v.prompt,
      ),
  },
  {
    id: "gate.people-blank",
    why: "'the _____ will fly back to the base' → 'crew members': a plain noun for the people the text is about is what anyone writes in such a blank.",
    fires: [
      {
        type: "cloze",
        prompt: "After the storm, the _____ will fly back to the base for checks.",
        answer: "crew members",
        sentence: "After the storm, the crew members will fly back to the base for checks.",
      },
    ],
    passes: [
      {
        type: "cloze",
        prompt: "After the storm, the crew will return to _____ for checks.",
        answer: "the northern base",
        sentence: "After the storm, the crew will return to the northern base for checks.",
      },
    ],
    test: (v) => v.type !== "true_false" && !v.idea && GROUP_OF_PEOPLE.test(v.answer.trim()),
  },
];
