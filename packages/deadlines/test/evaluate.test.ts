import { catalogueProblems, toEpochDay } from "@cchc/core";
import {
  REST_DAY_POLICIES,
  deadlineStepMessages,
  evaluateDeadline,
  explainDeadline,
  periodId,
  type DayReading,
  type DeadlineRule,
  type RestDayPolicy,
  type DeadlineCalendar,
} from "@cchc/deadlines";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@cchc/calendar";
import { factsCalendar } from "./fixtures/facts-calendar.js";

// The real calendar of state bodies (@cchc/calendar); the facts-file fixture is used where a custom calendar is the point.
const calendar: DeadlineCalendar = vietnamCalendar().epoch;
const factsFixture = factsCalendar();
// seeds/000_41b9030813a16d0b.txt, V.5: "Định kỳ trước ngày 10 hằng tháng, báo cáo kết quả tuyên truyền"
const MONTHLY: DeadlineRule = { kind: "day-of-month", day: 10, wording: "before", monthsAfterPeriodEnd: 1 };

function due(rule: DeadlineRule, options: Omit<Parameters<typeof evaluateDeadline>[1], "calendar">): string {
  const r = evaluateDeadline(rule, { calendar, ...options });
  if (!r.ok) throw r.error;
  return r.value.due;
}

