import { catalogueProblems } from "@cchc/core";
import {
  OCCURRENCE_STATUSES,
  evaluateObligation,
  obligationMessages,
  occurrenceStatuses,
  reminderList,
  scheduleObligations,
  type Obligation,
  type Occurrence,
  type DeadlineCalendar,
} from "@cchc/deadlines";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@cchc/calendar";
import { factsCalendar } from "./fixtures/facts-calendar.js";
import { AGENCIES_CCHC, CULTURE, FINANCE, JUSTICE, MEDIA, MEDIA_MONTHLY } from "./fixtures/plan-obligations.js";

// The real calendar of state bodies (@cchc/calendar); the facts-file fixture is used where a custom calendar is the point.
const calendar: DeadlineCalendar = vietnamCalendar().epoch;
const factsFixture = factsCalendar();

function schedule2026(): Occurrence[] {
  const r = scheduleObligations([MEDIA_MONTHLY, AGENCIES_CCHC], { calendar, year: 2026 });
  if (!r.ok) throw r.error;
  expect(r.value.problems).toEqual([]);
  return [...r.value.occurrences];
}

describe("precedence", () => {
  it("applies the plan's own rule over the decree default and records both dates", () => {
    const r = evaluateObligation(MEDIA_MONTHLY, "2026-02", { calendar });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.evaluation.due).toBe("2026-03-09");
    const p = r.value.precedence!;
    expect(p.applied).toBe("own");
    // The NĐ 09/2019 default would be day 20 of February 2026, inside Tết → Fri 13/02/2026.
    expect(p.overridden.map((o) => o.due)).toEqual(["2026-02-13"]);
    expect(p.text.vi).toContain("Áp dụng hạn riêng (Thứ Hai, 09/03/2026)");
    expect(p.text.en).toContain("replaces the default deadline of 09/2019/NĐ-CP [UNCONFIRMED] (2026-02-13)");
  });
  it("rejects an invalid obligation with a typed error", () => {
    const r = evaluateObligation({ ...MEDIA_MONTHLY, who: [] }, "2026-02", { calendar });
    expect(!r.ok && r.error.code).toBe("deadline.invalid_obligation");
  });
});

describe("scheduling over a year", () => {
  it("dates 12 monthly reports and the 4 CCHC reports of 2026", () => {
    const occurrences = schedule2026();
    const media = occurrences.filter((o) => o.obligationId === MEDIA_MONTHLY.id);
    expect(media.map((o) => `${o.periodId}→${o.due}`)).toEqual([
      "2026-01→2026-02-09", "2026-02→2026-03-09", "2026-03→2026-04-09", "2026-04→2026-05-08",
      "2026-05→2026-06-09", "2026-06→2026-07-09", "2026-07→2026-08-07", "2026-08→2026-09-09",
      "2026-09→2026-10-09", "2026-10→2026-11-09", "2026-11→2026-12-09", "2026-12→2027-01-08",
    ]);
    const cchc = occurrences.filter((o) => o.obligationId === AGENCIES_CCHC.id);
    expect(cchc.map((o) => `${o.periodId}→${o.due}`)).toEqual(["2026-Q1→2026-03-20", "2026-H1→2026-06-19", "2026-Q3→2026-09-18", "2026→2026-12-18"]);
    expect(occurrences.map((o) => o.dueDay)).toEqual([...occurrences.map((o) => o.dueDay)].sort((a, b) => a - b));
  });
  it("reports bad obligations and unschedulable periods without stopping", () => {
    const eventBased: Obligation = { ...MEDIA_MONTHLY, id: "event-based", rule: { kind: "working-days", days: 5 } };
    const r = scheduleObligations([MEDIA_MONTHLY, { ...MEDIA_MONTHLY, id: "BAD ID" }, eventBased, null as unknown as Obligation], { calendar, year: 2026 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.occurrences).toHaveLength(12);
    expect(r.value.problems.map((p) => [p.obligationId, p.error.code])).toEqual([
      ["BAD ID", "deadline.invalid_obligation"],
      ...Array.from({ length: 12 }, () => ["event-based", "deadline.event_required"]),
      ["#3", "deadline.invalid_obligation"],
    ]);
    const far = scheduleObligations([MEDIA_MONTHLY], { calendar, year: 3000 });
    expect(!far.ok && far.error.code).toBe("deadline.year_out_of_range");
  });
});

describe("status at an instant", () => {
  const occurrences = schedule2026();
  const feb = occurrences.filter((o) => o.periodId === "2026-02" && o.obligationId === MEDIA_MONTHLY.id);
  const statusAt = (at: string, submittedAt?: string) => {
    const r = occurrenceStatuses(feb, {
      calendar,
      at,
      submissions: submittedAt ? [{ obligationId: MEDIA_MONTHLY.id, periodId: "2026-02", submittedAt }] : [],
    });
    if (!r.ok) throw r.error;
    return r.value[0]!;
  };
  it("is upcoming, then due soon (3 working days by default), then overdue after 24:00", () => {
    expect(statusAt("2026-03-03T09:00:00+07:00").status).toBe("upcoming");
    expect(statusAt("2026-03-04T09:00:00+07:00")).toMatchObject({ status: "due-soon", workingDaysLeft: 4 });
    expect(statusAt("2026-03-09T23:59:59+07:00").status).toBe("due-soon");
    expect(statusAt("2026-03-10T00:00:00+07:00")).toMatchObject({ status: "overdue", workingDaysLate: 1 });
  });
  it("tells on-time from late submissions at the 24:00 boundary, in Vietnam time", () => {
    expect(statusAt("2026-03-20T00:00:00Z", "2026-03-09T16:59:59Z").status).toBe("submitted-on-time");
    expect(statusAt("2026-03-20T00:00:00Z", "2026-03-09T17:00:00Z")).toMatchObject({ status: "submitted-late", workingDaysLate: 1 });
  });
  it("ignores submissions after the instant asked about", () => {
    expect(statusAt("2026-03-05T09:00:00+07:00", "2026-03-06T09:00:00+07:00").status).toBe("due-soon");
  });
  it("uses a configurable lead time", () => {
    const r = occurrenceStatuses(feb, { calendar, at: "2026-02-25T09:00:00+07:00", dueSoonDays: 10 });
    expect(r.ok && r.value[0]!.status).toBe("due-soon");
  });
  it("gives one status per party, a submission without party counting for all", () => {
    const q1 = occurrences.filter((o) => o.periodId === "2026-Q1" && o.obligationId === AGENCIES_CCHC.id);
    const r = occurrenceStatuses(q1, {
      calendar,
      at: "2026-03-23T09:00:00+07:00",
      submissions: [{ obligationId: AGENCIES_CCHC.id, periodId: "2026-Q1", partyId: FINANCE.id, submittedAt: "2026-03-18T10:00:00+07:00" }],
    });
    expect(r.ok && r.value.map((s) => [s.party.id, s.status])).toEqual([[FINANCE.id, "submitted-on-time"], [JUSTICE.id, "overdue"]]);
  });
  it("rejects an invalid instant", () => {
    const r = occurrenceStatuses(feb, { calendar, at: "yesterday" });
    expect(!r.ok && r.error.code).toBe("deadline.invalid_date");
  });
  it("a later submission is never an earlier status (property)", () => {
    const rank = (s: string) => OCCURRENCE_STATUSES.indexOf(s as (typeof OCCURRENCE_STATUSES)[number]);
    const start = Date.UTC(2026, 1, 20);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 * 86_400_000 }), fc.integer({ min: 0, max: 10 * 86_400_000 }), (a, delta) => {
        const at = new Date(start + 60 * 86_400_000).toISOString();
        const first = statusAt(at, new Date(start + a).toISOString()).status;
        const later = statusAt(at, new Date(start + a + delta).toISOString()).status;
        expect(rank(later)).toBeGreaterThanOrEqual(rank(first));
      }),
    );
  });
});

