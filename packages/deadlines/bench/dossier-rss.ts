/**
 * Child process of dossier.bench.ts: streams N generated dossiers (never held in memory) through
 * aggregateDossiers and prints one JSON line with the time and the peak resident set size.
 */
import { aggregateDossiers } from "@cchc/deadlines";
import { benchCalendar } from "./bench-calendar.js";
import { generateDossiers } from "./generate.js";

const count = Number(process.argv[2] ?? 100_000);

/** Heap still in use after a full collection (run with --expose-gc): what the aggregation retains. */
function heapAfterGc(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  return Math.round((process.memoryUsage().heapUsed / 1048576) * 10) / 10;
}
const calendar = benchCalendar();
const started = performance.now();
const report = aggregateDossiers(generateDossiers(count), { calendar, asOf: "2027-01-01T00:00:00+07:00" });
const ms = performance.now() - started;
if (!report.ok) throw report.error;
console.log(
  JSON.stringify({
    count,
    classified: report.value.classified,
    rejected: report.value.rejectedCount,
    groups: report.value.groups.length,
    ms: Math.round(ms),
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    heapAfterGcMiB: heapAfterGc(),
  }),
);
