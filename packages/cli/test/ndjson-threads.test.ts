/**
 * `cchc validate --ndjson` on worker threads gives the single-threaded output byte for byte: the built
 * bin (dist/bin.js, whose dist/bin-lazy/ndjson-worker.js the workers run) is spawned with `--jobs 1` and
 * with `--jobs 2` / `--jobs 3` and the default (through stdin, so that the input comes in many blocks) on generated NDJSON — valid and broken monthly media reports, reports of
 * the wrong sender, text that is not JSON or not UTF-8, duplicate keys, blank lines, CRLF endings — and
 * the two outputs, exit codes and summary counts must agree. Needs `pnpm build` first.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const pkg = fileURLToPath(new URL("..", import.meta.url));
const bin = join(pkg, "dist", "bin.js");
const examples = join(pkg, "..", "reports", "examples");
const valid = JSON.parse(readFileSync(join(examples, "monthly-media-report.valid.json"), "utf8")) as Record<string, unknown> & {
  totals: Record<string, number> & { newsItems: number };
};
const shippedInvalid = JSON.stringify(JSON.parse(readFileSync(join(examples, "monthly-media-report.invalid.json"), "utf8")));
const wrongSender = JSON.stringify(JSON.parse(readFileSync(join(examples, "monthly-media-report.invalid-sender.json"), "utf8")));
let dir = "";

beforeAll(() => {
  if (!existsSync(bin)) throw new Error("packages/cli/dist is missing: run `pnpm build` before these tests.");
  dir = mkdtempSync(join(tmpdir(), "cchc-threads-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One NDJSON line as bytes: the kinds of line a real export holds, good and bad. */
const line: fc.Arbitrary<Buffer> = fc.oneof(
  fc.nat(50).map((n) => Buffer.from(JSON.stringify({ ...valid, reportId: `BPTTH-${n}` }))),
  fc.nat(50).map((n) => Buffer.from(JSON.stringify({ ...valid, totals: { ...valid.totals, newsItems: valid.totals.newsItems + n + 1 } }))),
  fc.constant(Buffer.from(shippedInvalid)),
  fc.constant(Buffer.from(wrongSender)),
  fc.constant(Buffer.from(`{"schemaVersion": 2, "schemaVersion": 2}`)),
  fc.constant(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d])),
  fc.string({ maxLength: 30 }).map((s) => Buffer.from(s)),
  fc.constantFrom(Buffer.from(""), Buffer.from("   "), Buffer.from("\r")),
);

/** Runs the bin on `file`, or on its bytes through stdin (read in pipe-sized chunks of 64 KiB: many blocks) with `stdin`. */
function cchc(file: string, args: readonly string[], stdin = false): { status: number | null; stdout: string; summary: string } {
  const r = spawnSync(process.execPath, [bin, "validate", "monthly-media-report", stdin ? "-" : file, "--ndjson", ...args], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    ...(stdin ? { input: readFileSync(file) } : {}),
  });
  const output = args.includes("--json") ? r.stderr : r.stdout;
  // The summary ends with the run's duration, which differs between runs.
  return { status: r.status, stdout: args.includes("--json") ? r.stdout : r.stdout.replace(/\([\d.]+ (?:s|giây)\)\.\n$/, ""), summary: output.replace(/\([\d.]+ (?:s|giây)\)/, "") };
}

describe("cchc validate --ndjson on worker threads", () => {
  it("prints what the single-threaded run prints, in input order (--json and human, vi and en)", () => {
    let run = 0;
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 400 }),
        fc.boolean(),
        fc.constantFrom(["--json"], ["--json", "--lang", "en"], [], ["--shape-only", "--json"]),
        fc.constantFrom("2", "3"),
        (lines, crlf, args, jobs) => {
          const file = join(dir, `input-${run++}.ndjson`);
          writeFileSync(file, Buffer.concat(lines.flatMap((l) => [l, Buffer.from(crlf ? "\r\n" : "\n")])));
          const single = cchc(file, [...args, "--jobs", "1"]);
          // Through stdin, the input comes in 64 KiB chunks: the first block is validated on this thread, the others on the workers.
          for (const threaded of [cchc(file, [...args, "--jobs", jobs], true), cchc(file, args, true)]) {
            expect(threaded.status).toBe(single.status);
            expect(threaded.stdout).toBe(single.stdout);
            expect(threaded.summary).toBe(single.summary);
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 300_000);

  it("keeps the order over many blocks (a 30 000-line input, each line numbered in its report)", () => {
    const file = join(dir, "long.ndjson");
    const lines = Array.from({ length: 30_000 }, (_, i) => (i % 7 === 3 ? shippedInvalid : JSON.stringify({ ...valid, reportId: `R-${i}` })));
    writeFileSync(file, `${lines.join("\n")}\n`);
    const single = cchc(file, ["--json", "--jobs", "1"]);
    const threaded = cchc(file, ["--json", "--jobs", "2"]);
    expect(threaded.status).toBe(1);
    expect(threaded.stdout).toBe(single.stdout);
    const numbers = threaded.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { line: number }).line);
    expect(numbers).toEqual(Array.from({ length: 30_000 }, (_, i) => i + 1));
  }, 300_000);

  it("refuses a --jobs that is not 1–64 (exit 2, on stderr)", () => {
    for (const jobs of ["0", "65", "two", "-1"]) {
      const r = spawnSync(process.execPath, [bin, "validate", "monthly-media-report", "-", "--ndjson", "--jobs", jobs, "--lang", "en"], { input: "", encoding: "utf8" });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`"${jobs}" is not a valid number of threads: a whole number from 1 to 64 is needed.`);
    }
  });
});
