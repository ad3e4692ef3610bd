import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/auth/session";
import { getEssay } from "@/lib/data/essays";
import { canEditEssay, listEssayItems } from "@/lib/data/items";
import { AppError } from "@/lib/errors";
import { PageHeader } from "@/app/_components/ui";
import { ItemReview } from "./_components/item-review";

export const metadata: Metadata = { title: "Review items" };

type Props = { params: Promise<{ slug: string }> };

export default async function ReviewItemsPage({ params }: Props) {
  const { slug } = await params;
  const user = await requirePageRole("teacher", `/essays/${slug}/review`);
  const [essay, items] = await Promise.all([
    getEssay(user, slug),
    listEssayItems(user, slug, {}),
  ]).catch((err) => {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  });
  const contexts: Record<string, { before: string; sentence: string; after: string }> = {};
  for (const p of essay.paragraphs) {
    for (const c of p.claims) {
      const i = p.sentences.indexOf(c.text);
      contexts[c.id] = {
        before: p.sentences.slice(Math.max(0, i - 1), Math.max(0, i)).join(" "),
        sentence: c.text,
        after: p.sentences.slice(i + 1, i + 2).join(" "),
      };
    }
  }
  return (
    <>
      <PageHeader
        title={`Items: ${essay.title}`}
        description={
          <>
            Check each item against its source sentence. Publish what you would hand out, edit what
            is close, retire what is wrong.{" "}
            <Link href={`/essays/${slug}`} className="text-brand-700 underline">
              Read the essay
            </Link>
          </>
        }
      />
      <ItemReview
        slug={slug}
        items={items}
        contexts={contexts}
        canEdit={canEditEssay(user, essay)}
      />
    </>
  );
}
