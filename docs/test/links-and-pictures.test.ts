// API names become links (and the ones that cannot are problems), and the pictures are drawn from the
// libraries' data with a text version that says the same.
import { fileURLToPath } from "node:url";
import { vietnamCalendar } from "@cchc/calendar";
import { evaluateDeadline } from "@cchc/deadlines";
import { bacNinh2026Plan, describeReporting } from "@cchc/plan";
import { describe, expect, it } from "vitest";
import { resolveCode, type ApiIndex } from "../build/markdown/api-links.js";
import { guidesUsing, packageHeaderHtml } from "../build/markdown/package-header.js";
import { repositoryHref } from "../build/markdown/repository-links.js";
import { deadlineMonthPicture } from "../build/pictures/deadline-month.js";
import { sitePictures } from "../build/pictures/index.js";
import { directDependencies, packageLayersPicture } from "../build/pictures/package-layers.js";
import { reportingGraphPicture } from "../build/pictures/reporting-graph.js";
import { svgFile } from "../build/pictures/svg.js";
import type { SitePackage } from "../build/structure.js";

const index: ApiIndex = {
  exports: new Map([
    ["evaluateDeadline", [{ href: "/api/deadlines.html#evaluatedeadline", packageName: "@cchc/deadlines" }]],
    ["WorkCalendar", [{ href: "/api/calendar/#workcalendar", packageName: "@cchc/calendar" }]],
    [
      "DateInput",
      [
        { href: "/api/calendar/#dateinput", packageName: "@cchc/calendar" },
        { href: "/api/deadlines.html#dateinput", packageName: "@cchc/deadlines" },
      ],
    ],
  ]),
  members: new Map([
    ["WorkCalendar.addWorkingDays", [{ href: "/api/calendar/#addworkingdays", packageName: "@cchc/calendar" }]],
    ["addWorkingDays", [{ href: "/api/calendar/#addworkingdays", packageName: "@cchc/calendar" }]],
  ]),
  specifiers: new Map([["@cchc/calendar/luxon", "/api/calendar/luxon.html"]]),
};

describe("API names written as code", () => {
  it("link to their declaration, called or not, with a member, or as an import specifier", () => {
    expect(resolveCode("evaluateDeadline", index, [])).toMatchObject({ href: "/api/deadlines.html#evaluatedeadline" });
    expect(resolveCode("evaluateDeadline(rule, { period })", index, [])).toMatchObject({ href: "/api/deadlines.html#evaluatedeadline" });
    expect(resolveCode("WorkCalendar.addWorkingDays", index, [])).toMatchObject({ href: "/api/calendar/#addworkingdays" });
    expect(resolveCode("addWorkingDays()", index, [])).toMatchObject({ href: "/api/calendar/#addworkingdays" });
    expect(resolveCode("@cchc/calendar/luxon", index, [])).toMatchObject({ href: "/api/calendar/luxon.html" });
  });
  it("a name two packages declare links to the page's package, or to the one the page imports from", () => {
    expect(resolveCode("DateInput", index, ["@cchc/deadlines"])).toMatchObject({ href: "/api/deadlines.html#dateinput" });
    expect(resolveCode("DateInput", index, [])).toMatch(/declared by @cchc\/calendar and @cchc\/deadlines/);
  });
  it("an unknown entry point is a problem; other code is left alone", () => {
    expect(resolveCode("@cchc/calendar/nope", index, [])).toMatch(/no entry point/);
    expect(resolveCode("cal.addWorkingDays", index, [])).toBeUndefined();
    expect(resolveCode("2026-02-13", index, [])).toBeUndefined();
    expect(resolveCode("F1.press.tv", index, [])).toBeUndefined();
  });
});

const pkg = (name: string, dependsOn: string[]): SitePackage => ({
  name,
  shortName: name.slice(6),
  version: "1.2.3",
  description: `${name} does things`,
  directory: `packages/${name.slice(6)}`,
  private: false,
  entryPoints: [{ specifier: name, page: `api/${name.slice(6)}.md`, url: `/api/${name.slice(6)}.html` }],
  dependsOn,
  sourceUrl: undefined,
});

describe("API pages lead back to the guides", () => {
  it("a package page names the guides that use the package, by its name or an entry point's, not a longer name", () => {
    const guides = [
      { slug: "a", title: "A", text: "Import `@cchc/plan` and go." },
      { slug: "b", title: "B", text: "Only `@cchc/plan/codes` here." },
      { slug: "c", title: "C", text: "`@cchc/planner` is another package." },
    ];
    const plan = pkg("@cchc/plan", []);
    expect(guidesUsing(plan, guides).map((g) => g.slug)).toEqual(["a", "b"]);
    expect(packageHeaderHtml(plan, "@cchc/plan", guidesUsing(plan, guides))).toContain('Guides: <a href="/guides/a.html">A</a> · <a href="/guides/b.html">B</a>');
    expect(packageHeaderHtml(plan, "@cchc/plan")).toContain("Version <strong>1.2.3</strong>");
  });
});

