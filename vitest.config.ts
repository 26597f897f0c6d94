import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

/**
 * One vitest run over every package's `test/` folder. Workspace packages resolve to their sources,
 * so unit tests do not need a build; the packaging gates test the built output separately.
 * The TZ matrix is applied by scripts/test-tz.mjs, which runs this config once per TZ value.
 */
export default defineConfig({
  resolve: {
    alias: [{ find: /^@cchc\/core$/, replacement: src("core") }],
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "examples/*/test/**/*.test.ts"],
    pool: "forks",
    testTimeout: 60_000,
  },
});
