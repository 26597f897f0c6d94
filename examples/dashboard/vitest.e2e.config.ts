import { defineConfig } from "vitest/config";

/**
 * The browser test: builds the dashboard, seeds a database, starts the intake server on loopback and
 * drives Debian's Chromium. Slow (a build, a seed, a browser), so it has its own config, outside the TZ
 * matrix of the unit tests, and runs once as its own step of `pnpm test` (scripts/test-all.mjs).
 */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ["e2e/**/*.e2e.ts"],
    testTimeout: 90_000,
    hookTimeout: 300_000,
  },
});
