/**
 * `npm run generate -- FILE...`: one JSON document on stdout with every stored item per essay.
 * No database, no network; same input, same bytes.
 */
import { generateFromEssay, GENERATOR_VERSION } from "../lib/generate/index";
import { readEssayFile } from "../lib/content/read-essay-file";

function main(argv: string[]): number {
  const files = argv.filter((a) => a !== "--");
  if (files.length === 0) {
    process.stderr.write("usage: npm run generate -- FILE...   (.md with front matter, or .txt)\n");
    return 2;
  }
  const essays = [];
  for (const file of files) {
    let essay;
    try {
      essay = readEssayFile(file);
    } catch (err) {
      process.stderr.write(`cannot read ${file}: ${(err as Error).message}\n`);
      return 1;
    }
    const result = generateFromEssay({ title: essay.title, text: essay.text });
    essays.push({
      slug: essay.slug,
      title: essay.title,
      claims: result.claims.map((c) => ({
        id: c.key,
        text: c.text,
        paragraph: c.paragraph,
        sentence: c.sentence,
      })),
      items: result.items.map((i) => ({
        id: i.key,
        claimId: i.claimKey,
        type: i.type,
        prompt: i.prompt,
        answer: i.answer,
        ...(i.choices ? { choices: i.choices } : {}),
        explanation: i.explanation,
        source: { essay: essay.slug, sentence: i.source.sentence },
        status: i.status,
      })),
    });
  }
  process.stdout.write(
    `${JSON.stringify({ generator: { version: GENERATOR_VERSION }, essays }, null, 2)}\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
