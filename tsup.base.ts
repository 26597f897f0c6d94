/**
 * The one tsup config factory every package uses.
 *
 * ESM + CJS, with per-format declarations (`.d.ts` next to ESM, `.d.cts` next to CJS) so that
 * `@arethetypeswrong/cli` does not report "masquerading as CJS". Peer dependencies (zod, luxon,
 * effect) and workspace packages are never bundled.
 */
import type { Options } from "tsup";

export interface PackageBuildOptions {
  /** Entry points, relative to the package root (default: `src/index.ts`). */
  readonly entry?: Record<string, string> | string[];
  /** Extra options merged last. */
  readonly overrides?: Options;
}

export function packageConfig(options: PackageBuildOptions = {}): Options {
  return {
    entry: options.entry ?? ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    splitting: true,
    target: "es2022",
    platform: "neutral",
    outDir: "dist",
    external: [/^zod/, /^luxon/, /^effect/, /^@effect\//, /^@cchc\//],
    outExtension({ format }) {
      return { js: format === "cjs" ? ".cjs" : ".js" };
    },
    ...options.overrides,
  };
}
