/**
 * zodErrorMap's "not one of the N allowed values" message is made from pieces cut once per list
 * (src/zod/issues.ts): these tests hold it to the template interpolated afresh for every issue, on
 * generated lists and received values (braces, placeholders, U+0000, non-string values), and on a list
 * changed between two issues.
 */
import { interpolate, zodErrorMap, zodPlainMessages, type Lang } from "@cchc/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

function fresh(values: readonly unknown[], input: unknown, lang: Lang): string {
  const examples = values.slice(0, 3).map((v) => JSON.stringify(v)).join(", ");
  const received = typeof input === "string" ? input.slice(0, 40) : String(input);
  return interpolate(zodPlainMessages[lang]["zod.not_in_list"], { received, count: values.length, examples });
}

const tricky = fc.oneof(fc.string(), fc.constantFrom("{received}", "{count}", "{examples}", "\u0000", "a\u0000b", "}{", "ệ", "x".repeat(60)));
const value = fc.oneof(tricky, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));

describe("the message of a value outside a long list", () => {
  it("is the template interpolated for the issue, in both languages", () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 7, maxLength: 20 }), fc.oneof(tricky, fc.integer(), fc.constant(undefined)), fc.constantFrom<Lang>("vi", "en"), (values, input, lang) => {
        const map = zodErrorMap(lang);
        const issue = { code: "invalid_value", values, input } as never;
        expect(map(issue)).toBe(fresh(values, input, lang));
        // Twice: the second message comes from the pieces kept for the list.
        expect(map(issue)).toBe(fresh(values, input, lang));
      }),
      { numRuns: 500 },
    );
  });

  it("follows a list changed since its last message", () => {
    const values: unknown[] = ["a", "b", "c", "d", "e", "f", "g"];
    const map = zodErrorMap("vi");
    const issue = { code: "invalid_value", values, input: "zz" } as never;
    expect(map(issue)).toBe('Giá trị "zz" không thuộc 7 giá trị cho phép (ví dụ: "a", "b", "c", …).');
    values.push("h");
    expect(map(issue)).toBe('Giá trị "zz" không thuộc 8 giá trị cho phép (ví dụ: "a", "b", "c", …).');
    values[1] = "{received}";
    expect(map(issue)).toBe('Giá trị "zz" không thuộc 8 giá trị cho phép (ví dụ: "a", "{received}", "c", …).');
  });
});
