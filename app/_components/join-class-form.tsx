"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button, ErrorNote } from "@/app/_components/ui";
import { JOIN_CODE_RULE } from "@/lib/teach/join-code-rule";

/** A student joins a class with the code their teacher gave them. */
export function JoinClassForm() {
  const router = useRouter();
  const [code, setCode] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [joined, setJoined] = useState<{ name: string; already: boolean } | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setJoined(null);
    try {
      const res = await fetch("/api/classes/join", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ joinCode: code }),
      });
      const data = await res.json().catch(() => null);
      if (!res.ok) {
        setError(data?.error?.message ?? `Joining failed (${res.status}). Try again.`);
        return;
      }
      setJoined({ name: data.className ?? "the class", already: data.alreadyJoined === true });
      setCode("");
      router.refresh();
    } catch {
      setError("Could not reach Claimdeck. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-2" noValidate>
      <label htmlFor="join-code" className="block text-sm font-medium text-slate-800">
        Join code
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="join-code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          placeholder="ABCD2345"
          aria-describedby="join-code-hint"
          className="min-h-10 w-40 rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-base uppercase tracking-widest"
        />
        <Button type="submit" disabled={busy || code.trim() === ""}>
          {busy ? "Joining…" : "Join class"}
        </Button>
      </div>
      <p id="join-code-hint" className="text-xs text-slate-500">
        From your teacher. {JOIN_CODE_RULE} Case, spaces and dashes do not matter.
      </p>
      {error ? <ErrorNote>{error}</ErrorNote> : null}
      {joined ? (
        <p role="status" className="text-sm text-green-800">
          {joined.already
            ? `You are already in ${joined.name}: nothing changed. Its assignments are listed above.`
            : `You joined ${joined.name}. Its assignments are listed above.`}
        </p>
      ) : null}
    </form>
  );
}
