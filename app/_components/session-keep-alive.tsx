"use client";

import { useEffect } from "react";

const KEY = "claimdeck.session-refreshed-at";
const EVERY_MS = 60 * 60 * 1000;

/**
 * Server code reads the session cookie without re-signing it (see lib/auth/session-token.ts), so an
 * active user's session is renewed here instead: at most once an hour, next-auth's own session
 * endpoint re-issues the cookie with a fresh expiry.
 */
export function SessionKeepAlive() {
  useEffect(() => {
    const last = Number(window.localStorage.getItem(KEY) ?? 0);
    if (Date.now() - last < EVERY_MS) return;
    window.localStorage.setItem(KEY, String(Date.now()));
    void fetch("/api/auth/session", { cache: "no-store" }).catch(() => undefined);
  }, []);
  return null;
}
