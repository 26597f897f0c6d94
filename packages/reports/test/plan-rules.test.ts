/**
 * The plan's rules: who owes each report. Source: the plan, V.1 (the agencies' report: "Các cơ quan,
 * đơn vị thuộc UBND tỉnh; Công an tỉnh, Bưu điện tỉnh, Thuế tỉnh, Bảo hiểm xã hội tỉnh, Công ty Điện
 * lực tỉnh … Báo cáo kết quả … gửi về Sở Nội vụ"), V.5 ("Báo và Phát thanh, Truyền hình Bắc Ninh …
 * Định kỳ trước ngày 10 hằng tháng, báo cáo kết quả tuyên truyền … gửi Sở Văn hóa, Thể thao và Du
 * lịch để tổng hợp, báo cáo và tham mưu Chủ tịch UBND tỉnh") and the closing paragraph ("các cơ quan,
 * đơn vị, địa phương có khó khăn, vướng mắc thì phản ánh về Sở Văn hóa, Thể thao và Du lịch").
 */
import { ACTOR_IDS, bacNinh2026Plan, obligationsOwedBy, type Plan } from "@cchc/plan";
import {
  COMMUNE_LEVEL_ACTOR_IDS,
  PLAN_RULES,
  REPORT_PLAN_EDGES,
  REPORT_SCHEMA_IDS,
  checkPlanRules,
  reportSchemaEntry,
  validateMonthlyMediaReport,
  validateReport,
  type ReportSchemaId,
} from "@cchc/reports";
import { describe, expect, it } from "vitest";
import { clone, example } from "./support/examples.js";

type Obj = Record<string, unknown>;
const at = (r: { issues: readonly { path: string; code: string }[] }) => r.issues.map((i) => `${i.path} ${i.code}`);
const plan = bacNinh2026Plan();

/** The shipped valid example of a schema, sent by `actor` (with a commune code when it needs one). */
function sentBy(id: ReportSchemaId, actor: string): Obj {
  const report = clone(example(`${id}.valid.json`));
  const field = { "monthly-media-report": "unit", "agency-communication-report": "agency", "synthesis-report": "author", "difficulty-report": "from", "procedure-statistics": "agency" }[id];
  report[field] = (COMMUNE_LEVEL_ACTOR_IDS as readonly string[]).includes(actor) ? { actor, communeCode: "07663" } : { actor };
  return report;
}

