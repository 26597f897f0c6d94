import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "@cchc/intake";

function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]));
  return value;
}

describe("canonicalJson", () => {
  it("does not depend on key order, and parses back to the same value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(reversed(value))).toBe(text);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it("gives two values the same text only when they are equal", () => {
    const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v));
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        if (canonicalJson(a) === canonicalJson(b)) expect(plain(a)).toEqual(plain(b));
        else expect(plain(a)).not.toEqual(plain(b));
      }),
      { numRuns: 300 },
    );
  });
});
