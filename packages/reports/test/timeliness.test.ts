import { err, makeError, ok, type Result } from "@cchc/core";
import type { DeadlineRule } from "@cchc/deadlines";
import { reportCalculatorMessages, reportObligation, reportTimeliness, type DueDate, type DueDateFunction } from "@cchc/reports";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/**
 * "Định kỳ trước ngày 10 hằng tháng" (plan V.5) for the February 2026 report: 10 March 2026 is a
 * Tuesday, a working day. Under the documented default reading (strictly before, deadline-semantics
 * guide / calendar-and-deadlines.md §5) the last day is Monday 9 March; under the other admissible
 * reading (on or before) it is 10 March. The injected function stands in for evaluateDeadline of
 * @cchc/deadlines with @cchc/calendar.
 */
const calls: { rule: DeadlineRule; period: string }[] = [];
const dueFebruary: DueDateFunction = (rule, period) => {
  calls.push({ rule, period });
  return ok({ due: "2026-03-09", earliestSafe: "2026-03-09", latestSafe: "2026-03-10", citations: [{ title: "Bộ luật Dân sự 2015", article: "148", confidence: "VERIFIED" }] });
};

const monthly = (submittedAt: string) => reportTimeliness("monthly-media-report", { month: "2026-02", submittedAt }, { dueDate: dueFebruary });

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(r.error.localized("en"));
  return r.value;
}

