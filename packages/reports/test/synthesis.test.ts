import { synthesizeReports, validateReport, validateSynthesisReport, type DifficultyReport, type MonthlyMediaReport, type SynthesisReport } from "@cchc/reports";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agencyCommunicationReport, difficultyReport, monthlyMediaReport } from "./support/arbitraries.js";
import { example } from "./support/examples.js";

const GENERATED_AT = "2026-03-12T08:00:00+07:00";
const february = () => example("monthly-media-report.valid.json");
const january = () => example("monthly-media-report.valid-january.json");
const agency = () => example("agency-communication-report.valid.json");
const difficulty = () => example("difficulty-report.valid.json");
const ADVICE = {
  direction: ["Tập trung tuyên truyền chuyển đổi số trong giải quyết thủ tục hành chính."],
  content: [{ text: "Thanh toán trực tuyến phí, lệ phí.", topic: "T4.6" as const }],
  forms: [{ text: "Video ngắn trên mạng xã hội chính danh.", channel: "F1.social" as const }],
};

function synthesize(...args: Parameters<typeof synthesizeReports>): SynthesisReport {
  const r = synthesizeReports(...args);
  if (!r.ok) throw new Error(r.error.localized("en"));
  return r.value;
}

describe("synthesizeReports", () => {
  it("aggregates the example reports by month, quarter, topic, channel and form, with provenance", () => {
    const s = synthesize({ media: [february(), january()], agencies: [agency()] }, { generatedAt: GENERATED_AT });
    expect(s.coverage).toEqual({ from: "2026-01", to: "2026-02" });
    expect(s.author).toEqual({ actor: "so-vhttdl" });
    expect(s.recipient).toBe("chu-tich-ubnd-tinh");
    // sources sorted by period: January (0), February (1), then the agency report (2)
    expect(s.sources.map((x) => [x.schemaId, x.period, x.reportId])).toEqual([
      ["monthly-media-report", "2026-01", "BPTTH-CCHC-2026-01"],
      ["monthly-media-report", "2026-02", "BPTTH-CCHC-2026-02"],
      ["agency-communication-report", "2026-Q1", "STP-CCHC-2026-Q1"],
    ]);
    expect(s.media.total).toEqual({ newsItems: 27 + 31, articles: 7 + 9, airtimeMinutes: 96 + 118.5, sources: [0, 1] });
    expect(s.media.byMonth).toEqual([
      { month: "2026-01", newsItems: 27, articles: 7, airtimeMinutes: 96, sources: [0] },
      { month: "2026-02", newsItems: 31, articles: 9, airtimeMinutes: 118.5, sources: [1] },
    ]);
    expect(s.media.byQuarter).toEqual([{ quarter: "2026-Q1", newsItems: 58, articles: 16, airtimeMinutes: 214.5, sources: [0, 1] }]);
    expect(s.media.byTopic.find((t) => t.topic === "T4.2")).toEqual({ topic: "T4.2", reports: 2, items: 11 + 12, sources: [0, 1] });
    expect(s.media.byTopic.find((t) => t.topic === "T1")).toEqual({ topic: "T1", reports: 1, items: 8, sources: [0] });
    expect(s.media.byTopic.map((t) => t.topic)).toEqual(["T1", "T2", "T3", "T4.2", "T4.6", "T5"]); // plan order
    expect(s.media.byChannel.find((c) => c.channel === "F1.press.tv")).toEqual({ channel: "F1.press.tv", items: 21, airtimeMinutes: 144, sources: [0, 1] });
    expect(s.media.byForm.find((f) => f.form === "talk-show")).toEqual({ form: "talk-show", count: 1, sources: [1] });
    expect(s.media.feedback).toMatchObject({ received: 104, positive: 86, neutral: 15, negative: 3, sources: [0, 1] });
    expect(s.media.recommendations.map((r) => r.source)).toEqual([0, 1, 1]);
    expect(s.agencies.total).toEqual({
      directivesPublished: 3,
      proceduresPosted: 142,
      proceduresUpdated: 18,
      briefingSessions: 2,
      briefingParticipants: 85,
      pressMaterials: 4,
      legalActivities: 3,
      sources: [2],
    });
    expect(s.agencies.proposedFocalContent.map((p) => [p.topic, p.source])).toEqual([["T4.1", 2], ["T4.2", 2]]);
    expect(validateSynthesisReport(s).valid).toBe(true);
  });

  it("does not depend on the order of its inputs", () => {
    const a = synthesize({ media: [february(), january()], agencies: [agency()] }, { generatedAt: GENERATED_AT });
    const b = synthesize({ media: [january(), february()], agencies: [agency()] }, { generatedAt: GENERATED_AT });
    expect(b).toEqual(a);
  });

  it("rejects two reports of the same unit and month, or keeps the last one on request", () => {
    const second = { ...february(), reportId: "BPTTH-CCHC-2026-02-bis", totals: { newsItems: 31, articles: 9, airtimeMinutes: 118.5 } };
    const r = synthesizeReports({ media: [february(), second] }, { generatedAt: GENERATED_AT });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("synthesis.duplicate_report");
      expect(r.error.localized("vi")).toContain("Báo cáo nguồn monthly-media-report thứ 2 trùng đơn vị và kỳ");
      expect(r.error.params).toMatchObject({ index: 1, first: 0 }); // positions in the input array stay 0-based
      expect(r.error.localized("en")).toBe(
        "Source monthly-media-report report number 2 has the same unit and period (bao-ptth-bac-ninh (Báo và Phát thanh, Truyền hình Bắc Ninh), 2026-02) as report number 1.",
      );
    }
    const kept = synthesize({ media: [february(), second] }, { generatedAt: GENERATED_AT, duplicates: "last" });
    expect(kept.sources.map((x) => x.reportId)).toEqual(["BPTTH-CCHC-2026-02-bis"]);
  });

  it("names the invalid input, in both languages", () => {
    const r = synthesizeReports({ media: [january(), { ...february(), month: "2026-13" }] }, { generatedAt: GENERATED_AT });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("synthesis.invalid_input");
    // Counted from 1, as a person counts: the second monthly report (today's messages said "thứ 1").
    expect(r.error.localized("vi")).toContain('Báo cáo nguồn monthly-media-report thứ 2 không hợp lệ tại "/month"');
    expect(r.error.localized("en")).toContain("Source monthly-media-report report number 2 is invalid");
    expect(r.error.localized("en")).toContain('The month "2026-13" is invalid');
  });

  it("rejects reports outside the coverage, an empty synthesis, and an invalid result", () => {
    const outside = synthesizeReports({ media: [january()] }, { generatedAt: GENERATED_AT, coverage: { from: "2026-02", to: "2026-03" } });
    expect(!outside.ok && outside.error.code).toBe("synthesis.outside_coverage");
    const agencyOutside = synthesizeReports({ agencies: [agency()] }, { generatedAt: GENERATED_AT, coverage: { from: "2026-04", to: "2026-06" } });
    expect(!agencyOutside.ok && agencyOutside.error.code).toBe("synthesis.outside_coverage");
    const empty = synthesizeReports({}, { generatedAt: GENERATED_AT });
    expect(!empty.ok && empty.error.code).toBe("synthesis.empty");
    const onlyAgencies = synthesize({ agencies: [agency()] }, { generatedAt: GENERATED_AT, coverage: { from: "2026-01", to: "2026-03" } });
    expect(onlyAgencies.media.total).toEqual({ newsItems: 0, articles: 0, airtimeMinutes: 0, sources: [] });
    const badTime = synthesizeReports({ media: [january()] }, { generatedAt: "yesterday" });
    expect(!badTime.ok && badTime.error.code).toBe("synthesis.invalid_output");
    expect(!badTime.ok && badTime.error.localized("en")).toContain('"/generatedAt"');
  });

  it("for any set of valid reports: totals are the sums of the inputs, provenance is exact, the output validates", () => {
    const distinct = fc.uniqueArray(monthlyMediaReport, { maxLength: 6, selector: (r) => `${JSON.stringify(r["unit"]).normalize("NFC")}#${String(r["month"])}` });
    fc.assert(
      fc.property(distinct, fc.array(agencyCommunicationReport, { maxLength: 2 }), (media, agencies) => {
        const s = synthesize({ media, agencies }, { generatedAt: GENERATED_AT, coverage: { from: "2000-01", to: "2199-12" }, duplicates: "last", plan: false });
        expect(validateSynthesisReport(s).valid).toBe(true);
        const reports = media as unknown as MonthlyMediaReport[];
        expect(s.media.total.newsItems).toBe(reports.reduce((n, r) => n + r.totals.newsItems, 0));
        expect(s.media.total.articles).toBe(reports.reduce((n, r) => n + r.totals.articles, 0));
        expect(s.media.reports).toBe(media.length);
        for (const row of s.media.byMonth) {
          for (const i of row.sources) expect(s.sources[i]!.period).toBe(row.month);
          const fed = reports.filter((r) => r.month === row.month);
          expect(row.sources).toHaveLength(fed.length);
          expect(row.newsItems).toBe(fed.reduce((n, r) => n + r.totals.newsItems, 0));
        }
        for (const row of s.media.byTopic) {
          const fed = row.sources.map((i) => s.sources[i]!);
          expect(fed.every((x) => x.schemaId === "monthly-media-report")).toBe(true);
          expect(row.reports).toBe(row.sources.length);
        }
        for (const i of s.agencies.total.sources) expect(s.sources[i]!.schemaId).toBe("agency-communication-report");
      }),
      { numRuns: 150 },
    );
  });
});

