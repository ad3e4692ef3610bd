import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { listEssays } from "@/lib/data/essays";
import { Badge, ButtonLink, EmptyState, PageHeader } from "@/app/_components/ui";

export const metadata: Metadata = { title: "Essays" };

export default async function EssaysPage() {
  const user = await requirePageUser("/essays");
  const essays = await listEssays(user);
  return (
    <>
      <PageHeader
        title="Essays"
        description="Read an essay with its claims marked, then quiz yourself or review its flashcards."
        actions={
          user.role === "teacher" ? (
            <ButtonLink href="/essays/new">Add an essay</ButtonLink>
          ) : undefined
        }
      />
      {essays.length === 0 ? (
        <EmptyState
          title="No essays yet"
          action={
            user.role === "teacher" ? (
              <ButtonLink href="/essays/new">Add an essay</ButtonLink>
            ) : undefined
          }
        >
          {user.role === "teacher"
            ? "Add an essay and Claimdeck will draft its questions."
            : "Your teachers have not added any essays yet."}
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white">
          {essays.map((e) => (
            <li key={e.slug} className="p-4">
              <Link
                href={`/essays/${e.slug}`}
                className="text-lg font-medium text-brand-700 hover:underline"
              >
                {e.title}
              </Link>
              {e.access === "mine" ? (
                <span className="ml-2 align-middle">
                  <Badge>Private</Badge>
                </span>
              ) : null}
              <p className="mt-1 text-sm text-slate-600">
                {e.source ? <span>{e.source} · </span> : null}
                {e.claimCount} claims ·{" "}
                {user.role === "teacher"
                  ? `${e.itemCount} items, drafts included`
                  : `${e.questionCount} quiz questions`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
