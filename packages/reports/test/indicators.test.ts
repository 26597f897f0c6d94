import {
  CONFIRMED_766_SOURCES,
  UNCONFIRMED_766_INDICATORS,
  computeIndicators,
  type IndicatorDefinition,
  type IndicatorReport,
  type IndicatorScore,
} from "@cchc/reports";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { procedureStatistics } from "./support/arbitraries.js";
import { example } from "./support/examples.js";

function report(stats: unknown, options?: Parameters<typeof computeIndicators>[1]): IndicatorReport {
  const r = computeIndicators(stats, options);
  if (!r.ok) throw new Error(r.error.localized("en"));
  return r.value;
}

const byId = (r: IndicatorReport, id: string): IndicatorScore => [...r.indicators, ...r.rates].find((s) => s.id === id)!;
const stats = () => example("procedure-statistics.valid.json");

describe("the QĐ 766/QĐ-TTg indicators", () => {
  it("hard-code exactly the four formulas the facts confirm, and flag the others UNCONFIRMED", () => {
    const r = report(stats());
    expect(r.indicators.filter((s) => s.hardCoded).map((s) => s.id)).toEqual(Object.keys(CONFIRMED_766_SOURCES));
    for (const s of r.indicators.filter((x) => !x.hardCoded)) expect(s.confidence, s.id).toBe("UNCONFIRMED");
    expect(UNCONFIRMED_766_INDICATORS.map((d) => d.id)).toEqual(r.indicators.filter((s) => !s.hardCoded).map((s) => s.id));
    // every indicator measures a component of the plan's 766 index (indices-identifiers-units.md §1.5)
    for (const s of r.indicators) expect(s.component?.id.startsWith("766."), s.id).toBe(true);
    expect(byId(r, "766.procedures-published-on-time").component?.maxPoints).toBe(4); // 4 of the 18 transparency points (SECONDARY)
    expect(byId(r, "766.online-payment").component?.maxPoints).toBe(10);
  });

  it("on-time publication = published on time / published × 100% (§1.5, aita.gov.vn)", () => {
    const s = byId(report(stats()), "766.procedures-published-on-time");
    expect(s.value).toBeCloseTo((46 / 48) * 100, 10);
    expect(s.inputs.map((i) => [i.path, i.value])).toEqual([
      ["procedures.publishedOnTime", 46],
      ["procedures.published", 48],
    ]);
    expect(s.explanation.vi).toContain("= số TTHC công bố đúng hạn / tổng số TTHC đã công bố trong kỳ × 100% = 46 / 48 × 100% = 95,83%");
    expect(s.explanation.en).toContain("= 46 / 48 × 100% = 95.83%");
    expect(s.explanation.en).toContain("[SECONDARY]");
    expect(s.points).toBeNull(); // no conversion rule is confirmed
  });

  it("PAKN handled on time and PAKN satisfaction follow the decision's formulas (§1.5, vietjack.me)", () => {
    const r = report(stats());
    expect(byId(r, "766.feedback-handled-on-time").value).toBeCloseTo((59 / 62) * 100, 10);
    const satisfaction = byId(r, "766.feedback-satisfaction");
    expect(satisfaction.value).toBeCloseTo(((62 - 4) / 62) * 100, 10);
    expect(satisfaction.explanation.vi).toContain("(62 − 4) / 62 × 100% = 93,55%");
    expect(satisfaction.formula.en).toBe(
      "(feedback and petitions under the agency's authority − feedback with a dissatisfied response or overdue) / feedback and petitions under the agency's authority × 100%",
    );
  });

  it("on-time processing = (early + on time) / resolved, flagged INFERRED", () => {
    const s = byId(report(stats()), "766.on-time-processing");
    expect(s.value).toBeCloseTo(((12830 + 5121) / 18102) * 100, 10);
    expect(s.confidence).toBe("INFERRED");
    expect(s.explanation.en).toContain("[INFERRED]");
  });

  it("say why a value cannot be computed: zero denominator, missing figures", () => {
    const base = stats();
    const r = report({ ...base, procedures: undefined, feedback: { received: 0, handledOnTime: 0, handledLate: 0, dissatisfiedOrOverdue: 0 } });
    const published = byId(r, "766.procedures-published-on-time");
    expect(published.value).toBeNull();
    expect(published.explanation.en).toContain('not computed — the figure "procedures.publishedOnTime" is missing.');
    const feedback = byId(r, "766.feedback-handled-on-time");
    expect(feedback.value).toBeNull();
    expect(feedback.explanation.vi).toContain("chưa tính được — mẫu số bằng 0 (tổng số PAKN thuộc thẩm quyền).");
  });

  it("take formulas and weights as data for everything else", () => {
    const perHundred: IndicatorDefinition = {
      id: "province.apologies-per-late",
      name: { vi: "Xin lỗi trên hồ sơ trễ", en: "Apologies per late dossier" },
      numerator: { add: ["dossiers.apologies"] },
      denominator: { add: ["dossiers.resolved.late"] },
      points: { maxPoints: 2, scoring: { thresholds: [{ atLeast: 100, points: 2 }, { atLeast: 50, points: 1 }] }, confidence: "UNCONFIRMED" },
      citation: { title: "Quy định của tỉnh (giả định)", confidence: "UNCONFIRMED" },
    };
    const r = report(stats(), {
      definitions: [perHundred],
      points: { "766.procedures-published-on-time": { maxPoints: 4, scoring: "linear", confidence: "UNCONFIRMED" } },
    });
    expect(r.indicators.map((s) => s.id)).toEqual([...Object.keys(CONFIRMED_766_SOURCES), "province.apologies-per-late"]);
    const custom = byId(r, "province.apologies-per-late");
    expect(custom.value).toBeCloseTo((170 / 151) * 100, 10);
    expect(custom.points).toEqual({ value: 2, max: 2, confidence: "UNCONFIRMED" });
    const published = byId(r, "766.procedures-published-on-time");
    expect(published.points).toEqual({ value: 3.83, max: 4, confidence: "UNCONFIRMED" }); // 95.83% × 4, linear (UNCONFIRMED)
    expect(published.explanation.vi).toContain("Điểm: 3,83/4 (quy đổi tuyến tính, độ tin cậy UNCONFIRMED).");
    expect(byId(report(stats()), "766.online-payment").points).toBeNull(); // no conversion rule unless given
  });

  it("reject invalid definitions and invalid statistics with typed errors", () => {
    const bad = computeIndicators(stats(), {
      definitions: [{ id: "x", name: { vi: "x", en: "x" }, numerator: { add: ["dossiers.nope" as never] }, denominator: { add: ["dossiers.received"] }, citation: { confidence: "UNCONFIRMED" } }],
    });
    expect(!bad.ok && bad.error.code).toBe("indicator.invalid_definition");
    expect(!bad.ok && bad.error.localized("en")).toContain('"x" is invalid at "numerator.add.0"');
    const invalid = computeIndicators({ ...stats(), period: "2026-Q9" });
    expect(!invalid.ok && invalid.error.code).toBe("synthesis.invalid_input");
    expect(computeIndicators(null).ok).toBe(false);
  });

  it("keep every confirmed rate and share between 0 and 100 % for valid statistics (property)", () => {
    fc.assert(
      fc.property(procedureStatistics, (s) => {
        const r = report(s);
        for (const score of [...r.indicators.filter((x) => x.hardCoded), ...r.rates]) {
          if (score.value === null) continue;
          expect(score.value, score.id).toBeGreaterThanOrEqual(0);
          expect(score.value, score.id).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 300 },
    );
  });
});
