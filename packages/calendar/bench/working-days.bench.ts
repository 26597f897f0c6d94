/**
 * Working-day arithmetic on 1,000,000 random (date, n) pairs across 2000–2100, against two named
 * baselines, all in the same run:
 * - a luxon day-by-day loop with a holiday `Set` (built from this calendar, so it gives the same
 *   answers);
 * - a day-by-day loop over `date-holidays` (3.37.0) `isHoliday` for VN (whose data lacks substitute
 *   days and swaps, so it only measures speed).
 * Every task of a suite processes the same batch size of pairs per call, walking through the 1M pairs,
 * so ops/s ratios are ratios of pairs per second. Then: the cost of building the 1900–2199 calendar in
 * a fresh process, and the size of its tables.
 *
 * Issue 3 asks for ≥ 50× over the luxon loop, ≥ 100× over date-holidays, a build under 50 ms and
 * tables under 2 MB.
 */
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { DateTime } from "luxon";
import { epochDayToIso, toEpochDay } from "@cchc/core";
import { vietnamCalendar } from "@cchc/calendar";
import { suite } from "../../../scripts/bench-harness.js";

const require = createRequire(import.meta.url);
const Holidays = require("date-holidays") as new (country: string) => { isHoliday(date: Date): false | { type: string }[] };

const PAIRS = 1_000_000;
const ZONE = "Asia/Ho_Chi_Minh";
const cal = vietnamCalendar();
const epoch = cal.epoch;

// Deterministic pseudo-random pairs (mulberry32), dates 2000-03-01 … 2100-10-31 so every answer stays in range.
let seed = 20260209;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const first = toEpochDay({ year: 2000, month: 3, day: 1 });
const last = toEpochDay({ year: 2100, month: 10, day: 31 });
const days = new Int32Array(PAIRS);
const ns = new Int32Array(PAIRS);
const isoDays: string[] = new Array<string>(PAIRS);
for (let i = 0; i < PAIRS; i++) {
  days[i] = first + Math.floor(random() * (last - first + 1));
  ns[i] = Math.floor(random() * 61) - 30; // add: −30 … +30 working days; count: 0 … 60 calendar days (|n| × 2)
  isoDays[i] = epochDayToIso(days[i]!);
}

// The luxon baseline's data: every special day of the calendar, as ISO strings.
const offWeekdays = new Set<string>();
const workedWeekends = new Set<string>();
for (let year = 2000; year <= 2100; year++) {
  for (const d of cal.yearDays(year).days) {
    if (d.working) workedWeekends.add(d.date);
    else offWeekdays.add(d.date);
  }
}
const luxonIsWorking = (d: DateTime): boolean => {
  const iso = d.toISODate()!;
  return d.weekday <= 5 ? !offWeekdays.has(iso) : workedWeekends.has(iso);
};
const luxonAdd = (start: DateTime, n: number): DateTime => {
  let d = start;
  if (n === 0) {
    while (!luxonIsWorking(d)) d = d.plus({ days: 1 });
    return d;
  }
  const step = n > 0 ? 1 : -1;
  for (let left = Math.abs(n); left > 0; ) {
    d = d.plus({ days: step });
    if (luxonIsWorking(d)) left--;
  }
  return d;
};
const luxonCount = (from: DateTime, to: DateTime): number => {
  let count = 0;
  for (let d = from; d <= to; d = d.plus({ days: 1 })) if (luxonIsWorking(d)) count++;
  return count;
};

const hd = new Holidays("VN");
const noonUtc = (day: number): Date => new Date(day * 86_400_000 + 5 * 3_600_000); // 12:00 in Hà Nội
const dhIsWorking = (day: number): boolean => {
  const weekday = new Date(day * 86_400_000).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const h = hd.isHoliday(noonUtc(day));
  return !(h && h.some((x) => x.type === "public"));
};
const dhAdd = (start: number, n: number): number => {
  let d = start;
  if (n === 0) {
    while (!dhIsWorking(d)) d++;
    return d;
  }
  const step = n > 0 ? 1 : -1;
  for (let left = Math.abs(n); left > 0; ) {
    d += step;
    if (dhIsWorking(d)) left--;
  }
  return d;
};
const dhCount = (from: number, to: number): number => {
  let count = 0;
  for (let d = from; d <= to; d++) if (dhIsWorking(d)) count++;
  return count;
};

let sink = 0;
function batched(size: number, body: (i: number) => number): () => void {
  let cursor = 0;
  return () => {
    for (let k = 0; k < size; k++) {
      sink += body(cursor);
      cursor = cursor + 1 === PAIRS ? 0 : cursor + 1;
    }
  };
}
const span = (i: number): number => Math.abs(ns[i]!) * 2;

// Wall clock over the full 1M pairs, fast paths only (the loops would take minutes).
function wall(label: string, body: (i: number) => number): void {
  const t0 = performance.now();
  for (let i = 0; i < PAIRS; i++) sink += body(i);
  console.log(`${label}: ${(performance.now() - t0).toFixed(1)} ms for ${PAIRS.toLocaleString("en-US")} pairs`);
}
console.log("\n## full pass over the 1M pairs");
wall("epoch.addWorkingDays", (i) => epoch.addWorkingDays(days[i]!, ns[i]!));
wall("epoch.countWorkingDays", (i) => epoch.countWorkingDays(days[i]!, days[i]! + span(i)));
wall("addWorkingDays (ISO strings)", (i) => cal.addWorkingDays(isoDays[i]!, ns[i]!).length);
wall("countWorkingDays (ISO strings)", (i) => cal.countWorkingDays(isoDays[i]!, epochDayToIso(days[i]! + span(i))));

