/**
 * @cchc/intake measurements (against the built packages: `pnpm bench`, or `pnpm build` then
 * `node scripts/bench.mjs intake`):
 *
 * 1. Submissions per second over loopback HTTP — the intake server (its Web handler on @cchc/http's
 *    hardened node:http server, as the example serves it) storing each submission as a new revision in
 *    one transaction, on PGlite (in memory) and on a throw-away PostgreSQL server — next to the named
 *    baseline: the node-api example's validation-only POST /reports/monthly-media-report (same payload,
 *    same client, same server limits, same machine). 8 concurrent clients, 2 000 requests each run;
 *    p50/p99 latency and requests per second.
 * 2. The synthesis of a month from 100 stored monthly media reports (the broadcaster and the 99
 *    communes) and the status board of 12 months × all 42 actors of the plan: median of 21 runs,
 *    target < 50 ms, next to the named baseline — `synthesizeReports` of the same 100 reports in
 *    memory, validating them (what a caller without the intake computes). The parts are shown too:
 *    the synthesis without re-validating its inputs, the payloads read from the database without the
 *    intake's payload cache, and the intake's synthesis with that cache off.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { serveFetch } from "@cchc/http";
import { ACTOR_IDS, BAC_NINH_COMMUNE_ROWS } from "@cchc/plan";
import { reportObligation, synthesizeReports } from "@cchc/reports";
import { canonicalJson, createIntake, createIntakeHandler, sqlStorage, type Intake, type SqlClient } from "@cchc/intake";
import { Database, periodSynthesis, Storage } from "@cchc/intake/effect";
import { Effect } from "effect";
import { startReportServer } from "../../../examples/node-api/src/server.js";
import { startPostgresServer } from "../test/support/postgres-server.js";

const TOKEN = "bench-token-bao-ptth-000000000";
const report = JSON.parse(readFileSync(new URL("../../reports/examples/monthly-media-report.valid.json", import.meta.url), "utf8")) as Record<string, unknown>;
const CLIENTS = 8;
const REQUESTS = 2000;

interface LoadResult {
  readonly name: string;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly statuses: string;
}

async function load(name: string, url: string, headers: Record<string, string>): Promise<LoadResult> {
  let next = 0;
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (next < REQUESTS) {
        const i = next++;
        const t = performance.now();
        const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ ...report, notes: `bench ${i}` }) });
        await res.arrayBuffer();
        latencies.push(performance.now() - t);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
  return { name, perSecond: REQUESTS / seconds, p50: pct(50), p99: pct(99), statuses: [...statuses].map(([s, n]) => `${s}×${n}`).join(" ") };
}

async function intakeLoad(name: string, intake: Intake): Promise<LoadResult> {
  const server = await serveFetch(createIntakeHandler(intake));
  try {
    return await load(name, `${server.url}/reports/monthly-media-report`, { authorization: `Bearer ${TOKEN}` });
  } finally {
    await server.close();
  }
}

const tokens = { [TOKEN]: "bao-ptth-bac-ninh" };
const results: LoadResult[] = [];
{
  const server = await startReportServer();
  results.push(await load("baseline: node-api example, validation only", `${server.url}/reports/monthly-media-report`, {}));
  await server.close();
}
{
  const intake = await createIntake({ tokens, clock: () => Date.parse("2026-03-06T09:30:00+07:00") });
  results.push(await intakeLoad("intake, PGlite (in memory)", intake));
  await intake.close();
}
const pgServer = await startPostgresServer();
try {
  const intake = await createIntake({ tokens, database: { kind: "postgres", url: await pgServer.createDatabase() }, clock: () => Date.parse("2026-03-06T09:30:00+07:00") });
  results.push(await intakeLoad("intake, PostgreSQL server (pool of 10)", intake));
  await intake.close();
} finally {
  await pgServer.stop();
}
const base = results[0]!.perSecond;
console.log(`\n## submissions over loopback HTTP (${CLIENTS} clients, ${REQUESTS} requests each)\nbaseline: ${results[0]!.name}`);
console.table(
  results.map((r) => ({
    server: r.name,
    "req/s": Math.round(r.perSecond),
    "p50 ms": r.p50.toFixed(1),
    "p99 ms": r.p99.toFixed(1),
    "× baseline": r.perSecond >= base ? `${(r.perSecond / base).toFixed(2)}× faster` : `${(base / r.perSecond).toFixed(2)}× slower`,
    statuses: r.statuses,
  })),
);

// 2. Synthesis and board on PGlite.
const media = reportObligation("monthly-media-report")!;
const everyone = { ...media, who: ACTOR_IDS.map((id) => ({ id, name: { vi: id, en: id } })) };
const intake = await createIntake({
  clock: () => Date.parse("2026-07-15T09:00:00+07:00"),
  scheduled: [{ schema: "monthly-media-report", obligation: everyone }],
  difficultyRecipients: ["so-vhttdl"],
});
const units = [["bao-ptth-bac-ninh", undefined] as const, ...BAC_NINH_COMMUNE_ROWS.map(([code]) => ["ubnd-xa-phuong", code] as const)];
const payloads = units.map(([actor, communeCode], i) => ({ ...report, unit: { actor, ...(communeCode ? { communeCode } : {}) }, reportId: `R-${i}` }));
const db = await intake.run(
  Effect.flatMap(Database, (database) =>
    Effect.promise(async () => {
      const storage = sqlStorage(database);
      for (const [i, [actor, communeCode]] of units.entries()) {
        const payload = payloads[i]!;
        await storage.submit({
          key: { schema: "monthly-media-report", unit: communeCode ? `${actor}:${communeCode}` : actor, period: "2026-02" },
          payload,
          contentHash: createHash("sha256").update(canonicalJson(payload)).digest("hex"),
          receivedAtMs: Date.parse("2026-07-06T09:00:00+07:00"),
          submittedBy: actor,
          timeliness: { status: "on-time" },
        });
      }
      return database;
    }),
  ),
);
if (!db.ok || units.length !== 100) throw new Error("the 100 reports were not stored");
const uncached = sqlStorage(db.value as SqlClient, { payloadCacheBytes: 0 });

const ok = <T>(value: T) => ({ ok: true as const, value });
async function median(run: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const t = performance.now();
    const r = (await run()) as { ok: boolean; error?: unknown };
    times.push(performance.now() - t);
    if (!r.ok) throw new Error(`failed: ${JSON.stringify(r.error)}`);
  }
  return times.sort((a, b) => a - b)[10]!;
}

const options = { coverage: { from: "2026-02", to: "2026-02" }, generatedAt: "2026-07-15T09:00:00+07:00" };
const tasks: [name: string, run: () => Promise<unknown> | unknown, budgetMs?: number][] = [
  ["baseline: synthesizeReports of the 100 reports in memory, validating them", () => synthesizeReports({ media: payloads }, options)],
  ["synthesizeReports of the 100 stored values, validatedInputs", () => synthesizeReports({ media: payloads }, { ...options, validatedInputs: true })],
  ["the 100 payloads read from the database (no payload cache)", async () => ok(await uncached.latestInPeriods("monthly-media-report", ["2026-02"]))],
  ["intake synthesis of 2026-02, payload cache off", () => intake.run(Effect.provideService(periodSynthesis("2026-02"), Storage, uncached)), 50],
  ["intake synthesis of 2026-02 (GET /synthesis/2026-02)", () => intake.synthesis("2026-02"), 50],
  [`status board 2026, 12 months × ${ACTOR_IDS.length} actors (GET /status/2026)`, () => intake.statusBoard(2026), 50],
];
const medians: number[] = [];
for (const [, run] of tasks) medians.push(await median(run));
console.log("\n## synthesis and board (PGlite, median of 21 runs)\nbaseline: " + tasks[0]![0]);
console.table(
  tasks.map(([name, , budget], i) => ({
    task: name,
    "median ms": medians[i]!.toFixed(1),
    "× baseline": medians[i]! <= medians[0]! ? `${(medians[0]! / medians[i]!).toFixed(2)}× faster` : `${(medians[i]! / medians[0]!).toFixed(2)}× slower`,
    budget: budget === undefined ? "" : `${budget} ms: ${medians[i]! < budget ? "within" : "OVER"}`,
  })),
);
await intake.close();
