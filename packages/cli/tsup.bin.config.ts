import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

/**
 * The `cchc` bin (dist/bin.js), built after the library into the same folder. Cold start is a budget
 * (< 300 ms median for `cchc docref`), so:
 * - `@cchc/*` packages are bundled from their sources, letting esbuild drop what the command path does
 *   not use (`@cchc/core`'s zod helpers would otherwise load zod and its locales on every start);
 * - commander, zod and effect stay external dependencies; zod and effect are only reached through
 *   dynamic imports (`validate`, `schema`), so `docref` never loads them.
 */
export default defineConfig({
  entry: { bin: "src/bin.ts" },
  format: ["esm"],
  platform: "node",
  target: "es2022",
  outDir: "dist",
  clean: false,
  dts: false,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  external: [/^zod/, /^effect/, /^commander/],
  noExternal: [/^@cchc\//],
  esbuildOptions(options) {
    options.alias = { "@cchc/core": fileURLToPath(new URL("../core/src/index.ts", import.meta.url)) };
  },
});
