import { describe, expect, it } from "vitest";
import {
  februaryExplanationSection,
  legalBasesSection,
  monthlyReportSection,
  nameMatchingSection,
  nonWorkingDays2026Section,
  reportingSection,
  reportValidationSection,
  officialDocumentSection,
} from "../src/tour.js";

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
  it("prints the 2026 due dates of the monthly media report (plan V.5; calendar-and-deadlines.md §2.2)", () => {
    const lines = monthlyReportSection();
    const rows = lines.filter((l) => /^ {2}\d{4}-\d{2} /.test(l));
    expect(rows).toHaveLength(12);
    expect(rows[1]).toContain("2026-02   Mon 09/03/2026");
    expect(rows[3]).toContain("2026-04   Fri 08/05/2026       2026-05-08 … 2026-05-11"); // 10/5 is a Sunday
    expect(rows[6]).toContain("2026-07   Fri 07/08/2026"); // 9/8 is a Sunday
    expect(rows[11]).toContain("(calendar estimated)"); // due in January 2027
    expect(lines.join("\n")).not.toContain("✖");
  });
  it("explains the February report across the Tết break", () => {
    const text = februaryExplanationSection().join("\n");
    expect(text).toContain("Due: Monday 9 March 2026, ending at 24:00 (Vietnam time).");
    expect(text).toContain("14 Feb 2026 – 22 Feb 2026 (9 days): Lunar New Year");
  });
  it("prints who reports what to whom in 2026, and when (plan V.1, V.5, closing; dates as in the tests of @cchc/deadlines)", () => {
    const text = reportingSection().join("\n");
    expect(text).toContain("Bắc Ninh Newspaper and Radio-Television → Department of Culture, Sports and Tourism: Report on the results of reform communication — Every month, before the 10th");
    expect(text).toContain("due [INFERRED]: 2026-01 → 2026-02-09, 2026-02 → 2026-03-09, 2026-03 → 2026-04-09, 2026-04 → 2026-05-08");
    expect(text).toContain("2026-07 → 2026-08-07"); // 9/8/2026 is a Sunday: previous working day
    expect(text).toContain("→ Department of Home Affairs (copy Department of Culture, Sports and Tourism)");
    expect(text).toContain("due [UNCONFIRMED]: 2026-Q1 → 2026-03-20");
    expect(text).toContain("→ Chairman of the Provincial People's Committee");
    expect(text.match(/no dated deadline in the plan/g)).toHaveLength(3);
    expect(text).not.toContain("✖");
  });
  it("validates a valid and an invalid monthly media report and prints the Vietnamese errors", () => {
    expect(reportValidationSection()).toEqual([
      "Validating the monthly media report (báo cáo tuyên truyền hằng tháng, schema monthly-media-report):",
      "  February report: hợp lệ (valid)",
      "  mistyped report: 4 lỗi (issues)",
      "    /totals/newsItems  Σ /sections/*/newsItems = 14, không khớp với /totals/newsItems = 15.",
      "    /broadcasts/0/date  Ngày 2026-03-02 không thuộc tháng báo cáo 2026-02.",
      '    /content/1/topic  Giá trị "T4.2" bị lặp lại (đã có tại /content/0/topic).',
      // The mistyped total is stated a third time, in the forms of presentation (news = news items).
      "    /forms  Σ /forms/*/count (news) = 14, không khớp với /totals/newsItems = 15.",
    ]);
  });
  it("composes the February report as an official document (Nghị định 30/2020/NĐ-CP)", () => {
    const lines = officialDocumentSection();
    expect(lines[1]).toBe("  UBND TỈNH BẮC NINH / BÁO VÀ PHÁT THANH, TRUYỀN HÌNH BẮC NINH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(lines[2]).toBe("  Số: 09/BC-BPTTH    Bắc Ninh, ngày 06 tháng 3 năm 2026");
    expect(lines[3]).toBe("  BÁO CÁO: Kết quả tuyên truyền cải cách hành chính tháng 02 năm 2026");
    expect(lines[4]).toMatch(/signed KT\. TỔNG BIÊN TẬP Trần Thị Hoa$/);
  });
});
