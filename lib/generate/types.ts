/**
 * The generation engine's public shapes. `lib/generate/` is pure: text in, claims and items out —
 * no database, no clock, no unseeded randomness. Everything here is plain data so the CLI, the
 * content loader and the API can all serialise it unchanged.
 */

export const ITEM_TYPES = ["mcq", "true_false", "cloze", "short_answer", "flashcard"] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export type ItemStatus = "draft" | "published" | "retired";

/** A paragraph of the essay as written (split on blank lines), flagged when it is not the essay. */
export interface Paragraph {
  index: number;
  text: string;
  /** True for newsletter prompts, bylines, publisher blurbs and the like: kept, never quizzed. */
  boilerplate: boolean;
  /** Sentences of this paragraph, verbatim, in order. */
  sentences: string[];
}

export interface GeneratedClaim {
  /** Stable id: a hash of the normalised claim text. */
  key: string;
  /** The sentence exactly as it stands in the essay. */
  text: string;
  /** Index into `paragraphs` (all paragraphs, boilerplate included). */
  paragraph: number;
  /** Index of the sentence within its paragraph. */
  sentence: number;
  /** Salience in this essay, higher is more central; used to rank. */
  score: number;
}

export interface GeneratedItem {
  /** Stable id: hash of the normalised claim, the type and the key span, so regeneration keeps ids. */
  key: string;
  claimKey: string;
  type: ItemType;
  prompt: string;
  answer: string;
  /** mcq: four options holding the answer once; true_false: ["True", "False"]. */
  choices?: string[];
  explanation: string;
  source: { sentence: string };
  status: "draft" | "published";
  /** 0..1, higher is better; decides what is published. */
  quality: number;
  /** A draft the publishing gate held back: which check, in words a teacher can act on. */
  reason?: string;
}

export interface GenerationAudit {
  /** Per item type, how many candidates each flaw check removed. */
  removed: Record<ItemType, Record<string, number>>;
  /** Per item type, how many candidates were generated before the checks. */
  candidates: Record<ItemType, number>;
}

export interface GenerationResult {
  generatorVersion: string;
  paragraphs: Paragraph[];
  claims: GeneratedClaim[];
  items: GeneratedItem[];
  audit: GenerationAudit;
}

export interface GenerationInput {
  title: string;
  text: string;
}
