import Link from "next/link";
import type { listEssays } from "@/lib/data/essays";
import { Card } from "@/app/_components/ui";

/** The essays the user can read, as cards; teachers see drafts counted, students quiz questions. */
export function EssayList({
  essays,
  teacher = false,
}: {
  essays: Awaited<ReturnType<typeof listEssays>>;
  teacher?: boolean;
}) {
  return (
    <section aria-labelledby="essays-heading">
      <h2 id="essays-heading" className="mb-3 text-lg font-semibold">
        Essays
      </h2>
      {essays.length === 0 ? (
        <Card>
          <p className="text-slate-600">
            No essays yet.{" "}
            {teacher ? (
              <Link href="/essays/new" className="font-medium text-brand-700 underline">
                Add the first one.
              </Link>
            ) : (
              "Your teacher has not added any yet; check back soon."
            )}
          </p>
        </Card>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {essays.map((e) => (
            <li key={e.slug}>
              <Link
                href={`/essays/${e.slug}`}
                // A long list must not fetch one page per essay in view; a click loads the one.
                prefetch={false}
                className="block h-full rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
              >
                <span className="font-medium text-slate-900">{e.title}</span>
                <span className="mt-1 block text-sm text-slate-600">
                  {e.claimCount} claims ·{" "}
                  {teacher
                    ? `${e.itemCount} items, drafts included`
                    : `${e.questionCount} quiz questions`}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
