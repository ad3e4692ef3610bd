import { loadContent } from "@/lib/content/load-content";
import { db } from "@/lib/db";

// `npm run content:load [-- DIR]`: idempotent; prints one line per essay.
async function main() {
  const results = await loadContent(process.argv[2]);
  for (const r of results) {
    console.log(
      `${r.outcome.padEnd(9)} ${r.slug}: ${r.claimCount} claims, ${r.itemCount} items` +
        (r.retiredItems ? `, ${r.retiredItems} retired` : ""),
    );
  }
  await db.$disconnect();
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
