import { catalogueProblems } from "@cchc/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { languageFromHeader, negotiateLanguage } from "../src/language.js";
import { apiMessages } from "../src/messages.js";

describe("Accept-Language (RFC 9110 §12.5.4)", () => {
  it.each([
    ["en-US,en;q=0.9,vi;q=0.8", "en"],
    ["vi-VN,vi;q=0.9,en;q=0.8", "vi"],
    ["vi;q=0.5, en;q=0.6", "en"],
    ["fr-FR, en;q=0.1", "en"],
    ["EN", "en"],
    ["*", "vi"],
    ["en;q=0.5, vi;q=0.5", "en"], // a tie goes to the first listed
  ])("%s → %s", (header, lang) => {
    expect(languageFromHeader(header)).toBe(lang);
  });
  it.each([undefined, "", "fr, de", "en;q=0", "en;q=abc", ";;;,,,"])("%s names no supported language", (header) => {
    expect(languageFromHeader(header)).toBeUndefined();
  });
  it("never throws and answers vi, en or nothing, whatever the header", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (header) => {
        expect([undefined, "vi", "en"]).toContain(languageFromHeader(header));
      }),
    );
  });
});

describe("negotiateLanguage", () => {
  it("prefers ?lang= over the header, ignores unsupported values and defaults to Vietnamese", () => {
    expect(negotiateLanguage(new URLSearchParams("lang=vi"), "en")).toBe("vi");
    expect(negotiateLanguage(new URLSearchParams("lang=EN"), "vi")).toBe("en");
    expect(negotiateLanguage(new URLSearchParams("lang=fr"), "en")).toBe("en");
    expect(negotiateLanguage(new URLSearchParams("lang=__proto__"), undefined)).toBe("vi");
    expect(negotiateLanguage(new URLSearchParams(), undefined)).toBe("vi");
  });
});

describe("the API's messages", () => {
  it("exist in both languages with the same placeholders", () => {
    expect(catalogueProblems(apiMessages)).toEqual([]);
  });
});
