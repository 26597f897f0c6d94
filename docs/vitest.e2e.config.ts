import { defineConfig } from "vitest/config";

/**
 * The site's browser test: serves the built site (docs/site) on loopback and drives Debian's Chromium.
 * Slow (a browser, every page at phone width, screenshots), so it runs once, as its own step of
 * `pnpm test` (scripts/test-all.mjs) after the site is built. `@cchc/*` resolve to the built packages,
 * as the site itself uses them.
 */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
