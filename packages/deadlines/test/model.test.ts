import { catalogueProblems } from "@cchc/core";
import {
  DEADLINE_DEFAULTS,
  REPORTING_REGIME_DATA,
  deadlineMessages,
  deadlineRuleSchema,
  obligationSchema,
  parsePeriodId,
  periodBounds,
  periodId,
  periodIdSchema,
  periodLabel,
  periodSchema,
  periodsOfYear,
  type Obligation,
} from "@cchc/deadlines";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const party = (id: string, vi: string, en: string) => ({ id, name: { vi, en } });

// The plan's monthly media report: seeds/000_41b9030813a16d0b.txt, V.5 ("Định kỳ trước ngày 10 hằng tháng").
const mediaReport = {
  id: "bac-ninh-2026.media-monthly-report",
  who: [party("bao-ptth", "Báo và Phát thanh, Truyền hình Bắc Ninh", "Bắc Ninh Newspaper, Radio and Television")],
  what: { vi: "Báo cáo kết quả tuyên truyền CCHC", en: "Report on administrative-reform communication results" },
  to: [party("so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism")],
  rule: { kind: "day-of-month", day: 10, wording: "before", monthsAfterPeriodEnd: 1 },
  periodKind: "month",
  source: { title: "Kế hoạch tuyên truyền CCHC tỉnh Bắc Ninh năm 2026", clause: "V.5", quote: "Định kỳ trước ngày 10 hằng tháng", confidence: "VERIFIED" },
} as const;

