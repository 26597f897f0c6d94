/**
 * CLI measurements (against the built package: run `pnpm build` first, or `pnpm bench`):
 *
 * 1. Cold start of `cchc docref 167/KH-UBND` — median wall time of 21 spawns of the built bin, next to
 *    the named baseline `node -e ""` (bare Node start-up on the same machine). Target: < 300 ms. The
 *    calendar commands (which load the calendar chunk) are timed alongside for information.
 * 2. Throughput of `cchc validate monthly-media-report <file> --ndjson --json` (the shipped bin, by
 *    default — one worker thread per core, at most 4 — and with `--jobs 1`, this thread alone) next to the named baseline bench/ndjson-baseline.mjs — the plain script an
 *    integrator would write: readline + JSON.parse + ajv (allErrors) on the shipped JSON Schema, one JSON
 *    verdict per line — on the shipped valid example repeated 100 000 times (~4 kB a line) and on the
 *    shipped invalid example repeated 100 000 times (~0.45 kB a line). Median wall time of interleaved
 *    runs; target: cchc at least 1.5× faster on both.
 * 3. Peak RSS of the same command over 1 000 000 lines (the shipped invalid example repeated), next to
 *    the baseline of the same run over 100 000 lines: with constant memory, the two peaks stay close.
 *    The peak is read by a preloaded module (bench/report-rss.mjs) when the process exits.
 *
 * `node scripts/bench.mjs cli` runs only this file.
 */
