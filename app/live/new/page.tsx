import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/lib/auth/session";
import { listSets } from "@/lib/data/sets";
import { listHostedGames } from "@/lib/data/live";
import { Card, EmptyState, PageHeader } from "@/app/_components/ui";
import { LocalTime } from "@/app/_components/local-time";
import { StartLiveForm } from "@/app/live/_components/start-live-form";

export const metadata: Metadata = { title: "Play live" };

type Props = { searchParams: Promise<{ set?: string | string[] }> };

export default async function NewLivePage({ searchParams }: Props) {
  const user = await requirePageRole("teacher", "/live/new");
  const [{ set }, sets, games] = await Promise.all([
    searchParams,
    listSets(user),
    listHostedGames(user),
  ]);
  const first = typeof set === "string" ? set : undefined;
  const ordered = [...sets].sort((a, b) => Number(b.id === first) - Number(a.id === first));
  return (
    <>
      <PageHeader
        title="Play live"
        description="Project a set's questions for the class; students answer on their phones, and every miss comes back as a review card."
      />
      {sets.length === 0 ? (
        <EmptyState title="No sets yet">
          <Link href="/sets/new" className="font-medium text-brand-700 underline">
            Make a set
          </Link>{" "}
          of published questions first.
        </EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <Card>
            <StartLiveForm sets={ordered.map((s) => ({ id: s.id, title: s.title }))} />
          </Card>
          <Card>
            <h2 className="mb-3 text-lg font-semibold">Recent games</h2>
            {games.length === 0 ? (
              <p className="text-slate-600">None yet.</p>
            ) : (
              <ul className="space-y-2 text-sm">
                {games.map((g) => (
                  <li key={g.id}>
                    <Link
                      href={g.status === "ended" ? `/live/${g.id}/report` : `/live/${g.id}/host`}
                      className="font-medium text-brand-700 underline"
                    >
                      {g.setTitle}
                    </Link>{" "}
                    — {g.players} players, {g.status === "ended" ? "ended" : "running"},{" "}
                    <LocalTime iso={g.createdAt} />
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      )}
    </>
  );
}
