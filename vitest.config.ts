import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const packagesDir = fileURLToPath(new URL("./packages/", import.meta.url));

/**
 * One vitest run over every package's `test/` folder. Workspace packages resolve to their sources,
 * so unit tests do not need a build; the packaging gates test the built output separately.
 * The TZ matrix is applied by scripts/test-tz.mjs, which runs this config once per TZ value.
 */
export default defineConfig({
  resolve: {
    // @cchc/<pkg> → packages/<pkg>/src/index.ts; @cchc/<pkg>/<entry> → packages/<pkg>/src/<entry>.ts
    alias: [
      { find: /^@cchc\/([a-z-]+)$/, replacement: `${packagesDir}$1/src/index.ts` },
      { find: /^@cchc\/([a-z-]+)\/([a-z-]+)$/, replacement: `${packagesDir}$1/src/$2.ts` },
    ],
  },
  test: {
    include: ["packages/*/test/**/*.test.ts", "examples/*/test/**/*.test.ts", "scripts/test/**/*.test.ts", "docs/test/**/*.test.ts"],
    pool: "forks",
    testTimeout: 60_000,
    // One throw-away PostgreSQL cluster per run, started when a test first needs a server.
    globalSetup: ["packages/intake/test/support/postgres-global-setup.ts"],
  },
});