describe("synthesizeReports: what V.5 and the closing paragraph ask of the synthesis", () => {
  it("compiles the difficulty reports that agencies, units and localities sent, item by item, with their source", () => {
    const s = synthesize({ media: [february()], agencies: [agency()], difficulties: [difficulty()] }, { generatedAt: GENERATED_AT, coverage: { from: "2026-01", to: "2026-03" } });
    expect(s.sources.map((x) => [x.schemaId, x.period])).toEqual([
      ["monthly-media-report", "2026-02"],
      ["agency-communication-report", "2026-Q1"],
      ["difficulty-report", "2026-Q1"],
    ]);
    expect(s.difficulties.reports).toBe(1);
    const report = difficulty() as unknown as DifficultyReport;
    expect(s.difficulties.items.map((i) => [i.title, i.source])).toEqual(report.items.map((i) => [i.title, 2]));
    expect(s.difficulties.items[0]).toMatchObject({ title: "Thiếu thiết bị phát thanh cơ sở", topic: "T3", source: 2 });
    expect(s.agencies.difficulties.every((d) => s.sources[d.source]!.schemaId === "agency-communication-report")).toBe(true);
    expect(validateReport("synthesis-report", s).valid).toBe(true);
  });

  it("carries the advice on the direction, content and forms for the next period, when given", () => {
    const s = synthesize({ media: [february()] }, { generatedAt: GENERATED_AT, advice: ADVICE });
    expect(s.advice).toEqual(ADVICE);
    expect(synthesize({ media: [february()] }, { generatedAt: GENERATED_AT }).advice).toBeUndefined();
    const noDirection = synthesizeReports({ media: [february()] }, { generatedAt: GENERATED_AT, advice: { ...ADVICE, direction: [] } });
    expect(!noDirection.ok && noDirection.error.code).toBe("synthesis.invalid_output");
    expect(!noDirection.ok && noDirection.error.localized("en")).toContain('"/advice/direction"');
  });

  it("refuses two copies of one difficulty report, counted from 1; keeps reports without a reportId apart", () => {
    const twice = synthesizeReports({ difficulties: [difficulty(), { ...difficulty(), reportId: "X" }, { ...difficulty(), reportId: "X" }] }, { generatedAt: GENERATED_AT, coverage: { from: "2026-01", to: "2026-03" } });
    expect(!twice.ok && twice.error.code).toBe("synthesis.duplicate_report_id");
    expect(!twice.ok && twice.error.localized("vi")).toBe(
      "Báo cáo nguồn difficulty-report thứ 3 trùng đơn vị và mã báo cáo (ubnd-xa-phuong 07663, X) với báo cáo thứ 2.",
    );
    const apart = synthesize({ difficulties: [difficulty(), difficulty()] }, { generatedAt: GENERATED_AT, coverage: { from: "2026-01", to: "2026-03" } });
    expect(apart.difficulties.reports).toBe(2);
  });

  it("refuses a difficulty report outside the coverage, and an input from a sender the plan does not oblige", () => {
    const outside = synthesizeReports({ media: [january()], difficulties: [difficulty()] }, { generatedAt: GENERATED_AT, coverage: { from: "2026-04", to: "2026-06" } });
    expect(!outside.ok && outside.error.code).toBe("synthesis.outside_coverage");
    const fromSoTuPhap = example("monthly-media-report.invalid-sender.json");
    const refused = synthesizeReports({ media: [january(), fromSoTuPhap] }, { generatedAt: GENERATED_AT });
    expect(!refused.ok && refused.error.localized("vi")).toContain('Báo cáo nguồn monthly-media-report thứ 2 không hợp lệ tại "/unit/actor"');
    expect(synthesizeReports({ media: [january(), fromSoTuPhap] }, { generatedAt: GENERATED_AT, plan: false }).ok).toBe(true);
    const wrongAuthor = synthesizeReports({ media: [january()] }, { generatedAt: GENERATED_AT, author: { actor: "so-noi-vu" } });
    expect(!wrongAuthor.ok && wrongAuthor.error.localized("en")).toContain('"/author/actor"');
  });

  it("for any set of difficulty reports: every item is compiled once, from its own source, in a valid synthesis", () => {
    fc.assert(
      fc.property(fc.array(difficultyReport, { maxLength: 4 }), (difficulties) => {
        const s = synthesize({ difficulties }, { generatedAt: GENERATED_AT, coverage: { from: "2000-01", to: "2199-12" }, duplicates: "last", plan: false });
        const kept = s.sources.filter((x) => x.schemaId === "difficulty-report").length;
        expect(s.difficulties.reports).toBe(kept);
        for (const item of s.difficulties.items) expect(s.sources[item.source]!.schemaId).toBe("difficulty-report");
        const fed = new Set(s.difficulties.items.map((i) => i.source));
        expect(fed.size).toBe(kept);
        expect(validateSynthesisReport(s).valid).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
