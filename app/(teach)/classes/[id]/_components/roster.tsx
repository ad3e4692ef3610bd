"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button, Card, ErrorNote } from "@/app/_components/ui";
import { LocalTime } from "@/app/_components/local-time";
import type { RosterEntry } from "@/lib/data/classes";

/** The class's students; removing one asks first, and a removed student can be let back in. */
export function Roster({
  classId,
  students,
  removed,
}: {
  classId: string;
  students: RosterEntry[];
  removed: RosterEntry[];
}) {
  const router = useRouter();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function change(student: RosterEntry, method: "DELETE" | "PUT") {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/classes/${classId}/students/${student.userId}`, { method });
      const data = await res.json().catch(() => null);
      if (!res.ok) {
        setError(data?.error?.message ?? `That did not work (${res.status}). Try again.`);
        return;
      }
      setMessage(
        method === "DELETE"
          ? `${student.name} was removed from the class.`
          : `${student.name} is back in the class.`,
      );
      setConfirming(null);
      router.refresh();
    } catch {
      setError("Could not reach Claimdeck. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card className="space-y-3">
      <h2 className="text-lg font-semibold">Students ({students.length})</h2>
      {students.length === 0 ? (
        <p className="text-sm text-slate-600">
          No students yet. Give them the join code above; they appear here when they join.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Students">
          {students.map((s) => (
            <li key={s.userId} className="py-2">
              <div className="flex items-center justify-between gap-2">
                <div className="min-w-0">
                  <p className="truncate font-medium text-slate-900">{s.name}</p>
                  <p className="text-xs text-slate-600">
                    joined <LocalTime iso={s.joinedAt} dateOnly />
                  </p>
                </div>
                {confirming === s.userId ? null : (
                  <Button
                    variant="ghost"
                    className="shrink-0 text-red-700"
                    onClick={() => setConfirming(s.userId)}
                    aria-label={`Remove: ${s.name}`}
                  >
                    Remove
                  </Button>
                )}
              </div>
              {confirming === s.userId ? (
                <div className="mt-2 space-y-2 rounded-lg border border-red-200 bg-red-50 p-3">
                  <p className="text-sm text-red-900">
                    Remove {s.name}? They lose this class&apos;s assignments and cannot rejoin with
                    the code; their work is kept and you can let them back in.
                  </p>
                  <div className="flex flex-wrap gap-2">
                    <Button variant="danger" disabled={busy} onClick={() => change(s, "DELETE")}>
                      {busy ? "Removing…" : `Yes, remove ${s.name}`}
                    </Button>
                    <Button variant="ghost" onClick={() => setConfirming(null)}>
                      Cancel
                    </Button>
                  </div>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {removed.length ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-slate-700">Removed ({removed.length})</summary>
          <ul className="mt-2 space-y-2">
            {removed.map((s) => (
              <li key={s.userId} className="flex items-center justify-between gap-2">
                <span className="text-slate-700">{s.name}</span>
                <Button
                  variant="secondary"
                  disabled={busy}
                  onClick={() => change(s, "PUT")}
                  aria-label={`Let back in: ${s.name}`}
                >
                  Let back in
                </Button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p role="status" className="text-sm text-slate-700 empty:hidden">
        {message}
      </p>
      {error ? <ErrorNote>{error}</ErrorNote> : null}
    </Card>
  );
}