describe("reminders for the urging unit (đôn đốc)", () => {
  it("lists overdue first, then due soon, with ready-to-send texts", () => {
    const r = reminderList(schedule2026(), {
      calendar,
      at: "2026-03-18T09:00:00+07:00",
      urgingUnit: CULTURE,
      submissions: [{ obligationId: MEDIA_MONTHLY.id, periodId: "2026-01", submittedAt: "2026-02-06T10:00:00+07:00" }],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((x) => [x.occurrence.periodId, x.party.id, x.status])).toEqual([
      ["2026-02", MEDIA.id, "overdue"],
      ["2026-Q1", FINANCE.id, "due-soon"],
      ["2026-Q1", JUSTICE.id, "due-soon"],
    ]);
    expect(r.value[0]!.text.vi).toBe(
      "Sở Văn hóa, Thể thao và Du lịch đôn đốc: Báo và Phát thanh, Truyền hình Bắc Ninh chưa gửi báo cáo kết quả tuyên truyền CCHC tháng 02/2026 đến Sở Văn hóa, Thể thao và Du lịch: hạn Thứ Hai, 09/03/2026, đã quá 7 ngày làm việc. Đề nghị gửi ngay.",
    );
    expect(r.value[1]!.text.en).toContain("please send the report on administrative-reform communication for Q1 2026 to Department of Home Affairs before 24:00 on Friday 20 March 2026 (3 working day(s) left).");
  });
  it("has complete vi/en texts", () => {
    expect(catalogueProblems(obligationMessages)).toEqual([]);
  });
});

describe("calendar failures", () => {
  it("come back as typed errors from status and iCalendar export", async () => {
    const { toICalendar } = await import("@cchc/deadlines");
    const occurrences = schedule2026();
    const r = occurrenceStatuses(occurrences, { calendar: factsFixture, at: "2026-03-05T09:00:00+07:00", dueSoonDays: 5000 });
    expect(!r.ok && r.error.code).toBe("deadline.calendar_error");
    const ics = toICalendar(occurrences, { calendar, alarms: [{ workingDaysBefore: 60 }], dtstamp: 0 });
    expect(ics.ok).toBe(true);
    const far = toICalendar(occurrences, { calendar: { ...factsFixture, addWorkingDays: () => { throw new RangeError("outside"); } }, dtstamp: 0 });
    expect(!far.ok && far.error.code).toBe("deadline.calendar_error");
  });
});
