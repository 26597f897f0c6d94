import { catalogueProblems } from "@cchc/core";
import {
  CROSS_FIELD_RULES,
  MAX_ISSUES,
  REPORT_SCHEMA_IDS,
  reportCalculatorMessages,
  reportValidationMessages,
  validateAgencyCommunicationReport,
  validateDifficultyReport,
  validateMonthlyMediaReport,
  validateProcedureStatistics,
  validateReport,
  type MonthlyMediaReport,
  type MonthlyMediaReportInput,
} from "@cchc/reports";
import { validateMonthlyMediaReport as fromEntry } from "@cchc/reports/monthly-media-report";
import { describe, expect, expectTypeOf, it } from "vitest";
import { clone, example, exampleFiles } from "./support/examples.js";

const codes = (r: { issues: readonly { code: string }[] }) => r.issues.map((i) => i.code);
const at = (r: { issues: readonly { path: string; code: string }[] }) => r.issues.map((i) => `${i.path} ${i.code}`);

describe("the shipped examples", () => {
  it("ship a valid and an invalid payload for every schema, and each validates as its name says", () => {
    const files = exampleFiles();
    for (const id of REPORT_SCHEMA_IDS) {
      expect(files).toContain(`${id}.valid.json`);
      if (id !== "synthesis-report") expect(files.some((f) => f.startsWith(`${id}.invalid`))).toBe(true);
    }
    for (const file of files) {
      const id = file.replace(/\.(?:valid|invalid)[\w-]*\.json$/, "");
      const result = validateReport(id, example(file));
      expect(result.valid, `${file}: ${JSON.stringify(result.issues)}`).toBe(file.includes(".valid"));
    }
  });

  it("the invalid monthly report shows structural issues, in Vietnamese by default", () => {
    const r = validateMonthlyMediaReport(example("monthly-media-report.invalid.json"));
    expect(at(r)).toEqual([
      "/month report.invalid_month",
      "/totals/articles too_small",
      "/content/0/topic invalid_value",
      "/forms/0/form invalid_value",
      "/feedback/summary report.blank_text",
      "/totalz unrecognized_keys",
    ]);
    expect(r.issues[0]!.message).toBe('Tháng "2026-13" không hợp lệ: cần dạng YYYY-MM, năm 2000–2199 (ví dụ 2026-02).');
    expect(r.issues[1]!.message).toBe("Không được là số âm."); // core's plain wording for a minimum of 0
    expect(r.issues[5]!.message).toContain('"totalz"');
  });

  it("the invalid-totals monthly report shows the cross-field rules, in English on request", () => {
    const r = validateMonthlyMediaReport(example("monthly-media-report.invalid-totals.json"), { lang: "en" });
    expect(at(r)).toEqual([
      "/totals/newsItems report.sum_mismatch",
      "/broadcasts/1/date report.date_outside_month",
      "/broadcasts/1/section report.unknown_reference",
      "/content/1/topic report.duplicate",
      "/forms report.sum_mismatch",
      "/feedback report.parts_exceed_total",
    ]);
    expect(r.issues[0]!.message).toBe("Σ /sections/*/newsItems = 14, which does not match /totals/newsItems = 20.");
    expect(r.issues[4]!.message).toBe("Σ /forms/*/count (article + reportage + talk-show) = 0, which does not match /totals/articles = 5.");
    expect(r.issues[1]!.message).toBe("The date 2026-04-02 is not in the reporting month 2026-03.");
  });

  it("the invalid examples of the other schemas hit their rules", () => {
    expect(codes(validateAgencyCommunicationReport(example("agency-communication-report.invalid.json")))).toEqual([
      "report.commune_code_required",
      "report.list_exceeds_count",
      "report.date_before",
      "report.date_outside_window",
      "report.requires_nonzero",
    ]);
    expect(codes(validateDifficultyReport(example("difficulty-report.invalid.json")))).toEqual(["report.commune_code_not_allowed", "report.date_before"]);
    expect(at(validateProcedureStatistics(example("procedure-statistics.invalid.json")))).toEqual([
      "/dossiers/resolved/total report.sum_mismatch",
      "/dossiers/online report.parts_exceed_total",
      "/dossiers/apologies report.parts_exceed_total",
      "/procedures/publishedOnTime report.parts_exceed_total",
      "/feedback report.parts_exceed_total",
    ]);
  });
});

