import { CONFIG } from "./config";
import { recallable, stripEnd, words, type IdeaDraft, type IdeaInput } from "./idea-text";
import { present } from "./present";

/**
 * "… an early expression of 'popular sovereignty' – that kings can be chosen by the people": a
 * term set in quotation marks and glossed after a dash or colon is the essay's own explanation
 * of what it means, asked "What is meant by 'popular sovereignty'?".
 */
const GLOSSED =
  /(?:^|[\s(])[‘'“"]([\p{L}][\p{L}\p{N} '’-]{2,40}?)[’'”"][,.]?\s*(?:[–—:]|\s-\s)\s*((?:that|the|a|an|how|what|when|where|which|who)\s.+)$/u;

export function glossOf(input: IdeaInput): IdeaDraft | null {
  const s = stripEnd(present(input.text));
  const m = GLOSSED.exec(s);
  if (!m) return null;
  const term = m[1]!.trim();
  const n = words(term).length;
  if (n < 1 || n > CONFIG.idea.maxTermWords) return null;
  // A dash before the term opens an aside that this dash closes: what follows is the sentence
  // going on ("… confuse 'press freedom' with 'company freedom' - the companies are …").
  if (/[–—]|\s-\s/.test(s.slice(0, m.index))) return null;
  // A gloss that opens with an article is a noun phrase: with a verb of its own ("the mayor
  // said so", "the companies are …") it is a new clause, not the term's meaning.
  if (
    /^(?:the|a|an)\s/i.test(m[2]!) &&
    /\s(?:is|are|was|were|said|says|added|told|wrote)\s/i.test(m[2]!)
  )
    return null;
  const answer = recallable(m[2]!);
  if (!answer) return null;
  return {
    idea: "definition",
    question: `What is meant by “${term}”?`,
    answer: answer.charAt(0).toLowerCase() + answer.slice(1),
  };
}
