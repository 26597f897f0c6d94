// Dates and numbers as the page writes them: Vietnam's civil dates whatever the host's zone (this runs
// under the TZ matrix), Vietnamese and English conventions.
import { describe, expect, it } from "vitest";
import { formatDate, formatInstant, formatNumber, formatPercent, monthLabel, monthName, vietnamDateOf } from "../src/format.js";

describe("the dashboard's formats", () => {
  it("writes civil dates the same in every time zone", () => {
    expect(formatDate("2026-03-09", "vi")).toBe("09/03/2026");
    expect(formatDate("2026-03-09", "en")).toBe("9 Mar 2026");
    expect(formatDate("2026-01-01", "vi")).toBe("01/01/2026");
  });

  it("reads instants in Vietnam's time: 23:30 UTC is the next day in Bắc Ninh", () => {
    expect(vietnamDateOf("2026-03-08T23:30:00Z")).toBe("2026-03-09");
    expect(formatInstant("2026-03-08T23:30:00Z", "vi")).toBe("09/03/2026, 06:30");
    expect(formatInstant("2026-12-07T10:00:00.000+07:00", "en")).toBe("7 Dec 2026, 10:00");
  });

  it("writes numbers, percentages and months by language", () => {
    expect(formatNumber(1234.5, "vi")).toBe("1.234,5");
    expect(formatNumber(1234.5, "en")).toBe("1,234.5");
    expect(formatPercent(99.391, "vi")).toBe("99,4 %");
    expect(formatPercent(null, "en")).toBe("—");
    expect(monthLabel("2026-03", "vi")).toBe("T3");
    expect(monthLabel("2026-03", "en")).toBe("Mar");
    expect(monthName("2026-11", "vi")).toBe("Tháng 11/2026");
    expect(monthName("2026-11", "en")).toBe("November 2026");
  });
});
