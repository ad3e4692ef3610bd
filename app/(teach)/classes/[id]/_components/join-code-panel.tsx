"use client";

import { JOIN_CODE_RULE } from "@/lib/teach/join-code-rule";
import { useState } from "react";
import { Button, Card, ErrorNote } from "@/app/_components/ui";

export function JoinCodePanel({ classId, initialCode }: { classId: string; initialCode: string }) {
  const [code, setCode] = useState(initialCode);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function copy() {
    setError(null);
    try {
      await navigator.clipboard.writeText(code);
      setMessage("Join code copied.");
    } catch {
      setMessage(null);
      setError("Copying is blocked in this browser. Select the code and copy it by hand.");
    }
  }

  async function rotate() {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/classes/${classId}/join-code`, { method: "POST" });
      const data = await res.json().catch(() => null);
      if (!res.ok) {
        setError(data?.error?.message ?? `The code could not be changed (${res.status}).`);
        return;
      }
      setCode(data.joinCode);
      setMessage("New join code made. The old one no longer works.");
      setConfirming(false);
    } catch {
      setError("Could not reach Claimdeck. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card className="space-y-3">
      <h2 className="text-lg font-semibold" id="join-code-heading">
        Join code
      </h2>
      <p
        className="select-all font-mono text-3xl font-semibold tracking-[0.2em] text-slate-900"
        aria-labelledby="join-code-heading"
        data-testid="join-code"
      >
        {code}
      </p>
      <p className="text-sm text-slate-600">
        Students enter it on their home page. It ignores case, spaces and dashes. {JOIN_CODE_RULE}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={copy}>
          Copy code
        </Button>
        {confirming ? null : (
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Change code
          </Button>
        )}
      </div>
      {confirming ? (
        <div className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3">
          <p className="text-sm text-amber-950">
            Make a new code? The old one stops working at once; students already in the class stay.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button onClick={rotate} disabled={busy}>
              {busy ? "Changing…" : "Make a new code"}
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Keep this code
            </Button>
          </div>
        </div>
      ) : null}
      <p role="status" className="text-sm text-green-800 empty:hidden">
        {message}
      </p>
      {error ? <ErrorNote>{error}</ErrorNote> : null}
    </Card>
  );
}
