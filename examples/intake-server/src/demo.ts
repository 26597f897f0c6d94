// `pnpm --filter @cchc/example-intake-server demo`: starts the server on an ephemeral loopback port with
// an in-memory database, submits every shipped valid sample with its unit's demo token, prints the
// receipts, the board of 2026 and the synthesis of the first quarter, and stops.
import { readFileSync } from "node:fs";
import { configFromEnv } from "./config.js";
import { startIntakeServer } from "./start.js";

const samples: [schema: string, file: string][] = [
  ["monthly-media-report", "monthly-media-report.valid-january.json"],
  ["monthly-media-report", "monthly-media-report.valid.json"],
  ["agency-communication-report", "agency-communication-report.valid.json"],
  ["difficulty-report", "difficulty-report.valid.json"],
  ["procedure-statistics", "procedure-statistics.valid.json"],
  ["synthesis-report", "synthesis-report.valid.json"],
];

const config = { ...configFromEnv({}), port: 0, database: { kind: "pglite" as const } };
const tokenOf = new Map(Object.entries(config.tokens).map(([token, unit]) => [unit, token]));
// The demo runs on 6 March 2026, 09:30 in Vietnam, so that the board shows a realistic quarter.
const server = await startIntakeServer(config, () => Date.parse("2026-03-06T09:30:00+07:00"));
try {
  console.log(`intake on ${server.url}`);
  for (const [schema, file] of samples) {
    const body = readFileSync(new URL(`../../../packages/reports/examples/${file}`, import.meta.url), "utf8");
    const report = JSON.parse(body) as { unit?: { actor: string }; agency?: { actor: string }; author?: { actor: string }; from?: { actor: string; communeCode?: string } };
    const unit = report.unit ?? report.agency ?? report.author ?? report.from!;
    const unitId = "communeCode" in unit && unit.communeCode ? `${unit.actor}:${unit.communeCode}` : unit.actor;
    const res = await fetch(`${server.url}/reports/${schema}?lang=en`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${tokenOf.get(unitId)}` },
      body,
    });
    const receipt = (await res.json()) as { id: string; revision: number; timeliness: { status: string; explanation: { en: string } } };
    console.log(`POST /reports/${schema} → ${res.status} ${receipt.id} r${receipt.revision}: ${receipt.timeliness.explanation.en}`);
  }
  const board = (await (await fetch(`${server.url}/status/2026`)).json()) as { counts: Record<string, number>; cells: { unit: string; period: string; status: string; due: string }[] };
  console.log("\nstatus board 2026:", JSON.stringify(board.counts));
  for (const c of board.cells.filter((x) => x.period <= "2026-03" || x.period === "2026-Q1").slice(0, 12)) console.log(`  ${c.period.padEnd(8)} ${c.unit.padEnd(24)} due ${c.due}  ${c.status}`);
  const synthesis = (await (await fetch(`${server.url}/synthesis/2026-Q1`)).json()) as { synthesis: { media: { total: { newsItems: number } } }; provenance: { id: string; revision: number }[] };
  console.log(`\nsynthesis 2026-Q1: ${synthesis.synthesis.media.total.newsItems} news items from ${synthesis.provenance.map((p) => `${p.id} r${p.revision}`).join(", ")}`);
} finally {
  await server.close();
}
