/**
 * The dashboard's bundle and load figures (`pnpm bench`, or `pnpm build` then `node scripts/bench.mjs
 * dashboard`), against a named baseline measured in the same run: the web form example (one page, one
 * validator), built by the same vite and served by the same static layer of the intake server.
 *
 * 1. Bundle: every file vite writes, raw, gzip -9 and brotli -11; the JavaScript's gzip size and its ratio
 *    to the web form's.
 * 2. Load on loopback, in Debian's Chromium (cache disabled, a fresh page each time, 9 loads, medians):
 *    first contentful paint, the `load` event, and for the dashboard the moment its data are rendered
 *    (`performance.mark("dashboard-rendered")`: four API requests answered by the seeded intake and
 *    every section drawn) — time to first render.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { build } from "vite";
import { serveFetch } from "@cchc/http";
import { withStaticSite } from "../../intake-server/src/static-site.js";
import { assetSizes, formatSizes, type AssetSize } from "../../web-form/e2e/bundle.js";
import { launchBrowser } from "../../web-form/e2e/browser.js";
import { buildDashboard, DASHBOARD_DIST, startSeededServer } from "../e2e/seeded-server.js";

const LOADS = 9;
const WEB_FORM = join(import.meta.dirname, "../../web-form");

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const jsGzip = (sizes: readonly AssetSize[]): number => sizes.filter((s) => s.file.endsWith(".js")).reduce((t, s) => t + s.gzip, 0);

interface Load {
  readonly fcp: number;
  readonly load: number;
  readonly rendered: number | null;
}

async function measure(page: Page, url: string, ready: string): Promise<Load> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(ready);
  // A string, not a function: tsx would wrap a function's inner helpers in its own __name, unknown to the page.
  return page.evaluate(`({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    load: performance.getEntriesByType("navigation")[0].loadEventEnd,
    rendered: performance.getEntriesByName("dashboard-rendered")[0]?.startTime ?? null,
  })`);
}

await buildDashboard();
await build({ root: WEB_FORM, logLevel: "warn" });
const dashboardSizes = assetSizes(DASHBOARD_DIST);
const formSizes = assetSizes(join(WEB_FORM, "dist"));
console.log(`\n## dashboard bundle\n${formatSizes(dashboardSizes)}\n\n## baseline: web-form bundle\n${formatSizes(formSizes)}`);

const seeded = await startSeededServer();
const form = await serveFetch(withStaticSite(async () => new Response("not found", { status: 404 }), join(WEB_FORM, "dist")), { host: "127.0.0.1", port: 0 });
const browser = await launchBrowser(seeded.url);
await browser.context.unroute("**/*"); // two loopback origins here; both are ours
try {
  const loads = { dashboard: [] as Load[], form: [] as Load[] };
  for (let i = 0; i < LOADS; i++) {
    for (const [name, url, ready] of [
      ["form", `${form.url}/`, "document.querySelector('[data-pointer=\"/month\"]') !== null"],
      ["dashboard", `${seeded.url}/`, "document.body.dataset.ready === 'true'"],
    ] as const) {
      const page = await browser.context.newPage();
      loads[name].push(await measure(page, url, ready));
      await page.close();
    }
  }
  const row = (name: string, sizes: readonly AssetSize[], l: readonly Load[], base: { js: number; fcp: number; load: number }) => {
    const js = jsGzip(sizes);
    const fcp = median(l.map((x) => x.fcp));
    const load = median(l.map((x) => x.load));
    const rendered = l[0]!.rendered === null ? null : median(l.map((x) => x.rendered!));
    return {
      page: name,
      "JS gzip (kB)": (js / 1000).toFixed(1),
      "× baseline JS": (js / base.js).toFixed(2),
      "first paint (ms)": fcp.toFixed(0),
      "load (ms)": load.toFixed(0),
      "× baseline load": (load / base.load).toFixed(2),
      "data rendered (ms)": rendered === null ? "—" : rendered.toFixed(0),
    };
  };
  const base = { js: jsGzip(formSizes), fcp: median(loads.form.map((x) => x.fcp)), load: median(loads.form.map((x) => x.load)) };
  console.log(`\n## dashboard: bundle and time to first render on loopback (Chromium, cache disabled, median of ${LOADS} loads)\nbaseline: web-form (one page, one validator)`);
  console.table([row("baseline: web-form", formSizes, loads.form, base), row("dashboard (seeded intake, 4 API reads)", dashboardSizes, loads.dashboard, base)]);
} finally {
  await browser.close();
  await form.close();
  await seeded.stop();
}
