import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readEssayFile } from "../content/read-essay-file";
import { generateFromEssay } from "./index";

/**
 * The generator's output on the corpus's dev half (../shared/corpus beside the clone), as a
 * snapshot: a change to any rule shows here what it changed on real text. The test half is
 * never read by a test; it is kept for the blind audit.
 */
const DEV_HALF = [
  "federalist-no-3-jay",
  "lincoln-second-inaugural-bartleby-scrape",
  "globalvoices-brazil-digital-crimes-bill",
  "globalvoices-orkut-caste-communities",
  "wikipedia-declaration-of-arbroath",
  "wikipedia-gazpacho",
  "medlineplus-type-2-diabetes",
  "nasa-climate-kids-climate-change-and-the-ocean",
  "nasa-crew-11-splashdown-news-release-scrape",
];

// A worktree sits one level deeper than a clone: look beside either.
const corpus = ["../shared/corpus", "../../shared/corpus"]
  .map((p) => resolve(process.cwd(), p))
  .find((p) => existsSync(join(p, `${DEV_HALF[0]}.txt`)));

describe("output on the corpus's dev half", () => {
  it("finds the corpus beside the clone", () => {
    expect(corpus, "../shared/corpus is missing").toBeDefined();
  });
  for (const slug of DEV_HALF)
    it(`${slug}: published items are unchanged`, () => {
      const essay = readEssayFile(join(corpus!, `${slug}.txt`));
      const text = readFileSync(join(corpus!, `${slug}.txt`), "utf8");
      const r = generateFromEssay({ title: essay.title, text: essay.text });
      const published = r.items
        .filter((i) => i.status === "published")
        .map((i) =>
          [i.type, i.prompt, i.answer, ...(i.type === "mcq" ? (i.choices ?? []) : [])].join(" | "),
        );
      for (const i of r.items) expect(text).toContain(i.source.sentence);
      expect({ published, drafts: r.items.length - published.length }).toMatchSnapshot();
    });
  for (const slug of DEV_HALF)
    it(`${slug}: no published context quotes the sentence of a published statement`, () => {
      const essay = readEssayFile(join(corpus!, `${slug}.txt`));
      const pub = generateFromEssay({ title: essay.title, text: essay.text }).items.filter(
        (i) => i.status === "published",
      );
      const flat = (s: string) => s.replace(/\s+/g, " ").trim();
      const contexts = pub.map((i) => /^Context: “(.*?)”/s.exec(i.prompt)?.[1]).filter(Boolean);
      for (const s of pub.filter((i) => i.type === "true_false"))
        for (const c of contexts) expect(flat(c!)).not.toContain(flat(s.source.sentence));
    });
});
