import fc from "fast-check";
import { epochDayToIso, toEpochDay } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";

// Vectors: /work/shared/domain/calendar-and-deadlines.md §3.4 (Tết dates, VERIFIED) and §3.5 (Giỗ Tổ
// 10/3 lunar); the leap month 6 of Ất Tỵ (2025) starts on 2025-07-25 (@cchc/calendar README and tests).
describe("cchc lunar <date...>", () => {
  it("one date gives one object with the contract fields", async () => {
    const r = await run(["lunar", "2026-02-17", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      input: "2026-02-17",
      date: "2026-02-17",
      year: 2026,
      month: 1,
      day: 1,
      leap: false,
      monthLength: 30,
      yearName: { vi: "Bính Ngọ", en: "Bính Ngọ (year of the Horse)" },
      leapMonthOfYear: null,
    });
  });

  it("several dates give an array in input order; DD/MM/YYYY and leap months are read", async () => {
    const r = await run(["lunar", "2026-02-16", "25/07/2025", "2026-04-26", "--json"]);
    const json = JSON.parse(r.stdout) as { year: number; month: number; day: number; leap: boolean }[];
    expect(json.map(({ year, month, day, leap }) => [year, month, day, leap])).toEqual([
      [2025, 12, 29, false],
      [2025, 6, 1, true],
      [2026, 3, 10, false],
    ]);
  });

  it("prints lunar dates for people", async () => {
    expect((await run(["lunar", "2025-07-25"])).stdout).toBe("2025-07-25 (T6) = ngày 1 tháng 6 nhuận năm Ất Tỵ (âm lịch, tháng 29 ngày)\n");
    expect((await run(["lunar", "2026-02-17", "--lang", "en"])).stdout).toBe(
      "2026-02-17 (Tue) = lunar day 1 of month 1, year Bính Ngọ (year of the Horse) (a 30-day month)\n",
    );
  });

  it("an invalid date exits 1 with the calendar's error in its place; the others still print", async () => {
    const r = await run(["lunar", "2026-02-17", "2026-02-30", "--json", "--lang", "en"]);
    expect(r.code).toBe(1);
    const [good, bad] = JSON.parse(r.stdout);
    expect(good.day).toBe(1);
    expect(bad).toEqual({ input: "2026-02-30", error: { code: "date.invalid_day", message: "Day 30 does not exist in 2/2026." } });
    const text = await run(["lunar", "2026-02-17", "1800-01-01"]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("2026-02-17");
    expect(text.stderr).toContain("Năm 1800 nằm ngoài phạm vi hỗ trợ 1900–2199.");
  });
});

describe("cchc solar <y-m-d...> [--leap]", () => {
  it("one lunar date gives one object: Giỗ Tổ 2026 is 2026-04-26", async () => {
    const r = await run(["solar", "2026-3-10", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ input: "2026-3-10", date: "2026-04-26", year: 2026, month: 3, day: 10, leap: false });
  });

  it.each([
    ["2026-1-1", "2026-02-17"],
    ["2027-01-01", "2027-02-06"],
    ["2030-1-1", "2030-02-02"],
    ["2025-3-10", "2025-04-07"],
  ])("Tết and Giỗ Tổ vectors: %s → %s", async (lunar, solar) => {
    expect(JSON.parse((await run(["solar", lunar, "--json"])).stdout).date).toBe(solar);
  });

  it("--leap asks for the leap month; several dates give an array", async () => {
    const r = await run(["solar", "2025-6-1", "2025-6-29", "--leap", "--json"]);
    expect((JSON.parse(r.stdout) as { date: string }[]).map((d) => d.date)).toEqual(["2025-07-25", "2025-08-22"]);
    expect((await run(["solar", "2025-6-1", "--leap", "--lang", "en"])).stdout).toBe("lunar 1/6 (leap)/2025 = 2025-07-25 (Fri)\n");
  });

  it.each([
    ["2025-12-30", [], "lunar.invalid_day", "Tháng 12 năm 2025 âm lịch có 29 ngày, không có ngày 30.", "Lunar month 12 of 2025 has 29 days; day 30 does not exist."],
    ["2026-1-1", ["--leap"], "lunar.no_leap_month", "không có tháng nhuận", "has no leap month"],
    ["2025-7-1", ["--leap"], "lunar.not_leap_month", "tháng nhuận của năm này là tháng 6", "its leap month is month 6"],
    ["2026-13-1", [], "lunar.invalid_month", "Tháng âm lịch 13 không tồn tại", "Lunar month 13 does not exist"],
    ["2300-1-1", [], "lunar.year_out_of_range", "nằm ngoài phạm vi hỗ trợ", "outside the supported range"],
    ["10/3/2026", [], "input.invalid_lunar_date", "không đúng dạng năm-tháng-ngày", "not in year-month-day form"],
  ])("impossible lunar date %s: exit 1 with %s in vi and en", async (input, flags, code, vi, en) => {
    const text = await run(["solar", input, ...flags]);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain(vi);
    const r = await run(["solar", input, ...flags, "--json", "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ input, error: { code, message: expect.stringContaining(en) } });
  });

  it("solar ∘ lunar is the identity on 1900–2199", async () => {
    const first = toEpochDay({ year: 1900, month: 1, day: 1 });
    const last = toEpochDay({ year: 2199, month: 12, day: 31 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: first, max: last }), { minLength: 1, maxLength: 5 }), async (days) => {
        const dates = days.map(epochDayToIso);
        const lunar = [JSON.parse((await run(["lunar", ...dates, "--json"])).stdout)].flat() as {
          year: number;
          month: number;
          day: number;
          leap: boolean;
        }[];
        for (const [i, l] of lunar.entries()) {
          const back = await run(["solar", `${l.year}-${l.month}-${l.day}`, ...(l.leap ? ["--leap"] : []), "--json"]);
          expect(JSON.parse(back.stdout).date).toBe(dates[i]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
