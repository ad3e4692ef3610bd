import { randomInt } from "node:crypto";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "@/lib/teach/join-code-rule";

/**
 * Join codes: 8 characters from an alphabet without the look-alikes 0/O, 1/I/L, so a code read
 * aloud or copied from a board is typed right. 31^8 ≈ 8.5 × 10^11 codes, drawn with
 * crypto.randomInt: not guessable, and failed joins are rate-limited on top.
 */
export { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH };

export function generateJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++)
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What a student typed, as stored: upper case, spaces and dashes dropped. */
export function normalizeJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-‐-―]+/g, "");
}

const VALID = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

export function isJoinCode(code: string): boolean {
  return VALID.test(code);
}
