import { describe, expect, it } from "vitest";
import { legalBasesSection, nameMatchingSection } from "../src/tour.js";

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
});
