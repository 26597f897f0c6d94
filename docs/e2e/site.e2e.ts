// The documentation site, end to end: the built site (docs/site, `pnpm run docs`) served on loopback and
// driven in Debian's Chromium. Search folds Vietnamese as @cchc/core does, the playground validates with
// the published validators, no page is wider than a phone, and screenshots of the home page and every
// guide, at 1440×900 and 390×844, are kept in .artifacts/docs-site/ (git-ignored) for a person to look at.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { validateReport } from "@cchc/reports";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type Browser } from "../../scripts/chromium.js";
import { guides, repositoryRoot, sitePackages } from "../build/structure.js";
import { serveStatic, type StaticSite } from "./static-server.js";

const site = join(repositoryRoot, "docs", "site");
const artifacts = join(repositoryRoot, ".artifacts", "docs-site");
const examples = join(repositoryRoot, "packages", "reports", "examples");
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

let server: StaticSite;
let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(site, "index.html"))) throw new Error("docs/site is not built: run `pnpm run docs` first");
  mkdirSync(artifacts, { recursive: true });
  server = await serveStatic(site);
  browser = await launchBrowser(server.origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, viewport = DESKTOP): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  page.on("pageerror", (error) => pageErrors.push(`${path}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(`${path}: ${message.text()}`);
  });
  await page.goto(`${server.origin}${path}`);
  await page.waitForLoadState("networkidle");
  return page;
}

/** Every page of the built site, as an address. */
function sitePages(dir = site): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "assets" ? [] : sitePages(path);
    if (!name.endsWith(".html") || name === "404.html") return [];
    return [`/${relative(site, path).replace(/(^|\/)index\.html$/, "$1")}`];
  });
}

async function search(page: Page, query: string): Promise<void> {
  await page.keyboard.press("/");
  await page.locator("#cchc-search-input").fill(query);
  await page.locator(".cchc-search-results li").first().waitFor();
}

describe("search over the guides and the API, folded as @cchc/core folds", () => {
  it('"nghi bu" (typed without diacritics) lists the calendar guide\'s section on nghỉ bù, with an excerpt', async () => {
    const page = await open("/");
    await search(page, "nghi bu");
    const first = page.locator(".cchc-search-results li").first();
    expect(await first.locator(".cchc-search-where").textContent()).toContain("How the Vietnamese working-day calendar works › Substitute days (nghỉ bù)");
    expect(await first.locator("a").getAttribute("href")).toBe("/guides/working-day-calendar.html#substitute-days-nghi-bu");
    expect(await first.locator("mark").allTextContents()).toEqual(expect.arrayContaining(["nghỉ", "bù"]));
    // Keyboard: Enter opens the first result at its section.
    await page.keyboard.press("Enter");
    await page.waitForURL("**/guides/working-day-calendar.html#substitute-days-nghi-bu");
    await page.locator("h2#substitute-days-nghi-bu").waitFor();
    expect(await page.locator("h2#substitute-days-nghi-bu").isVisible()).toBe(true);
    await page.close();
  });
  it('"Tet" finds Tết and "python" the recipe; Escape closes the dialog and gives the focus back', async () => {
    const page = await open("/guides/getting-started.html", PHONE);
    await page.locator(".cchc-search-button").click();
    await page.locator("#cchc-search-input").fill("Tet");
    await page.locator(".cchc-search-results li").first().waitFor();
    expect((await page.locator(".cchc-search-results mark").allTextContents()).some((t) => t === "Tết")).toBe(true);
    await page.locator("#cchc-search-input").fill("python");
    await expect.poll(() => page.locator(".cchc-search-results li .cchc-search-where").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining("Validating payloads from any language › Python: jsonschema")]),
    );
    await page.keyboard.press("Escape");
    expect(await page.locator(".cchc-search-dialog").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("cchc-search-button");
    await page.close();
  });
});

describe("the report playground validates in the page with the published validators", () => {
  it.each([
    ["monthly-media-report.valid.json", "monthly-media-report"],
    ["monthly-media-report.invalid.json", "monthly-media-report"],
    ["procedure-statistics.invalid.json", "procedure-statistics"],
    ["monthly-media-report.invalid-sender.json", "monthly-media-report"],
  ])("%s", async (file, schema) => {
    const page = await open("/playground.html");
    const text = readFileSync(join(examples, file), "utf8");
    const expected = validateReport(schema, JSON.parse(text), "en");
    await page.selectOption('[data-testid="playground-schema"]', schema);
    await expect.poll(() => page.locator(".cchc-playground-title code").textContent()).toBe(`@cchc/reports/${schema}`);
    await page.check('input[value="en"]');
    await page.fill('[data-testid="playground-input"]', text);
    const verdict = page.locator('[data-testid="playground-verdict"]');
    await expect.poll(() => verdict.getAttribute("data-verdict")).toBe(expected.valid ? "valid" : "invalid");
    if (!expected.valid) {
      const rows = await verdict.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim())));
      expect(rows).toEqual(expected.issues.map((i) => [i.path || "(root)", i.code, i.message]));
    }
    await page.close();
  });
  it("checks the shape alone when asked (as --shape-only), and decodes strict I-JSON (a name twice is refused)", async () => {
    const page = await open("/playground.html");
    await page.click('[data-example="monthly-media-report.invalid-sender.json"]');
    const verdict = page.locator('[data-testid="playground-verdict"]');
    await expect.poll(() => verdict.locator("tbody tr td:nth-child(2)").allTextContents()).toEqual(["report.sender_not_obliged"]);
    await page.check('[data-testid="playground-shape-only"]');
    await expect.poll(() => verdict.getAttribute("data-verdict")).toBe("valid");
    await page.fill('[data-testid="playground-input"]', '{"month": "2026-01", "month": "2026-02"}');
    await expect.poll(() => verdict.getAttribute("data-verdict")).toBe("not-json");
    expect(await verdict.textContent()).toContain('"month"');
    await page.close();
  });
  it("loads a shipped example with one click and answers in Vietnamese by default", async () => {
    const page = await open("/playground.html");
    await page.click('[data-example="monthly-media-report.invalid.json"]');
    const verdict = page.locator('[data-testid="playground-verdict"]');
    await expect.poll(() => verdict.getAttribute("data-verdict")).toBe("invalid");
    expect(await verdict.textContent()).toContain("Tháng \"2026-13\" không hợp lệ");
    await page.close();
  });
});

describe("pages for every reader", () => {
  const pages = sitePages();
  it("the site has the home page, every guide, a page per entry point of every package, the playground", () => {
    expect(pages).toContain("/");
    for (const g of guides()) expect(pages).toContain(`/guides/${g.slug}.html`);
    for (const p of sitePackages()) for (const e of p.entryPoints) expect(pages).toContain(e.url);
    expect(pages).toContain("/playground.html");
  });
  it("no page is wider than a 390 px screen", async () => {
    const wide: string[] = [];
    const page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    for (const path of pages) {
      await page.goto(`${server.origin}${path}`);
      const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
      if (width > PHONE.width) wide.push(`${path}: ${width} px`);
    }
    await page.close();
    expect(wide).toEqual([]);
  });
  it("one title per page, the version of each package, its sources, its guides, and a keyboard path to the content", async () => {
    const core = sitePackages().find((p) => p.name === "@cchc/core")!;
    const page = await open(core.entryPoints[0]!.url);
    expect(await page.locator("main h1").count()).toBe(1);
    const meta = page.locator(".cchc-package-meta");
    expect(await meta.first().textContent()).toContain(`Version ${core.version}`);
    expect(await meta.locator("a", { hasText: "source" }).getAttribute("href")).toBe(core.sourceUrl);
    // The reference leads back to the guides, and each declaration to its source line.
    expect(await meta.nth(1).locator("a", { hasText: "Getting started" }).getAttribute("href")).toBe("/guides/getting-started.html");
    expect(await page.locator('a[href*="/blob/main/packages/core/src/text/fold.ts#L"]').count()).toBeGreaterThan(0);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Skip to content");
    await page.close();
  });
  it("screenshots of the home page and every guide at 1440×900 and 390×844 (in .artifacts/docs-site)", async () => {
    const shots = ["/", ...guides().map((g) => `/guides/${g.slug}.html`)];
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      for (const path of shots) {
        await page.goto(`${server.origin}${path}`);
        await page.waitForLoadState("networkidle");
        const name = path === "/" ? "home" : path.replace(/^\/guides\//, "").replace(/\.html$/, "");
        await page.screenshot({ path: join(artifacts, `${name}-${viewport.width}x${viewport.height}.png`), fullPage: true });
      }
      await page.close();
    }
    expect(readdirSync(artifacts).filter((f) => f.endsWith(".png")).length).toBeGreaterThanOrEqual(shots.length * 2);
  });
  it("raised no page error and sent no request beyond the loopback server", () => {
    expect(pageErrors).toEqual([]);
    expect(browser.blocked).toEqual([]);
  });
});
