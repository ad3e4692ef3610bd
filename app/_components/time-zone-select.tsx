"use client";

import { useEffect, useState } from "react";
import { controlClass } from "@/app/_components/ui";

/** The browser's own IANA zone, or UTC when it does not say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

/**
 * A time-zone picker. The full list comes from the browser after the first render: the server's
 * and the browser's lists of zones may differ, and the first render must match on both.
 */
export function TimeZoneSelect({
  id,
  value,
  onChange,
  hint,
}: {
  id: string;
  value: string;
  onChange: (zone: string) => void;
  hint: string;
}) {
  const [zones, setZones] = useState<string[]>([]);
  const [device, setDevice] = useState<string | null>(null);
  useEffect(() => {
    const all =
      typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
    // Sync with the browser once it is there: an external system, not derived state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setZones(all.includes("UTC") ? all : ["UTC", ...all]);
    setDevice(browserTimeZone());
  }, []);
  const options = zones.includes(value) ? zones : [value, ...zones];
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        Time zone
      </label>
      <select
        id={id}
        className={controlClass}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={`${id}-hint`}
      >
        {options.map((z) => (
          <option key={z} value={z}>
            {z.replace(/_/g, " ")}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        {hint}
        {device && device !== value ? (
          <>
            {" "}
            <button
              type="button"
              className="text-brand-700 underline"
              onClick={() => onChange(device)}
            >
              Use this device’s zone ({device.replace(/_/g, " ")})
            </button>
          </>
        ) : null}
      </p>
    </div>
  );
}
