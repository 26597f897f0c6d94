import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { catalogueProblems, toEpochDay } from "@cchc/core";
import { SUPPORTED_YEARS, calendarCatalogues, toCivilDate, toEpochDayResult } from "@cchc/calendar";
import { SUPPORTED_DAYS } from "../src/civil/date-input.js";
import { hcmOffsetSeconds } from "../src/data/time-zone.js";

const code = (r: ReturnType<typeof toCivilDate>): string => (r.ok ? "ok" : r.error.code);

describe("catalogue", () => {
  it("has every message in Vietnamese and English with the same placeholders", () => {
    expect(calendarCatalogues.flatMap(catalogueProblems)).toEqual([]);
  });
});

describe("toCivilDate: civil date strings", () => {
  it("accepts YYYY-MM-DD as is, spaces trimmed", () => {
    expect(toCivilDate("2026-09-02")).toEqual({ ok: true, value: "2026-09-02" });
    expect(toCivilDate(" 2024-02-29 ")).toEqual({ ok: true, value: "2024-02-29" });
    expect(toEpochDayResult("2026-01-01")).toEqual({ ok: true, value: 20454 });
  });
  it.each([
    ["2026-02-31", "date.invalid_day"],
    ["2026-02-29", "date.invalid_day"],
    ["2026-13-01", "date.invalid_month"],
    ["31/02/2026", "date.invalid_format"],
    ["2026-2-1", "date.invalid_format"],
    ["", "date.invalid_format"],
    ["1899-12-31", "date.out_of_range"],
    ["2200-01-01", "date.out_of_range"],
    ["x".repeat(100_000), "date.invalid_format"],
  ])("rejects %j with %s", (input, expected) => {
    expect(code(toCivilDate(input))).toBe(expected);
  });
  it("gives vi and en messages", () => {
    const r = toCivilDate("2026-02-31");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toBe("Ngày 31 không tồn tại trong tháng 2/2026.");
      expect(r.error.localized("en")).toBe("Day 31 does not exist in 2/2026.");
    }
  });
  it("knows the supported range", () => {
    expect(SUPPORTED_YEARS).toEqual({ from: 1900, to: 2199 });
    expect(SUPPORTED_DAYS).toEqual({ from: toEpochDay({ year: 1900, month: 1, day: 1 }), to: toEpochDay({ year: 2199, month: 12, day: 31 }) });
  });
});

describe("toCivilDate: instants are dated in Asia/Ho_Chi_Minh", () => {
  it.each([
    ["2026-03-09T15:30:00+07:00", "2026-03-09"],
    ["2026-03-09T17:00:00Z", "2026-03-10"], // 00:00 in Hà Nội
    ["2026-03-09T16:59:59Z", "2026-03-09"],
    ["2026-03-09T16:59:59.999Z", "2026-03-09"],
    ["2026-03-09T20:30:00-05:00", "2026-03-10"],
    ["2026-03-10T06:59+14:00", "2026-03-09"],
    ["2026-03-09T23:30:00+0700", "2026-03-09"],
    ["2026-03-09 23:30:00+07:00", "2026-03-09"],
    ["2025-12-31T17:00:00z", "2026-01-01"],
  ])("%s → %s", (input, expected) => {
    expect(toCivilDate(input)).toEqual({ ok: true, value: expected });
  });
  it("uses the historical offsets before 1975 (tzdb, §7)", () => {
    // 1960-01-01T16:30Z: +08 since 1959-12-31 23:00, so 00:30 on 2 January.
    expect(toCivilDate("1960-01-01T16:30:00Z")).toEqual({ ok: true, value: "1960-01-02" });
    // 1975-06-12T16:30Z: +07 again from 1975-06-13 00:00 (+08), i.e. 23:30 on the 12th.
    expect(toCivilDate("1975-06-12T16:30:00Z")).toEqual({ ok: true, value: "1975-06-12" });
  });
  it("agrees with the host's IANA data for random instants 1900–2199", () => {
    const format = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit" });
    const min = Date.UTC(1900, 0, 1, 0, 0, 0);
    const max = Date.UTC(2199, 11, 31, 16, 0, 0);
    fc.assert(
      fc.property(fc.integer({ min, max }), (ms) => {
        expect(toCivilDate(new Date(ms))).toEqual({ ok: true, value: format.format(new Date(ms)) });
      }),
      { numRuns: 2000 },
    );
  });
  it("has a fixed +07:00 since 1975-06-13", () => {
    expect(hcmOffsetSeconds(Date.UTC(2026, 0, 1))).toBe(25200);
    expect(hcmOffsetSeconds(Date.UTC(1975, 5, 12, 15, 59))).toBe(28800);
  });
  it("takes Date and luxon DateTime instants whatever their zone", () => {
    expect(toCivilDate(new Date("2026-02-16T18:00:00Z"))).toEqual({ ok: true, value: "2026-02-17" });
    const ny = DateTime.fromISO("2026-03-09T20:30", { zone: "America/New_York" });
    expect(toCivilDate(ny)).toEqual({ ok: true, value: "2026-03-10" });
    const hanoi = DateTime.fromISO("2026-03-09T23:59", { zone: "Asia/Ho_Chi_Minh" });
    expect(toCivilDate(hanoi)).toEqual({ ok: true, value: "2026-03-09" });
  });
  it.each([
    ["2026-03-09T15:30:00", "calendar.instant_without_offset"],
    ["2026-03-09T24:00:00Z", "calendar.invalid_time"],
    ["2026-03-09T12:60Z", "calendar.invalid_time"],
    ["2026-03-09T12:00+25:00", "calendar.invalid_time"],
    ["2026-02-30T12:00Z", "date.invalid_day"],
    ["2026-13-30T12:00Z", "date.invalid_month"],
    ["2026-03-09T1:00Z", "date.invalid_format"],
    ["2199-12-31T17:00:00Z", "date.out_of_range"],
  ])("rejects %s with %s", (input, expected) => {
    expect(code(toCivilDate(input))).toBe(expected);
  });
  it("rejects invalid instants and unsupported values without throwing", () => {
    expect(code(toCivilDate(new Date(Number.NaN)))).toBe("date.invalid_instant");
    expect(code(toCivilDate(DateTime.invalid("test")))).toBe("date.invalid_instant");
    for (const value of [20260309, null, undefined, {}, [], { __proto__: { toMillis: () => 0 } }, Symbol("x")]) {
      expect(code(toCivilDate(value as never))).toBe("date.unsupported_input");
    }
  });
});
