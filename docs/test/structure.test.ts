// The site's structure is discovered: guides in the order of docs/guides.json, every package of
// packages/* with its version and entry points (from its exports map), layers of the package graph.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { guides, markdownTitle, packageLayers, pageUrl, sitePackages } from "../build/structure.js";
import { guideLinks, moduleNameMatches, packageEntryPoints, sourceOfTypes } from "../build/typedoc-entry-points.mjs";

describe("guides", () => {
  it("follow docs/guides.json, then the others by title; titles come from front matter or the first heading", () => {
    const root = mkdtempSync(join(tmpdir(), "cchc-guides-"));
    try {
      mkdirSync(join(root, "guides"));
      writeFileSync(join(root, "guides.json"), JSON.stringify({ order: ["b", "a"] }));
      writeFileSync(join(root, "guides", "a.md"), "---\ntitle: 'Alpha'\n---\n\n# Ignored");
      writeFileSync(join(root, "guides", "b.md"), "# Beta\n");
      writeFileSync(join(root, "guides", "z.md"), "# Aardvark\n");
      writeFileSync(join(root, "guides", "y.md"), "no heading");
      expect(guides(root)).toEqual([
        { slug: "b", title: "Beta" },
        { slug: "a", title: "Alpha" },
        { slug: "z", title: "Aardvark" },
        { slug: "y", title: "y" },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  it("the repository's guides start with Getting started and list every file", () => {
    const list = guides();
    expect(list[0]?.title).toBe("Getting started");
    expect(list.map((g) => g.slug)).toContain("faq");
    expect(markdownTitle("---\ngroup: x\n---\n# T", "f")).toBe("T");
  });
});

describe("packages and entry points", () => {
  const packages = sitePackages();
  it("every package of packages/*, each after the packages it depends on, with its version", () => {
    const names = packages.map((p) => p.name);
    expect(names[0]).toBe("@cchc/core");
    for (const p of packages) {
      expect(p.version).toMatch(/^\d+\.\d+\.\d+/);
      for (const d of p.dependsOn) expect(names.indexOf(d)).toBeLessThan(names.indexOf(p.name));
    }
  });
  it("entry points come from the exports map: the per-report browser entries included, JSON files left out", () => {
    const reports = packages.find((p) => p.name === "@cchc/reports")!;
    expect(reports.entryPoints[0]).toEqual({ specifier: "@cchc/reports", page: "api/reports/index.md", url: "/api/reports/" });
    expect(reports.entryPoints.map((e) => e.specifier)).toContain("@cchc/reports/monthly-media-report");
    expect(reports.entryPoints.every((e) => !e.specifier.endsWith(".json"))).toBe(true);
    // A package with one entry point has one page; with several, the main one is the package's folder page.
    for (const p of packages) {
      const main = p.entryPoints[0]!;
      expect(main.specifier).toBe(p.name);
      if (p.entryPoints.length === 1) expect(main).toEqual({ specifier: p.name, page: `api/${p.shortName}.md`, url: `/api/${p.shortName}.html` });
      else expect(main).toEqual({ specifier: p.name, page: `api/${p.shortName}/index.md`, url: `/api/${p.shortName}/` });
    }
    expect(packages.some((p) => p.entryPoints.length === 1)).toBe(true);
    expect(packageEntryPoints(join("packages", "calendar")).map((e) => e.source)).toEqual(["src/index.ts", "src/luxon.ts"]);
    expect(sourceOfTypes("./dist/monthly-media-report.d.ts")).toBe("src/monthly-media-report.ts");
    // TypeDoc's module names, short or below the repository's root (where the source links start).
    expect(moduleNameMatches("luxon", "src/luxon.ts")).toBe(true);
    expect(moduleNameMatches("packages/calendar/src/luxon", "src/luxon.ts")).toBe(true);
    expect(moduleNameMatches("packages/calendar/src", "src/index.ts")).toBe(true);
    expect(moduleNameMatches("index", "src/index.ts")).toBe(true);
    expect(moduleNameMatches("packages/calendar/src/luxon", "src/index.ts")).toBe(false);
  });
  it("layers: one above the highest dependency; a cycle is an error", () => {
    const layers = packageLayers([
      { name: "a", dependsOn: [] },
      { name: "b", dependsOn: ["a"] },
      { name: "c", dependsOn: ["a", "b"] },
      { name: "d", dependsOn: ["a"] },
    ]);
    expect(Object.fromEntries(layers)).toEqual({ a: 0, b: 1, c: 2, d: 1 });
    expect(() => packageLayers([{ name: "a", dependsOn: ["b"] }, { name: "b", dependsOn: ["a"] }])).toThrow(/cycle/);
  });
  it("addresses of pages", () => {
    expect(pageUrl("guides/cli.md")).toBe("/guides/cli.html");
    expect(pageUrl("api/calendar/index.md")).toBe("/api/calendar/");
    expect(pageUrl("index.md")).toBe("/");
  });
  it("a README's link to a guide points to the guide's page", () => {
    expect(guideLinks("[g](../_media/cli.md#x) [h](https://github.com/o/r/blob/main/docs/guides/faq.md) [n](_media/none.md)", join("docs", "guides"))).toBe(
      "[g](/guides/cli.html#x) [h](/guides/faq.html) [n](_media/none.md)",
    );
  });
});
