// The dashboard, end to end: vite build → the sample year seeded into a fresh PGlite directory → the
// intake server on 127.0.0.1 serving the API and the page → Debian's Chromium.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StatusBoard } from "@cchc/intake";
import { assetSizes, formatSizes } from "../../web-form/e2e/bundle.js";
import { FIXED_FATES } from "../../intake-server/src/sample-data/construction.js";
import type { SampleSubmission } from "../../intake-server/src/sample-data/seed.js";
import { launchBrowser, type Browser } from "../../web-form/e2e/browser.js";
import { buildDashboard, DASHBOARD_DIST, SEEDED_NOW, startSeededServer, type SeededServer } from "./seeded-server.js";

/** Screenshots for a person to look at (git-ignored). */
const ARTIFACTS = join(import.meta.dirname, "artifacts");
/** JavaScript budget, gzip: Observable Plot with its d3 modules (~90 kB), the calendar (~13 kB), the plan's names (~11 kB), the page. */
const JS_GZIP_BUDGET = 140_000;

let server: SeededServer | undefined;
let browser: Browser | undefined;
let board: StatusBoard;
const pageErrors: string[] = [];
const started = Date.now();

beforeAll(async () => {
  await buildDashboard();
  const sizes = assetSizes(DASHBOARD_DIST);
  console.log(`dashboard bundle:\n${formatSizes(sizes)}`);
  const js = sizes.filter((s) => s.file.endsWith(".js"));
  expect(js).toHaveLength(1);
  expect(js[0]!.gzip).toBeLessThan(JS_GZIP_BUDGET);
  server = await startSeededServer();
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  board = (await (await fetch(`${server.url}/status/2026`)).json()) as StatusBoard;
  browser = await launchBrowser(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  console.log(`dashboard e2e: ${((Date.now() - started) / 1000).toFixed(1)} s in all (build, seed, server, Chromium)`);
});

async function open(query = "", viewport = { width: 1440, height: 900 }): Promise<Page> {
  const page = await browser!.context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  await page.setViewportSize(viewport);
  await page.goto(`${server!.url}/${query}`);
  await page.waitForFunction(() => document.body.dataset["ready"] !== undefined);
  expect(await page.getAttribute("body", "data-ready")).toBe("true");
  return page;
}

/** The latest revision of each month's monthly media report, as the seed submitted them. */
function latestMediaReports(): Map<string, SampleSubmission["report"]> {
  const latest = new Map<string, SampleSubmission["report"]>();
  for (const s of server!.seeded.submissions) if (s.schema === "monthly-media-report") latest.set(s.period, s.report);
  return latest;
}

/** The numbers of a data table, by row key and column key (from the cells' data-value). */
async function tableValues(page: Page, tableId: string): Promise<Record<string, Record<string, number>>> {
  return page.$$eval(`#${tableId} td[data-value]`, (cells) => {
    const out: Record<string, Record<string, number>> = {};
    for (const cell of cells as HTMLElement[]) (out[cell.dataset["row"]!] ??= {})[cell.dataset["column"]!] = Number(cell.dataset["value"]);
    return out;
  });
}

/** WCAG contrast ratio of an element's text colour on its (first opaque) background. */
async function contrast(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (element) => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const c = [r!, g!, b!].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    let node: Element | null = element;
    let background = "rgba(0, 0, 0, 0)";
    while (node && (background === "rgba(0, 0, 0, 0)" || background === "transparent")) {
      background = getComputedStyle(node).backgroundColor;
      node = node.parentElement;
    }
    const [a, b] = [luminance(rgb(getComputedStyle(element).color)), luminance(rgb(background === "rgba(0, 0, 0, 0)" ? "rgb(255, 255, 255)" : background))];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

describe("the dashboard on a seeded intake server", () => {
  it("loads in Vietnamese, says the data are sample data, and shows the calendar's days off, make-up days, due dates and today", async () => {
    const page = await open();
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    expect(await page.textContent("h1")).toBe("Theo dõi thực hiện Kế hoạch tuyên truyền cải cách hành chính năm 2026");
    expect(await page.isVisible("#sample")).toBe(true);
    expect(await page.textContent("#sample")).toContain("DỮ LIỆU MẪU");
    expect(await page.textContent("#state")).toBe("Số liệu tính đến 07/12/2026, 10:00");

    // Days off and make-up days come from @cchc/calendar; their reason shows on keyboard focus.
    expect(await page.getAttribute('span.day[data-date="2026-02-17"]', "data-kind")).toBe("holiday");
    expect(await page.getAttribute('span.day[data-date="2026-08-31"]', "data-kind")).toBe("swapped-off");
    const makeup = page.locator('span.day[data-date="2026-08-22"]');
    expect(await makeup.getAttribute("data-kind")).toBe("makeup-working");
    const tip = page.locator("#tip-2026-08-22");
    expect(await tip.isVisible()).toBe(false);
    await makeup.focus();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain("Làm bù cho ngày nghỉ 31/08/2026");
    // Every deadline of the board is marked on its day; today is the server's today.
    for (const d of board.deadlines.filter((x) => x.due.startsWith("2026"))) {
      expect(await page.getAttribute(`span.day[data-date="${d.due}"]`, "class"), d.due).toContain("due");
    }
    expect(await page.getAttribute('span.day[data-date="2026-03-09"]', "aria-describedby")).toBe("tip-2026-03-09");
    expect(await page.textContent("#tip-2026-03-09")).toContain("tháng 02/2026");
    expect(await page.getAttribute('span.day[data-date="2026-12-07"]', "class")).toContain("today");
    await page.close();
  });

  it("shows the late and the missing cells where the seeded data put them, every cell as the intake judges it, and explains a cell", async () => {
    const page = await open();
    const cell = (id: string) => page.locator(`button.cell[data-unit="${id.split("@")[0]}"][data-period="${id.split("@")[1]}"]`);
    // By construction: the broadcaster's April report was sent after the latest reading of its deadline,
    // Sở KH&CN never sent its half-year report.
    const april = server!.seeded.submissions.find((s) => s.schema === "monthly-media-report" && s.period === "2026-04")!;
    const aprilCell = board.cells.find((c) => c.unit === "bao-ptth-bac-ninh" && c.period === "2026-04")!;
    expect(new Date(april.at).toISOString().slice(0, 10) > aprilCell.latestSafe).toBe(true);
    expect(server!.seeded.submissions.some((s) => s.unit === "so-khcn" && s.period === "2026-H1")).toBe(false);
    expect(FIXED_FATES["bao-ptth-bac-ninh@2026-04"]?.kind).toBe("late");
    expect(FIXED_FATES["so-khcn@2026-H1"]?.kind).toBe("missing");
    expect(await cell("bao-ptth-bac-ninh@2026-04").getAttribute("data-status")).toBe("late");
    expect(await cell("so-khcn@2026-H1").getAttribute("data-status")).toBe("missing");
    expect(await cell("cong-an-tinh@2026-Q3").getAttribute("data-status")).toBe("missing");
    expect(await cell("bao-ptth-bac-ninh@2026-08").getAttribute("data-status")).toBe("ambiguous");
    // Every cell of the board is on the page with the intake's status.
    const shown = await page.$$eval("button.cell", (buttons) => (buttons as HTMLElement[]).map((b) => `${b.dataset["unit"]}@${b.dataset["period"]} ${b.dataset["status"]}`));
    expect(shown.sort()).toEqual(board.cells.map((c) => `${c.unit}@${c.period} ${c.status}`).sort());
    expect(await page.textContent('.counts li[data-status="late"] strong')).toBe(String(board.counts.late));

    // A cell opens from the keyboard: the receipt's sentence, the due date's steps and sources.
    await cell("bao-ptth-bac-ninh@2026-04").focus();
    await page.keyboard.press("Enter");
    const dialog = page.locator("#cell-dialog");
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.locator("h2").textContent()).toBe("Báo và Phát thanh, Truyền hình Bắc Ninh — tháng 04/2026");
    expect(await dialog.locator(".receipt").textContent()).toBe(aprilCell.explanation!.vi);
    expect(await dialog.locator("ol.steps li").count()).toBe(board.deadlines.find((d) => d.period === "2026-04")!.steps.length);
    expect(await dialog.locator('.sources [data-confidence="UNCONFIRMED"]').count()).toBeGreaterThan(0);
    await page.keyboard.press("Escape");
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset["period"])).toBe("2026-04");
    const missing = board.cells.find((c) => c.status === "missing")!;
    await cell(`${missing.unit}@${missing.period}`).click();
    expect(await dialog.locator("dd").nth(1).textContent()).toBe("Chưa nhận được báo cáo.");
    await page.keyboard.press("Escape");

    // Filters: only the missing cells; then one unit.
    await page.focus("#filter-status");
    await page.selectOption("#filter-status", "missing");
    expect(await page.locator("button.cell").count()).toBe(board.counts.missing);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("filter-status");
    await page.selectOption("#filter-status", "");
    await page.selectOption("#filter-unit", "so-khcn");
    expect(await page.$$eval("button.cell", (b) => [...new Set((b as HTMLElement[]).map((x) => x.dataset["unit"]))])).toEqual(["so-khcn"]);
    await page.close();
  });

  it("draws the trends with the totals of the seeded reports, read back from the charts' data tables", async () => {
    const page = await open();
    const reports = latestMediaReports();
    type Media = { totals: { newsItems: number; articles: number; airtimeMinutes: number }; channels: { channel: string; items: number }[]; content: { topic: string; items?: number }[] };
    const media = [...reports.values()] as unknown as Media[];
    expect(media.length).toBe(11); // January to November; December's report is not due before 7 December
    const sum = (f: (m: Media) => number) => media.reduce((t, m) => t + f(m), 0);

    const items = await tableValues(page, "chart-items-table");
    for (const [month, report] of reports) {
      const r = report as unknown as Media;
      expect(items[month], month).toEqual({ newsItems: r.totals.newsItems, articles: r.totals.articles, reports: 1 });
    }
    expect(items["2026-12"]).toEqual({ newsItems: 0, articles: 0, reports: 0 });
    expect(items["total"]).toEqual({ newsItems: sum((m) => m.totals.newsItems), articles: sum((m) => m.totals.articles), reports: 11 });
    expect((await tableValues(page, "chart-airtime-table"))["total"]!["airtimeMinutes"]).toBeCloseTo(sum((m) => m.totals.airtimeMinutes), 6);

    const channels = (await tableValues(page, "chart-channels-table"))["total"]!;
    const channelCodes = [...new Set(media.flatMap((m) => m.channels.map((c) => c.channel)))];
    expect(Object.keys(channels).sort()).toEqual(channelCodes.sort());
    for (const code of channelCodes) expect(channels[code], code).toBe(sum((m) => m.channels.find((c) => c.channel === code)?.items ?? 0));
    const byYear = await tableValues(page, "chart-channel-year-table");
    expect(byYear["F1"]!["items"]).toBe(sum((m) => m.channels.reduce((t, c) => t + c.items, 0)));
    expect(await page.textContent('#chart-channel-year-table tr[data-row="F2"] td')).toBe("không có trong báo cáo tháng");

    const topics = await tableValues(page, "chart-topics-table");
    for (const code of ["T1", "T2", "T3", "T4.1", "T4.2", "T4.3", "T4.4", "T4.5", "T4.6", "T5"]) {
      expect(topics[code]!["items"], code).toBe(sum((m) => m.content.find((c) => c.topic === code)?.items ?? 0));
    }
    // The charts are drawn: one bar per month and series, labelled for assistive technology.
    expect(await page.locator("#chart-items svg[aria-label] rect").count()).toBeGreaterThanOrEqual(11 * 2);
    expect(await page.locator("#chart-topics svg rect").count()).toBe(Object.entries(topics).filter(([row, t]) => row !== "total" && (t["items"] ?? 0) > 0).length);
    // The table is in the page for screen readers, and shown on demand.
    const toggle = page.locator("#chart-items .toggle-table");
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await toggle.click();
    expect(await page.isVisible("#chart-items-table")).toBe(true);
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");

    // The QĐ 766 indicators, each explained, UNCONFIRMED flags shown.
    const indicators = page.locator(".procedure li.score");
    expect(await indicators.count()).toBeGreaterThan(4);
    expect(await page.locator('.procedure li.score[data-confidence="UNCONFIRMED"] .badge').first().textContent()).toBe("CHƯA XÁC NHẬN");
    expect(await page.locator('.procedure li.score[data-indicator="766.on-time-processing"] .explanation').textContent()).toMatch(/^Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn = /);
    // Open difficulties and who raised them.
    expect(await page.locator('article.difficulty[data-open="true"]').count()).toBe(3);
    expect(await page.locator('article.difficulty[data-report="so-y-te@2026-Q2"] .meta').textContent()).toContain("Đơn vị nêu: Sở Y tế");
    await page.close();
  });

  it("switches to English and back, from memory: after the first load the page needs no network", async () => {
    const page = await open();
    await browser!.context.setOffline(true);
    try {
      await page.selectOption("#lang", "en");
      expect(await page.getAttribute("html", "lang")).toBe("en");
      expect(page.url()).toContain("lang=en");
      expect(await page.textContent("h1")).toBe("Implementation of the 2026 plan for communicating administrative reform");
      expect(await page.textContent("#sample")).toContain("SAMPLE DATA");
      expect(await page.textContent("#chart-items figcaption")).toBe("News items and articles per month");
      expect(await page.getAttribute('button.cell[data-unit="so-khcn"][data-period="2026-H1"]', "title")).toBe("Overdue, not received");
      await page.click('button.cell[data-unit="bao-ptth-bac-ninh"][data-period="2026-04"]');
      expect(await page.locator("#cell-dialog .receipt").textContent()).toBe(board.cells.find((c) => c.unit === "bao-ptth-bac-ninh" && c.period === "2026-04")!.explanation!.en);
      await page.keyboard.press("Escape");
      expect(await page.locator('.procedure li.score[data-confidence="UNCONFIRMED"] .badge').first().textContent()).toBe("UNCONFIRMED");
      await page.selectOption("#lang", "vi");
      expect(await page.getAttribute("html", "lang")).toBe("vi");
      expect(await page.textContent("#chart-items figcaption")).toBe("Tin, bài theo tháng");
    } finally {
      await browser!.context.setOffline(false);
    }
    const english = await open("?lang=en");
    expect(await english.getAttribute("html", "lang")).toBe("en");
    await english.close();
    await page.close();
  });

  it("keeps text readable: status cells, badges and body text reach WCAG AA contrast, every control has a label, the Vietnamese is NFC", async () => {
    const page = await open();
    for (const status of ["on-time", "late", "missing", "ambiguous", "not-yet-due"]) {
      expect(await contrast(page, `button.cell.s-${status} .when`), status).toBeGreaterThanOrEqual(4.5);
    }
    for (const selector of [".badge.confidence-unconfirmed", ".badge.confidence-verified", "#sample", ".intro", "span.day.off", "span.day.weekend"]) {
      expect(await contrast(page, selector), selector).toBeGreaterThanOrEqual(4.5);
    }
    const unlabelled = await page.$$eval("select, button", (controls) => (controls as HTMLElement[]).filter((c) => !(c.id && document.querySelector(`label[for="${c.id}"]`)) && !c.getAttribute("aria-label") && !c.textContent?.trim()).length);
    expect(unlabelled).toBe(0);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text.normalize("NFC")).toBe(text);
    await page.close();
  });

  it("saves screenshots at 1440×900 and 390×844 (e2e/artifacts, git-ignored)", async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
      const page = await open("", viewport);
      const name = `dashboard-${viewport.width}x${viewport.height}`;
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
      await page.screenshot({ path: join(ARTIFACTS, `${name}-full.png`), fullPage: true });
      // Nothing wider than the screen but the tables that scroll in their own region.
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest(".table-scroll, .data-wrapper, .sr-only"));
        return { by: document.documentElement.scrollWidth - width, elements: wide.slice(0, 5).map((e) => `${e.tagName}.${e.className}#${e.id}`) };
      });
      expect(overflow, name).toEqual({ by: 0, elements: [] });
      await page.close();
    }
    // The picture of the docs (docs/images/dashboard.png is a copy): the board at the top of a laptop screen.
    const page = await open("", { width: 1100, height: 720 });
    await page.screenshot({ path: join(ARTIFACTS, "dashboard-docs-1100x720.png") });
    await page.close();
    expect(SEEDED_NOW).toBe(Date.parse("2026-12-07T10:00:00+07:00"));
  });

  it("raised no page error and sent no request beyond the loopback server", () => {
    expect(pageErrors).toEqual([]);
    expect(browser!.blocked).toEqual([]);
  });
});
