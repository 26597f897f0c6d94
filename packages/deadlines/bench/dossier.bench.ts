/**
 * Dossier timeliness: classify and aggregate generated dossiers (bench/generate.ts) with
 * @cchc/deadlines against the named baseline — the same logic on luxon DateTimes with day-by-day
 * working-day loops (bench/luxon-baseline.ts). Then: 1 000 000 records from memory on one core, and
 * peak RSS when 100 000, 1 000 000 and 3 000 000 records are streamed from a generator (child processes).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { aggregateDossiers } from "@cchc/deadlines";
import { suite } from "../../../scripts/bench-harness.js";
import { benchCalendar, holidaySets } from "./bench-calendar.js";
import { generateDossiers } from "./generate.js";
import { classifyWithLuxon } from "./luxon-baseline.js";

const calendar = benchCalendar();
const holidays = holidaySets(calendar);
const options = { calendar, asOf: "2027-01-01T00:00:00+07:00" } as const;

const SAMPLE = 10_000;
const sample = [...generateDossiers(SAMPLE)] as Record<string, unknown>[];
let sink = 0;
await suite(
  `dossiers: classify + aggregate ${SAMPLE.toLocaleString("en-US")} records`,
  { name: "baseline: luxon, day-by-day working-day loops", fn: () => (sink += classifyWithLuxon(sample, holidays).size) },
  [{ name: "@cchc/deadlines aggregateDossiers", fn: () => (sink += aggregateDossiers(sample, options).ok ? 1 : 0) }],
  { time: 2000, iterations: 3 },
);

const MILLION = 1_000_000;
const million = [...generateDossiers(MILLION)];
const times: number[] = [];
for (let run = 0; run < 3; run++) {
  const t = performance.now();
  const r = aggregateDossiers(million, options);
  times.push(performance.now() - t);
  if (!r.ok) throw r.error;
  sink += r.value.classified;
}
console.log(`\n## 1 000 000 dossiers from memory, one core\nruns (ms): ${times.map((t) => Math.round(t)).join(", ")}; best ${Math.round(Math.min(...times))} ms`);

const child = fileURLToPath(new URL("./dossier-rss.ts", import.meta.url));
console.log("\n## streaming from a generator: peak RSS (child processes)");
console.log("(peak RSS follows V8's heap growth and levels off; heapAfterGcMiB is what stays in use)");
for (const n of [100_000, 1_000_000, 3_000_000]) {
  const out = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", child, String(n)], { encoding: "utf8" });
  if (out.status !== 0) throw new Error(out.stderr);
  console.log(out.stdout.trim());
}
if (sink === -1) console.log("");
