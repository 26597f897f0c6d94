import { DEADLINE_DEFAULTS, obligationSchema } from "@cchc/deadlines";
import { bacNinh2026Plan, planObligations } from "@cchc/plan";
import { describe, expect, it } from "vitest";

// Source: the plan, V.5 ("Định kỳ trước ngày 10 hằng tháng … gửi Sở Văn hóa, Thể thao và Du lịch") and
// V.1 ("gửi về Sở Nội vụ, đồng gửi Sở Văn hóa, Thể thao và Du lịch … lồng ghép trong báo cáo CCHC định kỳ").
const plan = bacNinh2026Plan();
const obligations = planObligations(plan);

describe("the plan's reporting obligations, as @cchc/deadlines obligations", () => {
  it("validate against the deadlines package's obligation schema", () => {
    for (const o of obligations) {
      const r = obligationSchema.safeParse(o);
      expect(r.success ? [] : r.error.issues, o.id).toEqual([]);
    }
  });
  it("are the two edges with a stated schedule; synthesis and escalations have none", () => {
    expect(obligations.map((o) => o.id)).toEqual(["bac-ninh-2026.media-monthly-report", "bac-ninh-2026.agencies-cchc-report"]);
    expect(plan.reporting.filter((e) => !e.schedule).map((e) => e.id)).toEqual(["culture-synthesis-to-chairman", "difficulties-escalation", "difficulties-to-chairman"]);
  });
  it("the monthly media report: Báo và PT-TH → Sở VHTTDL, before the 10th of the next month, reading left to the documented default", () => {
    const media = obligations[0]!;
    expect(media.who.map((p) => p.id)).toEqual(["bao-ptth-bac-ninh"]);
    expect(media.to.map((p) => p.id)).toEqual(["so-vhttdl"]);
    expect(media.rule).toEqual({ kind: "day-of-month", day: 10, wording: "before", monthsAfterPeriodEnd: 1 });
    expect("reading" in media.rule).toBe(false); // default applies, alternatives stay listed
    expect(DEADLINE_DEFAULTS.reading.before.value).toBe("strictly-before");
    expect(media.source).toMatchObject({ clause: "V.5", quote: "Định kỳ trước ngày 10 hằng tháng" });
    expect(media.who[0]!.name.vi).toBe("Báo và Phát thanh, Truyền hình Bắc Ninh");
  });
  it("the agencies' report: six senders → Sở Nội vụ, copy Sở VHTTDL, inside the periodic CCHC reports, dates UNCONFIRMED", () => {
    const agencies = obligations[1]!;
    expect(agencies.who).toHaveLength(6);
    expect(agencies.to.map((p) => p.id)).toEqual(["so-noi-vu"]);
    expect(agencies.copyTo?.map((p) => p.id)).toEqual(["so-vhttdl"]);
    expect(agencies.rule).toEqual({ kind: "reporting-period", regime: "cchc" });
    expect(agencies.embeddedIn?.vi).toBe("báo cáo CCHC định kỳ");
    expect(agencies.source.confidence).toBe("UNCONFIRMED");
  });
});
