import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePageRole } from "@/lib/auth/session";
import { getLiveReport } from "@/lib/data/live-report";
import { AppError } from "@/lib/errors";
import { idParam } from "@/lib/http";
import { Card, PageHeader } from "@/app/_components/ui";
import { LocalTime } from "@/app/_components/local-time";

export const metadata: Metadata = { title: "Live game report" };

type Props = { params: Promise<{ id: string }> };

const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);

export default async function LiveReportPage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageRole("teacher", `/live/${id}/report`);
  if (!idParam.safeParse(id).success) notFound();
  const report = await getLiveReport(user, id).catch((err) => {
    if (err instanceof AppError) notFound();
    throw err;
  });
  const { game } = report;
  return (
    <>
      <PageHeader
        title={`Live game: ${game.setTitle}`}
        description={
          <>
            Played <LocalTime iso={game.createdAt} />. {game.questionsAsked} questions asked,{" "}
            {report.students.length} players. Most-missed items first.
          </>
        }
        actions={
          <a
            href={`/api/live/${id}/report?format=csv`}
            className="inline-flex min-h-10 items-center rounded-lg border border-slate-300 bg-white px-4 text-sm font-medium"
          >
            Download CSV
          </a>
        }
      />
      <div className="space-y-6">
        <Card className="overflow-x-auto">
          <h2 className="mb-3 text-lg font-semibold">Players</h2>
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b text-slate-500">
                <th className="py-2 pr-3">Rank</th>
                <th className="py-2 pr-3">Name</th>
                <th className="py-2 pr-3">Points</th>
                <th className="py-2 pr-3">Correct</th>
                <th className="py-2">Score</th>
              </tr>
            </thead>
            <tbody>
              {report.students.map((s) => (
                <tr key={s.playerId} className="border-b last:border-0">
                  <td className="py-2 pr-3 tabular-nums">{s.rank}</td>
                  <td className="py-2 pr-3">
                    {s.name}
                    {s.guest ? <span className="ml-2 text-xs text-slate-500">(guest)</span> : null}
                  </td>
                  <td className="py-2 pr-3 tabular-nums">{s.points}</td>
                  <td className="py-2 pr-3 tabular-nums">
                    {s.correct} of {s.total}
                  </td>
                  <td className="py-2 tabular-nums">{pct(s.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card className="overflow-x-auto">
          <h2 className="mb-3 text-lg font-semibold">Items</h2>
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b text-slate-500">
                <th className="py-2 pr-3">Question</th>
                <th className="py-2 pr-3">Answers</th>
                <th className="py-2">Correct</th>
              </tr>
            </thead>
            <tbody>
              {report.items.map((i) => (
                <tr key={i.itemId} className="border-b align-top last:border-0">
                  <td className="py-2 pr-3">
                    {i.prompt}
                    <p className="text-xs text-slate-500">{i.sourceSentence}</p>
                  </td>
                  <td className="py-2 pr-3 tabular-nums">{i.attempts}</td>
                  <td className="py-2 tabular-nums">{pct(i.correctRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </div>
    </>
  );
}
