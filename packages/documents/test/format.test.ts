import fc from "fast-check";
import { formatFigure, formatPlaceAndDate } from "@cchc/documents";
import { daysInMonth } from "@cchc/core";
import { describe, expect, it } from "vitest";

describe("the place and date line (NĐ 30/2020, Phụ lục I, Phần I, Mục II, khoản 4, điểm b)", () => {
  // The decree's rule, as quoted by the secondary summaries: "đối với những số thể hiện ngày nhỏ hơn 10 và
  // tháng 1, 2 phải ghi thêm số 0 phía trước". Vectors: the rule's own example and the plan's dates.
  it.each([
    ["2026-02-05", "Bắc Ninh, ngày 05 tháng 02 năm 2026"],
    ["2026-03-09", "Bắc Ninh, ngày 09 tháng 3 năm 2026"],
    ["2026-01-10", "Bắc Ninh, ngày 10 tháng 01 năm 2026"],
    ["2025-12-17", "Bắc Ninh, ngày 17 tháng 12 năm 2025"],
    ["2020-03-05", "Bắc Ninh, ngày 05 tháng 3 năm 2020"],
  ])("%s → %s", (date, line) => {
    expect(formatPlaceAndDate("Bắc Ninh", date)).toBe(line);
  });

  it("every civil date: a leading zero exactly for days below 10 and for January and February", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1945, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, rawDay) => {
        const day = Math.min(rawDay, daysInMonth(year, month));
        const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
        const m = /^Hà Nội, ngày (\d+) tháng (\d+) năm (\d+)$/.exec(formatPlaceAndDate("Hà Nội", iso));
        expect(m).not.toBeNull();
        const [, d, mo, y] = m!;
        expect(Number(d)).toBe(day);
        expect(Number(mo)).toBe(month);
        expect(Number(y)).toBe(year);
        expect(d!.length).toBe(2);
        expect(mo!.length).toBe(month <= 2 || month >= 10 ? 2 : 1);
      }),
    );
  });

  it("in English, the day without a leading zero and the month's name", () => {
    expect(formatPlaceAndDate("Bắc Ninh", "2026-02-05", "en")).toBe("Bắc Ninh, 5 February 2026");
  });
});

describe("figures in the Vietnamese format (1.234,5) and the English one (1,234.5)", () => {
  it.each([
    [0, "0", "0"],
    [118.5, "118,5", "118.5"],
    [1234.5, "1.234,5", "1,234.5"],
    [184500, "184.500", "184,500"],
    [1_000_000_000_000, "1.000.000.000.000", "1,000,000,000,000"],
    [46.25, "46,25", "46.25"],
  ])("%d → %s / %s", (value, vi, en) => {
    expect(formatFigure(value)).toBe(vi);
    expect(formatFigure(value, "en")).toBe(en);
  });

  it("reads back to the figure rounded to two decimals, in both formats", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (value) => {
        const rounded = Math.round(value * 100) / 100;
        const vi = formatFigure(value);
        expect(vi).toMatch(/^\d{1,3}(?:\.\d{3})*(?:,\d{1,2})?$/);
        expect(Number(vi.replace(/\./g, "").replace(",", "."))).toBeCloseTo(rounded, 2);
        expect(Number(formatFigure(value, "en").replace(/,/g, ""))).toBeCloseTo(rounded, 2);
      }),
    );
  });
});
