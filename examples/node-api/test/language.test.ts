import { catalogueProblems } from "@cchc/core";
import { describe, expect, it } from "vitest";
import { negotiateLanguage } from "../src/language.js";
import { apiMessages } from "../src/messages.js";

// The negotiation itself is @cchc/http's (packages/http/test/language.test.ts); this checks the binding.
describe("negotiateLanguage (cchc's vi and en, Vietnamese by default)", () => {
  it("prefers ?lang= over the header and defaults to Vietnamese", () => {
    expect(negotiateLanguage(new URLSearchParams("lang=EN"), "vi")).toBe("en");
    expect(negotiateLanguage(new URLSearchParams(), "en-US,en;q=0.9,vi;q=0.8")).toBe("en");
    expect(negotiateLanguage(new URLSearchParams(), "*")).toBe("vi");
    expect(negotiateLanguage(new URLSearchParams("lang=fr"), "fr")).toBe("vi");
  });
});

describe("the API's messages", () => {
  it("exist in both languages with the same placeholders", () => {
    expect(catalogueProblems(apiMessages)).toEqual([]);
  });
});
