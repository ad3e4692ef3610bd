"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, ErrorNote } from "@/app/_components/ui";
import { TimeZoneSelect } from "@/app/_components/time-zone-select";

export function SettingsForm({
  desiredRetention,
  newCardsPerDay,
  timeZone,
}: {
  desiredRetention: number;
  newCardsPerDay: number;
  timeZone: string;
}) {
  const router = useRouter();
  const [retention, setRetention] = useState(String(Math.round(desiredRetention * 100)));
  const [perDay, setPerDay] = useState(String(newCardsPerDay));
  const [zone, setZone] = useState(timeZone);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState("");

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setSaved("");
    const r = Number(retention);
    const n = Number(perDay);
    if (!Number.isFinite(r) || r < 70 || r > 97) {
      setError("Desired retention must be between 70% and 97%.");
      return;
    }
    if (!Number.isInteger(n) || n < 0 || n > 500) {
      setError("New cards a day must be a whole number from 0 to 500.");
      return;
    }
    setBusy(true);
    try {
      const res = await fetch("/api/me/settings", {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ desiredRetention: r / 100, newCardsPerDay: n, timeZone: zone }),
      });
      const body = (await res.json().catch(() => null)) as { error?: { message: string } } | null;
      if (!res.ok) throw new Error(body?.error?.message ?? `The server answered ${res.status}.`);
      setSaved("Settings saved. They apply from your next rating.");
      router.refresh();
    } catch (err) {
      setError(err instanceof Error ? err.message : "The settings were not saved. Try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={save} className="flex flex-col gap-4" noValidate>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="desired-retention" className="text-sm font-medium text-slate-800">
            Desired retention: {retention}%
          </label>
          <input
            id="desired-retention"
            type="range"
            min={70}
            max={97}
            step={1}
            value={retention}
            onChange={(e) => setRetention(e.target.value)}
            aria-describedby="desired-retention-hint"
            className="accent-brand-600"
          />
          <p id="desired-retention-hint" className="text-xs text-slate-600">
            How likely you want to be to remember a card when it comes due. Higher means more
            reviews; 90% suits most people.
          </p>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="new-per-day" className="text-sm font-medium text-slate-800">
            New cards a day
          </label>
          <input
            id="new-per-day"
            type="number"
            inputMode="numeric"
            min={0}
            max={500}
            value={perDay}
            onChange={(e) => setPerDay(e.target.value)}
            aria-describedby="new-per-day-hint"
            className="min-h-10 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900"
          />
          <p id="new-per-day-hint" className="text-xs text-slate-600">
            At most this many new cards start each day. Each new card brings a few reviews in the
            following weeks.
          </p>
        </div>
        <TimeZoneSelect
          id="time-zone"
          value={zone}
          onChange={setZone}
          hint="Your day starts at 4 a.m. here (reviews today, streaks, new cards), and dates show in this zone."
        />
      </div>
      {error ? <ErrorNote>{error}</ErrorNote> : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={busy}>
          {busy ? "Saving…" : "Save settings"}
        </Button>
        <p role="status" className="text-sm text-green-800">
          {saved}
        </p>
      </div>
    </form>
  );
}
