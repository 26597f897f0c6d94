import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { payloadCache } from "../src/storage/payload-cache.js";

const sized = (n: number) => ({ text: "x".repeat(n - 11) }); // JSON.stringify gives exactly n characters

describe("the payload cache", () => {
  it("gives back what it was given, frozen to the leaves", () => {
    const cache = payloadCache(1_000);
    const payload = { unit: { actor: "bao-ptth-bac-ninh" }, content: [{ topic: "T1", items: 3 }] };
    const kept = cache.set("h1", payload) as typeof payload;
    expect(cache.get("h1")).toBe(kept);
    expect(Object.isFrozen(kept.content[0])).toBe(true);
    expect(() => {
      "use strict";
      (kept.content[0] as { items: number }).items = 4;
    }).toThrow(TypeError);
    expect(cache.get("unknown")).toBeUndefined();
  });

  it("evicts the least recently used first, to stay within its bound of JSON text", () => {
    expect(JSON.stringify(sized(100)).length).toBe(100);
    const cache = payloadCache(300);
    for (const h of ["a", "b", "c"]) cache.set(h, sized(100));
    cache.get("a"); // a is now the most recent
    cache.set("d", sized(100));
    expect(["a", "b", "c", "d"].map((h) => cache.get(h) !== undefined)).toEqual([true, false, true, true]);
  });

  it("keeps nothing larger than its bound, and nothing at all with bound 0 — and still freezes what it returns", () => {
    const small = payloadCache(50);
    expect(Object.isFrozen(small.set("big", sized(100)))).toBe(true);
    expect(small.get("big")).toBeUndefined();
    const none = payloadCache(0);
    none.set("a", sized(20));
    expect(none.get("a")).toBeUndefined();
  });

  it("never holds more than its bound, whatever the sequence", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("a", "b", "c", "d", "e"), fc.integer({ min: 12, max: 200 })), { maxLength: 60 }), (ops) => {
        const cache = payloadCache(400);
        const sizes = new Map<string, number>();
        for (const [h, n] of ops) {
          if (cache.get(h) === undefined) cache.set(h, sized(n));
          const stored = cache.get(h);
          if (stored !== undefined) sizes.set(h, JSON.stringify(stored).length);
        }
        const held = [...sizes].filter(([h]) => cache.get(h) !== undefined).reduce((sum, [, n]) => sum + n, 0);
        expect(held).toBeLessThanOrEqual(400);
      }),
    );
  });
});
