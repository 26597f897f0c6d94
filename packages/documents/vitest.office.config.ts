import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const packagesDir = fileURLToPath(new URL("../", import.meta.url));

/**
 * The office test: real LibreOffice converts every rendered document to PDF, poppler reads it back.
 * Slow (LibreOffice starts once, ~10 s), so it runs once as its own step of `pnpm test`
 * (scripts/test-all.mjs), not under the time-zone matrix.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@cchc\/([a-z-]+)$/, replacement: `${packagesDir}$1/src/index.ts` },
      { find: /^@cchc\/([a-z-]+)\/([a-z-]+)$/, replacement: `${packagesDir}$1/src/$2.ts` },
    ],
  },
  test: {
    include: ["office/**/*.office.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
