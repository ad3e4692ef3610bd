"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button, ErrorNote } from "@/app/_components/ui";
import { postJson } from "./use-live-game";

/** "Play live": makes a game of a set and opens the projector screen. */
export function StartLiveForm({ sets }: { sets: { id: string; title: string }[] }) {
  const router = useRouter();
  const [setId, setSetId] = useState(sets[0]?.id ?? "");
  const [allowGuests, setAllowGuests] = useState(false);
  const [seconds, setSeconds] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await postJson("/api/live", {
      setId,
      allowGuests,
      ...(seconds ? { secondsPerQuestion: Number(seconds) } : {}),
    });
    if (r.ok && r.data?.id) {
      router.push(`/live/${r.data.id}/host`);
      return;
    }
    setError(r.data?.error?.message ?? `The game could not start (${r.status}). Try again.`);
    setBusy(false);
  }

  return (
    <form onSubmit={submit} className="space-y-3">
      {sets.length > 1 ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="live-set" className="text-sm font-medium text-slate-800">
            Set
          </label>
          <select
            id="live-set"
            value={setId}
            onChange={(e) => setSetId(e.target.value)}
            className="min-h-10 rounded-lg border border-slate-300 bg-white px-3"
          >
            {sets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor="live-seconds" className="text-sm font-medium text-slate-800">
          Seconds per question
        </label>
        <select
          id="live-seconds"
          value={seconds}
          onChange={(e) => setSeconds(e.target.value)}
          className="min-h-10 rounded-lg border border-slate-300 bg-white px-3"
        >
          <option value="">By question type (15–40 s)</option>
          {[10, 20, 30, 60, 90].map((s) => (
            <option key={s} value={s}>
              {s} seconds
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input
          type="checkbox"
          checked={allowGuests}
          onChange={(e) => setAllowGuests(e.target.checked)}
          className="h-4 w-4"
        />
        Let guests join with a nickname (they get no review cards)
      </label>
      <Button type="submit" disabled={busy || !setId}>
        {busy ? "Starting…" : "Play live"}
      </Button>
      {error ? <ErrorNote>{error}</ErrorNote> : null}
    </form>
  );
}
