/**
 * CLI measurements (against the built package: run `pnpm build` first, or `pnpm bench`):
 *
 * 1. Cold start of `cchc docref 167/KH-UBND` — median wall time of 21 spawns of the built bin, next to
 *    the named baseline `node -e ""` (bare Node start-up on the same machine). Target: < 300 ms. The
 *    calendar commands (which load the calendar chunk) are timed alongside for information.
 * 2. Peak RSS of `cchc validate --ndjson --json` over 100 000 lines, next to the baseline of the
 *    same run over 1 000 lines (with constant memory, the two peaks stay close). Target: < 150 MB.
 *    Until `@cchc/reports` ships `monthly-media-report` into the bin's registry, the run uses the bin's
 *    code with the CLI's test schema: test/fixtures/bin-with-test-schema.ts, bundled with the bin's own
 *    tsup config (tsup.bin.config.ts) into .bench/bench/.
 *
 * `node scripts/bench.mjs cli` runs only this file.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildBinWithTestSchema } from "../test/fixtures/build-bin-with-test-schema.js";

const pkg = fileURLToPath(new URL("..", import.meta.url));
const bin = join(pkg, "dist", "bin.js");
if (!existsSync(bin)) throw new Error("Build first: pnpm build");


const COLD_START_RUNS = 21;
const COLD_START_TARGET_MS = 300;
const RSS_TARGET_MB = 150;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timeSpawn(args: readonly string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/**
 * Times each command line COLD_START_RUNS times, interleaved (a, b, a, b, …) so that background load
 * on the machine weighs on every command alike.
 */
function coldStarts(commands: readonly (readonly string[])[]): Timing[] {
  for (const args of commands) timeSpawn(args); // warm the file-system cache once
  const times: number[][] = commands.map(() => []);
  for (let run = 0; run < COLD_START_RUNS; run++) commands.forEach((args, i) => times[i]!.push(timeSpawn(args)));
  return times.map((t) => ({ median: median(t), min: Math.min(...t), max: Math.max(...t) }));
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? "✔ within target" : "✖ over target");

console.log(`\n## cchc cold start (median of ${COLD_START_RUNS} spawns each, interleaved)\nbaseline: node -e ""`);
// Besides docref (the budgeted command), the commands that load the calendar chunk, for information.
const others = [
  ["calendar", "2026"],
  ["workdays", "add", "2026-02-13", "5"],
  ["lunar", "2026-02-17"],
];
const [baseline, docref, ...rest] = coldStarts([["-e", ""], [bin, "docref", "167/KH-UBND"], ...others.map((args) => [bin, ...args])]) as [
  Timing,
  Timing,
  ...Timing[],
];
console.table([
  { task: 'baseline: node -e ""', median: ms(baseline.median), min: ms(baseline.min), max: ms(baseline.max) },
  { task: "cchc docref 167/KH-UBND", median: ms(docref.median), min: ms(docref.min), max: ms(docref.max) },
  ...rest.map((t, i) => ({ task: `cchc ${others[i]!.join(" ")}`, median: ms(t.median), min: ms(t.min), max: ms(t.max) })),
]);
console.log(
  `cchc docref: ${ms(docref.median)} median (${ms(docref.median - baseline.median)} over bare Node); ` +
    `target < ${COLD_START_TARGET_MS} ms: ${verdict(docref.median < COLD_START_TARGET_MS)}`,
);

/** Writes `lines` NDJSON lines: mostly valid tallies, every 10th with a wrong total, every 1000th not JSON. */
async function writeNdjson(path: string, lines: number): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 1; i <= lines; i++) {
    const n = i % 7;
    const total = i % 10 === 0 ? n + 4 : n + 3;
    const text =
      i % 1000 === 0
        ? '{"schemaVersion":1,"unit":'
        : `{"schemaVersion":1,"unit":"Báo Bắc Ninh ${i}","month":"2026-03","items":[{"name":"tin","count":${n}},{"name":"bài","count":3}],"total":${total}}`;
    if (!out.write(`${text}\n`)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function peakRss(file: string): { mb: number; seconds: number; summary: string } {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [launcher, "validate", "test-tally", file, "--ndjson", "--json"], {
    env: { ...process.env, CCHC_REPORT_RSS: "1" },
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const kib = Number(/maxRSS=(\d+)/.exec(result.stderr)?.[1]);
  if (result.status !== 1 || !Number.isFinite(kib)) throw new Error(`unexpected run: exit ${result.status}\n${result.stderr}`);
  return { mb: kib / 1024, seconds, summary: result.stderr.split("\n")[0] ?? "" };
}

const launcher = await buildBinWithTestSchema("bench");
const dir = mkdtempSync(join(tmpdir(), "cchc-bench-"));
try {
  const small = join(dir, "1k.ndjson");
  const large = join(dir, "100k.ndjson");
  await writeNdjson(small, 1_000);
  await writeNdjson(large, 100_000);
  console.log(`\n## cchc validate --ndjson --json: peak RSS\nbaseline: the same run over 1 000 lines`);
  const a = peakRss(small);
  const b = peakRss(large);
  console.table([
    { task: "baseline: 1 000 lines", "peak RSS": `${a.mb.toFixed(1)} MB`, time: `${a.seconds.toFixed(2)} s`, summary: a.summary },
    {
      task: `100 000 lines (${(statSync(large).size / 1e6).toFixed(1)} MB)`,
      "peak RSS": `${b.mb.toFixed(1)} MB`,
      time: `${b.seconds.toFixed(2)} s`,
      summary: b.summary,
    },
  ]);
  console.log(
    `100k lines: ${b.mb.toFixed(1)} MB peak RSS (${(b.mb - a.mb).toFixed(1)} MB over 1k lines), ` +
      `${Math.round(100_000 / b.seconds).toLocaleString("en-US")} lines/s; target < ${RSS_TARGET_MB} MB: ${verdict(b.mb < RSS_TARGET_MB)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
