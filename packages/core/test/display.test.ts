import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DISPLAY_TEXT_MAX_LENGTH, displayText } from "@cchc/core";

// eslint-disable-next-line no-control-regex -- the test looks for control characters
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe("displayText", () => {
  it("escapes terminal escapes, tabs, newlines, C1 controls and bidi overrides", () => {
    expect(displayText("\u001b[2J")).toBe("\\x1b[2J");
    expect(displayText("a\tb\nc\rd")).toBe("a\\x09b\\x0ac\\x0dd");
    expect(displayText("\u0085\u009b")).toBe("\\x85\\x9b");
    expect(displayText("abc\u202egpj.exe")).toBe("abc\\u202egpj.exe");
    expect(displayText("\u2028")).toBe("\\u2028");
  });

  it("leaves Vietnamese text, NFD marks and emoji as they are", () => {
    for (const text of ["Sở Văn hóa, Thể thao và Du lịch", "Ba\u0301c Ninh", "167/KH-UBND 📄"]) {
      expect(displayText(text)).toBe(text);
    }
  });

  it("cuts at the limit in code points with an ellipsis, never inside a surrogate pair", () => {
    expect(displayText("x".repeat(DISPLAY_TEXT_MAX_LENGTH))).toBe("x".repeat(DISPLAY_TEXT_MAX_LENGTH));
    expect(displayText("x".repeat(DISPLAY_TEXT_MAX_LENGTH + 1))).toBe(`${"x".repeat(DISPLAY_TEXT_MAX_LENGTH)}…`);
    expect(displayText("😀".repeat(5), 3)).toBe("😀😀😀…");
    expect(displayText("abc", Infinity)).toBe("abc");
  });

  it("property: no control character survives, and the echo is bounded by the limit", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.integer({ min: 0, max: 120 }), (text, max) => {
        const shown = displayText(text, max);
        expect(CONTROL_OR_BIDI.test(shown)).toBe(false);
        // each kept code point becomes at most 6 characters (\u202e), plus the ellipsis
        expect(shown.length).toBeLessThanOrEqual(6 * max + 1);
        if (Array.from(text).length <= max) expect(shown.endsWith("…") && !text.endsWith("…")).toBe(false);
      }),
    );
  });

  it("property: text without unsafe characters within the limit is unchanged", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        fc.pre(!CONTROL_OR_BIDI.test(text));
        expect(displayText(text)).toBe(text);
      }),
    );
  });
});
