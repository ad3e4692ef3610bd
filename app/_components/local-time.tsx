"use client";

/** A date in the reader's own time zone and locale (the server cannot know either). */
export function LocalTime({ iso, dateOnly = false }: { iso: string; dateOnly?: boolean }) {
  const d = new Date(iso);
  const text = d.toLocaleString(
    undefined,
    dateOnly ? { dateStyle: "medium" } : { dateStyle: "medium", timeStyle: "short" },
  );
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {text}
    </time>
  );
}
