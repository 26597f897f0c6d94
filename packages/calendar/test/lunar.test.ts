import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { epochDayToIso, isoWeekday, toEpochDay } from "@cchc/core";
import { canChiOfYear, fromLunar, fromLunarEpochDay, lunarYear, toLunar } from "@cchc/calendar";
import { GIO_TO_2024_2030, HUNG_KINGS_DIFFERS_FROM_CHINA, LEAP_MONTHS, TET_2000_2050, TET_VIETNAM_VS_CHINA } from "./fixtures/facts-lunar.js";
import { PYTHON_HOLIDAYS_HUNG_KINGS, PYTHON_HOLIDAYS_TET } from "./fixtures/python-holidays-lunar.js";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const weekday = (iso: string): string => WEEKDAYS[isoWeekday(toEpochDay({ year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10) })) - 1]!;
const dayBefore = (iso: string): string =>
  epochDayToIso(toEpochDay({ year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10) }) - 1);

describe("Tết Nguyên đán", () => {
  // calendar-and-deadlines.md §3.4 (VERIFIED): date, weekday and length of the preceding Chạp.
  it.each(TET_2000_2050)("%i: Tết on %s (%s) after a %i-day Chạp", (year, mmdd, wd, chap) => {
    const tet = `${year}-${mmdd}`;
    expect(fromLunar({ year, month: 1, day: 1, leap: false })).toEqual({ ok: true, value: tet });
    expect(weekday(tet)).toBe(wd);
    const eve = toLunar(dayBefore(tet));
    expect(eve).toMatchObject({ year: year - 1, month: 12, day: chap, leap: false, monthLength: chap });
  });

  // §3.3 (VERIFIED): Vietnam (UTC+7) and China (UTC+8) differ; 1985 by a whole month.
  it.each(TET_VIETNAM_VS_CHINA)("%i: Vietnamese Tết %s, not China's %s", (year, vietnam, china) => {
    expect(lunarYear(year).tet).toBe(vietnam);
    expect(toLunar(vietnam)).toMatchObject({ year, month: 1, day: 1, leap: false });
    expect(toLunar(china)).not.toMatchObject({ month: 1, day: 1 });
  });

  // python-holidays chinese.py with the VIETNAMESE_CALENDAR overrides, 1901–2100 (§3.2: matches UTC+7).
  it("matches python-holidays' Vietnamese Tết for every year 1901–2100", () => {
    const mismatches = [...PYTHON_HOLIDAYS_TET].filter(([year, iso]) => lunarYear(year).tet !== iso);
    expect(mismatches).toEqual([]);
  });
});

describe("Giỗ Tổ Hùng Vương (10/3 âm lịch)", () => {
  // §3.5 (VERIFIED).
  it.each(GIO_TO_2024_2030)("%i: %s (%s)", (year, iso, wd) => {
    expect(fromLunar({ year, month: 3, day: 10, leap: false })).toEqual({ ok: true, value: iso });
    expect(weekday(iso)).toBe(wd);
  });
  it("matches python-holidays' Vietnamese Hùng Kings day 1901–2100, including the years that differ from China (§3.3)", () => {
    const mismatches = [...PYTHON_HOLIDAYS_HUNG_KINGS].filter(([year, iso]) => {
      const r = fromLunar({ year, month: 3, day: 10, leap: false });
      return !r.ok || r.value !== iso;
    });
    expect(mismatches).toEqual([]);
    expect(HUNG_KINGS_DIFFERS_FROM_CHINA.every((y) => PYTHON_HOLIDAYS_HUNG_KINGS.has(y))).toBe(true);
  });
});

describe("leap months (tháng nhuận)", () => {
  // §3.5: leap months computed at UTC+7.
  it.each(LEAP_MONTHS)("%i has leap month %i starting %s", (year, month, start) => {
    expect(lunarYear(year).leapMonth).toBe(month);
    expect(fromLunar({ year, month, day: 1, leap: true })).toEqual({ ok: true, value: start });
    expect(toLunar(start)).toMatchObject({ year, month, day: 1, leap: true, leapMonthOfYear: month });
    expect(lunarYear(year).months).toHaveLength(13);
  });
  it("2033's leap month 11 falls in December, so Tết 2034 comes late (§3.4: 19/02)", () => {
    const y = lunarYear(2033);
    expect(y.months.map((m) => `${m.month}${m.leap ? "+" : ""}`).slice(-3)).toEqual(["11", "11+", "12"]);
    expect(lunarYear(2034).tet).toBe("2034-02-19");
  });
  it("a common year has 12 months and no leap month", () => {
    expect(lunarYear(2026).leapMonth).toBeNull();
    expect(lunarYear(2026).months).toHaveLength(12);
    expect(toLunar("2026-06-01").leapMonthOfYear).toBeNull();
  });
});

