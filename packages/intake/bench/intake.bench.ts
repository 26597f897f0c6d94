/**
 * @cchc/intake measurements (against the built packages: `pnpm bench`, or `pnpm build` then
 * `node scripts/bench.mjs intake`):
 *
 * 1. Submissions per second over loopback HTTP — the intake server (Web handler on node:http, the
 *    example's glue) storing each submission as a new revision in one transaction, on PGlite (in
 *    memory) and on a throw-away PostgreSQL server — next to the named baseline: the node-api example's
 *    validation-only POST /reports/monthly-media-report (same payload, same client, same machine).
 *    8 concurrent clients, 2 000 requests each run; p50/p99 latency and requests per second.
 * 2. The status board of 12 months × all 42 actors of the plan, and the synthesis of a month from 100
 *    stored monthly media reports (the broadcaster and the 99 communes): median of 21 runs, target < 50 ms.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { ACTOR_IDS, BAC_NINH_COMMUNE_ROWS } from "@cchc/plan";
import { reportObligation } from "@cchc/reports";
import { canonicalJson, createIntake, createIntakeHandler, sqlStorage, type Intake } from "@cchc/intake";
import { Database } from "@cchc/intake/effect";
import { Effect } from "effect";
import { createReportApi } from "../../../examples/node-api/src/app.js";
import { serve } from "../../../examples/intake-server/src/node-http.js";
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
  const server = await serve(createIntakeHandler(intake));
  try {
    return await load(name, `${server.url}/reports/monthly-media-report`, { authorization: `Bearer ${TOKEN}` });
  } finally {
    await server.close();
  }
}

const tokens = { [TOKEN]: "bao-ptth-bac-ninh" };
const results: LoadResult[] = [];
{
  const server = createServer(createReportApi());
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  results.push(await load("baseline: node-api example, validation only", `http://127.0.0.1:${port}/reports/monthly-media-report`, {}));
  await new Promise((r) => server.close(r));
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

// 2. Board and synthesis on PGlite.
const media = reportObligation("monthly-media-report")!;
const everyone = { ...media, who: ACTOR_IDS.map((id) => ({ id, name: { vi: id, en: id } })) };
const intake = await createIntake({
  clock: () => Date.parse("2026-07-15T09:00:00+07:00"),
  scheduled: [{ schema: "monthly-media-report", obligation: everyone }],
  difficultyRecipients: ["so-vhttdl"],
});
const stored = await intake.run(
  Effect.flatMap(Database, (db) =>
    Effect.promise(async () => {
      const storage = sqlStorage(db);
      const units = [["bao-ptth-bac-ninh", undefined] as const, ...BAC_NINH_COMMUNE_ROWS.map(([code]) => ["ubnd-xa-phuong", code] as const)];
      for (const [i, [actor, communeCode]] of units.entries()) {
        const payload = { ...report, unit: { actor, ...(communeCode ? { communeCode } : {}) }, reportId: `R-${i}` };
        await storage.submit({
          key: { schema: "monthly-media-report", unit: communeCode ? `${actor}:${communeCode}` : actor, period: "2026-02" },
          payload,
          contentHash: (await import("node:crypto")).createHash("sha256").update(canonicalJson(payload)).digest("hex"),
          receivedAtMs: Date.parse("2026-07-06T09:00:00+07:00"),
          submittedBy: actor,
          timeliness: { status: "on-time" },
        });
      }
      return units.length;
    }),
  ),
);
if (!stored.ok || stored.value !== 100) throw new Error("the 100 reports were not stored");

async function median(name: string, run: () => Promise<unknown>, budgetMs: number): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const t = performance.now();
    const r = (await run()) as { ok: boolean; error?: unknown };
    times.push(performance.now() - t);
    if (!r.ok) throw new Error(`${name} failed: ${JSON.stringify(r.error)}`);
  }
  const m = times.sort((a, b) => a - b)[10]!;
  return `${name}: median ${m.toFixed(1)} ms (budget ${budgetMs} ms, ${m < budgetMs ? "within" : "OVER"})`;
}

console.log("\n## board and synthesis (PGlite)");
const board = await intake.statusBoard(2026);
console.log(`board cells: ${board.ok ? board.value.cells.length : "error"} (12 months × ${ACTOR_IDS.length} actors)`);
console.log(await median("status board, 12 months × 42 actors", () => intake.statusBoard(2026), 50));
console.log(await median("synthesis of a month from 100 stored reports", () => intake.synthesis("2026-02"), 50));
await intake.close();
