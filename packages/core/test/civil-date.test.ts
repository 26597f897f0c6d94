import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  daysInMonth,
  epochDayToIso,
  formatIsoDate,
  fromEpochDay,
  isIsoDate,
  isLeapYear,
  isoWeekday,
  parseIsoDate,
  toEpochDay,
} from "@cchc/core";

describe("parseIsoDate", () => {
  it("accepts real dates", () => {
    expect(parseIsoDate("2026-02-17")).toEqual({ ok: true, value: { year: 2026, month: 2, day: 17 } });
    expect(parseIsoDate(" 2024-02-29 ")).toEqual({ ok: true, value: { year: 2024, month: 2, day: 29 } });
  });
  it.each([
    ["2026-02-31", "date.invalid_day"],
    ["2026-02-29", "date.invalid_day"],
    ["1900-02-29", "date.invalid_day"],
    ["2026-13-01", "date.invalid_month"],
    ["2026-00-10", "date.invalid_month"],
    ["2026-04-00", "date.invalid_day"],
    ["31/02/2026", "date.invalid_format"],
    ["2026-2-1", "date.invalid_format"],
    ["2026-02-17T00:00", "date.invalid_format"],
    ["", "date.invalid_format"],
  ])("rejects %s with %s", (input, code) => {
    const r = parseIsoDate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });
  it("rejects non-strings without throwing", () => {
    for (const v of [undefined, null, 20260217, Number.NaN, {}, [], new Date(Number.NaN)]) {
      const r = parseIsoDate(v);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe("date.unsupported_input");
    }
  });
});

describe("epoch days", () => {
  it("matches known anchors", () => {
    expect(toEpochDay({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(toEpochDay({ year: 2026, month: 1, day: 1 })).toBe(20454);
    expect(toEpochDay({ year: 1900, month: 1, day: 1 })).toBe(-25567);
    expect(epochDayToIso(20454)).toBe("2026-01-01");
  });
  it("agrees with Date.UTC over 1900–2199 (differential, property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay({ year: 1900, month: 1, day: 1 }), max: toEpochDay({ year: 2199, month: 12, day: 31 }) }), (n) => {
        const d = new Date(n * 86_400_000);
        const c = fromEpochDay(n);
        return (
          c.year === d.getUTCFullYear() &&
          c.month === d.getUTCMonth() + 1 &&
          c.day === d.getUTCDate() &&
          toEpochDay(c) === n &&
          isoWeekday(n) === (d.getUTCDay() === 0 ? 7 : d.getUTCDay())
        );
      }),
      { numRuns: 5000 },
    );
  });
  it("weekdays: 2026-09-02 is a Wednesday, 2026-04-26 a Sunday", () => {
    expect(isoWeekday(toEpochDay({ year: 2026, month: 9, day: 2 }))).toBe(3);
    expect(isoWeekday(toEpochDay({ year: 2026, month: 4, day: 26 }))).toBe(7);
  });
  it("round-trips through ISO text", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (n) => {
        const iso = epochDayToIso(n);
        const parsed = parseIsoDate(iso);
        return isIsoDate(iso) && parsed.ok && toEpochDay(parsed.value) === n && formatIsoDate(parsed.value) === iso;
      }),
    );
  });
});

describe("leap years and month lengths", () => {
  it("follows the Gregorian rules", () => {
    expect([1900, 2000, 2024, 2026, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});
