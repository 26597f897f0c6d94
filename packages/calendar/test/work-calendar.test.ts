import { describe, expect, it } from "vitest";
import { toEpochDay } from "@cchc/core";
import { DEFAULT_WORKING_YEARS, createWorkCalendar, vietnamCalendar } from "@cchc/calendar";

const cal = vietnamCalendar();
const e = (iso: string): number => toEpochDay({ year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10) });
const errorCode = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code ?? "untyped";
  }
  return "no error";
};

describe("vietnamCalendar", () => {
  it("is cached per options and covers 2000–2199", () => {
    expect(vietnamCalendar()).toBe(cal);
    expect(vietnamCalendar({ culturalDay: { enabled: false, fromYear: 2030 } })).toBe(cal);
    expect(cal.id).toBe("vn-state");
    expect([cal.fromYear, cal.toYear]).toEqual([DEFAULT_WORKING_YEARS.from, 2199]);
  });
  it("flags years without a complete official schedule as estimated", () => {
    expect(cal.isEstimated(2026)).toBe(false);
    expect(cal.isEstimated(2027)).toBe(true); // §2.3: no announcement found
    expect(cal.isEstimated(2023)).toBe(true);
    expect(cal.dayInfo("2027-05-03")).toMatchObject({ kind: "observed", estimated: true }); // §2.3 inference
    expect(cal.dayInfo("2026-05-04")).toMatchObject({ kind: "working", estimated: false, name: null, source: null });
    expect(errorCode(() => cal.isEstimated(1999))).toBe("calendar.year_out_of_range");
    expect(errorCode(() => cal.isEstimated(2026.5))).toBe("calendar.year_out_of_range");
  });
});

describe("working-day arithmetic (2026, §2.2)", () => {
  it("isWorkingDay / next / previous", () => {
    expect(cal.isWorkingDay("2026-02-13")).toBe(true);
    expect(cal.isWorkingDay("2026-02-16")).toBe(false);
    expect(cal.isWorkingDay("2026-01-10")).toBe(true); // make-up Saturday
    expect(cal.nextWorkingDay("2026-02-13")).toBe("2026-02-23");
    expect(cal.nextWorkingDay("2026-02-13", { includeSelf: true })).toBe("2026-02-13");
    expect(cal.nextWorkingDay("2026-02-14", { includeSelf: true })).toBe("2026-02-23");
    expect(cal.previousWorkingDay("2026-02-23")).toBe("2026-02-13");
    expect(cal.previousWorkingDay("2026-02-23", { includeSelf: true })).toBe("2026-02-23");
    expect(cal.previousWorkingDay("2026-02-22", { includeSelf: true })).toBe("2026-02-13");
  });
  it("addWorkingDays: strictly after / before; n = 0 keeps a working day or moves forward", () => {
    expect(cal.addWorkingDays("2026-02-13", 1)).toBe("2026-02-23");
    expect(cal.addWorkingDays("2026-02-13", 5)).toBe("2026-02-27");
    expect(cal.addWorkingDays("2026-02-23", -1)).toBe("2026-02-13");
    expect(cal.addWorkingDays("2026-02-18", -1)).toBe("2026-02-13");
    expect(cal.addWorkingDays("2026-02-18", 1)).toBe("2026-02-23");
    expect(cal.addWorkingDays("2026-02-18", 0)).toBe("2026-02-23");
    expect(cal.addWorkingDays("2026-02-13", 0)).toBe("2026-02-13");
    expect(cal.addWorkingDays("2026-08-28", 1)).toBe("2026-09-03"); // Quốc khánh break Sat 29/8 – Wed 2/9
    expect(cal.addWorkingDays("2026-01-09", 1)).toBe("2026-01-10"); // the make-up Saturday counts
  });
  it("countWorkingDays with inclusive and exclusive ends", () => {
    expect(cal.countWorkingDays("2026-02-01", "2026-02-28")).toBe(15);
    expect(cal.countWorkingDays("2026-02-13", "2026-02-23")).toBe(2);
    expect(cal.countWorkingDays("2026-02-13", "2026-02-23", { includeStart: false })).toBe(1);
    expect(cal.countWorkingDays("2026-02-13", "2026-02-23", { includeEnd: false })).toBe(1);
    expect(cal.countWorkingDays("2026-02-13", "2026-02-23", { includeStart: false, includeEnd: false })).toBe(0);
    expect(cal.countWorkingDays("2026-02-13", "2026-02-13", { includeStart: false })).toBe(0);
    expect(cal.countWorkingDays("2026-03-01", "2026-02-01")).toBe(0);
    // 2026: 365 days − 104 weekend days − 13 weekdays off + 2 make-up Saturdays (golden fixture).
    expect(cal.countWorkingDays("2026-01-01", "2026-12-31")).toBe(365 - 104 - 13 + 2);
  });
  it("the epoch fast path gives the same answers", () => {
    expect(cal.epoch.addWorkingDays(e("2026-02-13"), 5)).toBe(e("2026-02-27"));
    expect(cal.epoch.countWorkingDays(e("2026-02-01"), e("2026-02-28"))).toBe(15);
    expect(cal.epoch.countWorkingDays(e("2026-03-01"), e("2026-02-01"))).toBe(0);
    expect(cal.epoch.nextWorkingDay(e("2026-02-14"), true)).toBe(e("2026-02-23"));
    expect(cal.epoch.previousWorkingDay(e("2026-02-14"), false)).toBe(e("2026-02-13"));
    expect(cal.epoch.isWorkingDay(e("2026-04-27"))).toBe(false);
    expect(cal.epoch.dayInfo(e("2026-04-27")).kind).toBe("observed");
  });
});

