import { defineConfig } from "vitest/config";

/**
 * The browser test: builds the form, serves it on loopback and drives Debian's Chromium. It is slow
 * (a build and a browser), so it has its own config, outside the TZ matrix of the unit tests, and runs
 * once as its own step of `pnpm test` (scripts/test-all.mjs).
 */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
