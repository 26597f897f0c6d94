import { catalogueProblems } from "@cchc/core";
import {
  DOSSIER_STATUSES,
  aggregateDossiers,
  aggregateDossiersAsync,
  classifyDossier,
  createDossierAggregator,
  dossierMessages,
  type DossierOptions,
  type DossierRecord,
  type DeadlineCalendar,
} from "@cchc/deadlines";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vietnamCalendar } from "@cchc/calendar";
import { factsCalendar } from "./fixtures/facts-calendar.js";

// The real calendar of state bodies (@cchc/calendar); the facts-file fixture is used where a custom calendar is the point.
const calendar: DeadlineCalendar = vietnamCalendar().epoch;
const factsFixture = factsCalendar();
const base: DossierRecord = { id: "HS-1", agency: "so-tu-phap", receivedAt: "2026-03-02T09:00:00+07:00", workingDays: 5 };

function classify(record: Partial<DossierRecord>, options: Partial<DossierOptions> = {}) {
  const r = classifyDossier({ ...base, ...record }, { calendar, ...options });
  if (!r.ok) throw r.error;
  return r.value;
}

describe("the 15:00 rule (Nghị định 61/2018/NĐ-CP Điều 18 khoản 2–3; per procedure)", () => {
  const sameDay = { workingDays: 0, receiptCutoff: "15:00" };
  it("a same-day procedure received after 15:00 is due the next working day", () => {
    const t = classify({ ...sameDay, receivedAt: "2026-03-02T15:30:00+07:00", completedAt: "2026-03-03T10:00:00+07:00" });
    expect([t.countFrom, t.due, t.status]).toEqual(["2026-03-03", "2026-03-03", "on-time"]);
    expect(classify({ ...sameDay, receivedAt: "2026-03-02T15:30:00+07:00", completedAt: "2026-03-02T16:30:00+07:00" }).status).toBe("early");
  });
  it("received by 15:00 it is due the same day; the next day is late", () => {
    const t = classify({ ...sameDay, receivedAt: "2026-03-02T07:59:00Z", completedAt: "2026-03-03T08:00:00+07:00" });
    expect([t.due, t.status, t.workingDaysLate]).toEqual(["2026-03-02", "late", 1]);
  });
  it("a receipt on Friday after 15:00 counts from Monday; on a rest day, from the next working day", () => {
    expect(classify({ receivedAt: "2026-03-06T16:00:00+07:00", receiptCutoff: "15:00", workingDays: 1 }).due).toBe("2026-03-10");
    expect(classify({ receivedAt: "2026-03-07T10:00:00+07:00", workingDays: 1 }).due).toBe("2026-03-10");
  });
});

describe("the apology letter and the one rescheduling (Điều 19 khoản 9)", () => {
  // Received Mon 02/03/2026, 9 working days → due Fri 13/03/2026.
  const r9 = { workingDays: 9, completedAt: "2026-03-17T10:00:00+07:00" };
  it("an apology at the latest one day before the due date lets the new date apply", () => {
    const t = classify({ ...r9, reschedules: [{ newDueDate: "2026-03-18", apologyAt: "2026-03-12T16:30:00+07:00" }] });
    expect([t.originalDue, t.apologyDueBy, t.due, t.rescheduled, t.status]).toEqual(["2026-03-13", "2026-03-12", "2026-03-18", true, "early"]);
    expect([t.apologyOwed, t.apologySent, t.violations]).toEqual([true, true, []]);
  });
  it("an apology on the due date itself is late: the rescheduling does not count", () => {
    const t = classify({ ...r9, reschedules: [{ newDueDate: "2026-03-18", apologyAt: "2026-03-13T08:00:00+07:00" }] });
    expect([t.due, t.status, t.violations]).toEqual(["2026-03-13", "late", ["apology-late"]]);
    expect(classify({ ...r9, reschedules: [{ newDueDate: "2026-03-18", apologyAt: "2026-03-13T08:00:00+07:00" }] }, { acceptLateReschedule: true }).status).toBe("early");
  });
  it("a rescheduling without an apology is reported", () => {
    const t = classify({ ...r9, reschedules: [{ newDueDate: "2026-03-18" }] });
    expect([t.status, t.violations]).toEqual(["late", ["apology-missing"]]);
  });
  it("'01 ngày' is a calendar day by default; a working day on request", () => {
    // due Mon 16/03/2026 (10 working days); apology on Sat 14/03
    const record = { workingDays: 10, completedAt: "2026-03-17T10:00:00+07:00", reschedules: [{ newDueDate: "2026-03-18", apologyAt: "2026-03-14T09:00:00+07:00" }] };
    const calendarDay = classify(record);
    expect([calendarDay.apologyDueBy, calendarDay.status]).toEqual(["2026-03-15", "early"]);
    const workingDay = classify(record, { apologyDayUnit: "working" });
    expect([workingDay.apologyDueBy, workingDay.status, workingDay.violations]).toEqual(["2026-03-13", "late", ["apology-late"]]);
  });
  it("a second rescheduling is a violation and is ignored ('không quá một lần')", () => {
    const t = classify({
      ...r9,
      completedAt: "2026-03-20T10:00:00+07:00",
      reschedules: [
        { newDueDate: "2026-03-18", apologyAt: "2026-03-12T16:30:00+07:00" },
        { newDueDate: "2026-03-25", apologyAt: "2026-03-17T16:30:00+07:00" },
      ],
    });
    expect([t.due, t.status, t.violations]).toEqual(["2026-03-18", "late", ["second-reschedule"]]);
  });
  it("a late dossier owes an apology even without a rescheduling", () => {
    const t = classify({ workingDays: 1, completedAt: "2026-03-05T10:00:00+07:00" });
    expect([t.status, t.apologyOwed, t.apologySent, t.violations]).toEqual(["late", true, false, ["apology-missing"]]);
    expect(classify({ workingDays: 1, completedAt: "2026-03-05T10:00:00+07:00", apologyAt: "2026-03-02T16:00:00+07:00" }).violations).toEqual([]);
  });
});