describe("errors are typed, never a wrong date", () => {
  it.each([
    [() => cal.isWorkingDay("2026-02-30"), "date.invalid_day"],
    [() => cal.addWorkingDays("2026-13-01", 1), "date.invalid_month"],
    [() => cal.dayInfo(new Date(Number.NaN)), "date.invalid_instant"],
    [() => cal.isWorkingDay("1999-12-31"), "calendar.out_of_range"],
    [() => cal.addWorkingDays("2026-01-01", 1.5), "calendar.invalid_count"],
    [() => cal.addWorkingDays("2026-01-01", Number.NaN), "calendar.invalid_count"],
    [() => cal.addWorkingDays("2026-01-01", Number.POSITIVE_INFINITY), "calendar.invalid_count"],
    [() => cal.addWorkingDays("2199-12-30", 5), "calendar.result_out_of_range"],
    [() => cal.addWorkingDays("2000-01-04", -5), "calendar.result_out_of_range"],
    [() => cal.addWorkingDays("2026-01-01", 1e12), "calendar.result_out_of_range"],
    [() => cal.epoch.isWorkingDay(1.5), "calendar.invalid_epoch_day"],
    [() => cal.epoch.isWorkingDay(Number.NaN), "calendar.invalid_epoch_day"],
    [() => cal.epoch.countWorkingDays(0, e("2300-01-01")), "calendar.invalid_epoch_day"],
    [() => cal.yearDays(2200), "calendar.year_out_of_range"],
  ] as const)("%#: %s", (fn, code) => {
    expect(errorCode(fn)).toBe(code);
  });
  it("the errors speak Vietnamese and English", () => {
    try {
      cal.isWorkingDay("1999-12-31");
    } catch (error) {
      const e = error as { message: string; localized: (lang: "en") => string };
      expect(e.message).toBe('Ngày 1999-12-31 nằm ngoài phạm vi của lịch "vn-state" (2000-01-01 – 2199-12-31).');
      expect(e.localized("en")).toBe('1999-12-31 is outside the range of calendar "vn-state" (2000-01-01 – 2199-12-31).');
    }
  });
});

