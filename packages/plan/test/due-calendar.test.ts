import { bacNinh2026DueInRange, bacNinh2026Plan, deadlinesEvaluator, dueInRange } from "@cchc/plan";
import { describe, expect, it } from "vitest";

// Vectors: the plan V.5 ("trước ngày 10 hằng tháng") and V.1 (periodic CCHC reports), evaluated by
// @cchc/deadlines on the state bodies' 2026 calendar (calendar-and-deadlines.md §2.2: Tết 14–22/2/2026);
// the same dates as the deadlines package's own 2026 vectors and the quickstart.
describe("what is due in a date range, on the real working-day calendar", () => {
  it("the monthly media report under the default reading (strictly before the 10th; rest day → previous working day)", () => {
    const r = bacNinh2026DueInRange({ from: "2026-01-01", to: "2027-01-31" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const media = r.value.filter((o) => o.obligation.id === "bac-ninh-2026.media-monthly-report");
    expect(media.map((o) => `${o.period}:${o.due}`)).toEqual([
      "2026-01:2026-02-09",
      "2026-02:2026-03-09",
      "2026-03:2026-04-09",
      "2026-04:2026-05-08",
      "2026-05:2026-06-09",
      "2026-06:2026-07-09",
      "2026-07:2026-08-07",
      "2026-08:2026-09-09",
      "2026-09:2026-10-09",
      "2026-10:2026-11-09",
      "2026-11:2026-12-09",
      "2026-12:2027-01-08",
    ]);
    expect(media[3]).toMatchObject({ earliest: "2026-05-08", latest: "2026-05-11" }); // 10/5/2026 is a Sunday
    expect(media[1]!.explanation?.en).toContain("Lunar New Year");
  });
  it("the other reading of \"trước ngày 10\" stays available", () => {
    const r = bacNinh2026DueInRange({ from: "2026-03-01", to: "2026-03-31" }, { reading: "on-or-before" });
    expect(r.ok && r.value.find((o) => o.period === "2026-02")?.due).toBe("2026-03-10");
  });
  it("the agencies' CCHC-cycle report on the regime default (UNCONFIRMED as their own deadline)", () => {
    const r = bacNinh2026DueInRange({ from: "2026-01-01", to: "2026-12-31" });
    expect(r.ok && r.value.filter((o) => o.obligation.id.endsWith("agencies-cchc-report")).map((o) => `${o.period}:${o.due}`)).toEqual([
      "2026-Q1:2026-03-20",
      "2026-H1:2026-06-19",
      "2026-Q3:2026-09-18",
      "2026:2026-12-18",
    ]);
    expect(r.ok && r.value).toHaveLength(15);
  });
  it("deadlinesEvaluator works for any plan", () => {
    const r = dueInRange(bacNinh2026Plan(), { from: "2026-02-01", to: "2026-02-28" }, deadlinesEvaluator());
    expect(r.ok && r.value.map((o) => o.period)).toEqual(["2026-01"]);
  });
});
