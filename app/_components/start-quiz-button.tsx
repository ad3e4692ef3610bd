"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button, ErrorNote } from "@/app/_components/ui";

/** One click from an assignment to its quiz: the quiz is drawn from the assignment's set. */
export function StartQuizButton({ assignmentId, label }: { assignmentId: string; label: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/quizzes", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ assignmentId }),
      });
      const data = await res.json().catch(() => null);
      if (!res.ok || !data?.id) {
        setError(data?.error?.message ?? `The quiz could not start (${res.status}). Try again.`);
        setBusy(false);
        return;
      }
      router.push(`/quizzes/${data.id}`);
    } catch {
      setError("Could not reach Claimdeck. Check your connection and try again.");
      setBusy(false);
    }
  }

  return (
    <div className="space-y-2">
      <Button onClick={start} disabled={busy} aria-label={label}>
        {busy ? "Starting…" : "Start quiz"}
      </Button>
      {error ? <ErrorNote>{error}</ErrorNote> : null}
    </div>
  );
}