import { spawn, spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const pkg = fileURLToPath(new URL("..", import.meta.url));
const bin = join(pkg, "dist", "bin.js");
if (!existsSync(bin)) throw new Error("Build first: pnpm build");


const COLD_START_RUNS = 21;
const COLD_START_TARGET_MS = 300;
/**
 * Memory is flat when ten times the input raises the peak RSS by at most this fraction: each V8 heap
 * (the main thread's and every worker's) settles at a size of its own choosing, a little higher on a
 * longer run, but nothing is kept per line.
 */
const RSS_GROWTH_MAX = 0.25;

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

/** Writes `count` copies of one line. */
async function writeRepeated(path: string, line: string, count: number): Promise<void> {
  const out = createWriteStream(path);
  const block = line.repeat(1000);
  for (let i = 0; i < count / 1000; i++) if (!out.write(block)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

interface Run {
  readonly seconds: number;
  readonly mb: number;
  readonly status: number | null;
  readonly stderr: string;
}

/** Runs node with `args` (stdout discarded), timing it and reading its peak RSS. */
function timed(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ["--import", rssReporter, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.on("error", reject);
    child.on("close", (status) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const kib = Number(/maxRSS=(\d+)/.exec(stderr)?.[1]);
      if (!Number.isFinite(kib)) reject(new Error(`no RSS reported: exit ${status}\n${stderr}`));
      else resolve({ seconds, mb: kib / 1024, status, stderr });
    });
  });
}

const rssReporter = pathToFileURL(join(pkg, "bench", "report-rss.mjs")).href;
const baselineScript = join(pkg, "bench", "ndjson-baseline.mjs");
const schemaFile = join(pkg, "..", "reports", "schemas", "monthly-media-report.schema.json");
/** The command timed: by default (`jobs` undefined) with one worker thread per core, at most 4. */
const cchc = (file: string, jobs?: number) => [
  bin,
  "validate",
  "monthly-media-report",
  file,
  "--ndjson",
  "--json",
  "--lang",
  "en",
  ...(jobs === undefined ? [] : ["--jobs", String(jobs)]),
];
/** Worker threads the default starts on this machine (as run-validation.ts counts them). */
const DEFAULT_JOBS = Math.min(4, Math.max(1, availableParallelism()));
const THROUGHPUT_LINES = 100_000;
const THROUGHPUT_ROUNDS = 3;
const THROUGHPUT_TARGET = 1.5;

const dir = mkdtempSync(join(tmpdir(), "cchc-bench-"));
try {
  console.log(
    `\n## cchc validate monthly-media-report --ndjson --json: ${THROUGHPUT_LINES.toLocaleString("en-US")} lines (median of ${THROUGHPUT_ROUNDS} interleaved runs)\n` +
      `baseline: bench/ndjson-baseline.mjs (readline + JSON.parse + ajv allErrors on the shipped JSON Schema, one verdict per line)`,
  );
  const rows: Record<string, string>[] = [];
  const ratios: string[] = [];
  for (const kind of ["valid", "invalid"] as const) {
    const shipped = readFileSync(join(pkg, "..", "reports", "examples", `monthly-media-report.${kind}.json`), "utf8");
    const file = join(dir, `${kind}.ndjson`);
    await writeRepeated(file, `${JSON.stringify(JSON.parse(shipped))}\n`, THROUGHPUT_LINES);
    const base: Run[] = [];
    const ours: Run[] = [];
    const threaded: Run[] = [];
    for (let round = 0; round < THROUGHPUT_ROUNDS; round++) {
      base.push(await timed([baselineScript, schemaFile, file]));
      ours.push(await timed(cchc(file, 1)));
      threaded.push(await timed(cchc(file)));
    }
    const expected = kind === "valid" ? 0 : 1;
    for (const r of [...base, ...ours, ...threaded]) if (r.status !== expected) throw new Error(`unexpected exit ${r.status} on ${kind} input\n${r.stderr}`);
    const b = median(base.map((r) => r.seconds));
    const o = median(ours.map((r) => r.seconds));
    const t = median(threaded.map((r) => r.seconds));
    const mb = (runs: Run[]) => `${Math.max(...runs.map((r) => r.mb)).toFixed(1)} MB`;
    const size = `${(statSync(file).size / 1e6).toFixed(1)} MB`;
    rows.push({ input: `${kind} (${size})`, task: "baseline: readline + JSON.parse + ajv", time: `${b.toFixed(2)} s`, "peak RSS": mb(base) });
    rows.push({ input: `${kind} (${size})`, task: `cchc validate --ndjson --json (default: ${DEFAULT_JOBS} worker threads here)`, time: `${t.toFixed(2)} s`, "peak RSS": mb(threaded) });
    rows.push({ input: `${kind} (${size})`, task: "cchc validate --ndjson --json --jobs 1 (one thread)", time: `${o.toFixed(2)} s`, "peak RSS": mb(ours) });
    for (const [label, seconds] of [["cchc (default)", t], ["cchc --jobs 1", o]] as const) {
      const ratio = b / seconds;
      ratios.push(
        `${kind}: ${label} ${ratio >= 1 ? `${ratio.toFixed(2)}× faster` : `${(1 / ratio).toFixed(2)}× slower`} than the baseline ` +
          `(target ≥ ${THROUGHPUT_TARGET}× faster: ${verdict(ratio >= THROUGHPUT_TARGET)})`,
      );
    }
    rmSync(file, { force: true });
  }
  console.table(rows);
  for (const line of ratios) console.log(line);

  console.log(`\n## cchc validate monthly-media-report --ndjson --json: peak RSS, 100 000 vs 1 000 000 lines\nbaseline: the same run over 100 000 lines`);
  const invalidLine = `${JSON.stringify(JSON.parse(readFileSync(join(pkg, "..", "reports", "examples", "monthly-media-report.invalid.json"), "utf8")))}\n`;
  const small = join(dir, "100k.ndjson");
  const large = join(dir, "1m.ndjson");
  await writeRepeated(small, invalidLine, 100_000);
  await writeRepeated(large, invalidLine, 1_000_000);
  const a = await timed(cchc(small));
  const c = await timed(cchc(large));
  for (const r of [a, c]) if (r.status !== 1) throw new Error(`unexpected run: exit ${r.status}\n${r.stderr}`);
  console.table([
    { task: "baseline: 100 000 lines", "peak RSS": `${a.mb.toFixed(1)} MB`, time: `${a.seconds.toFixed(2)} s`, summary: a.stderr.split("\n")[0] ?? "" },
    { task: "1 000 000 lines", "peak RSS": `${c.mb.toFixed(1)} MB`, time: `${c.seconds.toFixed(2)} s`, summary: c.stderr.split("\n")[0] ?? "" },
  ]);
  const growth = c.mb / a.mb - 1;
  console.log(
    `1M lines: ${c.mb.toFixed(1)} MB peak RSS, ${(growth * 100).toFixed(0)}% over 100k (${(c.mb - a.mb).toFixed(1)} MB), ` +
      `${Math.round(1_000_000 / c.seconds).toLocaleString("en-US")} lines/s; target ≤ ${RSS_GROWTH_MAX * 100}% for ten times the input: ${verdict(growth <= RSS_GROWTH_MAX)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
