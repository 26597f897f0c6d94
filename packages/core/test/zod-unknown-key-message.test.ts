/**
 * zodErrorMap words one unknown key from pieces of zod's locale message cut once per language
 * (src/zod/issues.ts): these tests hold it to zod's own `vi` and `en` locales on generated keys
 * (quotes, braces, U+0000, `__proto__`, long and non-Latin keys), and check that two or more keys keep
 * zod's message.
 */
import { zodErrorMap, type Lang } from "@cchc/core";
import fc from "fast-check";
import { en, vi } from "zod/locales";
import { describe, expect, it } from "vitest";

const locales = { vi: vi().localeError, en: en().localeError };
const key = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.constantFrom("", '"', "\u0000", "a\u0000b", "__proto__", "{key}", "ệ".normalize("NFD"), "x".repeat(300)));

describe("the message of an unknown key", () => {
  it("is zod's locale message, in both languages", () => {
    fc.assert(
      fc.property(fc.array(key, { minLength: 1, maxLength: 3 }), fc.constantFrom<Lang>("vi", "en"), (keys, lang) => {
        const issue = { code: "unrecognized_keys", keys, input: {}, path: ["a"] } as never;
        expect(zodErrorMap(lang)(issue)).toBe(locales[lang](issue));
      }),
      { numRuns: 1000 },
    );
  });

  it("names the key as zod does", () => {
    expect(zodErrorMap("vi")({ code: "unrecognized_keys", keys: ["totalz"], input: {} } as never)).toBe('Khóa không được nhận dạng: "totalz"');
    expect(zodErrorMap("en")({ code: "unrecognized_keys", keys: ["totalz", "x"], input: {} } as never)).toBe('Unrecognized keys: "totalz", "x"');
  });
});
