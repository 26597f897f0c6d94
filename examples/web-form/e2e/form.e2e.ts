// The monthly media report form, end to end: vite build → vite preview on loopback → Debian's Chromium.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { build, preview, type PreviewServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assetSizes, formatSizes } from "./bundle.js";
import { launchBrowser, type Browser } from "./browser.js";

const root = join(import.meta.dirname, "..");
const dist = join(root, "dist");
const started = Date.now();

let server: PreviewServer;
let browser: Browser;
let origin: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  const buildStart = Date.now();
  await build({ root, logLevel: "warn" });
  const sizes = assetSizes(dist);
  console.log(`web-form bundle (vite build, ${Date.now() - buildStart} ms):\n${formatSizes(sizes)}`);
  const js = sizes.filter((s) => s.file.endsWith(".js"));
  expect(js).toHaveLength(1);
  // Budget: one validator with zod (~16 kB), the plan's topic and channel names (~8 kB), the page (~4 kB),
  // the strict JSON check of the offered file (@cchc/core/json, ~3.5 kB), the monthly report's version-2
  // rules that tie its figures together, with their messages (~1.3 kB), and the validators' own walk over
  // objects and arrays (~1.9 kB), which makes the failure path 2–3× faster. Measured 37.6 kB.
  expect(js[0]!.gzip).toBeLessThan(40_000);
  const code = readFileSync(join(dist, js[0]!.file), "utf8");
  for (const other of ["agency-communication-report", "synthesis-report", "difficulty-report", "procedure-statistics"]) {
    expect(code, `${other} must not be bundled`).not.toContain(other);
  }

  server = await preview({ root, logLevel: "warn", preview: { host: "127.0.0.1", port: 0, strictPort: true, open: false } });
  origin = server.resolvedUrls!.local[0]!.replace(/\/$/, "");
  expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  browser = await launchBrowser(origin);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  console.log(`web-form e2e: ${((Date.now() - started) / 1000).toFixed(1)} s in all (build, preview, Chromium)`);
});

async function open(query = ""): Promise<Page> {
  const page = await browser.context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  await page.goto(`${origin}/${query}`);
  return page;
}

const field = (page: Page, pointer: string) => page.locator(`[data-pointer="${pointer}"]`);
const message = (page: Page, pointer: string) => page.locator(`[data-anchor="${pointer}"]`);
const shownMessages = (page: Page) => page.locator(".error:not(:empty)");

