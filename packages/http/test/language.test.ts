import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { languageFromHeader, negotiateLanguage, type LanguageOptions } from "@cchc/http/web";

const viEn: LanguageOptions<"vi" | "en"> = { supported: ["vi", "en"], fallback: "vi" };

describe("Accept-Language (RFC 9110 §12.5.4)", () => {
  it.each([
    ["en-US,en;q=0.9,vi;q=0.8", "en"],
    ["vi-VN,vi;q=0.9,en;q=0.8", "vi"],
    ["vi;q=0.5, en;q=0.6", "en"],
    ["fr-FR, en;q=0.1", "en"],
    ["EN", "en"],
    ["*", "vi"],
    ["en;q=0.5, vi;q=0.5", "en"], // a tie goes to the first listed
    ["en;Q=0.4, vi;q=0.3", "en"],
    [" en-GB ; q=1 ", "en"],
  ])("%s → %s", (header, lang) => {
    expect(languageFromHeader(header, viEn)).toBe(lang);
  });

  it.each([undefined, null, "", "fr, de", "en;q=0", "en;q=abc", "en;q=2", ";;;,,,", "env, vie"])("%s names no supported language", (header) => {
    expect(languageFromHeader(header, viEn)).toBeUndefined();
  });

  it("reads at most 32 entries of a client-controlled header", () => {
    const padded = `${Array.from({ length: 32 }, (_, i) => `x${i}`).join(",")},en`;
    expect(languageFromHeader(padded, viEn)).toBeUndefined();
    expect(languageFromHeader(`${Array.from({ length: 31 }, (_, i) => `x${i}`).join(",")},en`, viEn)).toBe("en");
  });

  it("works for any list of languages: `*` stands for the caller's fallback", () => {
    const three: LanguageOptions<"en" | "fr" | "vi"> = { supported: ["en", "fr", "vi"], fallback: "en" };
    expect(languageFromHeader("fr-CA;q=0.9, vi;q=0.8", three)).toBe("fr");
    expect(languageFromHeader("de, *;q=0.5", three)).toBe("en");
  });

  it("never throws and answers a supported language or nothing, whatever the header", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (header) => {
        expect([undefined, "vi", "en"]).toContain(languageFromHeader(header, viEn));
      }),
    );
  });
});

describe("negotiateLanguage", () => {
  it("prefers ?lang= over the header, ignores unsupported values and falls back", () => {
    expect(negotiateLanguage(new URLSearchParams("lang=vi"), "en", viEn)).toBe("vi");
    expect(negotiateLanguage(new URLSearchParams("lang=EN"), "vi", viEn)).toBe("en");
    expect(negotiateLanguage(new URLSearchParams("lang=fr"), "en", viEn)).toBe("en");
    expect(negotiateLanguage(new URLSearchParams("lang=__proto__"), undefined, viEn)).toBe("vi");
    expect(negotiateLanguage(new URLSearchParams("lang=constructor"), null, viEn)).toBe("vi");
    expect(negotiateLanguage(new URLSearchParams(), undefined, viEn)).toBe("vi");
    expect(negotiateLanguage(new URLSearchParams(), "en-US", { supported: ["vi", "en"], fallback: "en" })).toBe("en");
  });

  it("always answers one of the supported languages", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.option(fc.string({ maxLength: 120 }), { nil: undefined }), (lang, header) => {
        expect(["vi", "en"]).toContain(negotiateLanguage(new URLSearchParams({ lang }), header, viEn));
      }),
    );
  });
});
