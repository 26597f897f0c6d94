/**
 * The dashboard against a real, seeded intake server: builds the page (vite), fills a fresh PGlite data
 * directory with the sample year up to a fixed instant (the intake-server example's seed), and starts
 * the intake server on 127.0.0.1 with that instant as its clock and the built page at /. `stop` closes
 * the server and the database and removes the directory.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { configFromEnv } from "../../intake-server/src/config.js";
import { seedSampleData, type SeedOutcome } from "../../intake-server/src/sample-data/seed.js";
import { startIntakeServer } from "../../intake-server/src/start.js";

/** The instant the seeded server lives at: 7 December 2026, 10:00 in Vietnam. */
export const SEEDED_NOW = Date.parse("2026-12-07T10:00:00+07:00");

export const DASHBOARD_ROOT = join(import.meta.dirname, "..");
export const DASHBOARD_DIST = join(DASHBOARD_ROOT, "dist");

export interface SeededServer {
  readonly url: string;
  readonly seeded: SeedOutcome;
  stop(): Promise<void>;
}

/** Builds the dashboard into dist/. */
export async function buildDashboard(): Promise<void> {
  await build({ root: DASHBOARD_ROOT, logLevel: "warn" });
}

/** Seeds and starts; the page must be built. */
export async function startSeededServer(): Promise<SeededServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "cchc-dashboard-e2e-"));
  try {
    const database = { kind: "pglite" as const, dataDir };
    const seeded = await seedSampleData(database, SEEDED_NOW);
    const config = { ...configFromEnv({}), host: "127.0.0.1", port: 0, database, siteDir: DASHBOARD_DIST };
    const server = await startIntakeServer(config, () => SEEDED_NOW);
    return {
      url: server.url,
      seeded,
      stop: async () => {
        await server.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
