// The site's search, on sections like those the build publishes: folded as @cchc/core folds names.
import { foldKey } from "@cchc/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSearchEngine, excerpt, matchesTerms, words, type SearchSection } from "../.vitepress/theme/search/engine.js";

const sections: SearchSection[] = [
  { url: "/guides/working-day-calendar.html#substitute-days-nghi-bu", page: "How the Vietnamese working-day calendar works", title: "Substitute days (nghỉ bù)", text: "When a public holiday falls on a weekly rest day, the rest day is given back on the next working day: người lao động được nghỉ bù ngày nghỉ hằng tuần vào ngày làm việc kế tiếp." },
  { url: "/api/calendar/#daykind", page: "@cchc/calendar", title: "DayKind", text: "weekend: a weekly rest day (nghỉ hằng tuần); observed: a substitute day off for a holiday; the bus builder of nghỉ lễ." },
  { url: "/guides/working-day-calendar.html#the-lunar-calendar-am-lich", page: "How the Vietnamese working-day calendar works", title: "The lunar calendar (âm lịch)", text: "Tết Nguyên đán falls on the first day of the first lunar month; Tết 2026 is on 17 February." },
  { url: "/guides/validating-from-any-language.html#python-jsonschema", page: "Validating payloads from any language", title: "Python: jsonschema", text: "A complete script for Python 3 with jsonschema." },
  { url: "/api/core.html#foldkey", page: "@cchc/core", title: "foldKey()", text: "A folding key for search and matching: ĐỒNG NGUYÊN and dong nguyen fold alike." },
];
const engine = createSearchEngine(sections);
const titles = (query: string) => engine.search(query).map((h) => h.section.title);

describe("search folded as @cchc/core folds", () => {
  it('"nghi bu" (typed without diacritics) finds the guide section on nghỉ bù first', () => {
    expect(titles("nghi bu")[0]).toBe("Substitute days (nghỉ bù)");
  });
  it('"Tet" finds Tết, "python" finds the recipe, an API name finds its page, in any case and form', () => {
    expect(titles("Tet")).toContain("The lunar calendar (âm lịch)");
    expect(titles("python")[0]).toBe("Python: jsonschema");
    expect(titles("foldkey")[0]).toBe("foldKey()");
    expect(titles("dong nguyen")[0]).toBe("foldKey()");
    expect(titles("NGHỈ BÙ".normalize("NFD"))[0]).toBe("Substitute days (nghỉ bù)");
  });
  it("words of the query match whole except the last, which is being typed", () => {
    expect(titles("nghi b")[0]).toBe("Substitute days (nghỉ bù)");
    expect(titles("ngh bu")).toEqual([]);
    expect(matchesTerms("bu", ["nghi", "bu"])).toBe(true);
    expect(matchesTerms("builder", ["nghi", "bu"])).toBe(true);
    expect(matchesTerms("nghiem", ["nghi", "bu"])).toBe(false);
  });
  it("an empty or punctuation-only query finds nothing", () => {
    expect(engine.search("")).toEqual([]);
    expect(engine.search(" … ")).toEqual([]);
  });
});

describe("excerpts: the matching words in their context", () => {
  it("centres on the words as typed and marks them in the original text", () => {
    const parts = engine.search("nghi bu")[0]!.excerpt;
    const marked = parts.filter((p) => p.match).map((p) => p.text);
    expect(marked).toContain("nghỉ");
    expect(marked).toContain("bù");
    expect(parts.map((p) => p.text).join("")).toContain("được nghỉ bù ngày nghỉ");
  });
  it("property: the excerpt is a piece of the text (with ellipses), and every marked piece folds to a term's match", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("Tết", "nghỉ", "bù", "ngày", "làm", "việc", "Đồng", "x", "2026"), { minLength: 1, maxLength: 60 }), fc.constantFrom("tet", "nghi", "bu", "dong"), (list, term) => {
        const text = list.join(" ");
        const parts = excerpt(text, [term]);
        const joined = parts.map((p) => p.text).join("");
        expect(text).toContain(joined.replace(/^… /, "").replace(/ …$/, ""));
        for (const p of parts.filter((p) => p.match)) expect(foldKey(p.text).startsWith(term)).toBe(true);
      }),
    );
  });
  it("words keep their marks, decomposed or not", () => {
    expect(words("Tết, nghỉ bù!")).toEqual(["Tết", "nghỉ", "bù"]);
    expect(words("Te\u0302\u0301t".normalize("NFD"))).toHaveLength(1);
  });
});
