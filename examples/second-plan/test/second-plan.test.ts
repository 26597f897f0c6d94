import { normalizeText } from "@cchc/core";
import { obligationSchema } from "@cchc/deadlines";
import { bacNinhCommune, checkPlan, deadlinesEvaluator, dueInRange, findCommune, matchTopics, planJsonSchema, planObligations, planSchema, unmappedClauses } from "@cchc/plan";
import { describe, expect, it } from "vitest";
import { secondPlan } from "../src/plan.js";
import { SECOND_PLAN_TEXT } from "../src/text.js";

const text = normalizeText(SECOND_PLAN_TEXT);
const inText = (quote: string) => text.includes(normalizeText(quote));

describe("a second plan in the same model (ward level, 2027, its own codes)", () => {
  it("validates, is consistent and fully traced", () => {
    expect(planSchema.safeParse(secondPlan).success).toBe(true);
    expect(checkPlan(secondPlan)).toEqual([]);
    expect(unmappedClauses(secondPlan)).toEqual([]);
    expect(planJsonSchema()).toBeTruthy();
  });
  it("quotes its own text in clause openings, duties and timing", () => {
    for (const c of secondPlan.clauses) expect(inText(c.opening), c.id).toBe(true);
    for (const r of secondPlan.responsibilities) expect(inText(r.duty.vi), r.id).toBe(true);
    for (const e of secondPlan.reporting) expect(inText(e.timing.vi), e.id).toBe(true);
  });
  it("answers the same queries: obligations, topics, its ward in the register", () => {
    const [monthly] = planObligations(secondPlan);
    expect(obligationSchema.safeParse(monthly).success).toBe(true);
    expect(monthly?.rule).toEqual({ kind: "day-of-month", day: 25, wording: "no-later-than" });
    const tags = matchTopics(secondPlan.topics, "Phường công khai hồ sơ trễ hạn và thư xin lỗi");
    expect(tags.ok && tags.value.map((t) => t.code)).toEqual(["K2"]);
    const ward = findCommune(secondPlan.adminUnits!, "P. Kinh Bắc");
    expect(ward.ok && ward.value.code).toBe("09187");
    expect(bacNinhCommune("Kinh Bắc").ok).toBe(true);
  });
  it("gets its due dates from the same evaluator: \"chậm nhất ngày 25\" of each month (25/1, 25/2, 25/3/2027 are weekdays)", () => {
    const r = dueInRange(secondPlan, { from: "2027-01-01", to: "2027-03-31" }, deadlinesEvaluator());
    expect(r.ok && r.value.map((o) => `${o.period}:${o.due}`)).toEqual(["2027-01:2027-01-25", "2027-02:2027-02-25", "2027-03:2027-03-25"]);
  });
  it("is caught when it breaks a reference", () => {
    const broken = { ...secondPlan, responsibilities: [{ ...secondPlan.responsibilities[0]!, topics: ["T4.2"] }] };
    expect(checkPlan(broken).map((i) => i.code)).toContain("plan.unknown_reference");
  });
});