describe("reportTimeliness", () => {
  it("passes the obligation's rule and the report's period to the due-date function", () => {
    calls.length = 0;
    value(monthly("2026-03-06T09:30:00+07:00"));
    expect(calls).toEqual([{ rule: reportObligation("monthly-media-report")!.rule, period: "2026-02" }]);
  });

  it("is on time up to the end of the earliest due date, Vietnam time, whatever the offset written", () => {
    for (const at of ["2026-03-06T09:30:00+07:00", "2026-03-09T23:59:59+07:00", "2026-03-09T16:59:59Z", "2026-03-09T12:59:59.999-04:00"]) {
      const t = value(monthly(at));
      expect(t.status, at).toBe("on-time");
      expect(t.onTimeUnderDefault).toBe(true);
      expect(t.daysLate).toBe(0);
    }
    const t = value(monthly("2026-03-06T09:30:00+07:00"));
    expect(t.explanation.vi).toBe("Báo cáo kết quả tuyên truyền CCHC kỳ 2026-02: nộp ngày 2026-03-06 (giờ Việt Nam), hạn nộp 2026-03-09 — đúng hạn.");
    expect(t.citations[0]!.clause).toBe("V.5");
    expect(t.citations[1]!.article).toBe("148");
  });

  it("is ambiguous on 10 March: on time only under the on-or-before reading of 'trước ngày 10'", () => {
    const t = value(monthly("2026-03-09T17:00:00Z")); // 00:00 on 10 March in Vietnam
    expect(t.submittedOn).toBe("2026-03-10");
    expect(t.status).toBe("ambiguous");
    expect(t.onTimeUnderDefault).toBe(false);
    expect(t.daysLate).toBe(1);
    expect(t.explanation.en).toContain("on time under at least one reading of the rule (latest due date 2026-03-10) but after the earliest one 2026-03-09");
  });

  it("is late after every admissible due date, counting calendar days after the default one", () => {
    const t = value(monthly("2026-03-11T08:00:00+07:00"));
    expect(t.status).toBe("late");
    expect(t.daysLate).toBe(2);
    expect(t.explanation.en).toBe("Report on the results of reform communication, period 2026-02: submitted on 2026-03-11 (Vietnam time), due 2026-03-09 — 2 day(s) late.");
  });

  it("prefers the intake's receipt time and the given period over the report's own", () => {
    const t = value(reportTimeliness("monthly-media-report", { month: "2026-02", submittedAt: "2026-03-01T08:00:00+07:00" }, { dueDate: dueFebruary, submittedAt: "2026-03-12T08:00:00+07:00" }));
    expect(t.status).toBe("late");
    calls.length = 0;
    value(reportTimeliness("monthly-media-report", { submittedAt: "2026-03-01T08:00:00+07:00" }, { dueDate: dueFebruary, period: "2026-01" }));
    expect(calls[0]!.period).toBe("2026-01");
  });

  it("judges the agency report against the CCHC regime by default, and any report against a given obligation", () => {
    const due: DueDateFunction = (rule, period) => {
      expect(rule).toEqual({ kind: "reporting-period", regime: "cchc" });
      expect(period).toBe("2026-Q1");
      return ok({ due: "2026-03-20" });
    };
    const t = value(reportTimeliness("agency-communication-report", { period: "2026-Q1", submittedAt: "2026-03-16T10:00:00+07:00" }, { dueDate: due }));
    expect(t.status).toBe("on-time");
    expect(t.confidence).toBe("UNCONFIRMED");
    expect(t.earliestSafe).toBe("2026-03-20");
    expect(t.obligationId).toBe("bac-ninh-2026.agencies-cchc-report");

    const own = { ...reportObligation("monthly-media-report")!, id: "province.difficulties", rule: { kind: "working-days", days: 5 } as const };
    const d = value(reportTimeliness("difficulty-report", { period: "2026-Q1", submittedAt: "2026-04-02T15:20:00+07:00" }, { dueDate: () => ok({ due: "2026-04-07" }), obligation: own }));
    expect(d.obligationId).toBe("province.difficulties");
  });

  it("returns typed errors, never throws", () => {
    const code = (r: Result<unknown>) => (r.ok ? "ok" : r.error.code);
    expect(code(reportTimeliness("difficulty-report", { period: "2026-Q1", submittedAt: "2026-04-02T00:00:00Z" }, { dueDate: dueFebruary }))).toBe("timeliness.no_obligation");
    expect(code(reportTimeliness("monthly-media-report", { month: "2026-02" }, { dueDate: dueFebruary }))).toBe("timeliness.no_submission_time");
    for (const bad of ["2026-03-09 10:00", "2026-03-09T10:00:00", "2026-02-30T10:00:00Z", "", "x".repeat(10_000)]) {
      expect(code(monthly(bad)), bad).toBe("timeliness.invalid_submission_time");
    }
    expect(code(reportTimeliness("monthly-media-report", { submittedAt: "2026-03-01T00:00:00Z" }, { dueDate: dueFebruary }))).toBe("timeliness.no_period");
    const failing: DueDateFunction = () => err(makeError(reportCalculatorMessages, "timeliness.no_period"));
    expect(code(reportTimeliness("monthly-media-report", { month: "2026-02", submittedAt: "2026-03-01T00:00:00Z" }, { dueDate: failing }))).toBe("timeliness.due_date_failed");
    const throwing: DueDateFunction = () => {
      throw new Error("calendar unavailable");
    };
    const thrown = reportTimeliness("monthly-media-report", { month: "2026-02", submittedAt: "2026-03-01T00:00:00Z" }, { dueDate: throwing });
    expect(!thrown.ok && thrown.error.localized("en")).toContain("calendar unavailable");
    const nonsense: DueDateFunction = () => ok({ due: "9 March" } as unknown as DueDate);
    expect(code(reportTimeliness("monthly-media-report", { month: "2026-02", submittedAt: "2026-03-01T00:00:00Z" }, { dueDate: nonsense }))).toBe("timeliness.due_date_failed");
  });

  it("orders statuses consistently with the submission instant (property)", () => {
    const instant = fc.integer({ min: Date.UTC(2026, 2, 1), max: Date.UTC(2026, 2, 20) }).map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        const rank = { "on-time": 0, ambiguous: 1, late: 2 } as const;
        const tx = value(monthly(x));
        const ty = value(monthly(y));
        expect(rank[tx.status]).toBeLessThanOrEqual(rank[ty.status]);
        expect(tx.daysLate).toBeLessThanOrEqual(ty.daysLate);
      }),
      { numRuns: 300 },
    );
  });

  it("by default evaluates the rule with @cchc/deadlines on Vietnam's calendar of state bodies", () => {
    // Plan V.5, "trước ngày 10 hằng tháng": the February 2026 report is due Monday 9 March under the
    // default reading (strictly before the 10th), Tuesday 10 March under "on or before"
    // (deadline-semantics guide; 9 and 10 March 2026 are working days, calendar-and-deadlines.md §2.2).
    const on = value(reportTimeliness("monthly-media-report", { month: "2026-02", submittedAt: "2026-03-09T20:00:00+07:00" }));
    expect([on.status, on.due, on.earliestSafe, on.latestSafe]).toEqual(["on-time", "2026-03-09", "2026-03-09", "2026-03-10"]);
    expect(value(reportTimeliness("monthly-media-report", { month: "2026-02", submittedAt: "2026-03-10T08:00:00+07:00" })).status).toBe("ambiguous");
    // CCHC regime (581/BNV-CCHC, SECONDARY): no later than day 20 of the period's last month; 20 June 2026
    // is a Saturday, so the default moves it back to Friday 19 June and the latest reading to Monday 22.
    const h1 = value(reportTimeliness("agency-communication-report", { period: "2026-H1", submittedAt: "2026-06-22T10:00:00+07:00" }));
    expect([h1.status, h1.due, h1.latestSafe]).toEqual(["ambiguous", "2026-06-19", "2026-06-22"]);
  });
});

