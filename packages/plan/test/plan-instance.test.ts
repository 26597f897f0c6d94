import { normalizeText } from "@cchc/core";
import { bacNinh2026Plan, checkPlan, planSchema, traceability, unmappedClauses } from "@cchc/plan";
import { describe, expect, it } from "vitest";
import { inSource, SOURCE_TEXT } from "./source-text.js";

// Source: the plan itself (test/fixtures/ke-hoach-tuyen-truyen-cchc-2026.txt, a copy of
// ../shared/seeds/000_41b9030813a16d0b.txt).
const plan = bacNinh2026Plan();

describe("the Bắc Ninh 2026 plan as data", () => {
  it("validates against the model", () => {
    const r = planSchema.safeParse(plan);
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });
  it("is consistent: ids unique, every reference resolves, document numbers parse", () => {
    expect(checkPlan(plan)).toEqual([]);
  });
  it("maps every clause of the text to at least one entity", () => {
    expect(unmappedClauses(plan)).toEqual([]);
    const leaves = ["I.1", "I.2", "II.1", "II.2", "II.3", "II.4", "II.4.1", "II.4.2", "II.4.3", "II.4.4", "II.4.5", "II.4.6", "II.5",
      "III.1", "III.2", "III.3", "III.4", "IV", "V.1", "V.2", "V.3", "V.4", "V.5", "preamble", "closing", "noi-nhan", "signature"];
    const rows = new Map(traceability(plan).map((r) => [r.clause.id, r.entities.length]));
    for (const id of leaves) expect(rows.get(id), id).toBeGreaterThan(0);
  });
  it("finds every clause's opening words in the source text, in order", () => {
    let from = 0;
    for (const clause of plan.clauses) {
      const at = SOURCE_TEXT.indexOf(normalizeText(clause.opening), from);
      expect(at, clause.id).toBeGreaterThanOrEqual(0);
      from = at;
    }
  });
  it("has a clause for every numbered heading of the source (I.–V., 1.–5., 4.1.–4.6.)", () => {
    const raw = SOURCE_TEXT;
    const romans = [...raw.matchAll(/(?:^| )(I{1,3}|IV|V)\. (?=[A-ZĐ])/g)].map((m) => m[1]);
    expect(romans).toEqual(["I", "II", "III", "IV", "V"]);
    const sub = [...raw.matchAll(/(?:^| )(4\.[1-6])\. /g)].map((m) => `II.${m[1]}`);
    expect(sub).toEqual(["II.4.1", "II.4.2", "II.4.3", "II.4.4", "II.4.5", "II.4.6"]);
    const ids = new Set(plan.clauses.map((c) => c.id));
    for (const id of [...romans, ...sub]) expect(ids.has(id as string), id).toBe(true);
    for (const [section, count] of [["I", 2], ["II", 5], ["III", 4], ["V", 5]] as const) {
      expect(plan.clauses.filter((c) => c.parent === section).length, section).toBe(count);
    }
  });
  it("quotes the plan verbatim in every duty, statement, legal basis, funding line and distribution line", () => {
    const quotes: [string, string][] = [
      ...plan.responsibilities.map((r): [string, string] => [r.id, r.duty.vi]),
      ...plan.purposes.map((s): [string, string] => [s.id, s.text.vi]),
      ...plan.requirements.map((s): [string, string] => [s.id, s.text.vi]),
      ...plan.legalBases.flatMap((b): [string, string][] => (b.citation.quote ? [[b.id, b.citation.quote]] : [])),
      ...plan.funding.map((f): [string, string] => [f.id, f.text.vi]),
      ...plan.metadata.distribution.map((d): [string, string] => [d.text, d.text]),
      ...plan.reporting.flatMap((e) => e.contents.map((c): [string, string] => [c.id, c.text.vi])),
      ...plan.reporting.flatMap((e): [string, string][] => (e.purpose ? [[e.id, e.purpose.vi]] : [])),
      ["media timing", plan.reporting.find((e) => e.id === "media-monthly-report")!.timing.vi],
      ["agencies timing", plan.reporting.find((e) => e.id === "agencies-cchc-report")!.timing.vi],
    ];
    for (const [id, quote] of quotes) expect(inSource(quote), id).toBe(true);
  });
  it("records the metadata as printed, leaving the missing number and date out", () => {
    const m = plan.metadata;
    expect([m.signature.prefix, m.signature.authorityTitle, m.signature.signerTitle, m.signature.signerName]).toEqual(["KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Mai Sơn"]);
    expect(inSource("KT. CHỦ TỊCH PHÓ CHỦ TỊCH")).toBe(true);
    expect(inSource(m.signature.signerName)).toBe(true);
    expect(inSource(m.title.vi)).toBe(true);
    expect(m.number).toBeUndefined();
    expect(m.date).toBeUndefined();
    expect(m.distribution).toHaveLength(9);
  });
  it("lists the legal bases with the numbers and dates the preamble gives", () => {
    expect(plan.legalBases.map((b) => [b.citation.document, b.citation.date])).toEqual([
      ["76/NQ-CP", "2021-07-15"],
      ["69/KH-UBND", "2025-09-19"],
      ["167/KH-UBND", "2025-12-17"],
      [undefined, undefined],
    ]);
  });
  it("encodes the monthly media report with the six listed contents and an open list (V.5: \"…\")", () => {
    const media = plan.reporting.find((e) => e.id === "media-monthly-report")!;
    expect(media.contents).toHaveLength(6);
    expect(media.contentsOpenEnded).toBe(true);
    expect(inSource("kiến nghị, đề xuất…)")).toBe(true);
  });
});
