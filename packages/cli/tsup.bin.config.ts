import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";

/**
 * The `cchc` bin (dist/bin.js), built after the library into the same folder. Cold start is a budget
 * (< 300 ms median for `cchc docref`), so:
 * - `@cchc/*` packages are bundled from their sources, letting esbuild drop what the command path does
 *   not use;
 * - commander is bundled into the start-up module (no module resolution at start: ~20 ms saved);
 * - what only some commands need is a **lazy module** ({@link LAZY_MODULES}): the calendar tables, the
 *   plan and the deadline rules, the Effect validation pipeline (effect and zod), the schema registry.
 *   Each is bundled on its own into dist/bin-lazy/<name>.js and reached only through the `await
 *   import(...)` inside a command's `run`.
 *
 * Why separate bundles rather than esbuild's code splitting: esbuild splits by file, and a file is put in
 * a chunk shared with every entry that reaches it through a re-export — `@cchc/core`'s index re-exports
 * its zod helpers, so as soon as one lazily loaded command used them, the start-up chunk carried zod and
 * all its locales. Separate bundles cannot share chunks with the start-up module: a lazy module repeats
 * the few `@cchc/core` helpers it needs, and `docref` loads dist/bin.js alone.
 *
 * The bin thus needs nothing from node_modules at run time.
 *
 * What the package ships, and why, is listed in the README ("What the package contains").
 */

const pkg = fileURLToPath(new URL(".", import.meta.url));

type EsbuildPlugin = NonNullable<Options["esbuildPlugins"]>[number];

/** Modules the commands load with `await import(...)`, each its own bundle dist/bin-lazy/<name>.js. */
export const LAZY_MODULES = {
  calendar: "src/lazy/calendar.ts",
  ical: "src/lazy/ical.ts",
  "plan-deadlines": "src/lazy/plan-deadlines.ts",
  validation: "src/validate/run-validation.ts",
  "ndjson-worker": "src/validate/ndjson-worker.ts",
  "default-registry": "src/schemas/default-registry.ts",
  documents: "src/lazy/documents.ts",
  suggest: "src/suggest.ts",
} as const;

const LAZY_DIR = "bin-lazy";

/** esbuild plugin of the start-up bundle: a dynamic import must name a lazy module, which stays external. */
function lazyModulesExternal(): EsbuildPlugin {
  const byPath = new Map(Object.entries(LAZY_MODULES).map(([name, file]) => [resolve(pkg, file), name]));
  return {
    name: "cchc-lazy-modules",
    setup(build) {
      build.onResolve({ filter: /^/ }, (args) => {
        if (args.kind !== "dynamic-import" && args.kind !== "import-statement") return undefined;
        const local = args.path.startsWith(".") ? resolve(args.resolveDir, args.path.endsWith(".js") ? `${args.path.slice(0, -3)}.ts` : args.path) : undefined;
        const name = local === undefined ? undefined : byPath.get(local);
        if (args.kind === "import-statement") {
          return name === undefined ? undefined : { errors: [{ text: `${args.path} is a lazy module: import it with await import(), not statically.` }] };
        }
        if (name !== undefined) return { path: `./${LAZY_DIR}/${name}.js`, external: true };
        if (args.path.startsWith("node:")) return undefined;
        return { errors: [{ text: `await import(${JSON.stringify(args.path)}) must name a module of LAZY_MODULES (tsup.bin.config.ts).` }] };
      });
    },
  };
}

/**
 * esbuild plugin: `@cchc/<pkg>` and `@cchc/<pkg>/<entry>` resolve to the workspace sources
 * (packages/<pkg>/src/index.ts, packages/<pkg>/src/<entry>.ts), as in vitest, so that esbuild tree-shakes
 * them instead of bundling their built output.
 */
function workspaceSources(): EsbuildPlugin {
  return {
    name: "cchc-workspace-sources",
    setup(build) {
      build.onResolve({ filter: /^@cchc\/[a-z-]+(?:\/[a-z-]+)?$/ }, (args) => {
        const [, name, entry] = args.path.split("/") as [string, string, string | undefined];
        if (name === "cli") return undefined;
        return { path: join(pkg, "..", name, "src", `${entry ?? "index"}.ts`) };
      });
    },
  };
}

/**
 * esbuild plugin: writes the source modules bundled into each output file to `file` (JSON: output →
 * module paths). The start-up module is whitespace-minified, so its own text no longer names them; the
 * bin's test reads this list to check what `cchc docref` loads (git-ignored, never shipped).
 */
function bundledInputs(file: string): EsbuildPlugin {
  return {
    name: "cchc-bundled-inputs",
    setup(build) {
      build.initialOptions.metafile = true;
      build.onEnd((result) => {
        if (!result.metafile) return;
        const outputs = Object.fromEntries(
          Object.entries(result.metafile.outputs).map(([output, meta]) => [
            relative(pkg, resolve(output)),
            Object.entries(meta.inputs).flatMap(([input, { bytesInOutput }]) => (bytesInOutput > 0 ? [input] : [])),
          ]),
        );
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, `${JSON.stringify(outputs, null, 2)}\n`);
      });
    },
  };
}

/** Where the default build lists the modules bundled into dist/bin.js (see {@link bundledInputs}). */
export const BIN_INPUTS_FILE = join(pkg, ".artifacts", "bin-inputs.json");

/** What both bundles share. */
function common(outDir: string): Options {
  return {
    format: ["esm"],
    platform: "node",
    target: "es2022",
    outDir,
    clean: false,
    dts: false,
    // No source maps for the bin: they would point into the build machine's node_modules and carry the
    // sources of effect, zod and commander (8 MB of the 10.7 MB the tarball once unpacked to), and Node
    // only reads them under --enable-source-maps. The library entry (tsup.config.ts) keeps its maps.
    sourcemap: false,
    splitting: false,
    noExternal: [/^@cchc\//, /^effect/, /^zod/, /^commander/, /^docx/, /^fastest-levenshtein/],
    // commander is CommonJS: its `require("node:events")` calls need a real `require` in ESM output.
    banner: { js: 'import { createRequire as __cchcCreateRequire } from "node:module"; const require = __cchcCreateRequire(import.meta.url);' },
  };
}

/**
 * The two builds of a bin: its start-up module (`entry`, with the lazy modules external) and the lazy
 * modules, side by side in `outDir`. The test fixtures build a bin with a test schema the same way.
 */
export function binBuilds(entry: Record<string, string>, outDir: string, inputsFile?: string): Options[] {
  const lazyEntries = Object.fromEntries(Object.entries(LAZY_MODULES).map(([name, file]) => [`${LAZY_DIR}/${name}`, join(pkg, file)]));
  return [
    // The start-up module without comments and indentation (minifyWhitespace; names and syntax kept):
    // commander's JSDoc alone was a quarter of the gzipped bytes every `cchc` run reads (48.6 → 36 kB).
    {
      ...common(outDir),
      entry,
      minifyWhitespace: true,
      esbuildPlugins: [lazyModulesExternal(), workspaceSources(), ...(inputsFile === undefined ? [] : [bundledInputs(inputsFile)])],
    },
    { ...common(outDir), entry: lazyEntries, esbuildPlugins: [workspaceSources()] },
  ];
}

export default defineConfig(binBuilds({ bin: "src/bin.ts" }, "dist", BIN_INPUTS_FILE));
