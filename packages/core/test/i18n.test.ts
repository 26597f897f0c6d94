import { describe, expect, it } from "vitest";
import {
  CchcError,
  catalogueProblems,
  coreCatalogues,
  dateMessages,
  defineCatalogue,
  formatMessage,
  interpolate,
  isCchcError,
  isLang,
  labelText,
  makeError,
  messageLabel,
  unwrap,
  parseIsoDate,
} from "@cchc/core";

describe("message catalogue parity (zod locale-parity idea)", () => {
  it("every core catalogue has every key in both languages with the same placeholders", () => {
    expect(coreCatalogues).toHaveLength(5);
    for (const catalogue of coreCatalogues) expect(catalogueProblems(catalogue)).toEqual([]);
  });
  it("detects a missing key, an empty message and a placeholder mismatch", () => {
    const broken = {
      vi: { a: "A {x}", b: "B", c: "" },
      en: { a: "A {y}", c: "C" },
    };
    expect(catalogueProblems(broken)).toEqual([
      "placeholders differ for a: vi {x} en {y}",
      "missing en: b",
      "missing vi: c",
    ]);
  });
});

describe("formatting", () => {
  it("interpolates named placeholders and leaves unknown ones visible", () => {
    expect(interpolate("{n} ngày làm việc, {missing}", { n: 5 })).toBe("5 ngày làm việc, {missing}");
  });
  it("does not read inherited properties such as __proto__ or constructor", () => {
    expect(interpolate("{constructor} {__proto__} {toString}", {})).toBe("{constructor} {__proto__} {toString}");
  });
  it("formats in Vietnamese by default and in English on request", () => {
    const c = defineCatalogue({ vi: { due: "Hạn: {d}" }, en: { due: "Due: {d}" } });
    expect(formatMessage(c, "due", { d: "2026-03-09" })).toBe("Hạn: 2026-03-09");
    expect(formatMessage(c, "due", { d: "2026-03-09" }, "en")).toBe("Due: 2026-03-09");
    expect(messageLabel(c, "due", { d: "x" })).toEqual({ vi: "Hạn: x", en: "Due: x" });
  });
  it("labelText and isLang", () => {
    expect(labelText({ vi: "Tết", en: "New Year" })).toBe("Tết");
    expect(labelText({ vi: "Tết", en: "New Year" }, "en")).toBe("New Year");
    expect(isLang("vi")).toBe(true);
    expect(isLang("VI")).toBe(false);
  });
});

describe("CchcError", () => {
  it("carries a code, params and both languages; message is Vietnamese", () => {
    const e = makeError(dateMessages, "date.invalid_day", { day: 31, month: 2, year: 2026 });
    expect(e).toBeInstanceOf(CchcError);
    expect(e).toBeInstanceOf(Error);
    expect(e.code).toBe("date.invalid_day");
    expect(e.message).toBe("Ngày 31 không tồn tại trong tháng 2/2026.");
    expect(e.localized("en")).toBe("Day 31 does not exist in 2/2026.");
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      code: "date.invalid_day",
      params: { day: 31, month: 2, year: 2026 },
      message: { vi: "Ngày 31 không tồn tại trong tháng 2/2026.", en: "Day 31 does not exist in 2/2026." },
    });
    expect(isCchcError(e)).toBe(true);
    expect(isCchcError(new Error("x"))).toBe(false);
    expect(isCchcError(null)).toBe(false);
  });
  it("unwrap throws the typed error", () => {
    expect(() => unwrap(parseIsoDate("2026-13-01"))).toThrow(CchcError);
  });
});