describe("supplements (Điều 19 khoản 4)", () => {
  const supplemented = { completedAt: "2026-03-13T10:00:00+07:00", supplements: [{ requestedAt: "2026-03-03T10:00:00+07:00", completedAt: "2026-03-09T10:00:00+07:00" }] };
  it("the count restarts when the dossier is complete", () => {
    const t = classify(supplemented);
    expect([t.countFrom, t.due, t.status]).toEqual(["2026-03-09", "2026-03-16", "early"]);
    const noRestart = classify(supplemented, { restartOnSupplement: false });
    expect([noRestart.due, noRestart.status, noRestart.workingDaysLate]).toEqual(["2026-03-09", "late", 4]);
  });
  it("a request after 03 working days is reported", () => {
    const t = classify({ supplements: [{ requestedAt: "2026-03-06T10:00:00+07:00", completedAt: "2026-03-09T10:00:00+07:00" }], completedAt: "2026-03-13T10:00:00+07:00" });
    expect(t.violations).toEqual(["late-supplement-request"]);
    expect(classify({ supplements: [{ requestedAt: "2026-03-05T16:00:00+07:00" }] }).violations).toEqual([]);
  });
});

describe("pending dossiers and the receipt's date", () => {
  it("uses the return date on the receipt when given", () => {
    expect(classify({ dueDate: "2026-03-20", completedAt: "2026-03-20T23:59:00+07:00" }).status).toBe("on-time");
    expect(classify({ dueDate: "2026-03-20", completedAt: "2026-03-20T17:00:00Z" }).status).toBe("late"); // 00:00 on the 21st in Vietnam
  });
  it("is pending, or pending-overdue at the asOf instant", () => {
    expect(classify({ completedAt: null }).status).toBe("pending");
    const t = classify({ completedAt: null }, { asOf: "2026-03-12T09:00:00+07:00" });
    expect([t.status, t.workingDaysLate, t.apologyOwed]).toEqual(["pending-overdue", 3, true]);
  });
});

describe("bad records get a typed reason", () => {
  const cases: [unknown, string][] = [
    [null, "dossier.invalid_record"],
    [[1, 2], "dossier.invalid_record"],
    [{ ...base, agency: "" }, "dossier.invalid_agency"],
    [{ ...base, receivedAt: "2026-02-30T09:00:00+07:00" }, "dossier.invalid_received_at"],
    [{ ...base, receivedAt: "yesterday" }, "dossier.invalid_received_at"],
    [{ ...base, receivedAt: Number.NaN }, "dossier.invalid_received_at"],
    [{ ...base, workingDays: -1 }, "dossier.invalid_working_days"],
    [{ ...base, workingDays: 2.5 }, "dossier.invalid_working_days"],
    [{ agency: "x", receivedAt: "2026-03-02T09:00:00+07:00" }, "dossier.missing_due"],
    [{ ...base, dueDate: "2026-13-01" }, "dossier.invalid_due_date"],
    [{ ...base, receiptCutoff: "3pm" }, "dossier.invalid_cutoff"],
    [{ ...base, completedAt: "2026-03-01T09:00:00+07:00" }, "dossier.completed_before_received"],
    [{ ...base, completedAt: {} }, "dossier.invalid_completed_at"],
    [{ ...base, reschedules: [{ newDueDate: "soon" }] }, "dossier.invalid_reschedule"],
    [{ ...base, supplements: "yes" }, "dossier.invalid_supplement"],
    [{ ...base, receivedAt: "2045-03-02T09:00:00+07:00" }, "dossier.outside_calendar"],
  ];
  it.each(cases)("%j → %s", (record, code) => {
    const r = classifyDossier(record, { calendar: factsFixture });
    expect(r.ok ? "ok" : r.error.code).toBe(code);
  });
  it("has complete vi/en messages", () => {
    expect(catalogueProblems(dossierMessages)).toEqual([]);
  });
});

