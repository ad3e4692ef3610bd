import { describe, expect, it } from "vitest";
import { isKnownWord, misspelt } from "./spelling";

describe("the source's misspellings", () => {
  it("knows a word under its regular endings", () => {
    for (const w of [
      "stopped",
      "studies",
      "happier",
      "organizations",
      "cometh",
      "running",
      "sprung",
    ])
      expect(isKnownWord(w), w).toBe(true);
    expect(isKnownWord("goverment")).toBe(false);
  });

  it("finds a slip one inner letter from a familiar word, or from a word the essay repeats", () => {
    const essay = "The council held a goverment vote. The harbour grew. Old socieities met.";
    expect(misspelt("The council held a goverment vote.", essay)).toBe("goverment");
    // The word meant may carry an ending: "societies".
    expect(misspelt("Old socieities met.", essay)).toBe("socieities");
    const marsh = "The saltmarsh grew. The saltmarsh is loud. The saltmash is new.";
    expect(misspelt("The saltmash is new.", marsh)).toBe("saltmash");
  });

  it("leaves names, foreign or italic terms, accents and rare words alone", () => {
    const essay =
      "Zooxanthellae feed the coral. The _vidula_ was bowed. The soup is puréed. Mara sang a cantiga.";
    for (const s of essay.split(". ")) expect(misspelt(s, essay), s).toBeNull();
  });
});
