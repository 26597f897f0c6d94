import { CchcError, err, ok } from "@cchc/core";
import { periodBounds, type Period } from "@cchc/deadlines";
import { bacNinh2026Plan, dueInRange, type DueDateEvaluator } from "@cchc/plan";
import { describe, expect, it } from "vitest";

const plan = bacNinh2026Plan();

/** A calendar-free stand-in: the 9th of the month after a month; day 20 of a period's last month. */
const standIn: DueDateEvaluator = (obligation, period: Period) => {
  const end = periodBounds(period).end;
  if (obligation.rule.kind === "day-of-month") {
    const [y, m] = end.split("-").map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
    return ok({ due: `${next}-09`, earliest: `${next}-09`, latest: `${next}-10` });
  }
  return ok({ due: `${end.slice(0, 8)}20` });
};

describe("what is due in a date range (injected evaluator)", () => {
  it("lists the 2026 occurrences in date order: 12 monthly media reports and 4 CCHC-cycle reports", () => {
    const r = dueInRange(plan, { from: "2026-01-01", to: "2027-12-31" }, standIn);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.filter((o) => o.obligation.id.endsWith("media-monthly-report")).map((o) => o.period)).toEqual(
      ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"].map((m) => `2026-${m}`),
    );
    expect(r.value.filter((o) => o.obligation.id.endsWith("agencies-cchc-report")).map((o) => [o.period, o.due])).toEqual([
      ["2026-Q1", "2026-03-20"],
      ["2026-H1", "2026-06-20"],
      ["2026-Q3", "2026-09-20"],
      ["2026", "2026-12-20"],
    ]);
    const dues = r.value.map((o) => o.due);
    expect([...dues].sort()).toEqual(dues);
    expect(r.value.at(-1)).toMatchObject({ period: "2026-12", due: "2027-01-09", latest: "2027-01-10" });
  });
  it("keeps only the due dates inside the range, bounds included", () => {
    const r = dueInRange(plan, { from: "2026-03-09", to: "2026-03-20" }, standIn);
    expect(r.ok && r.value.map((o) => `${o.period}@${o.due}`)).toEqual(["2026-02@2026-03-09", "2026-Q1@2026-03-20"]);
  });
  it("rejects an invalid or inverted range", () => {
    for (const range of [{ from: "2026-02-30", to: "2026-03-01" }, { from: "2026-05-01", to: "2026-04-01" }, { from: "x", to: "y" }]) {
      const r = dueInRange(plan, range, standIn);
      expect(!r.ok && r.error.code).toBe("plan.date_range_invalid");
    }
  });
  it("returns the evaluator's error instead of skipping a date", () => {
    const failing: DueDateEvaluator = () => err(new CchcError("calendar.year_not_covered", { vi: "Chưa có lịch", en: "No calendar" }));
    const r = dueInRange(plan, { from: "2026-01-01", to: "2026-12-31" }, failing);
    expect(!r.ok && r.error.code).toBe("calendar.year_not_covered");
  });
});
