import { CONFIG } from "./config";

/** How the paragraph-point card's front quotes its paragraph (idea-paragraph-point.ts). */

/**
 * The paragraph's opening words for the front: up to `openingWords` words of its first
 * sentence, cut after a content word so the quotation does not end on "of the".
 */
export function openingQuote(first: string): string | null {
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
export function unmark(sentence: string): string {
  return sentence
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s*[*•-]\s+/, "")
    .replace(/(?<![\p{L}\p{N}])[*_]+|[*_]+(?![\p{L}\p{N}])/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The paragraph's last words for the front, its final stop dropped: “… even in a small town”.
 * A paragraph may end on a question ("… what is left of our trade?"): its last words are quoted
 * without the question mark, and the front says "whose last words are" (`asked`).
 */
export function closingQuote(last: string): { quoted: string; asked: boolean } | null {
  const words = unmark(last).split(" ");
  const C = CONFIG.paragraphPoint;
  const asked = /[?]$/.test(last.trim());
  if (words.length < C.minOpeningWords || !/[.?]$/.test(last.trim())) return null;
  const quoted = words
    .slice(-C.openingWords)
    .join(" ")
    .replace(/^[,;:]+|[.?]+$/g, "");
  if (/["“”‘?![\]]|’(?!\p{L})/u.test(quoted)) return null;
  return { quoted, asked };
}
