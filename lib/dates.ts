/** Calendar days in UTC, as the API reports them ("2026-01-05"). */

export const DAY_MS = 86_400_000;

export function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

export function utcDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
