import { describe, expect, it } from "vitest";
import { epochDayToIso, toEpochDay } from "@cchc/core";

// scripts/test-tz.mjs runs the whole suite under several TZ values and sets CCHC_EXPECTED_TZ.
// This test proves the TZ really reached the test process (otherwise the matrix would test nothing).
describe("TZ matrix", () => {
  it("runs in the time zone the matrix asked for", () => {
    const expected = process.env.CCHC_EXPECTED_TZ;
    if (expected === undefined) return; // plain `vitest` outside the matrix
    // ICU may canonicalize the name (Asia/Ho_Chi_Minh → Asia/Saigon): compare canonical forms.
    const canonical = new Intl.DateTimeFormat("en", { timeZone: expected }).resolvedOptions().timeZone;
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(canonical);
  });
  it("civil-date arithmetic ignores the host zone", () => {
    expect(epochDayToIso(toEpochDay({ year: 2026, month: 2, day: 17 }))).toBe("2026-02-17");
  });
});
