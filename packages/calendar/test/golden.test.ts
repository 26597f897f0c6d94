import { describe, expect, it } from "vitest";
import { epochDayToIso, isoWeekday, toEpochDay } from "@cchc/core";
import { vietnamCalendar } from "@cchc/calendar";
import { BREAKS, GOLDEN } from "./fixtures/golden.js";

const cal = vietnamCalendar();
const dayOf = (iso: string): number => toEpochDay({ year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10) });
const isWeekday = (iso: string): boolean => isoWeekday(dayOf(iso)) <= 5;

describe.each([2024, 2025, 2026] as const)("golden fixture %i (calendar-and-deadlines.md §2)", (year) => {
  const { days, estimated } = cal.yearDays(year);
  it("is an official year, not an estimate", () => {
    expect(estimated).toBe(false);
    expect(days.every((d) => !d.estimated)).toBe(true);
  });
  it("lists exactly the fixture's non-working weekdays and make-up Saturdays, with their kinds", () => {
    const actual = days
      .filter((d) => (isWeekday(d.date) && !d.working) || (!isWeekday(d.date) && d.working))
      .map((d) => `${d.date} ${d.kind}`);
    expect(actual).toEqual(GOLDEN[year].map((g) => `${g.date} ${g.kind}`));
  });
  it("gives every listed day a bilingual reason and a source", () => {
    for (const d of days) {
      expect(d.name?.vi, d.date).toMatch(/\S/);
      expect(d.name?.en, d.date).toMatch(/\S/);
      expect(d.source?.confidence, d.date).toMatch(/^(VERIFIED|SECONDARY|INFERRED|UNCONFIRMED)$/);
    }
  });
});

describe("announced breaks", () => {
  it.each(BREAKS)("%s – %s (%s) are all days off, bounded by working days", (first, last) => {
    for (let day = dayOf(first); day <= dayOf(last); day++) expect(cal.isWorkingDay(epochDayToIso(day)), epochDayToIso(day)).toBe(false);
    expect(cal.isWorkingDay(epochDayToIso(dayOf(first) - 1))).toBe(true);
    expect(cal.isWorkingDay(epochDayToIso(dayOf(last) + 1))).toBe(true);
  });
});

describe("sources of the 2026 days", () => {
  it("cites the dispatches and the Labour Code", () => {
    expect(cal.dayInfo("2026-01-02").source?.document).toBe("12729/VPCP-KGVX");
    expect(cal.dayInfo("2026-01-10").source?.document).toBe("12729/VPCP-KGVX");
    expect(cal.dayInfo("2026-04-27").source).toMatchObject({ document: "45/2019/QH14", article: "111", clause: "3" });
    expect(cal.dayInfo("2026-04-26")).toMatchObject({ kind: "holiday", working: false });
    expect(cal.dayInfo("2026-04-26").source).toMatchObject({ article: "112", clause: "1", point: "e" });
    expect(cal.dayInfo("2026-02-17").name?.vi).toBe("Tết Nguyên đán (mùng 1 Tết)");
    expect(cal.dayInfo("2026-03-07")).toMatchObject({ kind: "weekend", source: { document: "188/1999/QĐ-TTg" } });
    expect(cal.dayInfo("2025-04-26").source?.document).toBe("8726/VPCP-KGVX");
    expect(cal.dayInfo("2024-04-29").source?.document).toBe("2450/VPCP-KGVX");
  });
  it("does not close 24/11/2026 by default (UNCONFIRMED, §1.2)", () => {
    expect(cal.isWorkingDay("2026-11-24")).toBe(true);
  });
});
