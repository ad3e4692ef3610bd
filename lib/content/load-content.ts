import fs from "node:fs";
import path from "node:path";
import { readEssayFile } from "@/lib/content/read-essay-file";
import { storeEssay, type StoreResult } from "@/lib/content/store-essay";

/** Loads every essay file in a folder (.md with front matter, or .txt), one transaction per essay. */
export async function loadContent(dir = path.join(process.cwd(), "content")): Promise<StoreResult[]> {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.(md|txt)$/i.test(f) && !/^readme\.md$/i.test(f))
    .sort();
  const results: StoreResult[] = [];
  for (const file of files) {
    const essay = readEssayFile(path.join(dir, file));
    results.push(await storeEssay({ ...essay, ownerId: null }));
  }
  return results;
}