describe("the 2026 monthly media report ('trước ngày 10 hằng tháng'), every month under each reading", () => {
  // Calendar: calendar-and-deadlines.md §2.2 (Sat 10/01/2026 is a make-up working day, VPCP 12729/VPCP-KGVX).
  // Columns: reading × policy (keep, previous-working-day, next-working-day); rows: the month of the 10th.
  const VECTORS: Record<DayReading, readonly (readonly [string, string, string])[]> = {
    "on-or-before": [
      ["01-10", "01-10", "01-10"], ["02-10", "02-10", "02-10"], ["03-10", "03-10", "03-10"], ["04-10", "04-10", "04-10"],
      ["05-10", "05-08", "05-11"], ["06-10", "06-10", "06-10"], ["07-10", "07-10", "07-10"], ["08-10", "08-10", "08-10"],
      ["09-10", "09-10", "09-10"], ["10-10", "10-09", "10-12"], ["11-10", "11-10", "11-10"], ["12-10", "12-10", "12-10"],
    ],
    "strictly-before": [
      ["01-09", "01-09", "01-09"], ["02-09", "02-09", "02-09"], ["03-09", "03-09", "03-09"], ["04-09", "04-09", "04-09"],
      ["05-09", "05-08", "05-11"], ["06-09", "06-09", "06-09"], ["07-09", "07-09", "07-09"], ["08-09", "08-07", "08-10"],
      ["09-09", "09-09", "09-09"], ["10-09", "10-09", "10-09"], ["11-09", "11-09", "11-09"], ["12-09", "12-09", "12-09"],
    ],
  };
  for (const reading of ["on-or-before", "strictly-before"] as const) {
    REST_DAY_POLICIES.forEach((policy, column) => {
      it(`${reading}, ${policy}`, () => {
        for (let month = 1; month <= 12; month++) {
          // The report sent in month M covers month M − 1.
          const period = month === 1 ? "2025-12" : `2026-${String(month - 1).padStart(2, "0")}`;
          const rule: DeadlineRule = { ...MONTHLY, reading, policy };
          expect(due(rule, { period }), period).toBe(`2026-${VECTORS[reading][month - 1]![column]}`);
        }
      });
    });
  }

  it("defaults to strictly before and the previous working day, listing all six readings", () => {
    const r = evaluateDeadline(MONTHLY, { calendar, period: "2026-04" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const e = r.value;
    expect([e.reading, e.policy, e.due]).toEqual(["strictly-before", "previous-working-day", "2026-05-08"]);
    expect(e.readings).toHaveLength(6);
    expect(e.readings.filter((x) => x.isDefault)).toEqual([
      { reading: "strictly-before", policy: "previous-working-day", due: "2026-05-08", selected: true, isDefault: true },
    ]);
    // 10/5/2026 is a Sunday: the readings range from Fri 8/5 to Mon 11/5.
    expect([e.ambiguous, e.earliestSafe, e.latestSafe]).toEqual([true, "2026-05-08", "2026-05-11"]);
    expect(e.citations.some((c) => c.confidence === "UNCONFIRMED")).toBe(true);
  });
});

describe("the February 2026 report across the Tết break", () => {
  it("is due Monday 9 March 2026 (report on February, sent before 10 March); Tết is inside the span", () => {
    const r = evaluateDeadline(MONTHLY, { calendar, period: "2026-02" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const e = r.value;
    expect(e.due).toBe("2026-03-09");
    expect(e.endsAt).toBe("2026-03-10T00:00:00+07:00");
    expect(e.endsAtMs).toBe(Date.UTC(2026, 2, 9, 17, 0));
    // Tết Bính Ngọ: Sat 14/02 – Sun 22/02/2026 (calendar-and-deadlines.md §2.2)
    expect(e.restDays).toEqual([{ from: "2026-02-14", to: "2026-02-22", days: 9, names: [{ vi: "Tết Nguyên đán", en: "Lunar New Year" }] }]);
    expect(e.workingDaysToDue).toBe(6); // 2–6 and 9 March
    expect(e.readings.map((x) => x.due).sort()).toEqual(["2026-03-09", "2026-03-09", "2026-03-09", "2026-03-10", "2026-03-10", "2026-03-10"]);
    const vi = explainDeadline(e, "vi");
    expect(vi).toContain("Hạn: Thứ Hai, 09/03/2026, kết thúc lúc 24:00");
    expect(vi).toContain("14/02/2026 – 22/02/2026 (9 ngày): Tết Nguyên đán");
    expect(vi).toContain("\"trước ngày 10\" được hiểu là hạn đến hết ngày liền trước ngày đó");
    expect(vi).toBe(vi.normalize("NFC"));
    const en = explainDeadline(e, "en");
    expect(en).toContain("Due: Monday 9 March 2026, ending at 24:00 (Vietnam time).");
    expect(en).toContain("Safe under every reading: Monday 9 March 2026; latest under some reading: Tuesday 10 March 2026.");
  });

  it("the report sent in February (on January) is due Monday 9 February, before the break", () => {
    expect(due(MONTHLY, { period: "2026-01" })).toBe("2026-02-09");
  });

  it("moves across Tết when the 10th falls inside the break (2024)", () => {
    // Tết Giáp Thìn: Thu 08/02 – Wed 14/02/2024 off (calendar-and-deadlines.md §2.0); 10/02/2024 is mùng 1.
    const r = evaluateDeadline(MONTHLY, { calendar, period: "2024-01" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.due).toBe("2024-02-07");
    expect([r.value.earliestSafe, r.value.latestSafe]).toEqual(["2024-02-07", "2024-02-15"]);
    expect(r.value.restDays.find((x) => x.from.startsWith("2024-02"))).toMatchObject({ from: "2024-02-08", to: "2024-02-14", days: 7 });
    expect(r.value.steps.map((s) => s.code)).toContain("step.rest_day_moved");
  });
});

describe("Civil Code periods (Bộ luật Dân sự 2015 Điều 147–148)", () => {
  const period = (amount: number, unit: "day" | "week" | "month" | "year"): DeadlineRule => ({ kind: "period", amount, unit });
  it("does not count the first day (Điều 147 khoản 2–3): 15 days from 10/02/2026 end on 25/02/2026", () => {
    expect(due(period(15, "day"), { event: "2026-02-10" })).toBe("2026-02-25");
  });
  it("ends a week period on the corresponding weekday (Điều 148 khoản 2)", () => {
    expect(due(period(1, "week"), { event: "2026-03-03" })).toBe("2026-03-10");
  });
  it("ends a month period on the month's last day when the day does not exist (khoản 3), then moves off the weekend (khoản 5)", () => {
    // 31/01/2026 + 1 month → 28/02/2026 (Saturday) → Monday 02/03/2026
    const r = evaluateDeadline(period(1, "month"), { calendar, event: "2026-01-31" });
    expect(r.ok && r.value.due).toBe("2026-03-02");
    expect(r.ok && r.value.steps.map((s) => s.code)).toEqual(
      expect.arrayContaining(["step.civil_month_clamped", "step.rest_day_moved"]),
    );
    expect(r.ok && r.value.citations.map((c) => `${c.article}.${c.clause}`)).toEqual(expect.arrayContaining(["148.3", "148.5", "148.6"]));
  });
  it("ends a year period on the corresponding day and month (khoản 4): 29/02/2024 + 1 year → 28/02/2025", () => {
    expect(due(period(1, "year"), { event: "2024-02-29" })).toBe("2025-02-28");
  });
  it("moves a last day inside the Tết break to the next working day (khoản 5)", () => {
    // 05/02/2026 + 10 days = Sun 15/02/2026, Tết break until Sun 22/02 → Mon 23/02/2026
    expect(due(period(10, "day"), { event: "2026-02-05" })).toBe("2026-02-23");
  });
  it("ends at 24:00 of the last day (khoản 6), whatever the host time zone", () => {
    const r = evaluateDeadline(period(15, "day"), { calendar, event: "2026-02-10T23:30:00+07:00" });
    expect(r.ok && [r.value.due, r.value.endsAt, r.value.endsAtMs]).toEqual(["2026-02-25", "2026-02-26T00:00:00+07:00", Date.UTC(2026, 1, 25, 17)]);
  });
  it("takes the event day in Vietnam time: 2026-02-09T18:00Z is 10 February in Vietnam", () => {
    expect(due(period(15, "day"), { event: "2026-02-09T18:00:00Z" })).toBe("2026-02-25");
  });
  it("honours an explicit policy (Điều 145: another rule may provide otherwise)", () => {
    expect(due({ kind: "period", amount: 1, unit: "month", restDayPolicy: "keep" }, { event: "2026-01-31" })).toBe("2026-02-28");
  });
});

describe("working days and the 15:00 rule (Nghị định 61/2018/NĐ-CP Điều 18, 19)", () => {
  const sameDay: DeadlineRule = { kind: "working-days", days: 0, receiptCutoff: "15:00" };
  it("returns a same-day result on the day when received by 15:00", () => {
    expect(due(sameDay, { event: "2026-03-02T14:59:00+07:00" })).toBe("2026-03-02");
    expect(due(sameDay, { event: "2026-03-02T15:00:00+07:00" })).toBe("2026-03-02");
  });
  it("returns it on the next working day when received after 15:00 ('nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo')", () => {
    expect(due(sameDay, { event: "2026-03-02T15:01:00+07:00" })).toBe("2026-03-03");
    expect(due(sameDay, { event: "2026-03-02T08:00:01Z" })).toBe("2026-03-03"); // 15:00:01 in Vietnam
    const r = evaluateDeadline(sameDay, { calendar, event: "2026-03-02T16:10:00+07:00" });
    expect(r.ok && r.value.citations.some((c) => c.document === "61/2018/NĐ-CP" && c.article === "18")).toBe(true);
  });
  it("ignores the cut-off for procedures that do not state one", () => {
    expect(due({ kind: "working-days", days: 0 }, { event: "2026-03-02T16:10:00+07:00" })).toBe("2026-03-02");
  });
  it("counts working days after the receipt, skipping the Tết break", () => {
    // received Thu 12/02/2026; working days: Fri 13, Mon 23, Tue 24, Wed 25, Thu 26
    expect(due({ kind: "working-days", days: 5 }, { event: "2026-02-12T10:00:00+07:00" })).toBe("2026-02-26");
  });
  it("treats a receipt on a rest day as received on the next working day", () => {
    expect(due({ kind: "working-days", days: 3 }, { event: "2026-03-07T09:00:00+07:00" })).toBe("2026-03-12");
  });
  it("counts a make-up Saturday as a working day (Sat 10/01/2026, VPCP 12729/VPCP-KGVX)", () => {
    expect(due({ kind: "working-days", days: 1, receiptCutoff: "15:00" }, { event: "2026-01-09T16:00:00+07:00" })).toBe("2026-01-12");
  });
});

describe("reporting periods", () => {
  const cchc: DeadlineRule = { kind: "reporting-period", regime: "cchc" };
  it("gives the CCHC windows and day 20 of the last month (581/BNV-CCHC, SECONDARY)", () => {
    const q1 = evaluateDeadline(cchc, { calendar, period: "2026-Q1" });
    expect(q1.ok && [q1.value.window, q1.value.due]).toEqual([{ start: "2025-12-15", end: "2026-03-14" }, "2026-03-20"]);
    expect(q1.ok && q1.value.citations.find((c) => c.document === "581/BNV-CCHC")?.confidence).toBe("SECONDARY");
    const h1 = evaluateDeadline(cchc, { calendar, period: "2026-H1" });
    // 20/06/2026 is a Saturday
    expect(h1.ok && [h1.value.window?.start, h1.value.due, h1.value.latestSafe]).toEqual(["2025-12-15", "2026-06-19", "2026-06-22"]);
    const q3 = evaluateDeadline(cchc, { calendar, period: "2026-Q3" });
    expect(q3.ok && [q3.value.window, q3.value.due]).toEqual([{ start: "2026-06-15", end: "2026-09-14" }, "2026-09-18"]);
    const year = evaluateDeadline(cchc, { calendar, period: "2026" });
    expect(year.ok && [year.value.window, year.value.due]).toEqual([{ start: "2025-12-15", end: "2026-12-14" }, "2026-12-18"]);
  });
  it("rejects periods the CCHC regime does not have", () => {
    for (const period of ["2026-Q2", "2026-H2", "2026-03", "2026-9M"]) {
      const r = evaluateDeadline(cchc, { calendar, period });
      expect(!r.ok && r.error.code, period).toBe("deadline.period_not_in_regime");
    }
  });
  it("applies NĐ 09/2019 windows with the UNCONFIRMED default deadline, moving off Tết", () => {
    const r = evaluateDeadline({ kind: "reporting-period", regime: "nd09-2019" }, { calendar, period: "2026-02" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.window).toEqual({ start: "2026-01-15", end: "2026-02-14" });
    // 20/02/2026 is mùng 4 Tết → previous working day Fri 13/02; next working day Mon 23/02
    expect([r.value.due, r.value.latestSafe]).toEqual(["2026-02-13", "2026-02-23"]);
    expect(r.value.citations.find((c) => c.quote?.includes("ngày 20"))?.confidence).toBe("UNCONFIRMED");
  });
  it("takes a local deadline: 2 working days after the cut-off", () => {
    const rule: DeadlineRule = { kind: "reporting-period", regime: "nd09-2019", due: { kind: "working-days", days: 2, anchor: "window-end" } };
    expect(due(rule, { period: "2026-02" })).toBe("2026-02-24");
  });
  it("lets the unconfirmed windows be configured", () => {
    const rule: DeadlineRule = { kind: "reporting-period", regime: "nd09-2019", windows: { "nine-months": { startDay: 1, startMonthOffset: 0, endDay: "last" } } };
    const r = evaluateDeadline(rule, { calendar, period: "2026-9M" });
    expect(r.ok && r.value.window).toEqual({ start: "2026-01-01", end: "2026-09-30" });
  });
  it("plain calendar periods use the rule's own deadline", () => {
    const rule: DeadlineRule = { kind: "reporting-period", regime: "calendar", due: { kind: "period", amount: 15, unit: "day", anchor: "period-end" } };
    const r = evaluateDeadline(rule, { calendar, period: "2026-02" });
    // 28/02 + 15 days = Sun 15/03/2026 → Mon 16/03/2026
    expect(r.ok && [r.value.window, r.value.due]).toEqual([{ start: "2026-02-01", end: "2026-02-28" }, "2026-03-16"]);
  });
});

describe("errors and options", () => {
  it("returns typed errors, never throws", () => {
    const cases: [DeadlineRule, Parameters<typeof evaluateDeadline>[1], string][] = [
      [MONTHLY, { calendar }, "deadline.period_required"],
      [{ kind: "working-days", days: 3 }, { calendar }, "deadline.event_required"],
      [{ kind: "working-days", days: 3 }, { calendar, event: "2026-02-30" }, "deadline.invalid_date"],
      [{ kind: "working-days", days: 3 }, { calendar, event: new Date(Number.NaN) }, "deadline.invalid_date"],
      [{ kind: "day-of-month", day: 99, wording: "before" } as unknown as DeadlineRule, { calendar, period: "2026-01" }, "deadline.invalid_rule"],
      [MONTHLY, { calendar, period: "2026-13" }, "deadline.invalid_period_id"],
      [MONTHLY, { calendar: factsFixture, period: "2050-01" }, "deadline.calendar_error"],
      [MONTHLY, { calendar, period: "2199-12" }, "calendar.invalid_epoch_day"], // the calendar's own typed error, passed through
      [{ kind: "day-of-month", day: 20, wording: "no-later-than" }, { calendar, period: "2026-01", reading: "strictly-before" }, "deadline.reading_not_admissible"],
      [{ ...MONTHLY, policy: "keep" }, { calendar, period: "2026-01", policy: "next-working-day" }, "deadline.policy_not_admissible"],
    ];
    for (const [rule, options, code] of cases) {
      const r = evaluateDeadline(rule, options);
      expect(r.ok ? "ok" : r.error.code, code).toBe(code);
    }
  });
  it("accepts a reading chosen by the caller and a WorkCalendar-shaped object", () => {
    const r = evaluateDeadline(MONTHLY, { calendar: { epoch: calendar }, period: "2026-02", reading: "on-or-before" });
    expect(r.ok && [r.value.due, r.value.readings.find((x) => x.selected)?.reading]).toEqual(["2026-03-10", "on-or-before"]);
  });
  it("flags estimated calendar years (the report on December 2026 is due in January 2027)", () => {
    const r = evaluateDeadline(MONTHLY, { calendar, period: "2026-12" });
    expect(r.ok && [r.value.due, r.value.estimated]).toEqual(["2027-01-08", true]);
    expect(r.ok && r.value.steps.at(-1)?.code).toBe("step.estimated");
  });
  it("has complete vi/en step templates", () => {
    expect(catalogueProblems(deadlineStepMessages)).toEqual([]);
  });
});

describe("properties", () => {
  const ruleArb = fc.record({
    day: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.constant("last" as const)),
    reading: fc.constantFrom<DayReading>("on-or-before", "strictly-before"),
    policy: fc.constantFrom<RestDayPolicy>("previous-working-day", "next-working-day"),
    offset: fc.integer({ min: 0, max: 2 }),
    year: fc.integer({ min: 2021, max: 2027 }),
    month: fc.integer({ min: 1, max: 12 }),
  });
  it("a due date under a moving policy is a working day, inside [earliestSafe, latestSafe]", () => {
    fc.assert(
      fc.property(ruleArb, ({ day, reading, policy, offset, year, month }) => {
        const rule: DeadlineRule = { kind: "day-of-month", day, wording: "before", reading, policy, monthsAfterPeriodEnd: offset };
        const r = evaluateDeadline(rule, { calendar, period: periodId({ kind: "month", year, month }) });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(calendar.isWorkingDay(r.value.dueDay)).toBe(true);
        expect(r.value.earliestSafe <= r.value.due && r.value.due <= r.value.latestSafe).toBe(true);
      }),
    );
  });
  it("'on or before' is never earlier than 'strictly before' under the same policy", () => {
    fc.assert(
      fc.property(ruleArb, ({ day, policy, offset, year, month }) => {
        const period = periodId({ kind: "month", year, month });
        const base = { kind: "day-of-month", day, wording: "before", policy, monthsAfterPeriodEnd: offset } as const;
        expect(due({ ...base, reading: "on-or-before" }, { period }) >= due({ ...base, reading: "strictly-before" }, { period })).toBe(true);
      }),
    );
  });
  it("a working-day count lands on a working day strictly after the receipt", () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay({ year: 2024, month: 1, day: 1 }), max: toEpochDay({ year: 2026, month: 12, day: 1 }) }), fc.integer({ min: 1, max: 20 }), (day, n) => {
        const r = evaluateDeadline({ kind: "working-days", days: n }, { calendar, event: day * 86_400_000 - 7 * 3_600_000 + 3_600_000 });
        expect(r.ok && calendar.isWorkingDay(r.value.dueDay) && r.value.dueDay > day).toBe(true);
      }),
    );
  });
});

