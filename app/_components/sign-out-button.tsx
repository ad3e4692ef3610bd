"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { buttonClass } from "@/app/_components/ui";

/**
 * Signs out through next-auth's own endpoints with two plain requests, so the header every page
 * shares does not carry next-auth's client library (it is ~16 KB of the first-load JavaScript).
 */
export function SignOutButton() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  async function signOut() {
    setPending(true);
    try {
      const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
      await fetch("/api/auth/signout", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, callbackUrl: "/signin", json: "true" }),
      });
    } finally {
      router.push("/signin");
      router.refresh();
      setPending(false);
    }
  }
  return (
    <button
      type="button"
      className={buttonClass("ghost", "min-h-9 px-3")}
      onClick={signOut}
      disabled={pending}
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
