/**
 * The text fields skip `String.prototype.normalize` for text made only of characters in U+0000–U+02FF,
 * U+1E00–U+1EFF and U+2010–U+2027 (src/schemas/fields.ts). That is sound if each of those characters
 * is its own NFC form, is a starter (combining class 0, so never reordered) and composes with no other
 * character of the ranges: checked here for every character and for every pair of characters.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nfc } from "../src/schemas/fields.js";

const RANGES: [number, number][] = [
  [0x0000, 0x02ff],
  [0x1e00, 0x1eff],
  [0x2010, 0x2027],
];
const SAFE = RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)));

describe("NFC without normalize", () => {
  it("every character of the ranges is NFC, a starter, and no pair of them composes or reorders", () => {
    for (const c of SAFE) {
      expect(c.normalize("NFC")).toBe(c);
      expect(/\p{M}/u.test(c)).toBe(false);
    }
    let changed = 0;
    for (const a of SAFE) for (const b of SAFE) if ((a + b).normalize("NFC") !== a + b) changed++;
    expect(changed).toBe(0);
  });

  it("gives the NFC form of any text", () => {
    const vietnamese = fc.constantFrom("Cải cách hành chính", "Phường Kinh Bắc", "Xã Tuấn Đạo", "“chuyển đổi số” – …", "ệ", "Ư");
    const text = fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), vietnamese, vietnamese.map((s) => s.normalize("NFD")));
    fc.assert(
      fc.property(text, (s) => {
        expect(nfc(s)).toBe(s.normalize("NFC"));
      }),
      { numRuns: 5000 },
    );
  });
});
