import { fileURLToPath } from "node:url";
import { defineConfig } from "tsup";

/**
 * The `cchc` bin (dist/bin.js), built after the library into the same folder. Cold start is a budget
 * (< 300 ms median for `cchc docref`), so:
 * - `@cchc/*` packages are bundled from their sources, letting esbuild drop what the command path does
 *   not use (`@cchc/core`'s zod helpers would otherwise load zod and all its locales on every start);
 *   what only one command needs (the calendar tables, the plan, the deadline rules) is reached through
 *   `await import(...)` inside that command's `run`, so it lands in a chunk of its own;
 * - effect and zod are bundled too, tree-shaken, into chunks reached only through dynamic imports
 *   (`validate`, `schema`): `docref` never loads them, and `validate` loads ~0.5 MB of effect in ~30 ms
 *   instead of ~200 ms for effect's own module graph;
 * - commander is bundled into the start-up module (no module resolution at start: ~20 ms saved).
 * The bin thus needs nothing from node_modules at run time.
 */
/** The workspace packages the bin uses, bundled from their sources. */
const WORKSPACE_PACKAGES = ["core", "calendar", "deadlines"] as const;

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
  noExternal: [/^@cchc\//, /^effect/, /^zod/, /^commander/],
  // commander is CommonJS: its `require("node:events")` calls need a real `require` in ESM output.
  banner: { js: 'import { createRequire as __cchcCreateRequire } from "node:module"; const require = __cchcCreateRequire(import.meta.url);' },
  esbuildOptions(options) {
    options.alias = Object.fromEntries(
      WORKSPACE_PACKAGES.map((name) => [`@cchc/${name}`, fileURLToPath(new URL(`../${name}/src/index.ts`, import.meta.url))]),
    );
    // The bin's lazily loaded chunks live apart from the library's (dist/bin-chunks/).
    options.chunkNames = "bin-chunks/[name]-[hash]";
  },
});
