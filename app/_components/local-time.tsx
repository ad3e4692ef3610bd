"use client";

import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_TIME_ZONE, formatInZone } from "@/lib/dates";

const TimeZoneContext = createContext<string>(DEFAULT_TIME_ZONE);

/** The signed-in user's zone, set once by the layout from the database. */
export function TimeZoneProvider({ zone, children }: { zone: string; children: ReactNode }) {
  return <TimeZoneContext.Provider value={zone}>{children}</TimeZoneContext.Provider>;
}

export function useTimeZone(): string {
  return useContext(TimeZoneContext);
}

/**
 * A date in the user's own time zone (their setting, not the server's or the browser's), in one
 * fixed locale: the server's first render and the browser's later ones print the same text.
 */
export function LocalTime({ iso, dateOnly = false }: { iso: string; dateOnly?: boolean }) {
  const zone = useTimeZone();
  return (
    <time dateTime={iso} title={zone}>
      {formatInZone(iso, zone, dateOnly)}
    </time>
  );
}
