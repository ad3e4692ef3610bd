"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button, ErrorNote, SelectField, controlClass } from "@/app/_components/ui";

type Option = { id: string; name: string };

/** "YYYY-MM-DDTHH:mm" in the browser's time zone, for a datetime-local input. */
function localInputValue(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function nextWeek(): string {
  const d = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);
  d.setHours(17, 0, 0, 0);
  return localInputValue(d);
}

/**
 * Assigns a set to a class. On the class page the class is fixed and the teacher picks a set; on the
 * set page it is the other way round.
 */
export function AssignForm({
  classId,
  setId,
  classes = [],
  sets = [],
}: {
  classId?: string;
  setId?: string;
  classes?: Option[];
  sets?: Option[];
}) {
  const router = useRouter();
  const [chosenClass, setChosenClass] = useState(classId ?? classes[0]?.id ?? "");
  const [chosenSet, setChosenSet] = useState(setId ?? sets[0]?.id ?? "");
  const [mode, setMode] = useState<"quiz" | "review">("quiz");
  const [due, setDue] = useState(nextWeek);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    setCreated(null);
    const dueAt = new Date(due);
    if (!due || Number.isNaN(dueAt.getTime())) {
      setError("Pick a due date and time.");
      return;
    }
    setBusy(true);
    try {
      const res = await fetch("/api/assignments", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          classId: chosenClass,
          setId: chosenSet,
          mode,
          dueAt: dueAt.toISOString(),
        }),
      });
      const data = await res.json().catch(() => null);
      if (!res.ok) {
        setError(data?.error?.message ?? `Assigning failed (${res.status}). Try again.`);
        return;
      }
      setCreated(data.id);
      router.refresh();
    } catch {
      setError("Could not reach Claimdeck. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <div className="grid max-w-md gap-4 [&>*]:min-w-0">
        {classId ? null : (
          <SelectField
            id="assign-class"
            label="Class"
            value={chosenClass}
            onChange={(e) => setChosenClass(e.target.value)}
          >
            {classes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
        )}
        {setId ? null : (
          <SelectField
            id="assign-set"
            label="Set"
            value={chosenSet}
            onChange={(e) => setChosenSet(e.target.value)}
          >
            {sets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectField>
        )}
        <div className="flex flex-col gap-1">
          <label htmlFor="assign-due" className="text-sm font-medium text-slate-800">
            Due
          </label>
          <input
            id="assign-due"
            type="datetime-local"
            className={controlClass}
            value={due}
            onChange={(e) => setDue(e.target.value)}
            required
          />
        </div>
        <fieldset className="flex flex-col gap-1">
          <legend className="text-sm font-medium text-slate-800">Students will</legend>
          <div className="flex flex-wrap gap-4 pt-1">
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="assign-mode"
                value="quiz"
                checked={mode === "quiz"}
                onChange={() => setMode("quiz")}
              />
              Take a quiz
            </label>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="assign-mode"
                value="review"
                checked={mode === "review"}
                onChange={() => setMode("review")}
              />
              Review flashcards
            </label>
          </div>
        </fieldset>
      </div>
      <Button type="submit" disabled={busy || !chosenClass || !chosenSet}>
        {busy ? "Assigning…" : "Assign"}
      </Button>
      {error ? <ErrorNote>{error}</ErrorNote> : null}
      {created ? (
        <p role="status" className="text-sm text-green-800">
          Assigned.{" "}
          <Link href={`/assignments/${created}`} className="font-medium underline">
            Open its report
          </Link>
        </p>
      ) : null}
    </form>
  );
}