describe("the validators", () => {
  const valid = () => clone(example("monthly-media-report.valid.json"));

  it("return the parsed value on success, a fresh object with NFC text", () => {
    const input = valid();
    const nfd = "Phường Kinh Bắc".normalize("NFD");
    (input["unit"] as Record<string, unknown>)["name"] = nfd;
    const r = validateMonthlyMediaReport(input);
    expect(r.valid).toBe(true);
    if (!r.valid) return;
    expect(r.value.unit.name).toBe("Phường Kinh Bắc".normalize("NFC"));
    expect(r.value.unit.name).not.toBe(nfd);
    expect(r.value).not.toBe(input);
    expect(r.issues).toEqual([]);
  });

  it("find sections that match broadcasts across case, spacing and Unicode form", () => {
    const input = valid();
    (input["broadcasts"] as Record<string, unknown>[])[0]!["section"] = "  CẢI CÁCH   hành chính ".normalize("NFD");
    expect(validateMonthlyMediaReport(input).valid).toBe(true);
  });

  it("accept the language as options or as a string, and fall back to Vietnamese", () => {
    const input = { ...valid(), month: "2026-1" };
    expect(validateMonthlyMediaReport(input, "en").issues[0]!.message).toContain("The month");
    expect(validateMonthlyMediaReport(input, { lang: "en" }).issues[0]!.message).toContain("The month");
    expect(validateMonthlyMediaReport(input, { lang: "fr" as never }).issues[0]!.message).toContain("Tháng");
    expect(validateMonthlyMediaReport(input).issues[0]!.message).toContain("Tháng");
  });

  it("report every unknown key at its own path, including __proto__ and constructor, without copying them", () => {
    const input = JSON.parse(
      JSON.stringify(valid()).replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"totalz":1,'),
    ) as Record<string, unknown>;
    const r = validateMonthlyMediaReport(input, "en");
    expect(at(r)).toEqual(["/__proto__ unrecognized_keys", "/constructor unrecognized_keys", "/totalz unrecognized_keys"]);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("count text length in code points, like JSON Schema's maxLength", () => {
    const input = valid();
    input["reportId"] = "😀".repeat(100); // 100 code points, 200 UTF-16 units: allowed
    expect(validateMonthlyMediaReport(input).valid).toBe(true);
    input["reportId"] = "😀".repeat(101);
    expect(at(validateMonthlyMediaReport(input))).toEqual(["/reportId too_big"]);
  });

  it("reject blank text and non-integer or negative counts", () => {
    const input = valid();
    input["notes"] = "\u3000\t ";
    (input["totals"] as Record<string, unknown>)["newsItems"] = 1.5;
    (input["sections"] as Record<string, unknown>[])[0]!["articles"] = -1;
    expect(at(validateMonthlyMediaReport(input))).toEqual(["/totals/newsItems invalid_type", "/sections/0/articles too_small", "/notes report.blank_text"]);
  });

  it("run the cross-field rules only on a structurally valid payload (no cascade)", () => {
    const input = valid();
    input["month"] = "2026-13"; // every broadcast date would otherwise be "outside the month"
    (input["totals"] as Record<string, unknown>)["newsItems"] = 0; // would break the sum
    expect(at(validateMonthlyMediaReport(input))).toEqual(["/month report.invalid_month"]);
  });

  it("cap the number of issues", () => {
    const input = valid();
    input["broadcasts"] = Array.from({ length: 3000 }, () => ({ date: "x", channel: "x", airtimeMinutes: -1 }));
    const r = validateMonthlyMediaReport(input);
    expect(r.issues).toHaveLength(MAX_ISSUES + 1);
    expect(r.issues.at(-1)!.code).toBe("report.too_many_issues");
  });

  it("are the same function from the main entry and from the schema's own entry point", () => {
    const input = valid();
    expect(fromEntry(input)).toEqual(validateMonthlyMediaReport(input));
  });

  it("infer the report types from the schemas", () => {
    expectTypeOf<MonthlyMediaReport["month"]>().toEqualTypeOf<string>();
    expectTypeOf<MonthlyMediaReport["content"][number]["topic"]>().toEqualTypeOf<"T1" | "T2" | "T3" | "T4" | "T4.1" | "T4.2" | "T4.3" | "T4.4" | "T4.5" | "T4.6" | "T5">();
    expectTypeOf<MonthlyMediaReportInput["schemaVersion"]>().toEqualTypeOf<2>();
  });
});

describe("cross-field rules", () => {
  it("every rule code has messages in both languages and every listed rule names a real schema", () => {
    expect(catalogueProblems(reportValidationMessages)).toEqual([]);
    expect(catalogueProblems(reportCalculatorMessages)).toEqual([]);
    for (const rule of CROSS_FIELD_RULES) {
      expect(REPORT_SCHEMA_IDS).toContain(rule.schemaId);
      expect(Object.keys(reportValidationMessages.vi)).toContain(rule.code);
      expect(rule.path.startsWith("/")).toBe(true);
    }
  });

  it("monthly: airtime adds up within 0.01 minute", () => {
    const input = clone(example("monthly-media-report.valid.json"));
    (input["totals"] as Record<string, number>)["airtimeMinutes"] = 118.505;
    expect(validateMonthlyMediaReport(input).valid).toBe(true);
    (input["totals"] as Record<string, number>)["airtimeMinutes"] = 118.6;
    expect(at(validateMonthlyMediaReport(input))).toEqual(["/totals/airtimeMinutes report.sum_mismatch"]);
  });

  it("monthly: duplicate section names, forms, channels and extension keys", () => {
    const input = clone(example("monthly-media-report.valid.json"));
    const sections = input["sections"] as Record<string, unknown>[];
    sections.push({ ...sections[0]!, name: "cải cách hành chính", newsItems: 0, articles: 0, airtimeMinutes: 0 });
    (input["forms"] as unknown[]).push({ form: "news", count: 1 });
    (input["channels"] as unknown[]).push({ channel: "F1.press.tv", items: 1 });
    (input["extra"] as unknown[]).push({ key: "views", value: 1 });
    expect(at(validateMonthlyMediaReport(input))).toEqual([
      "/sections/4/name report.duplicate",
      "/forms/6/form report.duplicate",
      "/channels/7/channel report.duplicate",
      "/extra/2/key report.duplicate",
    ]);
  });

  it("agency: the data window must fit the CCHC period", () => {
    const base = clone(example("agency-communication-report.valid.json"));
    const withWindow = (start: string, end: string) => validateAgencyCommunicationReport({ ...base, window: { start, end } }, "en");
    expect(withWindow("2025-12-15", "2026-03-14").valid).toBe(true); // 581/BNV-CCHC window of quarter I
    expect(withWindow("2025-12-01", "2026-03-31").valid).toBe(true); // the widest window allowed
    expect(at(withWindow("2026-03-15", "2026-03-14"))).toEqual(["/window/start report.window_order"]);
    expect(at(withWindow("2025-12-15", "2026-04-14"))).toEqual(["/window/end report.window_outside_period"]);
    expect(at(withWindow("2025-11-30", "2026-03-14"))).toEqual(["/window/start report.window_outside_period"]);
    expect(withWindow("2025-11-30", "2026-03-14").issues[0]!.message).toContain("2025-12-01");
  });

  it("agency: legal-dissemination activities need integration", () => {
    const base = clone(example("agency-communication-report.valid.json"));
    const r = validateAgencyCommunicationReport({ ...base, legalDissemination: { integrated: false, activities: 2 } });
    expect(at(r)).toEqual(["/legalDissemination/activities report.requires_nonzero"]);
  });

  it("procedure statistics: pending parts, available dossiers, payments, electronic results, digitization, satisfaction", () => {
    const base = clone(example("procedure-statistics.valid.json"));
    const d = base["dossiers"] as Record<string, unknown>;
    const r = validateProcedureStatistics({
      ...base,
      dossiers: { ...d, carriedOver: 0, received: 105, online: 100, resolved: { total: 100, early: 100, onTime: 0, late: 0 }, pending: { total: 5, withinDeadline: 4, overdue: 0 }, apologies: 0 },
      payments: { eligible: 1, online: 2 },
      electronicResults: 101,
      digitization: { dossiers: 106, results: 101, reused: 0 },
      feedback: { received: 1, handledOnTime: 1, handledLate: 0, dissatisfiedOrOverdue: 2 },
      satisfaction: { surveyed: 1, satisfied: 2 },
    });
    expect(at(r)).toEqual([
      "/dossiers/pending/total report.sum_mismatch",
      "/payments/online report.parts_exceed_total",
      "/electronicResults report.parts_exceed_total",
      "/digitization/dossiers report.parts_exceed_total",
      "/digitization/results report.parts_exceed_total",
      "/feedback/dissatisfiedOrOverdue report.parts_exceed_total",
      "/satisfaction/satisfied report.parts_exceed_total",
    ]);
    const over = validateProcedureStatistics({ ...base, dossiers: { ...d, carriedOver: 0, received: 10 } });
    expect(codes(over)).toContain("report.parts_exceed_total");
  });

  it("commune-level units name their commune", () => {
    const base = clone(example("procedure-statistics.valid.json"));
    expect(validateProcedureStatistics({ ...base, agency: { actor: "trung-tam-phvhcc-xa", communeCode: "09187" } }).valid).toBe(true);
    expect(at(validateProcedureStatistics({ ...base, agency: { actor: "trung-tam-phvhcc-xa" } }))).toEqual(["/agency/actor report.commune_code_required"]);
    expect(at(validateProcedureStatistics({ ...base, agency: { actor: "trung-tam-phvhcc-xa", communeCode: "9187" } }))).toEqual([
      "/agency/communeCode report.invalid_commune_code",
    ]);
  });
});
