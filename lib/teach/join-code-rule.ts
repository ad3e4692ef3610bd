/** The join-code alphabet and its rule in words: pure, so pages in the browser can state it. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

const missing = (all: string) => [...all].filter((c) => !JOIN_CODE_ALPHABET.includes(c));
const spoken = (cs: string[]) =>
  cs.length < 2 ? cs.join("") : `${cs.slice(0, -1).join(", ")} or ${cs.at(-1)}`;

/** "Codes never use the letters I, L or O, or the digits 0 or 1: …" — read off the alphabet. */
export const JOIN_CODE_RULE = `Codes are ${JOIN_CODE_LENGTH} letters and digits and never use the letters ${spoken(
  missing("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
)} or the digits ${spoken(missing("0123456789"))}, so none can be mistaken for another.`;
