/**
 * The text rule's "not blank" test is a loop over code units (src/schemas/fields.ts, `hasNonBlank`)
 * standing for the pattern the JSON Schema publishes: checked here against that pattern for every
 * UTF-16 code unit, alone and after white space, and on generated text.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { hasNonBlank, text } from "../src/schemas/fields.js";

/** The pattern a text field's JSON Schema publishes. */
const pattern = new RegExp(String(z.globalRegistry.get(text(10))?.["pattern"]));

describe("not blank", () => {
  it("agrees with the published pattern on every code unit", () => {
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      expect(hasNonBlank(s)).toBe(pattern.test(s));
      expect(hasNonBlank(` \u3000${s}`)).toBe(pattern.test(` \u3000${s}`));
    }
  });

  it("agrees with the published pattern on generated text", () => {
    const blank = fc.constantFrom(" ", "\t", "\n", "\u00a0", "\u2000", "\u3000", "\ufeff", "\u200b");
    const textArb = fc.oneof(fc.string({ unit: "binary" }), fc.array(blank).map((a) => a.join("")), fc.tuple(fc.array(blank), fc.string()).map(([a, s]) => a.join("") + s));
    fc.assert(fc.property(textArb, (s) => {
        expect(hasNonBlank(s)).toBe(pattern.test(s));
      }), { numRuns: 3000 });
  });
});
