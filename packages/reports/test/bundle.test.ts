/**
 * A browser bundle of one report validator (`@cchc/reports/<id>`) carries zod, the plan's code lists
 * and the validator — not luxon, effect, the holiday tables, the 99-commune table, the plan's data
 * (labels, keywords, focal tasks), the other report schemas, the calculators or the plan's rules (who
 * reports: they read the plan's reporting graph, so they live in the main entry only). Bundled from the
 * sources with esbuild (as an application's bundler would, minified for the browser); the metafile
 * says which files contributed bytes. size-limit checks the same budget on the built package.
 */
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build, type Metafile, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";

const packagesDir = fileURLToPath(new URL("../../", import.meta.url));

/** Resolves `@cchc/<pkg>` and `@cchc/<pkg>/<entry>` to the sources, like the vitest alias. */
const workspaceSources: Plugin = {
  name: "cchc-sources",
  setup(b) {
    b.onResolve({ filter: /^@cchc\// }, (args) => {
      const [, pkg, entry] = /^@cchc\/([a-z-]+)(?:\/([a-z-]+))?$/.exec(args.path) ?? [];
      return { path: `${packagesDir}${pkg}/src/${entry ?? "index"}.ts` };
    });
  },
};

async function bundle(entry: string): Promise<{ bytes: number; gzip: number; inputs: string[]; text: string }> {
  const result = await build({
    stdin: { contents: `export { validate${entry} } from "@cchc/reports/${kebab(entry)}";`, resolveDir: packagesDir, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    charset: "utf8",
    write: false,
    metafile: true,
    plugins: [workspaceSources],
  });
  const out = result.outputFiles[0]!;
  const meta: Metafile = result.metafile;
  const inputs = Object.entries(Object.values(meta.outputs)[0]!.inputs)
    .filter(([, info]) => info.bytesInOutput > 0)
    .map(([path]) => path);
  return { bytes: out.contents.byteLength, gzip: gzipSync(out.contents, { level: 9 }).byteLength, inputs, text: out.text };
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c, i: number) => `${i === 0 ? "" : "-"}${c.toLowerCase()}`);
}

const FORBIDDEN_INPUTS = [/luxon/, /[\\/]effect[\\/]/, /@effect/, /packages[\\/]calendar/, /packages[\\/]deadlines/, /commune-rows/, /admin-units/, /bac-ninh-2026[\\/](?:topics|channels|actors)\.ts/, /src[\\/]calculators/, /src[\\/]json-schema/, /src[\\/]data[\\/]/, /src[\\/]plan-rules[\\/]/, /messages[\\/]plan-rules/];

describe("a browser bundle of one report validator", () => {
  for (const entry of ["MonthlyMediaReport", "AgencyCommunicationReport", "SynthesisReport", "DifficultyReport", "ProcedureStatistics"]) {
    it(`validate${entry}: zod and plan codes only, under 25 kB min+gzip`, async () => {
      const { gzip, inputs, text } = await bundle(entry);
      for (const pattern of FORBIDDEN_INPUTS) expect(inputs.filter((i) => pattern.test(i)), String(pattern)).toEqual([]);
      expect(inputs.some((i) => /zod/.test(i))).toBe(true);
      expect(inputs.some((i) => /actor-ids/.test(i))).toBe(true);
      // No data of the commune table, the holiday tables or the plan's labels made it in.
      for (const marker of ["Tuấn Đạo", "Kinh Bắc", "Quốc khánh", "Giỗ Tổ", "Institutional reform", "Sở Văn hóa"]) {
        expect(text.includes(marker), `${marker} in the bundle`).toBe(false);
      }
      expect(gzip).toBeLessThan(25 * 1024);
      console.log(`validate${entry}: ${(gzip / 1024).toFixed(1)} kB min+gzip, ${inputs.length} input files`);
    });
  }

  it("the monthly validator does not carry the other report schemas, nor names them", async () => {
    const { inputs, text } = await bundle("MonthlyMediaReport");
    for (const other of ["agency-communication-report", "synthesis-report", "difficulty-report", "procedure-statistics"]) {
      expect(inputs.filter((i) => i.includes(other))).toEqual([]);
      expect(text.includes(other), other).toBe(false); // no table keyed by every schema id (the web form's check)
    }
  });
});
