import type { ReportItem, ReportStudent } from "@/lib/data/reports";
import { Badge, EmptyState } from "@/app/_components/ui";

/** Quiz mode: what each student answered, item by item, one disclosure per student. */
export function StudentAnswers({
  students,
  items,
}: {
  students: ReportStudent[];
  items: ReportItem[];
}) {
  const prompt = new Map(items.map((i) => [i.itemId, i.prompt]));
  const answered = students.filter((s) => s.answers?.length);
  if (answered.length === 0)
    return (
      <EmptyState title="No submitted quizzes yet">
        Each student&apos;s answers appear here once they submit a quiz on this set.
      </EmptyState>
    );
  return (
    <ul className="space-y-2">
      {students.map((s) => (
        <li key={s.userId}>
          {s.answers?.length ? (
            <details className="rounded-xl border border-slate-200 bg-white">
              <summary className="flex cursor-pointer flex-wrap items-baseline gap-x-2 p-3">
                <span className="font-medium text-slate-900">{s.name}</span>
                <span className="text-sm text-slate-600">
                  {s.answers.filter((a) => a.correct).length} of {s.answers.length} correct
                </span>
              </summary>
              <ol className="divide-y divide-slate-100 border-t border-slate-100">
                {s.answers.map((a) => (
                  <li key={a.itemId} className="space-y-1 p-3 text-sm">
                    <p className="text-slate-700">{prompt.get(a.itemId)}</p>
                    <p className="flex flex-wrap items-center gap-2">
                      {a.correct ? (
                        <Badge tone="green">Correct</Badge>
                      ) : (
                        <Badge tone="red">Wrong</Badge>
                      )}
                      <span className={a.correct ? "text-green-900" : "text-red-900"}>
                        {a.response.trim() ? a.response : <em>No answer</em>}
                      </span>
                    </p>
                  </li>
                ))}
              </ol>
            </details>
          ) : (
            <p className="rounded-xl border border-dashed border-slate-200 p-3 text-sm text-slate-600">
              <span className="font-medium text-slate-800">{s.name}</span>: no submitted quiz yet
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
