"use client";

import { Button, ButtonLink, EmptyState } from "@/app/_components/ui";

/** Shown when a page fails to render; the digest lets someone match it to the server log. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <EmptyState
      title="Something went wrong"
      action={
        <div className="flex flex-wrap justify-center gap-2">
          <Button onClick={() => reset()}>Try again</Button>
          <ButtonLink href="/" variant="secondary">
            Go home
          </ButtonLink>
        </div>
      }
    >
      The page could not be loaded. Try again in a moment; nothing you saved was lost.
      {error.digest ? (
        <span className="mt-2 block text-xs text-slate-500">Reference: {error.digest}</span>
      ) : null}
    </EmptyState>
  );
}