describe("deadline rules as data", () => {
  it("accepts every rule kind and round-trips through JSON", () => {
    const rules = [
      { kind: "day-of-month", day: 10, wording: "before", monthsAfterPeriodEnd: 1 },
      { kind: "day-of-month", day: "last", wording: "no-later-than", reading: "on-or-before", policy: "keep" },
      { kind: "period", amount: 1, unit: "month", anchor: "event" },
      { kind: "working-days", days: 5, receiptCutoff: "15:00", restartOnSupplement: true },
      { kind: "reporting-period", regime: "cchc" },
      { kind: "reporting-period", regime: "nd09-2019", windows: { "nine-months": { startDay: 15, startMonthOffset: -1, endDay: 14 } }, due: { kind: "working-days", days: 2, anchor: "window-end" } },
      { kind: "reporting-period", regime: "calendar", due: { kind: "period", amount: 15, unit: "day", anchor: "period-end" } },
    ];
    for (const rule of rules) {
      const parsed = deadlineRuleSchema.parse(rule);
      expect(deadlineRuleSchema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      expect(parsed).toEqual(rule);
    }
  });

  it("rejects a strictly-before reading of 'chậm nhất ngày N' with a cchc code", () => {
    const r = deadlineRuleSchema.safeParse({ kind: "day-of-month", day: 20, wording: "no-later-than", reading: "strictly-before" });
    expect(r.success).toBe(false);
    const issue = r.error?.issues[0] as { path: unknown[]; params?: { cchc?: { code: string } } };
    expect(issue.path).toEqual(["reading"]);
    expect(issue.params?.cchc?.code).toBe("deadline.reading_not_admissible");
  });

  it("requires a due rule for plain calendar periods", () => {
    expect(deadlineRuleSchema.safeParse({ kind: "reporting-period", regime: "calendar" }).success).toBe(false);
  });

  it("rejects unknown keys, __proto__ and out-of-range values", () => {
    const bad: unknown[] = [
      { kind: "day-of-month", day: 10, wording: "before", reeding: "on-or-before" },
      JSON.parse('{"kind":"day-of-month","day":10,"wording":"before","__proto__":{"polluted":1}}'),
      { kind: "day-of-month", day: 32, wording: "before" },
      { kind: "day-of-month", day: 0, wording: "before" },
      { kind: "day-of-month", day: 10.5, wording: "before" },
      { kind: "working-days", days: -1 },
      { kind: "working-days", days: 3, receiptCutoff: "25:00" },
      { kind: "working-days", days: 3, receiptCutoff: "3pm" },
      { kind: "period", amount: 1, unit: "fortnight" },
      { kind: "reporting-period", regime: "nd-09" },
      { kind: "unknown" },
      null,
      "day 10",
    ];
    for (const value of bad) expect(deadlineRuleSchema.safeParse(value).success, JSON.stringify(value)).toBe(false);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  it("generates a JSON Schema for plan authors", () => {
    const schema = z.toJSONSchema(deadlineRuleSchema, { io: "input" }) as { oneOf?: unknown[]; anyOf?: unknown[] };
    expect((schema.oneOf ?? schema.anyOf)?.length).toBe(4);
  });
});

describe("periods", () => {
  it("parses and formats every kind of id", () => {
    for (const id of ["2026-02", "2026-Q1", "2026-Q3", "2026-H1", "2026-H2", "2026-9M", "2026"]) {
      const r = parsePeriodId(id);
      expect(r.ok && periodId(r.value)).toBe(id);
      expect(r.ok && periodSchema.parse(r.value)).toEqual(r.ok && r.value);
    }
    expect(parsePeriodId(" 2026-q1 ")).toEqual({ ok: true, value: { kind: "quarter", year: 2026, quarter: 1 } });
  });

  it("rejects bad ids with typed errors", () => {
    for (const id of ["2026-13", "2026-00", "2026-Q5", "2026-H3", "26-01", "2026-1", "2026-9m-x", "", "x".repeat(10_000)]) {
      const r = parsePeriodId(id);
      expect(r.ok, id).toBe(false);
      if (!r.ok) expect(r.error.code).toBe("deadline.invalid_period_id");
    }
    const far = parsePeriodId("2300-01");
    expect(!far.ok && far.error.code).toBe("deadline.year_out_of_range");
    expect(parsePeriodId(202602).ok).toBe(false);
    expect(periodIdSchema.safeParse("2026-H2").success).toBe(true);
    expect(periodIdSchema.safeParse("2026-H0").success).toBe(false);
  });

  it("gives bounds and names", () => {
    expect(periodBounds({ kind: "month", year: 2024, month: 2 })).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(periodBounds({ kind: "quarter", year: 2026, quarter: 3 })).toEqual({ start: "2026-07-01", end: "2026-09-30" });
    expect(periodBounds({ kind: "nine-months", year: 2026 })).toEqual({ start: "2026-01-01", end: "2026-09-30" });
    expect(periodLabel({ kind: "half-year", year: 2026, half: 1 })).toEqual({ vi: "6 tháng đầu năm 2026", en: "first half of 2026" });
    expect(periodLabel({ kind: "month", year: 2026, month: 2 }).en).toBe("February 2026");
  });

  it("lists the periods of a year, including the CCHC cycle", () => {
    expect(periodsOfYear("month", 2026).map(periodId).at(-1)).toBe("2026-12");
    expect(periodsOfYear("quarter", 2026).map(periodId)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    expect(periodsOfYear("cchc-cycle", 2026).map(periodId)).toEqual(["2026-Q1", "2026-H1", "2026-Q3", "2026"]);
  });

  it("round-trips any valid period through its id (property)", () => {
    const period = fc.oneof(
      fc.record({ kind: fc.constant("month" as const), year: fc.integer({ min: 1900, max: 2199 }), month: fc.integer({ min: 1, max: 12 }) }),
      fc.record({ kind: fc.constant("quarter" as const), year: fc.integer({ min: 1900, max: 2199 }), quarter: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ kind: fc.constant("half-year" as const), year: fc.integer({ min: 1900, max: 2199 }), half: fc.integer({ min: 1, max: 2 }) }),
      fc.record({ kind: fc.constant("nine-months" as const), year: fc.integer({ min: 1900, max: 2199 }) }),
      fc.record({ kind: fc.constant("year" as const), year: fc.integer({ min: 1900, max: 2199 }) }),
    );
    fc.assert(fc.property(period, (p) => {
      const r = parsePeriodId(periodId(p));
      expect(r).toEqual({ ok: true, value: p });
    }));
  });
});

describe("obligations", () => {
  it("accepts the plan's monthly media report and the agencies' CCHC-embedded report", () => {
    const media: Obligation = obligationSchema.parse(mediaReport);
    expect(media.rule).toEqual(mediaReport.rule);
    // seeds/000_41b9030813a16d0b.txt, V.1: "lồng ghép trong báo cáo CCHC định kỳ"
    const agencies = obligationSchema.parse({
      id: "bac-ninh-2026.agencies-cchc-communication",
      who: [party("co-quan-thuoc-ubnd", "Các cơ quan, đơn vị thuộc UBND tỉnh", "Agencies under the Provincial People's Committee")],
      what: { vi: "Báo cáo kết quả tuyên truyền CCHC", en: "Report on administrative-reform communication" },
      to: [party("so-noi-vu", "Sở Nội vụ", "Department of Home Affairs")],
      copyTo: [party("so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism")],
      rule: { kind: "reporting-period", regime: "cchc" },
      periodKind: "cchc-cycle",
      embeddedIn: { vi: "Báo cáo CCHC định kỳ", en: "Periodic administrative-reform report" },
      source: { clause: "V.1", quote: "lồng ghép trong báo cáo CCHC định kỳ", confidence: "VERIFIED" },
      precedence: {
        overrides: [{ rule: { kind: "reporting-period", regime: "nd09-2019" }, source: { document: "09/2019/NĐ-CP", confidence: "SECONDARY" } }],
        reason: { vi: "Báo cáo CCHC theo hướng dẫn riêng của Bộ Nội vụ.", en: "CCHC reports follow Bộ Nội vụ's own instruction." },
      },
    });
    expect(agencies.copyTo?.[0]?.id).toBe("so-vhttdl");
  });

  it("rejects obligations with missing parties, bad ids or bad citations", () => {
    expect(obligationSchema.safeParse({ ...mediaReport, who: [] }).success).toBe(false);
    expect(obligationSchema.safeParse({ ...mediaReport, id: "Bad Id" }).success).toBe(false);
    expect(obligationSchema.safeParse({ ...mediaReport, source: { confidence: "SURE" } }).success).toBe(false);
    expect(obligationSchema.safeParse({ ...mediaReport, what: { vi: "", en: "x" } }).success).toBe(false);
    expect(obligationSchema.safeParse({ ...mediaReport, periodKind: "weekly" }).success).toBe(false);
  });
});

describe("defaults and data", () => {
  it("declares the default reading of 'trước ngày N' with an UNCONFIRMED basis", () => {
    expect(DEADLINE_DEFAULTS.reading.before.value).toBe("strictly-before");
    expect(DEADLINE_DEFAULTS.reading.before.basis[0]?.confidence).toBe("UNCONFIRMED");
    expect(DEADLINE_DEFAULTS.reading["no-later-than"].value).toBe("on-or-before");
    // Bộ luật Dân sự 2015 Điều 148 khoản 5
    expect(DEADLINE_DEFAULTS.civilPeriodPolicy.value).toBe("next-working-day");
    expect(DEADLINE_DEFAULTS.civilPeriodPolicy.basis[0]?.article).toBe("148");
  });

  it("flags the unconfirmed reporting windows and defaults", () => {
    const nd09 = REPORTING_REGIME_DATA["nd09-2019"];
    expect(nd09.windows.H2?.citation.confidence).toBe("UNCONFIRMED");
    expect(nd09.windows["nine-months"]?.citation.confidence).toBe("UNCONFIRMED");
    expect(nd09.windows.month?.citation.confidence).toBe("SECONDARY");
    expect(nd09.due?.citation.confidence).toBe("UNCONFIRMED");
    expect(REPORTING_REGIME_DATA.cchc.due?.citation.document).toBe("581/BNV-CCHC");
    expect(Object.keys(REPORTING_REGIME_DATA.cchc.windows)).toEqual(["Q1", "H1", "Q3", "year"]);
  });

  it("has a complete vi/en catalogue", () => {
    expect(catalogueProblems(deadlineMessages)).toEqual([]);
  });
});
