import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { getReviewQueue, queueQuerySchema } from "@/lib/data/review";
import { AppError } from "@/lib/errors";
import { ButtonLink, EmptyState, PageHeader } from "@/app/_components/ui";
import { ReviewSession } from "./_components/review-session";
import { BUFFER } from "./_components/review-store";

export const metadata: Metadata = { title: "Review" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewPage({ searchParams }: Props) {
  const sp = await searchParams;
  const raw = {
    essay: typeof sp.essay === "string" ? sp.essay : undefined,
    set: typeof sp.set === "string" ? sp.set : undefined,
  };
  const qs = new URLSearchParams(Object.entries(raw).filter(([, v]) => v) as [string, string][]);
  const user = await requirePageUser(`/review${qs.size ? `?${qs}` : ""}`);
  // The page starts with as many cards as it keeps ahead; each rating's response refills it.
  const parsed = queueQuerySchema.safeParse({ ...raw, limit: BUFFER });
  const queue = parsed.success
    ? await getReviewQueue(user, parsed.data).catch((err: unknown) => {
        if (err instanceof AppError && err.code === "not_found") return null;
        throw err;
      })
    : null;

  if (!queue) {
    return (
      <>
        <PageHeader title="Review" />
        <EmptyState
          title="There is nothing to study here"
          action={<ButtonLink href="/review">Review everything due</ButtonLink>}
        >
          This essay or set does not exist, or it is not assigned to you.
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={queue.scope.title ? `Review: ${queue.scope.title}` : "Review"}
        description={
          // On a phone the card and its ratings come first: the explanation is for wider screens.
          <span className="hidden sm:inline">
            {queue.scope.kind === "all"
              ? "Cards due today and new cards from your assignments. Recall the answer, then rate how well you knew it."
              : "Flashcards from this one source. Recall the answer, then rate how well you knew it."}
          </span>
        }
      />
      <ReviewSession initial={queue} scope={raw} />
    </>
  );
}