describe("nonWorkingDays", () => {
  it("lists the special days in order, weekend holidays included", () => {
    const days = cal.nonWorkingDays("2026-04-20", "2026-05-10");
    expect(days.map((d) => [d.date, d.kind])).toEqual([
      ["2026-04-26", "holiday"],
      ["2026-04-27", "observed"],
      ["2026-04-30", "holiday"],
      ["2026-05-01", "holiday"],
    ]);
    expect(cal.nonWorkingDays("2026-05-10", "2026-04-20")).toEqual([]);
  });
  it("yearDays(2026) holds 16 days: 13 weekdays off, Sunday 26/4 (Giỗ Tổ) and two make-up Saturdays", () => {
    const { days } = cal.yearDays(2026);
    expect(days).toHaveLength(16);
    expect(days.filter((d) => d.working).map((d) => d.date)).toEqual(["2026-01-10", "2026-08-22"]);
  });
});

describe("24/11 Ngày Văn hóa Việt Nam (UNCONFIRMED, §1.2)", () => {
  it("is off by default and becomes a holiday only when enabled, from the year given", () => {
    const from2026 = vietnamCalendar({ culturalDay: { enabled: true, fromYear: 2026 } });
    expect(from2026.id).toBe("vn-state+culture-day-2026");
    expect(from2026.dayInfo("2026-11-24")).toMatchObject({ kind: "holiday", working: false, source: { confidence: "UNCONFIRMED" } });
    const from2027 = vietnamCalendar({ culturalDay: { enabled: true, fromYear: 2027 } });
    expect(from2027.isWorkingDay("2026-11-24")).toBe(true);
    expect(from2027.isWorkingDay("2027-11-24")).toBe(false);
    // 24/11/2029 is a Saturday: its substitute day is Monday 26/11 (Điều 111.3 would apply once it is in Điều 112.1).
    expect(from2027.dayInfo("2029-11-26").kind).toBe("observed");
    expect(cal.isWorkingDay("2027-11-24")).toBe(true);
  });
  it.each([
    [{ enabled: true, fromYear: 2025 }],
    [{ enabled: true, fromYear: 2026.5 }],
    [{ enabled: true, fromYear: "2026" }],
    [{ enabled: "yes", fromYear: 2026 }],
  ])("rejects %o", (culturalDay) => {
    expect(errorCode(() => vietnamCalendar({ culturalDay } as never))).toBe("calendar.invalid_cultural_day");
  });
});

