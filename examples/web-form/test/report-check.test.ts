import { parseStrictJson } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { toPayload } from "../src/form-state.js";
import { validateMonthlyMediaReport } from "@cchc/reports/monthly-media-report";
import { checkReport } from "../src/report-check.js";
import { filledIn, type } from "./filled-in.js";

describe("the form's verdict covers the file it offers", () => {
  it("a valid report is offered as JSON that the strict parser (every other door) accepts", () => {
    const check = checkReport(toPayload(filledIn("Người dân quan tâm 📱 thanh toán trực tuyến.\nHết.")), "vi");
    expect(check).toMatchObject({ valid: true, issues: [], month: "2026-02" });
    if (check.valid) expect(parseStrictJson(check.json).ok).toBe(true);
  });

  it.each([
    ["a vertical tab pasted from a word processor", "Ý kiến\u000bcủa người dân", "json.control_character"],
    ["U+0000", "Ý kiến\u0000", "json.control_character"],
    ["a noncharacter", "Ý kiến \uFFFE", "json.noncharacter"],
    ["half of a surrogate pair", "Ý kiến \ud83d", "json.lone_surrogate"],
  ])("%s in a field: not valid, with the issue beside that field, and nothing offered", (_, summary, code) => {
    const payload = toPayload(filledIn(summary));
    expect(validateMonthlyMediaReport(payload).valid).toBe(true); // the report schema alone lets it through
    const check = checkReport(payload, "en");
    expect(check.valid).toBe(false);
    expect(check).not.toHaveProperty("json");
    expect(check.issues).toEqual([{ path: "/feedback/summary", code, message: expect.stringMatching(/at byte \d+/) }]);
  });

  it("an invalid report keeps the validator's issues and adds the strict finding", () => {
    const state = filledIn("\u0007");
    type(state, "general", "month", "2026-13");
    const check = checkReport(toPayload(state), "vi");
    expect(check.issues.map((i) => i.path)).toEqual(expect.arrayContaining(["/month", "/feedback/summary"]));
  });
});
