import { describe, expect, it } from "vitest";
import { cliText, echoSafe } from "../src/echo.js";

describe("echoSafe: the CLI's messages meet user input in one place", () => {
  it("cuts and escapes echoes of input, escapes embedded messages line by line, keeps numbers and lists", () => {
    const safe = echoSafe({ input: `\u001b[31m${"A".repeat(200)}`, reason: "Ký tự \"\u001b\" không được phép.\nxem thêm", known: "a, b, c", max: 3 });
    expect(safe?.["input"]).toBe(`\\x1b[31m${"A".repeat(75)}…`);
    expect(safe?.["reason"]).toBe('Ký tự "\\x1b" không được phép.\nxem thêm');
    expect(safe?.["known"]).toBe("a, b, c");
    expect(safe?.["max"]).toBe(3);
  });

  it("cliText formats the CLI catalogue with safe parameters", () => {
    const t = cliText("en");
    expect(t("schema.unknown", { id: "\u0007bell", known: "x" })).toBe('No schema "\\x07bell". Known schemas: x.');
  });
});
