import { describe, expect, it } from "vitest";
import { checkEffectiveDated, isIsoDate, isoWeekday, toEpochDay, valueAt, type Citation } from "@cchc/core";
import {
  CULTURAL_DAY,
  OFFICIAL_SCHEDULES,
  SCHEDULES_LAST_VERIFIED,
  SCHEDULE_ESTIMATES,
  STATUTORY_HOLIDAYS,
  SUBSTITUTE_DAY_RULE,
  vietnamCalendar,
} from "@cchc/calendar";

const dayOf = (iso: string): number => toEpochDay({ year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10) });
const CONFIDENCE = /^(VERIFIED|SECONDARY|INFERRED|UNCONFIRMED)$/;

describe("statutory holidays by law version (calendar-and-deadlines.md §1.1)", () => {
  it("are well-formed effective-dated data", () => {
    expect(checkEffectiveDated(STATUTORY_HOLIDAYS).ok).toBe(true);
    expect(STATUTORY_HOLIDAYS.values.map((v) => v.validFrom)).toEqual(["1900-01-01", "2007-01-01", "2013-01-01", "2021-01-01"]);
  });
  it("Labour Code 2012: Tết five days from 2013, National Day one day", () => {
    expect(valueAt(STATUTORY_HOLIDAYS, "2012-12-31")?.tet.days).toBe(4);
    expect(valueAt(STATUTORY_HOLIDAYS, "2013-01-01")?.tet.days).toBe(5);
    expect(valueAt(STATUTORY_HOLIDAYS, "2020-09-02")?.nationalDayExtra).toBeNull();
  });
  it("Labour Code 2019 Điều 112: eleven days, National Day two days from 2021, each cited to its point", () => {
    const law = valueAt(STATUTORY_HOLIDAYS, "2021-01-01")!;
    expect(law.fixed.length + law.tet.days + (law.hungKings ? 1 : 0) + (law.nationalDayExtra ? 1 : 0)).toBe(11);
    expect(law.fixed.map((h) => [h.month, h.day, h.citation.point])).toEqual([
      [1, 1, "a"],
      [4, 30, "c"],
      [5, 1, "d"],
      [9, 2, "đ"],
    ]);
    expect(law.tet.citation).toMatchObject({ document: "45/2019/QH14", article: "112", clause: "1", point: "b", confidence: "VERIFIED" });
    expect(law.hungKings?.citation.point).toBe("e");
  });
  it("Giỗ Tổ is a holiday from 2007 in the earlier model", () => {
    expect(valueAt(STATUTORY_HOLIDAYS, "2006-06-01")?.hungKings).toBeNull();
    expect(valueAt(STATUTORY_HOLIDAYS, "2007-06-01")?.hungKings).not.toBeNull();
  });
});

describe("official yearly schedules (§2)", () => {
  it("cover every year 2010–2026 once, in order; 2024–2026 complete", () => {
    expect(OFFICIAL_SCHEDULES.map((s) => s.year)).toEqual(Array.from({ length: 17 }, (_, i) => 2010 + i));
    expect(OFFICIAL_SCHEDULES.filter((s) => s.complete).map((s) => s.year)).toEqual([2024, 2025, 2026]);
    expect(isIsoDate(SCHEDULES_LAST_VERIFIED)).toBe(true);
  });
  it("hold valid dates: five consecutive official Tết days, swaps from a weekday to a weekend day", () => {
    for (const s of OFFICIAL_SCHEDULES) {
      if (s.tet) {
        expect(s.tet.days).toHaveLength(5);
        s.tet.days.forEach((d, i) => expect(dayOf(d) - dayOf(s.tet!.days[0]!)).toBe(i));
      }
      for (const swap of s.swaps) {
        expect(isIsoDate(swap.off) && isIsoDate(swap.workedOn)).toBe(true);
        expect(swap.off.slice(0, 4)).toBe(String(s.year));
        expect(isoWeekday(dayOf(swap.off))).toBeLessThanOrEqual(5);
        expect(isoWeekday(dayOf(swap.workedOn))).toBeGreaterThanOrEqual(6);
        expect(swap.citation.confidence).toMatch(CONFIDENCE);
      }
    }
  });
  it("list python-holidays' swaps (§2.4) and the 2025–2026 swaps with their dispatch numbers", () => {
    const swaps = OFFICIAL_SCHEDULES.flatMap((s) => s.swaps.map((w) => `${w.off}>${w.workedOn} ${w.citation.document ?? "-"}`));
    expect(swaps).toEqual([
      "2010-02-19>2010-02-27 -",
      "2012-01-27>2012-02-04 -",
      "2013-04-29>2013-05-04 -",
      "2014-05-02>2014-04-26 -",
      "2014-09-01>2014-09-06 -",
      "2015-01-02>2014-12-27 -",
      "2015-02-16>2015-02-14 -",
      "2015-04-29>2015-04-25 -",
      "2018-12-31>2019-01-05 6519/VPCP-KGVX",
      "2019-04-29>2019-05-04 6519/VPCP-KGVX",
      "2024-04-29>2024-05-04 2450/VPCP-KGVX",
      "2025-05-02>2025-04-26 8726/VPCP-KGVX",
      "2026-01-02>2026-01-10 12729/VPCP-KGVX",
      "2026-08-31>2026-08-22 -", // the VPCP letter number for Quốc khánh 2026 was not found (§9)
    ]);
  });
  it("apply a swap even when its make-up day falls in the previous year (2015) or the next (2018)", () => {
    const cal = vietnamCalendar();
    expect(cal.dayInfo("2014-12-27")).toMatchObject({ kind: "makeup-working", working: true });
    expect(cal.dayInfo("2015-01-02")).toMatchObject({ kind: "swapped-off", working: false });
    expect(cal.dayInfo("2019-01-05")).toMatchObject({ kind: "makeup-working", working: true });
  });
});

