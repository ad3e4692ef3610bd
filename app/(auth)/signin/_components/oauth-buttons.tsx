"use client";

import { signIn } from "next-auth/react";
import { Button } from "@/app/_components/ui";

/** Shown only for providers whose keys are configured (GITHUB_ID/SECRET, GOOGLE_CLIENT_ID/SECRET). */
export function OAuthButtons({
  providers,
  callbackUrl,
}: {
  providers: { id: string; name: string }[];
  callbackUrl: string;
}) {
  if (!providers.length) return null;
  return (
    <div className="mt-4 flex flex-col gap-2 border-t border-slate-200 pt-4">
      {providers.map((p) => (
        <Button
          key={p.id}
          variant="secondary"
          type="button"
          onClick={() => void signIn(p.id, { callbackUrl })}
        >
          Continue with {p.name}
        </Button>
      ))}
    </div>
  );
}