describe("structure of every lunar year 1900–2199", () => {
  it("has 12 or 13 months of 29/30 days, 353–385 days, months numbered in order", () => {
    for (let year = 1900; year <= 2199; year++) {
      const y = lunarYear(year);
      const days = y.months.reduce((sum, m) => sum + m.length, 0);
      expect(y.months.length === 12 ? days >= 353 && days <= 355 : days >= 383 && days <= 385, `${year}: ${days} days`).toBe(true);
      expect(y.months.filter((m) => !m.leap).map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(y.months.filter((m) => m.leap).length).toBe(y.leapMonth === null ? 0 : 1);
    }
  });
});

describe("consistency with the official notices", () => {
  // §3.4: "2025 has 25/1 = 26 Chạp and 27/1 = 28 Chạp; 2026 has 14/2 = 27 Chạp, 16/2 = 29 Chạp and 22/2 = mùng 6."
  it.each([
    ["2025-01-25", 2024, 12, 26],
    ["2025-01-27", 2024, 12, 28],
    ["2026-02-14", 2025, 12, 27],
    ["2026-02-16", 2025, 12, 29],
    ["2026-02-22", 2026, 1, 6],
    ["2024-02-08", 2023, 12, 29], // §2.0: Thu 08/02 = 29 Chạp Quý Mão
    ["2027-02-05", 2026, 12, 29], // §2.3: Chạp of Bính Ngọ has 29 days, giao thừa Fri 05/02/2027
  ] as const)("%s is %i/%i day %i", (iso, year, month, day) => {
    expect(toLunar(iso)).toMatchObject({ year, month, day, leap: false });
  });
});

describe("can-chi year names", () => {
  // Names used in calendar-and-deadlines.md §2 (Giáp Thìn 2024, Ất Tỵ 2025, Bính Ngọ 2026, ...).
  it.each([
    [2019, "Kỷ Hợi"],
    [2020, "Canh Tý"],
    [2023, "Quý Mão"],
    [2024, "Giáp Thìn"],
    [2025, "Ất Tỵ"],
    [2026, "Bính Ngọ"],
    [2027, "Đinh Mùi"],
  ])("%i is %s", (year, name) => {
    expect(canChiOfYear(year).vi).toBe(name);
    expect(lunarYear(year).name.vi).toBe(name);
  });
  it("names the year of a date by its lunar year, not its solar year", () => {
    expect(toLunar("2026-02-16").yearName.vi).toBe("Ất Tỵ");
    expect(toLunar("2026-02-17").yearName.vi).toBe("Bính Ngọ");
    expect(canChiOfYear(2023).en).toBe("Quý Mão (year of the Cat)");
  });
});

describe("fromLunar rejects impossible dates", () => {
  it.each([
    [{ year: 2025, month: 12, day: 30, leap: false }, "lunar.invalid_day"], // Chạp Ất Tỵ has 29 days (§3.4)
    [{ year: 2026, month: 1, day: 0, leap: false }, "lunar.invalid_day"],
    [{ year: 2026, month: 1, day: 31, leap: false }, "lunar.invalid_day"],
    [{ year: 2025, month: 5, day: 1, leap: true }, "lunar.not_leap_month"], // 2025's leap month is 6
    [{ year: 2026, month: 6, day: 1, leap: true }, "lunar.no_leap_month"],
    [{ year: 2026, month: 13, day: 1, leap: false }, "lunar.invalid_month"],
    [{ year: 2026, month: 0, day: 1, leap: false }, "lunar.invalid_month"],
    [{ year: 1898, month: 1, day: 1, leap: false }, "lunar.year_out_of_range"],
    [{ year: 2200, month: 1, day: 1, leap: false }, "lunar.year_out_of_range"],
    [{ year: 1899, month: 1, day: 1, leap: false }, "lunar.out_of_range"], // Tết 1899 is in 1899
    [{ year: 2026.5, month: 1, day: 1, leap: false }, "lunar.invalid_input"],
    [{ year: 2026, month: "1", day: 1, leap: false }, "lunar.invalid_input"],
    [{ year: 2026, month: 1, day: Number.NaN, leap: false }, "lunar.invalid_input"],
    [{ year: 2026, month: 1, day: 1, leap: "no" }, "lunar.invalid_input"],
    [null, "lunar.invalid_input"],
  ])("%o → %s", (input, code) => {
    const r = fromLunar(input as never);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.localized("vi")).not.toMatch(/\{\w+\}/);
      expect(r.error.localized("en")).not.toMatch(/\{\w+\}/);
    }
  });
  it("explains in both languages", () => {
    const r = fromLunar({ year: 2025, month: 5, day: 1, leap: true });
    expect(r.ok || r.error.localized("en")).toBe("Lunar year 2025 has no leap month 5 (its leap month is month 6).");
    expect(r.ok || r.error.localized("vi")).toBe("Năm 2025 âm lịch không có tháng 5 nhuận (tháng nhuận của năm này là tháng 6).");
  });
  it("treats a missing leap flag as a common month", () => {
    expect(fromLunar({ year: 2026, month: 1, day: 1 } as never)).toEqual({ ok: true, value: "2026-02-17" });
  });
});

