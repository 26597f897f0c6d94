/**
 * CLI measurements (against the built package: run `pnpm build` first, or `pnpm bench`):
 *
 * 1. Cold start of `cchc docref 167/KH-UBND` — median wall time of 21 spawns of the built bin, next to
 *    the named baseline `node -e ""` (bare Node start-up on the same machine). Target: < 300 ms. The
 *    calendar commands (which load the calendar chunk) are timed alongside for information.
 * 2. Peak RSS of `cchc validate monthly-media-report --ndjson --json` (the shipped bin and the schema of
 *    @cchc/reports) over 100 000 monthly media reports (~4 kB each, made from the package's valid
 *    example: every 10th with totals that do not add up, every 1000th cut short), next to the baseline of
 *    the same run over 1 000 reports (with constant memory, the two peaks stay close). Target: < 150 MB.
 *    The peak is read by a preloaded module (bench/report-rss.mjs) when the process exits.
 *
 * `node scripts/bench.mjs cli` runs only this file.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

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
// Besides docref (the budgeted command), commands that load a lazy module (calendar; plan, deadlines and zod), for information.
const others = [
  ["calendar", "2026"],
  ["workdays", "add", "2026-02-13", "5"],
  ["lunar", "2026-02-17"],
  ["deadlines", "2026"],
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

const example = JSON.parse(readFileSync(join(pkg, "..", "reports", "examples", "monthly-media-report.valid.json"), "utf8")) as {
  reportId: string;
  documentNumber: string;
  totals: { newsItems: number };
};

/** Writes `lines` monthly media reports, one per line: every 10th with a wrong total, every 1000th not JSON. */
async function writeNdjson(path: string, lines: number): Promise<void> {
  const out = createWriteStream(path);
  for (let i = 1; i <= lines; i++) {
    const report = {
      ...example,
      reportId: `BPTTH-CCHC-2026-02-${i}`,
      documentNumber: `${i}/BC-BPTTH`,
      totals: { ...example.totals, newsItems: example.totals.newsItems + (i % 10 === 0 ? 1 : 0) },
    };
    const text = JSON.stringify(report);
    const line = i % 1000 === 0 ? text.slice(0, 100) : text;
    if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function peakRss(file: string): { mb: number; seconds: number; summary: string } {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--import", rssReporter, bin, "validate", "monthly-media-report", file, "--ndjson", "--json", "--lang", "en"], {
    stdio: ["ignore", "ignore", "pipe"],
    encoding: "utf8",
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const kib = Number(/maxRSS=(\d+)/.exec(result.stderr)?.[1]);
  if (result.status !== 1 || !Number.isFinite(kib)) throw new Error(`unexpected run: exit ${result.status}\n${result.stderr}`);
  return { mb: kib / 1024, seconds, summary: result.stderr.split("\n")[0] ?? "" };
}

const rssReporter = pathToFileURL(join(pkg, "bench", "report-rss.mjs")).href;
const dir = mkdtempSync(join(tmpdir(), "cchc-bench-"));
try {
  const small = join(dir, "1k.ndjson");
  const large = join(dir, "100k.ndjson");
  await writeNdjson(small, 1_000);
  await writeNdjson(large, 100_000);
  console.log(`\n## cchc validate monthly-media-report --ndjson --json: peak RSS\nbaseline: the same run over 1 000 reports`);
  const a = peakRss(small);
  const b = peakRss(large);
  console.table([
    { task: "baseline: 1 000 reports", "peak RSS": `${a.mb.toFixed(1)} MB`, time: `${a.seconds.toFixed(2)} s`, summary: a.summary },
    {
      task: `100 000 reports (${(statSync(large).size / 1e6).toFixed(1)} MB)`,
      "peak RSS": `${b.mb.toFixed(1)} MB`,
      time: `${b.seconds.toFixed(2)} s`,
      summary: b.summary,
    },
  ]);
  console.log(
    `100k monthly reports: ${b.mb.toFixed(1)} MB peak RSS (${(b.mb - a.mb).toFixed(1)} MB over 1k), ` +
      `${Math.round(100_000 / b.seconds).toLocaleString("en-US")} reports/s; target < ${RSS_TARGET_MB} MB: ${verdict(b.mb < RSS_TARGET_MB)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
