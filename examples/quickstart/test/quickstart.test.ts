import { describe, expect, it } from "vitest";
import { legalBasesSection, nameMatchingSection, reportingSection } from "../src/tour.js";

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
  it("prints who reports what to whom in 2026, with each rule", () => {
    const text = reportingSection().join("\n");
    expect(text).toContain("Bắc Ninh Newspaper and Radio-Television → Department of Culture, Sports and Tourism: Report on the results of reform communication — Every month, before the 10th");
    expect(text).toContain('rule: {"kind":"day-of-month","day":10,"wording":"before","monthsAfterPeriodEnd":1} [INFERRED]');
    expect(text).toContain("→ Department of Home Affairs (copy Department of Culture, Sports and Tourism)");
    expect(text).toContain("→ Chairman of the Provincial People's Committee");
    expect(text.match(/rule: none stated in the plan/g)).toHaveLength(3);
  });
});
