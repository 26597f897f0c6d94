// The size of what a browser downloads: every file vite wrote to dist/ (raw, gzip -9, brotli -11).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export interface AssetSize {
  readonly file: string;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

export function assetSizes(distDir: string): AssetSize[] {
  return files(distDir)
    .sort()
    .map((path) => {
      const bytes = readFileSync(path);
      const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      return { file: relative(distDir, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli };
    });
}

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`.padStart(9);

export function formatSizes(sizes: readonly AssetSize[]): string {
  const total = sizes.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const width = Math.max(...sizes.map((s) => s.file.length), 5);
  const line = (name: string, s: { raw: number; gzip: number; brotli: number }) => `  ${name.padEnd(width)} ${kB(s.raw)} ${kB(s.gzip)} ${kB(s.brotli)}`;
  return [`  ${"file".padEnd(width)} ${"raw".padStart(9)} ${"gzip".padStart(9)} ${"brotli".padStart(9)}`, ...sizes.map((s) => line(s.file, s)), line("total", total)].join("\n");
}
