import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/auth/session";
import { listEssays } from "@/lib/data/essays";
import { getSet } from "@/lib/data/sets";
import { listClasses, type TeacherClassSummary } from "@/lib/data/classes";
import { listSetAssignments } from "@/lib/data/assignments";
import { AppError } from "@/lib/errors";
import { Badge, ButtonLink, Card, PageHeader } from "@/app/_components/ui";
import { LocalTime } from "@/app/_components/local-time";
import { ExportMenu } from "@/app/_components/export-menu";
import { AssignForm } from "../../_components/assign-form";
import { SetBuilder } from "../_components/set-builder";

export const metadata: Metadata = { title: "Set" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SetPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { essay } = await searchParams;
  const user = await requirePageRole("teacher", `/sets/${id}`);
  const [set, essays, classes, assignments] = await Promise.all([
    getSet(user, id),
    listEssays(user),
    listClasses(user) as Promise<TeacherClassSummary[]>,
    listSetAssignments(user, id),
  ]).catch((err) => {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  });
  const published = set.items.filter((i) => i.status === "published").length;
  return (
    <>
      <PageHeader
        title={set.title}
        description={`${set.items.length} ${set.items.length === 1 ? "item" : "items"}. Edit, reorder or add items below; a retired item stays in the set, marked retired, and students no longer get it.`}
        actions={
          <>
            <ExportMenu href={`/api/sets/${set.id}/export`} note={exportNote(published)} />
            <ButtonLink href={`/live/new?set=${set.id}`}>Play live</ButtonLink>
            <ButtonLink href="/sets" variant="secondary">
              All sets
            </ButtonLink>
          </>
        }
      />
      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Assign to a class</h2>
          {classes.length === 0 ? (
            <p className="text-slate-600">
              You have no classes yet.{" "}
              <Link href="/classes" className="font-medium text-brand-700 underline">
                Create one
              </Link>{" "}
              first.
            </p>
          ) : (
            <AssignForm setId={set.id} classes={classes.map((c) => ({ id: c.id, name: c.name }))} />
          )}
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Assigned to</h2>
          {assignments.length === 0 ? (
            <p className="text-slate-600">Not assigned yet.</p>
          ) : (
            <ul className="space-y-2">
              {assignments.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center gap-2 text-sm">
                  <Link
                    href={`/assignments/${a.id}`}
                    className="font-medium text-brand-700 underline"
                  >
                    {a.className}
                  </Link>
                  <Badge>{a.mode === "quiz" ? "Quiz" : "Review"}</Badge>
                  <span className="text-slate-600">
                    due <LocalTime iso={a.dueAt} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <SetBuilder
        essays={essays.map((e) => ({ slug: e.slug, title: e.title }))}
        initialEssay={typeof essay === "string" ? essay : set.items[0]?.source.essay}
        initial={{
          id: set.id,
          title: set.title,
          items: set.items.map((i) => ({
            id: i.id,
            prompt: i.prompt,
            type: i.type,
            status: i.status,
            sentence: i.source.sentence,
            essay: i.essayTitle,
            claimId: i.claimId,
            answer: i.answer,
          })),
        }}
      />
    </>
  );
}

function exportNote(published: number): string {
  if (published === 0) return "No item in this set is published yet: the files would be empty.";
  const what =
    published === 1
      ? "published item, with its source sentence"
      : "published items, with their source sentences";
  return `The ${published} ${what}; drafts and retired items stay here.`;
}
