/** What leaves Claimdeck as a deck: a set's or an essay's published items, in study order. */
export interface ExportItem {
  id: string;
  type: string;
  prompt: string;
  answer: string;
  choices: string[];
  explanation: string;
  sentence: string;
  essayTitle: string;
  essaySource: string;
  /** The later of the item's and its essay's last change: Anki updates a note only when this is newer. */
  updatedAt: Date;
}

export interface ExportDeck {
  /** What the deck is named after: the set's title, or the essay's. */
  title: string;
  /** "set" or "essay" with its id or slug: the deck's stable Anki id is derived from it. */
  key: string;
  items: ExportItem[];
}

export const EXPORT_FORMATS = ["apkg", "csv", "quizlet"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