describe("pictures", () => {
  it("package layers: a box per package, arrows only for dependencies not implied by others, the same facts in text", () => {
    const packages = [pkg("@cchc/core", []), pkg("@cchc/plan", ["@cchc/core"]), pkg("@cchc/reports", ["@cchc/core", "@cchc/plan"]), pkg("@cchc/intake", ["@cchc/reports"])];
    const byName = new Map(packages.map((p) => [p.name, p]));
    expect(directDependencies("@cchc/reports", byName)).toEqual(["@cchc/plan"]);
    const picture = packageLayersPicture(packages);
    expect(picture.svg.match(/<rect /g)).toHaveLength(4);
    expect(picture.svg.match(/marker-end/g)).toHaveLength(3);
    expect(picture.summary).toContain("4 packages in 4 layers");
    expect(picture.textVersion).toContain("<code>@cchc/reports</code></a> 1.2.3 (layer 2) — depends on <code>@cchc/core</code>, <code>@cchc/plan</code>");
  });
  it("the reporting graph names every sender and recipient of the plan, its text version every duty and its timing", () => {
    const plan = bacNinh2026Plan();
    const picture = reportingGraphPicture(plan);
    for (const id of new Set(plan.reporting.flatMap((e) => [...e.from, ...e.to, ...e.copy]))) {
      const name = plan.actors.find((a) => a.id === id)!.name.en;
      expect(picture.textVersion).toContain(name.replace(/&/g, "&amp;"));
    }
    expect(picture.textVersion.match(/<tr>/g)).toHaveLength(plan.reporting.length + 1);
    expect(describeReporting(plan, "en")).toHaveLength(plan.reporting.length);
    // One arrow per recipient of each duty, dashed for a copy (đồng gửi).
    expect(picture.svg.match(/cchc-pic-dashed/g)?.length).toBe(plan.reporting.reduce((n, e) => n + e.copy.length, 0));
  });
  it("one month: the days off of May 2026 and the four dates the readings of “trước ngày 10” give for the April report", () => {
    const calendar = vietnamCalendar();
    const evaluation = evaluateDeadline({ kind: "day-of-month", day: 10, wording: "before", monthsAfterPeriodEnd: 1 }, { period: "2026-04", calendar });
    if (!evaluation.ok) throw new Error(evaluation.error.message);
    const picture = deadlineMonthPicture(calendar, evaluation.value, "the monthly report");
    expect(picture.title).toContain("May 2026");
    expect(picture.summary).toContain("1 May: International Labour Day");
    expect(picture.summary).toContain("4 different due dates, from 2026-05-08");
    expect(picture.textVersion).toContain("2026-05-11");
    expect(picture.textVersion).toContain("(the documented default)");
    expect(picture.svg.match(/<text [^>]*>(\d+)<\/text>/g)?.length).toBeGreaterThanOrEqual(31);
  });
  it("every picture has an accessible name and description, and a standalone file with its style", () => {
    for (const picture of sitePictures().values()) {
      expect(picture.svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="[\w-]+-title [\w-]+-desc"/);
      expect(picture.svg).toContain(`<title id="${picture.name}-title">`);
      expect(picture.svg).not.toContain("<style>");
      expect(svgFile(picture)).toMatch(/^<\?xml[^>]*>\n<svg [^>]*>\n<style>/);
      expect(picture.textVersion.length).toBeGreaterThan(100);
    }
  });
});

describe("links to files of the repository that are not pages", () => {
  const repository = "https://github.com/cchc-vn/cchc";
  const root = fileURLToPath(new URL("../..", import.meta.url));
  it("point to the file on the repository's web page, anchor kept", () => {
    expect(repositoryHref("../../README.md#install", "guides/getting-started.md", repository, root)).toBe(`${repository}/blob/main/README.md#install`);
    expect(repositoryHref("../RELEASING.md", "architecture.md", repository, root)).toBe(`${repository}/blob/main/RELEASING.md`);
  });
  it("a file that does not exist is a problem; links within the site and web addresses are left alone", () => {
    expect(repositoryHref("../../NOPE.md", "guides/cli.md", repository, root)).toEqual({ missing: "NOPE.md" });
    expect(repositoryHref("cli.md#exit-codes", "guides/getting-started.md", repository, root)).toBeUndefined();
    expect(repositoryHref("../architecture.md", "guides/cli.md", repository, root)).toBeUndefined();
    expect(repositoryHref("https://example.org/a.md", "guides/cli.md", repository, root)).toBeUndefined();
    expect(repositoryHref("#install", "guides/cli.md", repository, root)).toBeUndefined();
  });
});