describe("createWorkCalendar: per-agency calendars", () => {
  const centre = createWorkCalendar({
    id: "one-stop-centre",
    weekmask: "1111110",
    closed: [{ date: "2026-05-19", reason: { vi: "Nghỉ theo quyết định của đơn vị", en: "Closed by the agency" } }],
    open: [{ date: "2026-04-26", reason: { vi: "Tiếp nhận hồ sơ trực tuyến", en: "Online reception" } }],
  });
  it("works on Saturdays with a six-day weekmask", () => {
    expect(centre.isWorkingDay("2026-03-07")).toBe(true);
    expect(centre.dayInfo("2026-03-08")).toMatchObject({ kind: "weekend", source: null });
    expect(centre.countWorkingDays("2026-03-02", "2026-03-08")).toBe(6);
  });
  it("computes substitute days against its own weekmask", () => {
    // 1/5/2027 is a Saturday: a working day for the centre, so it is just a holiday — no substitute day.
    expect(centre.dayInfo("2027-05-01").kind).toBe("holiday");
    expect(centre.dayInfo("2027-05-03").kind).toBe("working");
    expect(vietnamCalendar().dayInfo("2027-05-03").kind).toBe("observed");
  });
  it("keeps holidays, applies its own closed and open days", () => {
    expect(centre.isWorkingDay("2026-02-17")).toBe(false);
    expect(centre.dayInfo("2026-05-19")).toMatchObject({ kind: "agency-closed", working: false, name: { en: "Closed by the agency" } });
    expect(centre.dayInfo("2026-04-26")).toMatchObject({ kind: "agency-open", working: true });
    expect(centre.nonWorkingDays("2026-05-18", "2026-05-20").map((d) => d.kind)).toEqual(["agency-closed"]);
  });
  it("defaults to the state bodies' weekmask and range", () => {
    const agency = createWorkCalendar({ id: "sở-nội-vụ" });
    expect([agency.fromYear, agency.toYear]).toEqual([2000, 2199]);
    expect(agency.yearDays(2026)).toEqual(cal.yearDays(2026));
  });
  it("can start from another calendar and override parts of it", () => {
    const withCulture = vietnamCalendar({ culturalDay: { enabled: true, fromYear: 2026 } });
    const derived = createWorkCalendar({ id: "centre-2", base: centre, open: [{ date: "2026-05-19", reason: { vi: "Mở cửa", en: "Open" } }] });
    expect(derived.isWorkingDay("2026-03-07")).toBe(true); // the base's Saturday work
    expect(derived.dayInfo("2026-05-19").kind).toBe("agency-open"); // replaces the base's closed day
    expect(derived.dayInfo("2026-04-26").kind).toBe("agency-open"); // inherited
    const fromCulture = createWorkCalendar({ id: "culture", base: withCulture, weekmask: "1111110" });
    expect(fromCulture.isWorkingDay("2026-11-24")).toBe(false);
    expect(fromCulture.isWorkingDay("2026-11-28")).toBe(true);
    const narrow = createWorkCalendar({ id: "narrow", base: centre, fromYear: 2027, toYear: 2027 });
    expect([narrow.fromYear, narrow.toYear]).toEqual([2027, 2027]);
    expect(errorCode(() => createWorkCalendar({ id: "x", base: {} as never }))).toBe("calendar.invalid_base");
  });
  it("can cover 1900–2199", () => {
    const wide = createWorkCalendar({ id: "history", fromYear: 1900, toYear: 2199 });
    expect(wide.isWorkingDay("1900-01-01")).toBe(false);
    expect(wide.isEstimated(1950)).toBe(true);
    expect(wide.countWorkingDays("2026-01-01", "2026-12-31")).toBe(cal.countWorkingDays("2026-01-01", "2026-12-31"));
  });
  it.each([
    [{ id: "" }, "calendar.invalid_id"],
    [{ id: 42 }, "calendar.invalid_id"],
    [null, "calendar.invalid_id"],
    [{ id: "x", weekmask: "1111100x" }, "calendar.invalid_weekmask"],
    [{ id: "x", weekmask: "0000000" }, "calendar.invalid_weekmask"],
    [{ id: "x", weekmask: [true, true] }, "calendar.invalid_weekmask"],
    [{ id: "x", fromYear: 1899 }, "calendar.invalid_range"],
    [{ id: "x", fromYear: 2030, toYear: 2020 }, "calendar.invalid_range"],
    [{ id: "x", toYear: 2026.5 }, "calendar.invalid_range"],
    [{ id: "x", closed: "2026-05-19" }, "calendar.invalid_override"],
    [{ id: "x", closed: [{ date: "2026-02-30", reason: { vi: "a", en: "b" } }] }, "calendar.invalid_override"],
    [{ id: "x", closed: [{ date: "1999-01-04", reason: { vi: "a", en: "b" } }] }, "calendar.invalid_override"],
    [{ id: "x", closed: [{ date: "2026-05-19", reason: { vi: "a" } }] }, "calendar.invalid_override"],
    [{ id: "x", closed: [null] }, "calendar.invalid_override"],
    [
      { id: "x", closed: [{ date: "2026-05-19", reason: { vi: "a", en: "b" } }], open: [{ date: "2026-05-19", reason: { vi: "a", en: "b" } }] },
      "calendar.duplicate_override",
    ],
    [JSON.parse('{"id":"x","__proto__":{"weekmask":"0000000"},"weekmask":"2"}'), "calendar.invalid_weekmask"],
  ])("rejects %j with %s", (options, code) => {
    expect(errorCode(() => createWorkCalendar(options as never))).toBe(code);
  });
});
