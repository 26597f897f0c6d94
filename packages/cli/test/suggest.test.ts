import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestMatch } from "../src/suggest.js";

const SCHEMAS = ["agency-communication-report", "difficulty-report", "monthly-media-report", "procedure-statistics", "synthesis-report"];

describe("closestMatch: the id a mistyped one meant", () => {
  it("suggests the nearest id for a typo, a missing word or a swapped order of letters", () => {
    expect(closestMatch("monthly-media-reprot", SCHEMAS)).toBe("monthly-media-report");
    expect(closestMatch("monthly-report", SCHEMAS)).toBe("monthly-media-report");
    expect(closestMatch("MONTHLY-MEDIA-REPORT ", SCHEMAS)).toBe("monthly-media-report");
    expect(closestMatch("validat", ["validate", "schema", "calendar"])).toBe("validate");
  });
  it("suggests the only id that contains what was typed", () => {
    expect(closestMatch("media-monthly", ["media-monthly-report", "agencies-cchc-report"])).toBe("media-monthly-report");
    expect(closestMatch("statistics", SCHEMAS)).toBe("procedure-statistics");
  });
  it("suggests nothing when nothing is close, when two ids are equally close, or for empty or huge input", () => {
    expect(closestMatch("xyz", SCHEMAS)).toBeUndefined();
    expect(closestMatch("report", SCHEMAS)).toBeUndefined(); // contained in four ids, near none
    expect(closestMatch("ab", ["ac", "ad"])).toBeUndefined();
    expect(closestMatch("", SCHEMAS)).toBeUndefined();
    expect(closestMatch("m".repeat(10_000), SCHEMAS)).toBeUndefined();
  });
  it("property: an id with one character changed, dropped or doubled is suggested back", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCHEMAS), fc.nat(), fc.constantFrom("replace", "drop", "double"), (id, at, edit) => {
        const i = at % id.length;
        const typo = edit === "replace" ? `${id.slice(0, i)}x${id.slice(i + 1)}` : edit === "drop" ? id.slice(0, i) + id.slice(i + 1) : id.slice(0, i) + id[i] + id.slice(i);
        expect(closestMatch(typo, SCHEMAS)).toBe(id);
      }),
    );
  });
});
