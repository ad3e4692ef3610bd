import { describe, expect, it } from "vitest";
import {
  formatInZone,
  isValidTimeZone,
  shiftDate,
  studyDate,
  studyDateStart,
  studyDayStart,
  weekdayOf,
} from "@/lib/dates";

describe("study days", () => {
  it("roll over at 4 a.m. local time, not at UTC midnight", () => {
    // 02:30 in New York on 10 Jan (07:30 UTC) still belongs to 9 Jan's study day.
    expect(studyDate(new Date("2026-01-10T07:30:00Z"), "America/New_York")).toBe("2026-01-09");
    // 04:30 in New York (09:30 UTC) starts 10 Jan.
    expect(studyDate(new Date("2026-01-10T09:30:00Z"), "America/New_York")).toBe("2026-01-10");
    // 23:30 UTC on 9 Jan is already 10 Jan, 08:30, in Tokyo.
    expect(studyDate(new Date("2026-01-09T23:30:00Z"), "Asia/Tokyo")).toBe("2026-01-10");
    expect(studyDate(new Date("2026-01-10T03:59:00Z"), "UTC")).toBe("2026-01-09");
  });

  it("start at the last local 4 a.m.", () => {
    expect(studyDayStart(new Date("2026-01-10T07:30:00Z"), "America/New_York").toISOString()).toBe(
      "2026-01-09T09:00:00.000Z",
    );
    expect(studyDayStart(new Date("2026-01-10T12:00:00Z"), "Asia/Kolkata").toISOString()).toBe(
      "2026-01-09T22:30:00.000Z",
    );
    expect(studyDayStart(new Date("2026-01-10T12:00:00Z"), "UTC").toISOString()).toBe(
      "2026-01-10T04:00:00.000Z",
    );
  });

  it("follow daylight saving time", () => {
    // Berlin moves to summer time on 29 March 2026: 4 a.m. is 03:00 UTC before, 02:00 UTC after.
    expect(studyDayStart(new Date("2026-03-28T12:00:00Z"), "Europe/Berlin").toISOString()).toBe(
      "2026-03-28T03:00:00.000Z",
    );
    expect(studyDayStart(new Date("2026-03-29T12:00:00Z"), "Europe/Berlin").toISOString()).toBe(
      "2026-03-29T02:00:00.000Z",
    );
  });

  it("are the same remembered as worked out afresh, hour by hour across days and clock changes", () => {
    // studyDayStart remembers each zone's current day; the answer must never be a stale day.
    const zones = ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"];
    const hours = (from: string, n: number) =>
      Array.from({ length: n }, (_, h) => new Date(Date.parse(from) + h * 1_800_000 + 59_999));
    for (const tz of zones) {
      // Forward over the March and October changes, then backward, then jumping about.
      const times = [
        ...hours("2026-03-27T00:00:00Z", 200),
        ...hours("2026-10-23T00:00:00Z", 200).reverse(),
        ...hours("2026-04-03T00:00:00Z", 100).filter((_, i) => i % 7 === 3),
      ];
      for (const t of times) {
        const fresh = studyDateStart(studyDate(t, tz), tz);
        expect(studyDayStart(t, tz).toISOString(), `${tz} at ${t.toISOString()}`).toBe(
          fresh.toISOString(),
        );
      }
    }
  });

  it("step over months and name weekdays", () => {
    expect(shiftDate("2026-02-28", 1)).toBe("2026-03-01");
    expect(shiftDate("2026-01-01", -1)).toBe("2025-12-31");
    expect(weekdayOf("2026-01-05")).toBe(0); // a Monday
    expect(weekdayOf("2026-01-11")).toBe(6);
  });
});

describe("time zones", () => {
  it("accepts IANA names and refuses anything else", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });

  it("renders one instant in the user's zone whatever the machine's zone", () => {
    const iso = "2026-01-10T16:30:00Z";
    expect(formatInZone(iso, "America/New_York")).toBe("10 Jan 2026, 11:30");
    expect(formatInZone(iso, "Europe/Berlin")).toBe("10 Jan 2026, 17:30");
    expect(formatInZone(iso, "Asia/Tokyo", true)).toBe("11 Jan 2026");
  });
});