describe("estimates and substitute days", () => {
  it("estimation rules are effective-dated and cite python-holidays as INFERRED", () => {
    expect(checkEffectiveDated(SCHEDULE_ESTIMATES).ok).toBe(true);
    expect(valueAt(SCHEDULE_ESTIMATES, "2027-01-01")?.citation.confidence).toBe("INFERRED");
    expect(valueAt(SCHEDULE_ESTIMATES, "2027-01-01")?.nationalDayExtraOffset).toEqual([1, -1, -1, 1, -1, -1, 1]);
  });
  it("substitute days: Điều 111 khoản 3 from 2021, none before 1995", () => {
    expect(valueAt(SUBSTITUTE_DAY_RULE, "2021-01-01")).toMatchObject({ document: "45/2019/QH14", article: "111", clause: "3", confidence: "VERIFIED" });
    expect(valueAt(SUBSTITUTE_DAY_RULE, "1994-12-31")).toBeNull();
  });
});

describe("24/11 (§1.2)", () => {
  it("is UNCONFIRMED and off by default", () => {
    expect(CULTURAL_DAY).toMatchObject({ month: 11, day: 24, enabledByDefault: false, earliestYear: 2026 });
    expect(CULTURAL_DAY.citation).toMatchObject({ document: "80-NQ/TW", confidence: "UNCONFIRMED" });
  });
});

describe("every reason the calendar gives carries a source with a confidence", () => {
  it("2000–2199", () => {
    const cal = vietnamCalendar();
    const unconfirmed: string[] = [];
    for (let year = 2000; year <= 2199; year++) {
      for (const d of cal.yearDays(year).days) {
        const source = d.source as Citation;
        expect(source.confidence, d.date).toMatch(CONFIDENCE);
        expect(d.name?.vi && d.name.en, d.date).toBeTruthy();
        if (source.confidence === "UNCONFIRMED") unconfirmed.push(d.date);
      }
    }
    expect(unconfirmed).toEqual([]); // 24/11 is off by default
  });
});

describe("citations fit for a release", () => {
  const cal = vietnamCalendar();

  it("the Labour Code 2019 is cited by its number and official publication (vbpl.vn), the Pháp điển mirror only in the note", () => {
    const cited: Citation[] = [];
    for (let year = 2021; year <= 2030; year++) for (const d of cal.yearDays(year).days) if (d.source?.document === "45/2019/QH14") cited.push(d.source);
    // Every Điều 112 holiday and Điều 111 substitute day of 2021–2030 (§1.1, §1.3): 1/1, 30/4, 1/5, 2/9 … and nghỉ bù.
    expect(cited.length).toBeGreaterThan(40);
    for (const source of cited) {
      expect(source).toMatchObject({ title: "Bộ luật Lao động 2019", issuer: "Quốc hội", confidence: "VERIFIED" });
      expect(source.url).toBe("https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=139264");
      expect(source.note).toContain("Luật số 45/2019/QH14");
      expect(source.note).toContain(`secondary link: https://github.com/diepxuan/`);
    }
    expect(cal.dayInfo("2026-04-27").source).toMatchObject({ article: "111", clause: "3" }); // Giỗ Tổ Sun 26/4 → Mon 27/4 (§1.3)
    expect(valueAt(SUBSTITUTE_DAY_RULE, "2021-01-01")?.url).toBe("https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=139264");
  });

  it("2025 (§2.1): the days come from 8726/VPCP-KGVX, conveyed by Thông báo 6150/TB-BLĐTBXH (not a '6150/TB-BNV')", () => {
    for (const date of ["2025-01-27", "2025-01-31", "2025-05-02", "2025-09-01"]) {
      const source = cal.dayInfo(date).source!;
      expect(source.document, date).toBe("8726/VPCP-KGVX");
      expect(source.note, date).toContain("Thông báo 6150/TB-BLĐTBXH (Bộ Lao động – Thương binh và Xã hội, 03/12/2024");
      expect(source.note, date).not.toMatch(/6150\/TB-BNV\b(?!")/);
    }
    expect(cal.dayInfo("2025-04-26")).toMatchObject({ kind: "makeup-working", working: true }); // Sat 26/4 worked (§2.1)
  });

  it("2026 Quốc khánh swap (§2.2): Mon 31/8 off, Sat 22/8 worked, VERIFIED by two independent reports", () => {
    expect(cal.dayInfo("2026-08-31")).toMatchObject({ kind: "swapped-off", working: false });
    expect(cal.dayInfo("2026-08-22")).toMatchObject({ kind: "makeup-working", working: true });
    for (const date of ["2026-08-31", "2026-08-22"]) {
      const source = cal.dayInfo(date).source!;
      expect(source.confidence).toBe("VERIFIED");
      expect(source.url).toBe("https://thanhnien.vn/tet-binh-ngo-nghi-9-ngay-lien-tuc-185251013200157051.htm");
      expect(source.note).toContain("https://kienthuc.net.vn/chot-phuong-an-nghi-tet-am-lich-binh-ngo-va-quoc-khanh-nam-2026-post1576857.html");
      expect(source.note).toContain("9441/TB-BNV");
    }
  });
});
