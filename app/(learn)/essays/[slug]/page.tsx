import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { getEssay } from "@/lib/data/essays";
import { AppError } from "@/lib/errors";
import { Badge, ButtonLink } from "@/app/_components/ui";
import { ExportMenu } from "@/app/_components/export-menu";
import { getClaimRecall } from "@/lib/data/recall";
import { RecallLegend, recallTitle, recallTone } from "./_components/recall";
import { ShareControl } from "./_components/share-control";

export const metadata: Metadata = { title: "Essay" };

type Props = { params: Promise<{ slug: string }> };

export default async function EssayPage({ params }: Props) {
  const { slug } = await params;
  const user = await requirePageUser(`/essays/${slug}`);
  const essay = await getEssay(user, slug).catch((err) => {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  });
  const recall = user.role === "student" ? await getClaimRecall(user, essay.slug) : null;

  return (
    <article className="mx-auto max-w-3xl">
      <header className="mb-6">
        <h1 className="text-3xl font-semibold tracking-tight">{essay.title}</h1>
        <p className="mt-2 text-sm text-slate-600">
          {essay.source}
          {essay.date ? ` · ${essay.date}` : ""}
        </p>
        <p className="mt-2 flex flex-wrap gap-2 text-sm">
          <Badge tone="blue">{essay.claimCount} claims</Badge>
          <Badge>
            {essay.itemCount} {user.role === "teacher" ? "items" : "questions and flashcards"}
          </Badge>
        </p>
        {user.role === "student" ? (
          <p className="mt-4 flex flex-wrap gap-2">
            <ButtonLink href={`/review?essay=${essay.slug}`}>Study flashcards</ButtonLink>
            <ButtonLink href={`/quizzes?essay=${essay.slug}`} variant="secondary">
              Take a quiz
            </ButtonLink>
          </p>
        ) : (
          <div className="mt-4 flex flex-wrap gap-2">
            <ButtonLink href={`/essays/${essay.slug}/review`}>Review its items</ButtonLink>
            <ButtonLink
              href={`/sets/new?essay=${encodeURIComponent(essay.slug)}`}
              variant="secondary"
            >
              Build a set
            </ButtonLink>
            <ExportMenu
              href={`/api/essays/${essay.slug}/export`}
              note="The essay's published items, with their source sentences; drafts stay here."
            />
          </div>
        )}
        {essay.ownerId === user.id ? (
          <ShareControl slug={essay.slug} shared={essay.access === "library"} />
        ) : null}
      </header>
      {recall ? <RecallLegend studied={Object.keys(recall).length} /> : null}
      <div className="space-y-4 font-serif text-lg leading-relaxed text-slate-900">
        {essay.paragraphs.map((p) =>
          p.boilerplate ? (
            <p
              key={p.index}
              className="rounded border border-dashed border-slate-300 px-3 py-2 font-sans text-sm text-slate-500"
            >
              <span className="sr-only">Not part of the essay: </span>
              {p.text}
            </p>
          ) : (
            <p key={p.index}>
              {p.sentences.map((s, i) => {
                const claim = p.claims.find((c) => c.sentence === i);
                return (
                  <span key={i}>
                    {claim ? (
                      <mark
                        id={`claim-${claim.id}`}
                        title={recall ? recallTitle(recall[claim.id]) : undefined}
                        className={`rounded px-0.5 text-inherit underline-offset-4 [text-decoration-line:underline] ${recallTone(recall?.[claim.id]).className}`}
                      >
                        {s}
                      </mark>
                    ) : (
                      s
                    )}{" "}
                  </span>
                );
              })}
            </p>
          ),
        )}
      </div>
    </article>
  );
}
