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
 * 2. The synthesis of the year 2026 from the stored year — the broadcaster's 12 monthly media reports and
 *    the 20 agencies' annual reports, every report the plan's rules (V.5: who sends what) let into one
 *    synthesis, among 72 stored reports — and of 2026-Q1; the status board of 12 months × all 42 actors
 *    of the plan: median of 21 runs, target < 50 ms, next to the named baseline — `synthesizeReports` of
 *    the same reports in memory, validating them (what a caller without the intake computes). The parts
 *    are shown too: the synthesis without re-validating its inputs, the payloads read from the database
 *    without the intake's payload cache, and the intake's synthesis with that cache off. (Before the
 *    plan's rules, this measured 100 monthly media reports of the broadcaster and the 99 communes; the
 *    plan asks that report of the broadcaster alone, so no valid synthesis has 100 sources.)
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { serveFetch } from "@cchc/http";
import { ACTOR_IDS, actorAndGroups, BAC_NINH_COMMUNE_ROWS, bacNinh2026Plan } from "@cchc/plan";
import { reportObligation, synthesizeReports, validateReport } from "@cchc/reports";
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
// The stored year: every report the plan's rules let into the synthesis of 2026 — the broadcaster's 12
// monthly media reports and the annual agency report of each of the 20 agencies that owe one (V.5) — and
// those agencies' reports of 2026-Q1 and 2026-H1 beside them: 72 stored reports, submitted
// through the intake (validated, the plan's rules checked, one transaction each).
const agencyExample = JSON.parse(readFileSync(new URL("../../reports/examples/agency-communication-report.valid.json", import.meta.url), "utf8")) as Record<string, unknown>;
const plan = bacNinh2026Plan();
const agencySenders = plan.reporting.find((edge) => edge.id === "agencies-cchc-report")!.from;
const agencies = plan.actors.filter((a) => a.members.length === 0 && actorAndGroups(plan, a.id).some((g) => agencySenders.includes(g))).map((a) => a.id);
const monthsOf2026 = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`);
// The example's broadcasts are dated in its month (February): each month's report dates them in its own.
const monthly = monthsOf2026.map((month) => ({ ...(JSON.parse(JSON.stringify(report).replaceAll('"2026-02-', `"${month}-`)) as Record<string, unknown>), month, reportId: `BPTTH-${month}` }));
const windows: Readonly<Record<string, { start: string; end: string }>> = {
  "2026-Q1": { start: "2025-12-15", end: "2026-03-14" },
  "2026-H1": { start: "2025-12-15", end: "2026-06-14" },
  "2026": { start: "2025-12-15", end: "2026-12-14" },
};
const agencyReports = agencies.flatMap((actor) =>
  Object.entries(windows).map(([period, window]) => ({ ...agencyExample, agency: { actor }, period, window, reportId: `${actor}-${period}` })),
);
const year = await createIntake({ clock: () => Date.parse("2027-01-20T09:00:00+07:00") });
const toStore: [schema: string, payload: unknown, unit: string][] = [
  ...monthly.map((payload) => ["monthly-media-report", payload, "bao-ptth-bac-ninh"] as [string, unknown, string]),
  ...agencyReports.map((payload) => ["agency-communication-report", payload, payload.agency.actor] as [string, unknown, string]),
];
for (const [schema, payload, unit] of toStore) {
  const r = await year.submit(schema, payload, unit);
  if (!r.ok) throw new Error(`${schema} of ${unit}: ${r.error.messages.en} ${JSON.stringify("issues" in r.error ? r.error.issues : [])}`);
}
const yearSources = { media: monthly, agencies: agencyReports.filter((r) => r.period === "2026") };
const sourceCount = yearSources.media.length + yearSources.agencies.length;
const yearDb = await year.run(Database);
if (!yearDb.ok) throw new Error("no database");
const uncached = sqlStorage(yearDb.value as SqlClient, { payloadCacheBytes: 0 });

