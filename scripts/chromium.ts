// Debian's Chromium driven by playwright-core, for the end-to-end tests (the web form, the documentation
// site): never a downloaded browser, always a fresh profile, no request beyond the page's own origin.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Installed by `pnpm test` (scripts/provision.mjs: apt-get install chromium) when missing. */
export const CHROMIUM = "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  readonly context: BrowserContext;
  /** Requests that left the served origin (aborted). */
  readonly blocked: string[];
  close(): Promise<void>;
}

/**
 * Launches Chromium with a fresh `--user-data-dir` (playwright-core's persistent context is how that
 * flag is passed) and aborts every request that does not go to `origin`.
 */
export async function launchBrowser(origin: string): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium; pnpm test does it as root)`);
  }
  const profile = mkdtempSync(join(tmpdir(), "cchc-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("blob:")) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return {
    context,
    blocked,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
