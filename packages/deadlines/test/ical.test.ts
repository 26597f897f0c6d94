import { scheduleObligations, toICalendar, type DeadlineCalendar, type Occurrence } from "@cchc/deadlines";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@cchc/calendar";
import { AGENCIES_CCHC, MEDIA_MONTHLY } from "./fixtures/plan-obligations.js";

// The real calendar of state bodies (@cchc/calendar); the facts-file fixture is used where a custom calendar is the point.
const calendar: DeadlineCalendar = vietnamCalendar().epoch;
const schedule = scheduleObligations([MEDIA_MONTHLY, AGENCIES_CCHC], { calendar, year: 2026 });
if (!schedule.ok) throw schedule.error;
const occurrences: readonly Occurrence[] = schedule.value.occurrences;
const DTSTAMP = "2026-01-05T08:00:00+07:00";

function ics(lang: "vi" | "en" = "vi"): string {
  const r = toICalendar(occurrences, { calendar, lang, dtstamp: DTSTAMP, name: "CCHC 2026; Bắc Ninh, hạn báo cáo" });
  if (!r.ok) throw r.error;
  return r.value;
}

describe("iCalendar export (RFC 5545), checked with ical.js", () => {
  it("parses with a real RFC 5545 parser: one all-day event per occurrence", () => {
    const component = new ICAL.Component(ICAL.parse(ics()));
    // ical.js keeps unknown X- properties raw; the TEXT escaping of the name is visible there.
    expect(component.getFirstPropertyValue("x-wr-calname")).toBe("CCHC 2026\\; Bắc Ninh\\, hạn báo cáo");
    const events = component.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(16);
    const feb = events.find((e) => e.uid === "bac-ninh-2026.media-monthly-report.2026-02@cchc.local")!;
    expect(feb.startDate.isDate).toBe(true);
    expect(feb.startDate.toString()).toBe("2026-03-09");
    expect(feb.endDate.toString()).toBe("2026-03-10");
    expect(feb.summary).toBe("Hạn: Báo cáo kết quả tuyên truyền CCHC — tháng 02/2026");
    expect(feb.description).toContain("Gửi: Sở Văn hóa, Thể thao và Du lịch");
    expect(feb.description).toContain("Căn cứ: Kế hoạch tuyên truyền cải cách hành chính tỉnh Bắc Ninh năm 2026, V.5, Định kỳ trước ngày 10 hằng tháng");
    expect(feb.description).toContain("Hạn an toàn theo mọi cách hiểu: 2026-03-09");
    const q1 = events.find((e) => e.uid.startsWith("bac-ninh-2026.agencies-cchc-communication.2026-Q1"))!;
    expect(q1.description).toContain("Đồng gửi: Sở Văn hóa, Thể thao và Du lịch");
  });

  it("shows the confidence of the rule with every date, and an UNCONFIRMED rule in the summary", () => {
    const events = new ICAL.Component(ICAL.parse(ics())).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events.every((e) => e.description.includes("Độ tin cậy của quy định: VERIFIED"))).toBe(true);
    const unsure = occurrences.map((o) => ({ ...o, obligation: { ...o.obligation, source: { ...o.obligation.source, confidence: "UNCONFIRMED" as const } } }));
    const r = toICalendar(unsure.slice(0, 1), { calendar, lang: "vi", dtstamp: DTSTAMP });
    const en = toICalendar(unsure.slice(0, 1), { calendar, lang: "en", dtstamp: DTSTAMP });
    if (!r.ok || !en.ok) throw new Error("iCalendar failed");
    const [event] = new ICAL.Component(ICAL.parse(r.value)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(event!.summary).toBe("Hạn (chưa được xác nhận): Báo cáo kết quả tuyên truyền CCHC — tháng 01/2026");
    expect(event!.description).toContain("Độ tin cậy của quy định: UNCONFIRMED — hạn này chưa được xác nhận");
    const [english] = new ICAL.Component(ICAL.parse(en.value)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(english!.summary.startsWith("Due (UNCONFIRMED): ")).toBe(true);
  });

  it("adds reminders on working days at 08:00 Vietnam time", () => {
    const component = new ICAL.Component(ICAL.parse(ics("en")));
    const feb = component.getAllSubcomponents("vevent").find((v) => String(v.getFirstPropertyValue("uid")).includes("report.2026-02"))!;
    const triggers = feb.getAllSubcomponents("valarm").map((a) => (a.getFirstPropertyValue("trigger") as ICAL.Time).toUnixTime());
    // 3 working days before Mon 09/03/2026 is Wed 04/03; 08:00 +07:00 = 01:00Z
    expect(triggers).toEqual([Date.UTC(2026, 2, 4, 1) / 1000, Date.UTC(2026, 2, 9, 1) / 1000]);
    expect(String(feb.getAllSubcomponents("valarm")[0]!.getFirstPropertyValue("action"))).toBe("DISPLAY");
  });

  it("ends lines with CRLF and folds them at 75 octets without splitting UTF-8 characters", () => {
    const text = ics();
    expect(text.endsWith("\r\n")).toBe(true);
    const lines = text.split("\r\n");
    expect(lines.every((l) => Buffer.byteLength(l, "utf8") <= 75)).toBe(true);
    expect(lines.some((l) => l.startsWith(" "))).toBe(true);
    expect(text).not.toContain("\uFFFD");
    expect(text.replace(/\r\n/g, "").includes("\n")).toBe(false);
    expect(text).toContain("DTSTAMP:20260105T010000Z");
  });

  it("escapes commas, semicolons, backslashes and newlines in texts", () => {
    const tricky = { ...occurrences[0]!, obligation: { ...occurrences[0]!.obligation, what: { vi: "Báo cáo; số liệu, \\ ghi chú\nmới", en: "x" } } };
    const r = toICalendar([tricky], { calendar, dtstamp: DTSTAMP, alarms: [] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(r.value)).getFirstSubcomponent("vevent")!);
    expect(event.summary.startsWith("Hạn: Báo cáo; số liệu, \\ ghi chú\nmới — ")).toBe(true);
  });

  it("rejects invalid reminders and domains", () => {
    expect(toICalendar(occurrences, { calendar, alarms: [{ workingDaysBefore: -1 }] }).ok).toBe(false);
    const r = toICalendar(occurrences, { calendar, alarms: [{ workingDaysBefore: 1, time: "25:00" }] });
    expect(!r.ok && r.error.code).toBe("deadline.invalid_alarm");
    const d = toICalendar(occurrences, { calendar, uidDomain: "bad domain\r\nX-INJECT:1" });
    expect(!d.ok && d.error.code).toBe("deadline.invalid_uid_domain");
  });
});