describe("monthly media report form", () => {
  it("validates live in Vietnamese, switches to English, and accepts the corrected report", async () => {
    const page = await open();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Báo cáo kết quả tuyên truyền CCHC hằng tháng");
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    expect(await page.textContent("#status")).toMatch(/^Còn \d+ lỗi cần sửa\.$/);
    expect(await shownMessages(page).count()).toBe(0); // nothing touched yet: no message

    // Invalid: a negative number of articles.
    await field(page, "/month").fill("2026-02");
    await field(page, "/totals/newsItems").fill("10");
    await field(page, "/totals/articles").fill("-2");
    await field(page, "/totals/airtimeMinutes").fill("30");
    expect(await message(page, "/totals/articles").textContent()).toContain("Không được là số âm");
    expect(await field(page, "/totals/articles").getAttribute("aria-invalid")).toBe("true");
    expect(await message(page, "/feedback/summary").textContent()).toBe(""); // untouched: not shown yet

    await field(page, "/sections/0/name").fill("Cải cách hành chính");
    await field(page, "/sections/0/kind").selectOption("section");
    await field(page, "/sections/0/channel").selectOption("F1.press.tv");
    await field(page, "/sections/0/newsItems").fill("8");
    await field(page, "/sections/0/articles").fill("0");
    await field(page, "/sections/0/airtimeMinutes").fill("30");
    await field(page, "/content/0/topic").selectOption("T4.2");
    await field(page, "/content/0/summary").fill("Cải cách thủ tục hành chính; tỷ lệ hồ sơ giải quyết đúng hạn.");
    await field(page, "/feedback/summary").fill("Người dân quan tâm đến thanh toán trực tuyến.");
    await field(page, "/forms/0/form").selectOption("news"); // forms of presentation: news = the news items
    await field(page, "/forms/0/count").fill("10");

    // Fixing the articles brings out the cross-field rule: the sections do not add up to the total.
    await field(page, "/totals/articles").fill("0");
    expect(await message(page, "/totals/articles").textContent()).toBe("");
    expect(await message(page, "/totals/newsItems").textContent()).toBe("Σ /sections/*/newsItems = 8, không khớp với /totals/newsItems = 10.");
    expect(await page.textContent("#status")).toBe("Còn 1 lỗi cần sửa.");

    // The same problem in English, then back.
    await page.selectOption("#lang", "en");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.textContent(`label[for="f-month"]`)).toBe("Reporting month");
    expect(await message(page, "/totals/newsItems").textContent()).toBe("Σ /sections/*/newsItems = 8, which does not match /totals/newsItems = 10.");
    expect(await field(page, "/sections/0/name").inputValue()).toBe("Cải cách hành chính"); // typed text survives the switch
    expect(page.url()).toContain("lang=en");
    await page.selectOption("#lang", "vi");

    // Corrected: valid, and the JSON is offered.
    await field(page, "/sections/0/newsItems").fill("10");
    expect(await page.textContent("#status")).toBe("Báo cáo hợp lệ.");
    expect(await shownMessages(page).count()).toBe(0);
    await page.click("#check");
    expect(await page.isVisible("#output")).toBe(true);
    const json = JSON.parse((await page.textContent("#json"))!) as Record<string, unknown>;
    expect(json).toMatchObject({ schemaVersion: 2, month: "2026-02", totals: { newsItems: 10, articles: 0, airtimeMinutes: 30 } });
    expect(await page.getAttribute("#download", "download")).toBe("monthly-media-report-2026-02.json");
    await page.close();
  });

  it("shows every problem on check, and validates rows added on the fly", async () => {
    const page = await open("?lang=en");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.click("#check");
    expect(await shownMessages(page).count()).toBeGreaterThanOrEqual(5);
    expect(await page.isVisible("#output")).toBe(false);
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-pointer"));
    expect(focused).toBe("/month");

    await page.click('#part-broadcasts button[data-add="broadcasts"]');
    expect(await field(page, "/broadcasts/0/date").count()).toBe(1);
    await field(page, "/broadcasts/0/date").fill("2026-02-03");
    await page.click('#part-broadcasts button[data-remove="broadcasts"]');
    expect(await field(page, "/broadcasts/0/date").count()).toBe(0);
    await page.close();
  });

  it("refuses text the other doors would refuse (a control character pasted into a field) and offers no file", async () => {
    const page = await open("?lang=en");
    await field(page, "/month").fill("2026-02");
    for (const [pointer, text] of [["/totals/newsItems", "8"], ["/totals/articles", "0"], ["/totals/airtimeMinutes", "30"], ["/sections/0/name", "Cải cách"], ["/sections/0/newsItems", "8"], ["/sections/0/articles", "0"], ["/sections/0/airtimeMinutes", "30"], ["/content/0/summary", "Thủ tục hành chính."]]) {
      await field(page, pointer!).fill(text!);
    }
    await field(page, "/sections/0/kind").selectOption("section");
    await field(page, "/sections/0/channel").selectOption("F1.press.tv");
    await field(page, "/content/0/topic").selectOption("T4.2");
    await field(page, "/forms/0/form").selectOption("news"); // forms of presentation: news = the news items
    await field(page, "/forms/0/count").fill("8");
    await field(page, "/feedback/summary").fill("Ý kiến của người dân.");
    expect(await page.textContent("#status")).toBe("The report is valid.");
    // A vertical tab, as word processors paste a line break.
    await field(page, "/feedback/summary").fill("Ý kiến\u000bcủa người dân.");
    expect(await page.textContent("#status")).toBe("1 problem(s) left to fix.");
    expect(await message(page, "/feedback/summary").textContent()).toMatch(/^A string holds the control character U\+000B at byte \d+; only tab, CR and LF are allowed\.$/);
    await page.click("#check");
    expect(await page.isVisible("#output")).toBe(false);
    await page.close();
  });

  it("raised no page error and sent no request beyond the loopback server", () => {
    expect(pageErrors).toEqual([]);
    expect(browser.blocked).toEqual([]);
  });
});