const B = 50;
const addLuxon = await suite(
  "add working days: 1M random (date, n) pairs 2000–2100, n ∈ [−30, 30]",
  { name: "baseline: luxon day-by-day loop + holiday Set", fn: batched(B, (i) => luxonAdd(DateTime.fromISO(isoDays[i]!, { zone: ZONE }), ns[i]!).day) },
  [
    { name: "cal.addWorkingDays (ISO strings)", fn: batched(B, (i) => cal.addWorkingDays(isoDays[i]!, ns[i]!).length) },
    { name: "cal.epoch.addWorkingDays (epoch days)", fn: batched(B, (i) => epoch.addWorkingDays(days[i]!, ns[i]!)) },
  ],
);
const countLuxon = await suite(
  "count working days: 1M random (date, date + 0…60 days) pairs 2000–2100",
  {
    name: "baseline: luxon day-by-day loop + holiday Set",
    fn: batched(B, (i) => {
      const from = DateTime.fromISO(isoDays[i]!, { zone: ZONE });
      return luxonCount(from, from.plus({ days: span(i) }));
    }),
  },
  [
    { name: "cal.countWorkingDays (ISO strings)", fn: batched(B, (i) => cal.countWorkingDays(isoDays[i]!, epochDayToIso(days[i]! + span(i)))) },
    { name: "cal.epoch.countWorkingDays (epoch days)", fn: batched(B, (i) => epoch.countWorkingDays(days[i]!, days[i]! + span(i))) },
  ],
);
const DH = 5;
const addDh = await suite(
  "add working days vs date-holidays 3.37.0 (VN)",
  { name: "baseline: date-holidays isHoliday day-by-day loop", fn: batched(DH, (i) => dhAdd(days[i]!, ns[i]!)) },
  [
    { name: "cal.addWorkingDays (ISO strings)", fn: batched(DH, (i) => cal.addWorkingDays(isoDays[i]!, ns[i]!).length) },
    { name: "cal.epoch.addWorkingDays (epoch days)", fn: batched(DH, (i) => epoch.addWorkingDays(days[i]!, ns[i]!)) },
  ],
);
const countDh = await suite(
  "count working days vs date-holidays 3.37.0 (VN)",
  { name: "baseline: date-holidays isHoliday day-by-day loop", fn: batched(DH, (i) => dhCount(days[i]!, days[i]! + span(i))) },
  [
    { name: "cal.countWorkingDays (ISO strings)", fn: batched(DH, (i) => cal.countWorkingDays(isoDays[i]!, epochDayToIso(days[i]! + span(i)))) },
    { name: "cal.epoch.countWorkingDays (epoch days)", fn: batched(DH, (i) => epoch.countWorkingDays(days[i]!, days[i]! + span(i))) },
  ],
);

// Building the 1900–2199 calendar, cold, in fresh processes (median of 5).
const script = `
const { createWorkCalendar, toLunar } = await import("@cchc/calendar");
const memory = () => { globalThis.gc(); const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; };
const m0 = memory();
const t0 = performance.now();
const cal = createWorkCalendar({ id: "bench", fromYear: 1900, toYear: 2199 });
cal.isWorkingDay("2026-01-01");
toLunar("2026-01-01");
const build = performance.now() - t0;
const memoryDelta = memory() - m0;
const t = cal.epoch.tables;
const typed = [t.kinds, t.cum, t.work, t.special, t.estimated].reduce((s, a) => s + a.byteLength, 0);
console.log(JSON.stringify({ build, typed, memoryDelta, reasons: t.reasons.length }));
`;
const runs = Array.from({ length: 5 }, () =>
  JSON.parse(execFileSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], { cwd: new URL(".", import.meta.url) }).toString()),
) as { build: number; typed: number; memoryDelta: number; reasons: number }[];
const builds = runs.map((r) => r.build).sort((a, b) => a - b);
console.log("\n## building the 1900–2199 calendar (fresh process: lunar table + working-day tables, cold)");
console.log(`build: median ${builds[2]!.toFixed(1)} ms (runs: ${builds.map((b) => b.toFixed(1)).join(", ")}) — target < 50 ms`);
const r0 = runs[0]!;
console.log(
  `tables: ${(r0.typed / 1024).toFixed(0)} KiB of typed arrays (${r0.reasons} day reasons); ` +
    `whole calendar in memory (heap + array buffers, after GC) ${(r0.memoryDelta / 1024).toFixed(0)} KiB — target < 2 MB`,
);

const ratio = (r: Awaited<ReturnType<typeof suite>>, name: string): number => r.rows.find((row) => row.name === name)!.ratio;
console.log("\n## summary (ratios from this run)");
for (const [label, r, target] of [
  ["add vs luxon loop", addLuxon, 50],
  ["count vs luxon loop", countLuxon, 50],
  ["add vs date-holidays", addDh, 100],
  ["count vs date-holidays", countDh, 100],
] as const) {
  const iso = ratio(r, r.rows[1]!.name);
  const fast = ratio(r, r.rows[2]!.name);
  console.log(`${label}: ISO strings ${iso.toFixed(0)}×, epoch days ${fast.toFixed(0)}× (target ≥ ${target}×)`);
}
if (sink === 42) console.log("");
