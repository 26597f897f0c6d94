import { describe, expect, it } from "vitest";
import { anchorOf, isVisible, placeIssues } from "../src/issue-placement.js";

const anchors = new Set(["/month", "/totals/newsItems", "/totals", "/sections", "/sections/0", "/sections/0/name", "/recommendations"]);

describe("issue placement", () => {
  it("puts a message at its input, else at the nearest enclosing anchor, else on the form", () => {
    expect(anchorOf("/totals/newsItems", anchors)).toBe("/totals/newsItems");
    expect(anchorOf("/sections/0/name", anchors)).toBe("/sections/0/name");
    expect(anchorOf("/sections/0/editions", anchors)).toBe("/sections/0");
    expect(anchorOf("/sections", anchors)).toBe("/sections");
    expect(anchorOf("/recommendations/3", anchors)).toBe("/recommendations");
    expect(anchorOf("/unit/actor", anchors)).toBe("");
    expect(anchorOf("", anchors)).toBe("");
  });

  it("groups the messages by anchor in the validator's order", () => {
    const placed = placeIssues(
      [
        { path: "/month", code: "a", message: "m1" },
        { path: "/extra", code: "b", message: "m2" },
        { path: "/month", code: "c", message: "m3" },
      ],
      anchors,
    );
    expect(Object.fromEntries(placed)).toEqual({ "/month": ["m1", "m3"], "": ["m2"] });
  });

  it("shows an anchor's messages once one of its inputs was touched, and everything after the first check", () => {
    const touched = new Set(["/sections/0/name"]);
    expect(isVisible("/sections/0/name", touched, false)).toBe(true);
    expect(isVisible("/sections", touched, false)).toBe(true);
    expect(isVisible("/month", touched, false)).toBe(false);
    expect(isVisible("/sections/0/nam", new Set(["/sections/0/name"]), false)).toBe(false);
    expect(isVisible("", touched, false)).toBe(false);
    expect(isVisible("/month", touched, true)).toBe(true);
    expect(isVisible("", touched, true)).toBe(true);
  });
});
