/**
 * Days as a user lives them. A study day runs from 4 a.m. to 4 a.m. in the user's own time zone (as
 * in Anki), so a late-night session still counts for the evening it belongs to. Every "today" —
 * reviews today, streaks, the heatmap, the forecast, the new-card limit — comes from here.
 * Day keys are calendar dates ("2026-01-05") naming the study day.
 */

export const DAY_MS = 86_400_000;
/** The hour (local) at which a new study day begins. */
export const DAY_ROLLOVER_HOUR = 4;
export const DEFAULT_TIME_ZONE = "UTC";
/** Dates as pages render them: one fixed locale, so the server and the browser print the same text. */
export const DISPLAY_LOCALE = "en-GB";

/** Midnight UTC of the instant's UTC date (kept for callers that mean UTC; users' days use studyDayStart). */
export function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

export function utcDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** True for an IANA zone name this runtime knows ("Europe/Berlin", "UTC"). */
export function isValidTimeZone(tz: string): boolean {
  if (!tz || tz.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Milliseconds the zone's wall clock is ahead of UTC at this instant. */
function zoneOffset(at: Date, tz: string): number {
  const p: Record<string, number> = {};
  for (const part of partsFormatter(tz).formatToParts(at))
    if (part.type !== "literal") p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The study day an instant belongs to, in the zone: its calendar date after taking off 4 hours. */
export function studyDate(at: Date, tz: string): string {
  const wall = at.getTime() + zoneOffset(at, tz);
  return utcDate(new Date(wall - DAY_ROLLOVER_HOUR * 3_600_000));
}

/** The instant a study day ("2026-01-05") begins: 4 a.m. that date in the zone. */
export function studyDateStart(date: string, tz: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`) + DAY_ROLLOVER_HOUR * 3_600_000;
  // The offset at the answer may differ from the offset at a first guess (a DST change): settle it.
  let guess = wall - zoneOffset(new Date(wall), tz);
  guess = wall - zoneOffset(new Date(guess), tz);
  return new Date(guess);
}

/**
 * Each zone's study day last asked for, as [start, end): every rated card asks for its owner's, and
 * working it out takes three passes of Intl's formatter.
 */
const studyDays = new Map<string, { start: number; end: number }>();

/** When the user's current study day began (the last local 4 a.m. at or before `now`). */
export function studyDayStart(now: Date, tz: string): Date {
  const t = now.getTime();
  const known = studyDays.get(tz);
  if (known && known.start <= t && t < known.end) return new Date(known.start);
  const date = studyDate(now, tz);
  const start = studyDateStart(date, tz);
  const end = studyDateStart(shiftDate(date, 1), tz).getTime();
  // Kept only where the day holds the instant (a zone's odd transition aside, it always does).
  if (start.getTime() <= t && t < end) studyDays.set(tz, { start: start.getTime(), end });
  return start;
}

/** The day key `days` calendar days after `date` (negative: before). */
export function shiftDate(date: string, days: number): string {
  return utcDate(addDays(new Date(`${date}T00:00:00Z`), days));
}

/** Monday = 0 … Sunday = 6, for a day key. */
export function weekdayOf(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** An instant as a reader in `tz` sees it; identical on server and client for one zone. */
export function formatInZone(iso: string | Date, tz: string, dateOnly = false): string {
  const d = typeof iso === "string" ? new Date(iso) : iso;
  return d.toLocaleString(DISPLAY_LOCALE, {
    timeZone: isValidTimeZone(tz) ? tz : DEFAULT_TIME_ZONE,
    ...(dateOnly
      ? { dateStyle: "medium" as const }
      : { dateStyle: "medium" as const, timeStyle: "short" as const }),
  });
}
