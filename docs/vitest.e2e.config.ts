import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const packagesDir = fileURLToPath(new URL("../packages/", import.meta.url));

/**
 * The site's browser test: serves the built site (docs/site) on loopback and drives Debian's Chromium.
 * Slow (a browser, every page at phone width, screenshots), so it runs once, as its own step of
 * `pnpm test` (scripts/test-all.mjs) after the site is built.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@cchc\/([a-z-]+)$/, replacement: `${packagesDir}$1/src/index.ts` },
      { find: /^@cchc\/([a-z-]+)\/([a-z-]+)$/, replacement: `${packagesDir}$1/src/$2.ts` },
    ],
  },
  test: {
    root: import.meta.dirname,
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
