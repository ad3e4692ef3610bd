"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button, ErrorNote, Field } from "@/app/_components/ui";
import { postJson } from "./use-live-game";

/** PIN (and a nickname for guests) → the game's player screen. */
export function JoinLiveForm({ initialPin, signedIn }: { initialPin: string; signedIn: boolean }) {
  const router = useRouter();
  const [pin, setPin] = useState(initialPin);
  const [nickname, setNickname] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await postJson("/api/live/join", {
      pin: pin.replace(/\D/g, ""),
      ...(nickname.trim() ? { nickname: nickname.trim() } : {}),
    });
    if (r.ok && r.data?.gameId) {
      router.push(`/live/${r.data.gameId}/play`);
      return;
    }
    setError(r.data?.error?.message ?? `Joining failed (${r.status}). Try again.`);
    setBusy(false);
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <Field
        id="live-pin"
        label="Game PIN"
        value={pin}
        onChange={(e) => setPin(e.target.value)}
        inputMode="numeric"
        autoComplete="off"
        maxLength={7}
        hint="The six digits on the big screen."
        className="min-h-14 rounded-lg border border-slate-300 bg-white px-3 font-mono text-3xl tracking-[0.3em]"
      />
      <Field
        id="live-nickname"
        label={signedIn ? "Nickname (only if you join as a guest)" : "Nickname"}
        value={nickname}
        onChange={(e) => setNickname(e.target.value)}
        autoComplete="nickname"
        maxLength={30}
        hint={
          signedIn
            ? "Students of the host's class play under their own name."
            : "Guests play under a nickname and keep no review cards. Sign in to keep them."
        }
      />
      <Button
        type="submit"
        disabled={busy || pin.replace(/\D/g, "").length !== 6}
        className="w-full min-h-14 text-lg"
      >
        {busy ? "Joining…" : "Join the game"}
      </Button>
      {error ? <ErrorNote>{error}</ErrorNote> : null}
    </form>
  );
}
