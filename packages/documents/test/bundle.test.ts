/**
 * In a browser: the renderer bundles with docx, zod and the plan's labels but never luxon or effect; the
 * metadata validator alone (`@cchc/documents/metadata`, what a form that only validates imports) carries
 * neither docx nor the plan's data. Bundled from the sources with esbuild as an application's bundler
 * would; the metafile says which files contributed bytes. size-limit checks the same budgets on dist/.
 */
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";

const packagesDir = fileURLToPath(new URL("../../", import.meta.url));

const workspaceSources: Plugin = {
  name: "cchc-sources",
  setup(b) {
    b.onResolve({ filter: /^@cchc\// }, (args) => {
      const [, pkg, entry] = /^@cchc\/([a-z-]+)(?:\/([a-z-]+))?$/.exec(args.path) ?? [];
      return { path: `${packagesDir}${pkg}/src/${entry ?? "index"}.ts` };
    });
  },
};

async function bundle(code: string): Promise<{ gzip: number; inputs: string[]; text: string }> {
  const result = await build({
    stdin: { contents: code, resolveDir: `${packagesDir}documents`, loader: "ts" },
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
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0]!.inputs)
    .filter(([, info]) => info.bytesInOutput > 0)
    .map(([path]) => path);
  return { gzip: gzipSync(out.contents, { level: 9 }).byteLength, inputs, text: out.text };
}

const NEVER = [/luxon/, /[\\/]effect[\\/]/, /@effect/, /packages[\\/]deadlines/, /src[\\/]calculators/, /src[\\/]json-schema/];

describe("@cchc/documents in a browser bundle", () => {
  it("renderDocument: docx and the plan's labels, no luxon, no effect, under 150 kB min+gzip", async () => {
    const { gzip, inputs } = await bundle(`export { renderDocument } from "@cchc/documents";`);
    for (const pattern of NEVER) expect(inputs.filter((i) => pattern.test(i)), String(pattern)).toEqual([]);
    expect(inputs.some((i) => /node_modules[\\/].*docx/.test(i))).toBe(true);
    expect(inputs.some((i) => /commune-rows/.test(i))).toBe(false);
    expect(gzip).toBeLessThan(150 * 1024);
    console.log(`renderDocument: ${(gzip / 1024).toFixed(1)} kB min+gzip, ${inputs.length} input files`);
  });

  it("validateDocumentMeta alone: zod and @cchc/core, no docx, no plan data, under 25 kB min+gzip", async () => {
    const { gzip, inputs, text } = await bundle(`export { validateDocumentMeta } from "@cchc/documents/metadata";`);
    for (const pattern of [...NEVER, /docx/, /packages[\\/]plan/, /packages[\\/]reports/, /packages[\\/]calendar/]) {
      expect(inputs.filter((i) => pattern.test(i)), String(pattern)).toEqual([]);
    }
    expect(text.includes("CỘNG HÒA")).toBe(false);
    expect(gzip).toBeLessThan(25 * 1024);
    console.log(`validateDocumentMeta: ${(gzip / 1024).toFixed(1)} kB min+gzip, ${inputs.length} input files`);
  });
});
