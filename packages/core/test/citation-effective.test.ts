import { describe, expect, it } from "vitest";
import {
  CONFIDENCE_LEVELS,
  checkEffectiveDated,
  defineEffectiveDated,
  entryAt,
  formatCitation,
  toJsonPointer,
  valueAt,
  valueAtOrError,
  type Citation,
} from "@cchc/core";

// BLLĐ 2019 Điều 112 khoản 1 điểm đ (National Day two days from 2021), BLLĐ 2012 Điều 115 (one day):
// ../shared/domain/calendar-and-deadlines.md §1.1.
const blld2019: Citation = {
  document: "45/2019/QH14",
  title: "Bộ luật Lao động 2019",
  article: "112",
  clause: "1",
  point: "đ",
  confidence: "VERIFIED",
};

describe("formatCitation", () => {
  it("writes Vietnamese order điểm–khoản–Điều and English Article(n)(x)", () => {
    expect(formatCitation(blld2019)).toBe("điểm đ khoản 1 Điều 112, Bộ luật Lao động 2019 (45/2019/QH14)");
    expect(formatCitation(blld2019, "en")).toBe("Article 112(1)(đ), Bộ luật Lao động 2019 (45/2019/QH14)");
  });
  it("flags non-verified facts and shows dates", () => {
    expect(formatCitation({ document: "581/BNV-CCHC", confidence: "SECONDARY" })).toBe("581/BNV-CCHC [SECONDARY]");
    expect(formatCitation({ document: "12729/VPCP-KGVX", date: "2025-12-25", confidence: "VERIFIED" }, "en")).toBe(
      "12729/VPCP-KGVX, dated 2025-12-25",
    );
    expect(CONFIDENCE_LEVELS).toEqual(["VERIFIED", "SECONDARY", "INFERRED", "UNCONFIRMED"]);
  });
});

describe("effective-dated parameters", () => {
  const nationalDayDays = defineEffectiveDated({
    id: "holiday.national-day.days",
    lastVerified: "2026-07-23",
    values: [
      { validFrom: "2013-05-01", value: 1, citation: { document: "10/2012/QH13", article: "115", confidence: "SECONDARY" } },
      { validFrom: "2021-01-01", value: 2, citation: blld2019 },
    ],
  });
  it("valueAt picks the value in force on the date, boundaries included", () => {
    expect(valueAt(nationalDayDays, "2020-09-02")).toBe(1);
    expect(valueAt(nationalDayDays, "2020-12-31")).toBe(1);
    expect(valueAt(nationalDayDays, "2021-01-01")).toBe(2);
    expect(valueAt(nationalDayDays, "2026-09-02")).toBe(2);
    expect(entryAt(nationalDayDays, "2026-09-02")?.citation).toBe(blld2019);
  });
  it("before the first value: undefined, or a typed error", () => {
    expect(valueAt(nationalDayDays, "2000-01-01")).toBeUndefined();
    const r = valueAtOrError(nationalDayDays, "2000-01-01");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.localized("en")).toContain("in force from 2013-05-01");
  });
  it("rejects empty and unsorted definitions", () => {
    expect(checkEffectiveDated({ id: "x", lastVerified: "2026-01-01", values: [] })).toMatchObject({
      ok: false,
      error: { code: "effective.empty" },
    });
    const c = { confidence: "UNCONFIRMED" } as const;
    expect(() =>
      defineEffectiveDated({
        id: "y",
        lastVerified: "2026-01-01",
        values: [
          { validFrom: "2021-01-01", value: 1, citation: c },
          { validFrom: "2021-01-01", value: 2, citation: c },
        ],
      }),
    ).toThrow(/effective|hiệu lực/);
  });
});

describe("toJsonPointer", () => {
  it("escapes ~ and /", () => {
    expect(toJsonPointer([])).toBe("");
    expect(toJsonPointer(["sections", 0, "a/b~c"])).toBe("/sections/0/a~1b~0c");
  });
});
