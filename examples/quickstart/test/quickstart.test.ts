import { describe, expect, it } from "vitest";
import { legalBasesSection, nameMatchingSection, nonWorkingDays2026Section, reportValidationSection } from "../src/tour.js";

describe("quickstart tour", () => {
  it("parses the plan's three legal bases", () => {
    const text = legalBasesSection().join("\n");
    expect(text).toContain("76/NQ-CP     kind=administrative, type=NQ, issuer=CP, number=76");
    expect(text).toContain("69/KH-UBND   kind=administrative, type=KH, issuer=UBND, number=69");
    expect(text).toContain("167/KH-UBND  kind=administrative, type=KH, issuer=UBND, number=167");
    expect(text).not.toContain("✖");
  });
  it("matches the name across NFC/NFD, case and diacritics", () => {
    const lines = nameMatchingSection();
    expect(lines.at(-1)).toContain("all four match");
    expect(lines.filter((l) => l.includes('key="phuong kinh bac"'))).toHaveLength(4);
  });
  it("prints the 2026 non-working days with their reasons (calendar-and-deadlines.md §2.2)", () => {
    const lines = nonWorkingDays2026Section();
    expect(lines[0]).toContain("official schedule");
    const text = lines.join("\n");
    expect(text).toContain("2026-01-02  off   swapped-off");
    expect(text).toContain("12729/VPCP-KGVX");
    expect(text).toContain("2026-01-10  WORK  makeup-working");
    expect(text).toContain("2026-04-27  off   observed");
    expect(text).toContain("2026-08-31  off   swapped-off");
    expect(lines.filter((l) => l.includes("  off ")).length).toBe(14); // 13 weekdays + Sunday 26/4 (Giỗ Tổ)
  });
  it("validates a valid and an invalid monthly media report and prints the Vietnamese errors", () => {
    expect(reportValidationSection()).toEqual([
      "Validating the monthly media report (báo cáo tuyên truyền hằng tháng, schema monthly-media-report):",
      "  February report: hợp lệ (valid)",
      "  mistyped report: 3 lỗi (issues)",
      "    /totals/newsItems  Σ /sections/*/newsItems = 14, không khớp với /totals/newsItems = 15.",
      "    /broadcasts/0/date  Ngày 2026-03-02 không thuộc tháng báo cáo 2026-02.",
      '    /content/1/topic  Giá trị "T4.2" bị lặp lại (đã có tại /content/0/topic).',
    ]);
  });
});