describe("reportTimeliness against an UNCONFIRMED rule", () => {
  it("says against which date, and that the date is not confirmed (the agencies' due date, V.1)", () => {
    // Quarter I 2026 under the CCHC regime's default (day 20 of the period's last month: Friday 20 March
    // 2026, a working day); the plan leaves the agencies' own date to the province (UNCONFIRMED).
    const t = value(reportTimeliness("agency-communication-report", { period: "2026-Q1", submittedAt: "2026-03-24T09:00:00+07:00" }));
    expect([t.status, t.due, t.daysLate, t.confidence]).toEqual(["late", "2026-03-20", 4, "UNCONFIRMED"]);
    expect(t.explanation.vi).toBe(
      "Báo cáo kết quả thực hiện công tác tuyên truyền về CCHC, và lựa chọn, đề xuất nội dung tuyên truyền trọng tâm kỳ 2026-Q1: nộp ngày 2026-03-24 (giờ Việt Nam) — chậm 4 ngày so với ngày 2026-03-20 (hạn chưa được xác nhận).",
    );
    expect(t.explanation.en).toContain("— 4 day(s) late against 2026-03-20 (an UNCONFIRMED due date).");
    const onTime = value(reportTimeliness("agency-communication-report", { period: "2026-Q1", submittedAt: "2026-03-19T09:00:00+07:00" }));
    expect(onTime.explanation.vi).toContain("— đúng hạn so với ngày 2026-03-20 (hạn chưa được xác nhận).");
    const h1 = value(reportTimeliness("agency-communication-report", { period: "2026-H1", submittedAt: "2026-06-22T10:00:00+07:00" }));
    expect(h1.explanation.en).toContain("these due dates are UNCONFIRMED.");
  });

  it("keeps the plain wording for a rule read from the text (the monthly media report, INFERRED)", () => {
    const t = value(monthly("2026-03-11T08:00:00+07:00"));
    expect(t.confidence).toBe("INFERRED");
    expect(t.explanation.vi).not.toContain("chưa được xác nhận");
  });
});

describe("reportObligation", () => {
  it("takes the plan's obligations: two reports have a deadline in the plan, the others none", () => {
    // seeds/000_41b9030813a16d0b.txt V.5 ("Định kỳ trước ngày 10 hằng tháng") and V.1 ("lồng ghép trong báo cáo CCHC định kỳ")
    expect(reportObligation("monthly-media-report")?.rule).toEqual({ kind: "day-of-month", day: 10, wording: "before", monthsAfterPeriodEnd: 1 });
    expect(reportObligation("monthly-media-report")?.to.map((p) => p.id)).toEqual(["so-vhttdl"]);
    const agencies = reportObligation("agency-communication-report")!;
    expect(agencies.rule).toEqual({ kind: "reporting-period", regime: "cchc" });
    expect(agencies.source.confidence).toBe("UNCONFIRMED");
    expect(agencies.copyTo?.map((p) => p.id)).toEqual(["so-vhttdl"]);
    for (const id of ["synthesis-report", "difficulty-report", "procedure-statistics"] as const) expect(reportObligation(id)).toBeUndefined();
  });
});
