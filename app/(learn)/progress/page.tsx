import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import Link from "next/link";
import { getStats } from "@/lib/data/stats";
import { listQuizzes } from "@/lib/data/quizzes";
import { ButtonLink, Card, PageHeader } from "@/app/_components/ui";
import { ForecastChart } from "./_components/forecast-chart";
import { ReviewHeatmap } from "./_components/review-heatmap";
import { RetentionGauge } from "./_components/retention-gauge";
import { SettingsForm } from "./_components/settings-form";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const user = await requirePageUser("/progress");
  const [stats, quizzes] = await Promise.all([getStats(user), listQuizzes(user, 5)]);
  const submitted = quizzes.filter((q) => q.score !== null);
  const tiles = [
    { label: "Reviews today", value: String(stats.reviewsToday), id: "reviews-today" },
    { label: "Due today", value: String(stats.dueToday), id: "due-today" },
    {
      label: "Streak",
      value: `${stats.streak} ${stats.streak === 1 ? "day" : "days"}`,
      id: "streak",
    },
    { label: "Cards", value: String(stats.cards.total), id: "cards" },
  ];

  return (
    <>
      <PageHeader
        title="Progress"
        description={`What you have reviewed, what is coming up, and how much you remember. Your day starts at 4 a.m. (${stats.settings.timeZone}).`}
        actions={
          stats.dueToday > 0 ? (
            <ButtonLink href="/review">Review {stats.dueToday} due</ButtonLink>
          ) : null
        }
      />
      <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {tiles.map((t) => (
          <div key={t.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-600">{t.label}</dt>
            <dd
              className="mt-1 text-2xl font-semibold tabular-nums text-slate-900"
              data-testid={t.id}
            >
              {t.value}
            </dd>
          </div>
        ))}
      </dl>

      <div className="grid gap-6 lg:grid-cols-3 [&>*]:min-w-0">
        <Card className="lg:col-span-2">
          <h2 className="mb-3 text-lg font-semibold text-slate-900">Coming up: next 30 days</h2>
          <ForecastChart forecast={stats.forecast} />
        </Card>
        <Card>
          <h2 className="mb-3 text-lg font-semibold text-slate-900">True retention</h2>
          <RetentionGauge
            retention={stats.retention}
            reviews={stats.retentionReviews}
            desired={stats.settings.desiredRetention}
          />
        </Card>
        <Card className="lg:col-span-3">
          <h2 className="mb-3 text-lg font-semibold text-slate-900">Reviews, last 26 weeks</h2>
          <ReviewHeatmap days={stats.heatmap} />
          <p className="mt-3 text-sm text-slate-600">
            Your reviews are yours to keep:{" "}
            <a
              href="/api/review/history?format=csv"
              download
              className="font-medium text-brand-700 underline"
            >
              Download my review history (CSV)
            </a>{" "}
            — every rating with its date (UTC), card, interval and time taken.
          </p>
        </Card>
        <Card className="lg:col-span-3">
          <h2 className="mb-3 text-lg font-semibold text-slate-900">Recent quizzes</h2>
          {submitted.length ? (
            <ul className="divide-y divide-slate-100">
              {submitted.map((q) => (
                <li key={q.id} className="flex items-center justify-between gap-3 py-2">
                  <Link href={`/quizzes/${q.id}`} className="text-brand-700 hover:underline">
                    {q.title}
                  </Link>
                  <span className="whitespace-nowrap font-medium tabular-nums">
                    {q.score} / {q.total}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-600">
              No quizzes submitted yet.{" "}
              <Link href="/quizzes" className="text-brand-700 underline">
                Take a quiz
              </Link>
              .
            </p>
          )}
        </Card>
        <Card className="lg:col-span-3" id="settings">
          <h2 className="mb-3 text-lg font-semibold text-slate-900">Study settings</h2>
          <SettingsForm
            desiredRetention={stats.settings.desiredRetention}
            newCardsPerDay={stats.settings.newCardsPerDay}
            timeZone={stats.settings.timeZone}
          />
        </Card>
      </div>
    </>
  );
}