describe("rates per agency and period", () => {
  const records: unknown[] = [
    { ...base, agency: "so-tu-phap", completedAt: "2026-03-05T10:00:00+07:00" }, // early
    { ...base, agency: "so-tu-phap", completedAt: "2026-03-09T10:00:00+07:00" }, // on time
    { ...base, agency: "so-tu-phap", completedAt: "2026-03-10T10:00:00+07:00" }, // late
    { ...base, agency: "so-tu-phap", completedAt: "2026-04-01T10:00:00+07:00", reschedules: [{ newDueDate: "2026-04-02", apologyAt: "2026-03-06T10:00:00+07:00" }] },
    { ...base, agency: "so-tai-chinh", completedAt: null },
    { bad: true },
    "not a record",
  ];
  it("counts early + on time share, late, pending, apologies and rejects", () => {
    const r = aggregateDossiers(records, { calendar, asOf: "2026-03-31T00:00:00+07:00" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.groups.map((g) => [g.agency, g.periodId, g.total, g.early, g.onTime, g.late, g.pendingOverdue, g.onTimeRate, g.apologiesOwed, g.apologiesSent])).toEqual([
      ["so-tai-chinh", "2026-03", 1, 0, 0, 0, 1, null, 1, 0],
      ["so-tu-phap", "2026-03", 3, 1, 1, 1, 0, 2 / 3, 1, 0],
      ["so-tu-phap", "2026-04", 1, 1, 0, 0, 0, 1, 1, 1],
    ]);
    expect([r.value.classified, r.value.rejectedCount, r.value.rejected.map((x) => [x.index, x.error.code])]).toEqual([
      5, 2, [[5, "dossier.invalid_agency"], [6, "dossier.invalid_record"]],
    ]);
  });
  it("streams async iterables with the same result, and caps the rejected list", async () => {
    async function* stream() {
      for (const r of records) yield r;
      for (let i = 0; i < 50; i++) yield { bad: i };
    }
    const r = await aggregateDossiersAsync(stream(), { calendar, asOf: "2026-03-31T00:00:00+07:00", maxRejected: 10, periodKind: "quarter" });
    expect(r.ok && [r.value.classified, r.value.rejectedCount, r.value.rejected.length]).toEqual([5, 52, 10]);
    expect(r.ok && r.value.groups.map((g) => `${g.agency}/${g.periodId}/${g.total}`)).toEqual(["so-tai-chinh/2026-Q1/1", "so-tu-phap/2026-Q1/3", "so-tu-phap/2026-Q2/1"]);
  });
  it("rejects an invalid asOf up front", () => {
    const agg = createDossierAggregator({ calendar, asOf: "nope" });
    expect(!agg.ok && agg.error.code).toBe("deadline.invalid_date");
  });
});

describe("properties", () => {
  const rank = (s: string) => DOSSIER_STATUSES.indexOf(s as (typeof DOSSIER_STATUSES)[number]);
  it("a later completion is never an earlier status", () => {
    const start = Date.UTC(2026, 2, 2, 2);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 * 86_400_000 }), fc.integer({ min: 0, max: 10 * 86_400_000 }), fc.integer({ min: 0, max: 15 }), (a, delta, wd) => {
        const first = classify({ workingDays: wd, completedAt: start + a });
        const later = classify({ workingDays: wd, completedAt: start + a + delta });
        expect(rank(later.status)).toBeGreaterThanOrEqual(rank(first.status));
        expect(later.workingDaysLate).toBeGreaterThanOrEqual(first.workingDaysLate);
      }),
    );
  });
  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const r = classifyDossier(value, { calendar });
        expect(typeof r.ok).toBe("boolean");
      }),
    );
  });
});
