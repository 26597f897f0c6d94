import { toEpochDay, epochDayToIso, isoWeekday, parseIsoDate, unwrap } from "@cchc/core";
import { vietnamCalendar } from "@cchc/calendar";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { run } from "./helpers.js";
import { unfold } from "./ics-helpers.js";

const fromIso = (date: string) => unwrap(parseIsoDate(date));

interface Day {
  date: string;
  weekday: number;
  working: boolean;
  kind: string;
  name: { vi: string; en: string };
  source: { document?: string; confidence: string } | null;
  estimated: boolean;
}

async function calendarJson(year: string): Promise<{ year: number; estimated: boolean; calendar: string; workingDays: number; days: Day[] }> {
  const r = await run(["calendar", year, "--json"]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe("cchc calendar <year> --json", () => {
  // Vectors: /work/shared/domain/calendar-and-deadlines.md §2.2 (2026, VERIFIED for Tết Dương lịch, Tết,
  // Quốc khánh; Giỗ Tổ nghỉ bù by BLLĐ 2019 Điều 111 khoản 3).
  it("2026: the contract fields and the official days off and make-up days", async () => {
    const json = await calendarJson("2026");
    expect(json).toMatchObject({ year: 2026, estimated: false, calendar: "vn-state", workingDays: 250 });
    const byDate = new Map(json.days.map((d) => [d.date, d]));
    expect(byDate.get("2026-01-02")).toMatchObject({ working: false, kind: "swapped-off", weekday: 5 });
    expect(byDate.get("2026-01-02")?.source?.document).toBe("12729/VPCP-KGVX");
    expect(byDate.get("2026-01-10")).toMatchObject({ working: true, kind: "makeup-working", weekday: 6 });
    for (const date of ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"]) {
      expect(byDate.get(date)).toMatchObject({ working: false, kind: "holiday" });
    }
    expect(byDate.get("2026-04-27")).toMatchObject({ working: false, kind: "observed" });
    expect(byDate.get("2026-08-22")).toMatchObject({ working: true, kind: "makeup-working" });
    expect(byDate.get("2026-08-31")).toMatchObject({ working: false, kind: "swapped-off" });
    for (const day of json.days) {
      expect(day.name.vi).not.toBe("");
      expect(day.name.en).not.toBe("");
      expect(day.source).not.toBeNull();
      expect(day.estimated).toBe(false);
    }
    expect(json.days.map((d) => d.date)).toEqual([...json.days.map((d) => d.date)].sort());
  });

  it.each(["2024", "2026", "2027", "2031"])(
    "%s: lists exactly every weekday off and every weekend day worked (plus holidays on weekends)",
    async (year) => {
      const json = await calendarJson(year);
      const listed = new Set(json.days.map((d) => d.date));
      const calendar = vietnamCalendar();
      const first = toEpochDay({ year: Number(year), month: 1, day: 1 });
      const last = toEpochDay({ year: Number(year), month: 12, day: 31 });
      let working = 0;
      for (let day = first; day <= last; day++) {
        const date = epochDayToIso(day);
        const isWorking = calendar.isWorkingDay(date);
        const weekend = isoWeekday(day) > 5;
        if (isWorking) working++;
        if (weekend === isWorking) expect(listed, date).toContain(date);
        if (listed.has(date)) expect(json.days.find((d) => d.date === date)?.working).toBe(isWorking);
      }
      for (const d of json.days) if (d.weekday > 5 && !d.working) expect(d.kind).toBe("holiday");
      expect(json.workingDays).toBe(working);
    },
  );

  it("a year without an official schedule is flagged estimated, in JSON and in text", async () => {
    // calendar-and-deadlines.md §2.3: no 2027 announcement found (UNCONFIRMED).
    const json = await calendarJson("2027");
    expect(json.estimated).toBe(true);
    expect(json.days.every((d) => d.estimated)).toBe(true);
    const text = await run(["calendar", "2027", "--lang", "en"]);
    expect(text.stdout).toContain("Estimated: 2027 has no official holiday schedule");
  });

  it("prints a table with reasons and sources, in Vietnamese by default and in English", async () => {
    const vi = await run(["calendar", "2026"]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(/2026-04-27 T2 +nghỉ bù +Nghỉ bù Giỗ Tổ Hùng Vương/);
    expect(vi.stdout).toContain("Căn cứ: khoản 3 Điều 111, Bộ luật Lao động 2019 (45/2019/QH14)");
    expect(vi.stdout).toContain("13 ngày nghỉ trong tuần làm việc, 2 ngày làm bù; 250 ngày làm việc cả năm.");
    const en = await run(["calendar", "2026", "--lang", "en"]);
    expect(en.stdout).toMatch(/2026-01-10 Sat make-up working day +Working day making up for 2026-01-02/);
    expect(en.stdout).toContain("Source: Article 111(3)");
  });

  it.each([
    ["1999", "calendar.year_out_of_range", "Năm 1999 nằm ngoài phạm vi", "Year 1999 is outside the range"],
    ["2200", "calendar.year_out_of_range", "Năm 2200 nằm ngoài phạm vi", "Year 2200 is outside the range"],
    ["abc", "input.invalid_year", 'Năm "abc" không hợp lệ', 'Invalid year "abc"'],
    ["2026.5", "input.invalid_year", 'Năm "2026.5" không hợp lệ', 'Invalid year "2026.5"'],
    ["", "input.invalid_year", 'Năm "" không hợp lệ', 'Invalid year ""'],
  ])("year %j: exit 1 with %s in vi and en", async (year, code, vi, en) => {
    const text = await run(["calendar", "--", year]);
    expect(text.code).toBe(1);
    expect(text.stdout).toBe("");
    expect(text.stderr).toContain(vi);
    const json = await run(["calendar", "--json", "--lang", "en", "--", year]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ input: year, error: { code, message: expect.stringContaining(en) } });
  });
});

describe("cchc calendar <year> --ics", () => {
  it("writes one all-day event per listed day, RFC 5545 framing", async () => {
    const json = await calendarJson("2026");
    const r = await run(["calendar", "2026", "--ics"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
    expect(r.stdout.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(r.stdout.replaceAll("\r\n", "")).not.toContain("\n");
    const lines = unfold(r.stdout);
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(json.days.length);
    expect(lines).toContain("DTSTART;VALUE=DATE:20260427");
    expect(lines).toContain("DTEND;VALUE=DATE:20260428");
    expect(lines).toContain("UID:vn-state.2026-04-27@cchc.local");
    expect(lines).toContain("SUMMARY:Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) (trùng ngày nghỉ hằng tuần 26/04/2026)");
    expect(lines.find((l) => l.startsWith("DESCRIPTION:") && l.includes("nghỉ bù"))).toContain("\\nCăn cứ: khoản 3 Điều 111\\, Bộ luật Lao động 2019");
    expect(lines.filter((l) => l.startsWith("DTSTAMP:")).every((l) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(l))).toBe(true);
  });

  it("parses with ical.js (a full RFC 5545 parser) back to the listed days, names and kinds", async () => {
    const json = await calendarJson("2026");
    const r = await run(["calendar", "2026", "--ics", "--lang", "en"]);
    const component = new ICAL.Component(ICAL.parse(r.stdout));
    const events = component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toString())).toEqual(json.days.map((d) => d.date));
    expect(events.map((e) => e.endDate.toString())).toEqual(json.days.map((d) => epochDayToIso(toEpochDay(fromIso(d.date)) + 1)));
    expect(events.map((e) => e.summary)).toEqual(json.days.map((d) => d.name.en));
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
    const categories = component.getAllSubcomponents("vevent").map((v) => v.getFirstPropertyValue("categories"));
    expect(categories).toEqual(json.days.map((d) => d.kind));
    expect(events[0]!.description).toBe("public holiday\nSource: Article 112(1)(a), Bộ luật Lao động 2019 (45/2019/QH14), Quốc hội");
  });

  it("English texts with --lang en, and the estimate marked in the summary", async () => {
    const r = await run(["calendar", "2027", "--ics", "--lang", "en"]);
    const lines = unfold(r.stdout);
    expect(lines).toContain("X-WR-CALNAME:Days off and make-up working days 2027");
    expect(lines).toContain("SUMMARY:New Year's Day (estimated)");
  });

  it("a bad year exits 1 without writing a calendar", async () => {
    const r = await run(["calendar", "1800", "--ics"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
  });
});

// 24/11, Ngày Văn hóa Việt Nam: /work/shared/domain/calendar-and-deadlines.md §1.2 — decided as policy
// (Nghị quyết 80-NQ/TW, 07/01/2026), enactment UNCONFIRMED; 24/11/2026 is a Tuesday, 24/11/2029 a Saturday.
describe("cchc calendar: 24/11 (Ngày Văn hóa Việt Nam) is not a holiday unless --culture-day says so", () => {
  it("2026 by default: a working day, said at the top of the text output and in --json, with how to change it", async () => {
    const text = await run(["calendar", "2026"]);
    const lines = text.stdout.split("\n");
    expect(lines[0]).toBe("Năm 2026: ngày nghỉ và ngày làm bù của cơ quan nhà nước");
    expect(lines[1]).toContain("24/11/2026 (Ngày Văn hóa Việt Nam) không được tính là ngày nghỉ lễ");
    expect(lines[1]).toContain("[UNCONFIRMED]");
    expect(lines[1]).toContain("--culture-day 2026");
    expect((await run(["calendar", "2026", "--lang", "en"])).stdout.split("\n")[1]).toContain(
      "Note: 24/11/2026 (Vietnamese Culture Day) is not counted as a public holiday",
    );
    const json = JSON.parse((await run(["calendar", "2026", "--json"])).stdout);
    expect(json.cultureDay).toMatchObject({ date: "2026-11-24", dayOff: false, source: { document: "80-NQ/TW", confidence: "UNCONFIRMED" } });
    expect(json.days.some((d: Day) => d.date === "2026-11-24")).toBe(false);
  });

  it("--culture-day 2026: a public holiday with its UNCONFIRMED source, one working day fewer, no note", async () => {
    const text = await run(["calendar", "2026", "--culture-day", "2026"]);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain("--culture-day");
    expect(text.stdout).toContain("2026-11-24 T3  nghỉ lễ, tết");
    const json = JSON.parse((await run(["calendar", "2026", "--culture-day", "2026", "--json"])).stdout);
    expect(json).toMatchObject({ calendar: "vn-state+culture-day-2026", workingDays: 249, cultureDay: { dayOff: true } });
    expect(json.days.find((d: Day) => d.date === "2026-11-24")).toMatchObject({ kind: "holiday", working: false, source: { confidence: "UNCONFIRMED" } });
  });

  it("a Saturday 24/11 (2029) enabled gives its substitute day on Monday 26/11 (Điều 111 khoản 3)", async () => {
    const json = JSON.parse((await run(["calendar", "2029", "--culture-day", "2026", "--json"])).stdout);
    expect(json.cultureDay.dayOff).toBe(true);
    expect(json.days.find((d: Day) => d.date === "2029-11-26")).toMatchObject({ kind: "observed", working: false });
    const plain = JSON.parse((await run(["calendar", "2029", "--json"])).stdout);
    expect(plain.cultureDay.dayOff).toBe(false);
    expect(plain.days.some((d: Day) => d.date === "2029-11-26")).toBe(false);
  });

  it("before 2026: no note and cultureDay null; a first year before 2026 or not a year is rejected (exit 1)", async () => {
    expect((await run(["calendar", "2025"])).stdout).not.toContain("24/11");
    expect(JSON.parse((await run(["calendar", "2025", "--json"])).stdout).cultureDay).toBeNull();
    const early = await run(["calendar", "2026", "--culture-day", "2025", "--json"]);
    expect(early.code).toBe(1);
    expect(JSON.parse(early.stdout)).toMatchObject({ input: "2025", error: { code: "calendar.invalid_cultural_day" } });
    const bad = await run(["calendar", "2026", "--culture-day", "soon"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("soon");
  });
});