// The board: 12 months × every one of the plan's 42 actors owing the monthly media report (a stress
// case: the plan asks it of the broadcaster alone), the broadcaster's and the 99 communes' February
// stored directly — the board reads receipts, not the reports' senders.
const media = reportObligation("monthly-media-report")!;
const everyone = { ...media, who: ACTOR_IDS.map((id) => ({ id, name: { vi: id, en: id } })) };
const intake = await createIntake({
  clock: () => Date.parse("2026-07-15T09:00:00+07:00"),
  scheduled: [{ schema: "monthly-media-report", obligation: everyone }],
  difficultyRecipients: ["so-vhttdl"],
});
const units = [["bao-ptth-bac-ninh", undefined] as const, ...BAC_NINH_COMMUNE_ROWS.map(([code]) => ["ubnd-xa-phuong", code] as const)];
const stored = await intake.run(
  Effect.flatMap(Database, (database) =>
    Effect.promise(async () => {
      const storage = sqlStorage(database);
      for (const [i, [actor, communeCode]] of units.entries()) {
        const payload = { ...report, unit: { actor, ...(communeCode ? { communeCode } : {}) }, reportId: `R-${i}` };
        await storage.submit({
          key: { schema: "monthly-media-report", unit: communeCode ? `${actor}:${communeCode}` : actor, period: "2026-02" },
          payload,
          contentHash: createHash("sha256").update(canonicalJson(payload)).digest("hex"),
          receivedAtMs: Date.parse("2026-07-06T09:00:00+07:00"),
          submittedBy: actor,
          timeliness: { status: "on-time" },
        });
      }
      return units.length;
    }),
  ),
);
if (!stored.ok || stored.value !== 100) throw new Error("the 100 receipts were not stored");

const ok = <T>(value: T) => ({ ok: true as const, value });
/** Median of 21 timed runs, after 5 untimed ones (the JIT warmed, the caches filled, as in a running server). */
async function median(run: () => Promise<unknown> | unknown): Promise<number> {
  for (let i = 0; i < 5; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const t = performance.now();
    const r = (await run()) as { ok: boolean; error?: unknown };
    times.push(performance.now() - t);
    if (!r.ok) throw new Error(`failed: ${JSON.stringify(r.error)}`);
  }
  return times.sort((a, b) => a - b)[10]!;
}

const options = { coverage: { from: "2026-01", to: "2026-12" }, generatedAt: "2027-01-20T09:00:00+07:00" };
const storedValues = {
  media: yearSources.media.map((r) => validateReport("monthly-media-report", r)).map((r) => (r.valid ? r.value : undefined)),
  agencies: yearSources.agencies.map((r) => validateReport("agency-communication-report", r)).map((r) => (r.valid ? r.value : undefined)),
};
const tasks: [name: string, run: () => Promise<unknown> | unknown, budgetMs?: number][] = [
  [`baseline: synthesizeReports of the ${sourceCount} reports in memory, validating them (the plan's rules included)`, () => synthesizeReports(yearSources, options)],
  [`synthesizeReports of the ${sourceCount} validated values, validatedInputs`, () => synthesizeReports(storedValues, { ...options, validatedInputs: true })],
  [`the ${sourceCount} payloads read from the database (no payload cache)`, async () => ok([...(await uncached.latestInPeriods("monthly-media-report", monthsOf2026)), ...(await uncached.latestInPeriods("agency-communication-report", ["2026"]))])],
  [`intake synthesis of 2026 (${sourceCount} of the 72 stored reports), payload cache off`, () => year.run(Effect.provideService(periodSynthesis("2026"), Storage, uncached)), 50],
  [`intake synthesis of 2026 (GET /synthesis/2026: ${sourceCount} of the 72 stored reports)`, () => year.synthesis("2026"), 50],
  ["intake synthesis of 2026-Q1 (GET /synthesis/2026-Q1: 3 monthly + 20 quarterly reports)", () => year.synthesis("2026-Q1"), 50],
  [`status board 2026, 12 months × ${ACTOR_IDS.length} actors, 100 receipts (GET /status/2026)`, () => intake.statusBoard(2026), 50],
];
const medians: number[] = [];
for (const [, run] of tasks) medians.push(await median(run));
console.log("\n## synthesis and board (PGlite, median of 21 runs after 5 warm-up runs)\nbaseline: " + tasks[0]![0]);
console.table(
  tasks.map(([name, , budget], i) => ({
    task: name,
    "median ms": medians[i]!.toFixed(1),
    "× baseline": medians[i]! <= medians[0]! ? `${(medians[0]! / medians[i]!).toFixed(2)}× faster` : `${(medians[i]! / medians[0]!).toFixed(2)}× slower`,
    budget: budget === undefined ? "" : `${budget} ms: ${medians[i]! < budget ? "within" : "OVER"}`,
  })),
);
await intake.close();
await year.close();