describe("who reports (PLAN_RULES)", () => {
  it("refuses a monthly media report from Sở Tư pháp, and accepts its shape alone with { plan: false }", () => {
    const report = example("monthly-media-report.invalid-sender.json");
    expect(validateMonthlyMediaReport(report).valid).toBe(true); // the per-report validator checks the shape
    const vi = validateReport("monthly-media-report", report);
    expect(at(vi)).toEqual(["/unit/actor report.sender_not_obliged"]);
    expect(vi.issues[0]!.message).toBe(
      '"so-tu-phap" không phải đơn vị gửi "Báo cáo kết quả tuyên truyền CCHC" theo Kế hoạch (mục V.5); đơn vị gửi: bao-ptth-bac-ninh.',
    );
    expect(validateReport("monthly-media-report", report, "en").issues[0]!.message).toBe(
      '"so-tu-phap" does not send "Report on the results of reform communication" under the plan (V.5); it is sent by: bao-ptth-bac-ninh.',
    );
    expect(validateReport("monthly-media-report", report, { plan: false }).valid).toBe(true);
    const entry = reportSchemaEntry("monthly-media-report")!;
    expect(entry.validate(report).valid).toBe(false);
    expect(entry.validateShape(report).valid).toBe(true);
  });

  it("refuses an agency report from the broadcaster; accepts one from a member of the agencies' group and from the five branches", () => {
    expect(at(validateReport("agency-communication-report", sentBy("agency-communication-report", "bao-ptth-bac-ninh")))).toEqual([
      "/agency/actor report.sender_not_obliged",
    ]);
    for (const actor of ["so-y-te", "trung-tam-phvhcc-tinh", "co-quan-thuoc-ubnd-tinh", "cong-an-tinh", "buu-dien-tinh", "thue-tinh", "bhxh-tinh", "dien-luc-tinh"]) {
      expect(validateReport("agency-communication-report", sentBy("agency-communication-report", actor)).issues, actor).toEqual([]);
    }
  });

  it("accepts difficulties from agencies, units and localities, not from the Chairman", () => {
    expect(validateReport("difficulty-report", example("difficulty-report.valid.json")).valid).toBe(true); // ubnd-xa-phuong 07663
    expect(validateReport("difficulty-report", sentBy("difficulty-report", "bao-ptth-bac-ninh")).valid).toBe(true);
    expect(at(validateReport("difficulty-report", sentBy("difficulty-report", "chu-tich-ubnd-tinh")))).toEqual(["/from/actor report.sender_not_obliged"]);
  });

  it("checks the synthesis' author, recipient and the senders of its sources", () => {
    const synthesis = clone(example("synthesis-report.valid.json"));
    expect(validateReport("synthesis-report", synthesis).issues).toEqual([]);
    synthesis["author"] = { actor: "so-noi-vu" };
    synthesis["recipient"] = "ubnd-tinh";
    ((synthesis["sources"] as Obj[])[0]!["unit"] as Obj)["actor"] = "so-tu-phap"; // a monthly media report
    const r = validateReport("synthesis-report", synthesis, "en");
    expect(at(r)).toEqual([
      "/author/actor report.sender_not_obliged",
      "/recipient report.recipient_not_obliged",
      "/sources/0/unit/actor report.sender_not_obliged",
    ]);
    expect(r.issues[1]!.message).toContain("it is sent to: chu-tich-ubnd-tinh.");
  });

  it("checks the plan only on a valid shape (no cascade), and has no rule for procedure statistics", () => {
    const report = clone(example("monthly-media-report.invalid-sender.json"));
    report["month"] = "2026-13";
    expect(at(validateReport("monthly-media-report", report))).toEqual(["/month report.invalid_month"]);
    expect(validateReport("procedure-statistics", sentBy("procedure-statistics", "bao-ptth-bac-ninh")).valid).toBe(true);
  });

  it("agrees with the plan's own query: a report is accepted exactly when its sender owes the edge (obligationsOwedBy)", () => {
    for (const id of REPORT_SCHEMA_IDS.filter((x) => x !== "synthesis-report" && x !== "procedure-statistics")) {
      for (const actor of ACTOR_IDS) {
        const owed = obligationsOwedBy(plan, actor);
        const owes = owed.ok && owed.value.some((edge) => edge.id === REPORT_PLAN_EDGES[id]);
        expect(validateReport(id, sentBy(id, actor)).valid, `${id} from ${actor}`).toBe(owes);
      }
    }
  });

  it("reads another plan: an amended list of senders, or a plan without the edge", () => {
    const amended: Plan = {
      ...plan,
      reporting: plan.reporting.map((e) => (e.id === "media-monthly-report" ? { ...e, from: [...e.from, "so-tu-phap"] } : e)),
    };
    const report = example("monthly-media-report.invalid-sender.json");
    expect(validateReport("monthly-media-report", report, { plan: amended }).valid).toBe(true);
    const other: Plan = { ...plan, id: "kinh-bac-2027", reporting: [] };
    const r = validateReport("monthly-media-report", report, { plan: other, lang: "en" });
    expect(at(r)).toEqual([" report.plan_without_edge"]);
    expect(r.issues[0]!.message).toContain('The plan "kinh-bac-2027" has no reporting edge "media-monthly-report"');
    expect(validateReport("monthly-media-report", report, { plan: other, lang: "en" }).valid).toBe(false);
  });

  it("never throws on a plan it cannot read", () => {
    const broken = { ...plan, actors: null } as unknown as Plan;
    const r = validateReport("monthly-media-report", example("monthly-media-report.valid.json"), { plan: broken, lang: "en" });
    expect(at(r)).toEqual([" report.validator_failed"]);
  });

  it("lists every rule it applies in PLAN_RULES, with the edge of the plan it reads", () => {
    const edges = new Set(plan.reporting.map((e) => e.id));
    for (const rule of PLAN_RULES) expect(edges.has(rule.edge), rule.edge).toBe(true);
    const listed = new Set(PLAN_RULES.map((r) => `${r.schemaId} ${r.code} ${r.path}`));
    for (const id of REPORT_SCHEMA_IDS) {
      for (const actor of ACTOR_IDS) {
        for (const issue of checkPlanRules(id, sentBy(id === "synthesis-report" ? "synthesis-report" : id, actor))) {
          expect(listed.has(`${id} ${issue.code} ${issue.path.replace(/\/\d+\//g, "/*/")}`), `${id} ${issue.path}`).toBe(true);
        }
      }
    }
  });
});
