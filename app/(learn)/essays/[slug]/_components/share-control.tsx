"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button, ErrorNote } from "@/app/_components/ui";

/** The owner's switch between a private essay and one shared to every user's library. */
export function ShareControl({ slug, shared }: { slug: string; shared: boolean }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function toggle() {
    setPending(true);
    setError(null);
    try {
      const res = await fetch(`/api/essays/${encodeURIComponent(slug)}/share`, {
        method: shared ? "DELETE" : "POST",
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
        setError(body.error?.message ?? "The change did not go through. Try again.");
        return;
      }
      router.refresh();
    } catch {
      setError("The server could not be reached. Try again in a moment.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="mt-4 flex flex-col gap-2 text-sm text-slate-700">
      <p>
        {shared
          ? "Shared to the library: every teacher and student can read this essay."
          : "Private: only you, and students you assign its items to, can see this essay."}
      </p>
      <div>
        <Button type="button" variant="secondary" onClick={toggle} disabled={pending}>
          {pending ? "Saving…" : shared ? "Make private" : "Share to the library"}
        </Button>
      </div>
      {error ? <ErrorNote>{error}</ErrorNote> : null}
    </div>
  );
}
