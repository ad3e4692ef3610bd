"use client";

import { useEffect } from "react";

/**
 * Single-key shortcuts for the whole page, off while the user types in a field (a checkbox is not
 * a field) or holds a modifier. The handlers are re-bound on every render, so they see fresh state.
 */
export function useShortcuts(enabled: boolean, keys: Record<string, () => unknown>) {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!enabled || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target as HTMLElement;
      const typing =
        t.closest("textarea, select, [contenteditable=true]") ||
        (t instanceof HTMLInputElement && t.type !== "checkbox");
      const run = keys[e.key];
      if (typing || !run) return;
      e.preventDefault();
      run();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  });
}