describe("the default calendar and custom calendars", () => {
  it("uses vietnamCalendar() of @cchc/calendar when no calendar is given", () => {
    const r = evaluateDeadline(MONTHLY, { period: "2026-02" });
    expect(r.ok && r.value.due).toBe("2026-03-09");
    const w = evaluateDeadline(MONTHLY, { calendar: vietnamCalendar(), period: "2026-04" });
    expect(w.ok && w.value.due).toBe("2026-05-08");
  });
  it("the facts-file fixture agrees with @cchc/calendar on every day of 2024–2026", () => {
    const from = toEpochDay({ year: 2024, month: 1, day: 1 });
    const to = toEpochDay({ year: 2026, month: 12, day: 31 });
    const differences: string[] = [];
    for (let day = from; day <= to; day++) {
      if (factsFixture.isWorkingDay(day) !== calendar.isWorkingDay(day)) differences.push(calendar.dayInfo(day).date);
    }
    expect(differences).toEqual([]);
  });
  it("names the holiday that moved a due date and cites its source", () => {
    // 20/02/2026 (NĐ 09/2019 default for February) is mùng 4 Tết
    const r = evaluateDeadline({ kind: "reporting-period", regime: "nd09-2019" }, { period: "2026-02" });
    expect(r.ok && r.value.steps.find((s) => s.code === "step.rest_day_moved")?.text.vi).toContain("nghỉ lễ, tết: Tết Nguyên đán");
    expect(r.ok && r.value.citations.some((c) => c.date === "2025-10-13")).toBe(true);
  });
});
