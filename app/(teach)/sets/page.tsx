import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { listSets } from "@/lib/data/sets";
import { ButtonLink, EmptyState, PageHeader } from "@/app/_components/ui";
import { LocalTime } from "@/app/_components/local-time";

export const metadata: Metadata = { title: "Sets" };

export default async function SetsPage() {
  const user = await requirePageRole("teacher", "/sets");
  const sets = await listSets(user);
  return (
    <>
      <PageHeader
        title="Sets"
        description="A set is your pick of questions from any essays, in your order. Assign it to a class as a quiz or for review."
        actions={<ButtonLink href="/sets/new">New set</ButtonLink>}
      />
      {sets.length === 0 ? (
        <EmptyState title="No sets yet" action={<ButtonLink href="/sets/new">New set</ButtonLink>}>
          Pick questions from the essays, put them in order and give the set a name.
        </EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {sets.map((s) => (
            <li key={s.id}>
              <Link
                href={`/sets/${s.id}`}
                className="block h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
              >
                <span className="block font-medium text-slate-900">{s.title}</span>
                <span className="mt-1 block text-sm text-slate-600">
                  {s.itemCount} {s.itemCount === 1 ? "item" : "items"}
                  {s.retiredCount ? ` (${s.retiredCount} retired)` : ""} · {s.assignmentCount}{" "}
                  {s.assignmentCount === 1 ? "assignment" : "assignments"} · changed{" "}
                  <LocalTime iso={s.updatedAt} dateOnly />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
