import { defineConfig } from "vitest/config";
import workspace from "../../vitest.config.js";

/**
 * The office test: real LibreOffice converts every rendered document to PDF, poppler reads it back.
 * Slow (LibreOffice starts once, ~10 s), so it runs once as its own step of `pnpm test`
 * (scripts/test-all.mjs), not under the time-zone matrix. Workspace packages resolve to their sources,
 * as in the root config.
 */
export default defineConfig({
  ...(workspace.resolve === undefined ? {} : { resolve: workspace.resolve }),
  test: {
    include: ["office/**/*.office.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