describe("round trip", () => {
  it("fromLunar(toLunar(d)) = d for every day 1900-01-01 … 2199-12-31", () => {
    const first = toEpochDay({ year: 1900, month: 1, day: 1 });
    const last = toEpochDay({ year: 2199, month: 12, day: 31 });
    let failures = 0;
    for (let day = first; day <= last; day++) {
      const lunar = toLunar(epochDayToIso(day));
      const back = fromLunarEpochDay(lunar);
      if (!back.ok || back.value !== day) failures++;
      if (lunar.day > lunar.monthLength) failures++;
    }
    expect(failures).toBe(0);
  });
  it("toLunar(fromLunar(x)) = x for random valid lunar dates", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2198 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 30 }), (year, index, day) => {
        const months = lunarYear(year).months;
        const m = months[index % months.length]!;
        const d = Math.min(day, m.length);
        const iso = fromLunar({ year, month: m.month, day: d, leap: m.leap });
        expect(iso.ok).toBe(true);
        if (iso.ok) expect(toLunar(iso.value)).toMatchObject({ year, month: m.month, day: d, leap: m.leap, monthLength: m.length });
      }),
    );
  });
});

describe("range ends", () => {
  it("lunar dates whose solar date leaves 1900–2199 are rejected, not wrapped", () => {
    const lastMonth = lunarYear(2199).months.at(-1)!; // month 12 of lunar 2199 (Kỷ Hợi) ends in 2200
    expect(fromLunar({ year: 2199, month: lastMonth.month, day: lastMonth.length, leap: false })).toMatchObject({ ok: false, error: { code: "lunar.out_of_range" } });
    expect(toLunar("2199-12-31").year).toBe(2199);
    expect(toLunar("1900-01-01")).toMatchObject({ year: 1899, month: 12, leap: false });
  });
});

describe("toLunar input handling", () => {
  it("accepts instants and converts them in Asia/Ho_Chi_Minh", () => {
    // 2026-02-16T17:30Z is 00:30 on 17/02 in Hà Nội: mùng 1 Tết Bính Ngọ.
    expect(toLunar("2026-02-16T17:30:00Z")).toMatchObject({ year: 2026, month: 1, day: 1 });
    expect(toLunar(new Date(Date.UTC(2026, 1, 16, 17, 30)))).toMatchObject({ year: 2026, month: 1, day: 1 });
  });
  it("throws a typed error on bad input", () => {
    expect(() => toLunar("2026-02-30")).toThrowError(expect.objectContaining({ code: "date.invalid_day" }));
    expect(() => toLunar("1899-12-31")).toThrowError(expect.objectContaining({ code: "date.out_of_range" }));
  });
  it("lunarYear rejects years outside 1900–2199", () => {
    expect(() => lunarYear(2200)).toThrowError(expect.objectContaining({ code: "lunar.year_out_of_range" }));
    expect(() => lunarYear(Number.NaN)).toThrowError(expect.objectContaining({ code: "lunar.invalid_input" }));
  });
});
