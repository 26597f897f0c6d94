/**
 * The two databases every storage test runs on: PGlite (embedded, from a template data directory made
 * once per machine so that each test database skips initdb) and a real PostgreSQL server — the one
 * cluster of the vitest run (postgres-global-setup.ts), each test file on databases of its own.
 */
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import type { DatabaseConfig } from "@cchc/intake";
import type { SharedPostgresStatus } from "./postgres-global-setup.js";
import { createDatabaseOn, startPostgresServer, type PostgresServer } from "./postgres-server.js";

let template: Promise<Blob> | undefined;

/** A dumped empty PGlite data directory, cached in the temp folder (per PGlite version). */
function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const version = (JSON.parse(readFileSync(new URL("../../node_modules/@electric-sql/pglite/package.json", import.meta.url), "utf8")) as { version: string }).version;
    const path = join(tmpdir(), `cchc-intake-pglite-template-${version}.tar`);
    if (existsSync(path)) return new Blob([readFileSync(path)]);
    const db = await PGlite.create();
    const dump = await db.dumpDataDir("none");
    await db.close();
    const bytes = new Uint8Array(await dump.arrayBuffer());
    const partial = `${path}.${process.pid}`;
    writeFileSync(partial, bytes);
    renameSync(partial, path);
    return new Blob([bytes]);
  })();
  return template;
}

/** A database kind under test: makes fresh, empty databases; `stop` releases what it started. */
export interface TestDatabase {
  readonly name: "PGlite" | "PostgreSQL";
  fresh(): Promise<DatabaseConfig>;
  /** A fresh database that can be closed and opened again (PGlite: a data directory on disk). */
  persistent(): Promise<DatabaseConfig>;
  stop(): Promise<void>;
}

/** PGlite in memory, from the template. */
export function pgliteDatabase(): TestDatabase {
  const dirs: string[] = [];
  return {
    name: "PGlite",
    fresh: async () => ({ kind: "pglite", template: await pgliteTemplate() }),
    persistent: async () => {
      const dir = mkdtempSync(join(tmpdir(), "cchc-intake-pglite-"));
      dirs.push(dir);
      return { kind: "pglite", dataDir: dir }; // a template only seeds an empty directory: initdb here
    },
    stop: async () => {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The admin URL of the run's shared PostgreSQL server (started on the first request by the global
 * setup); `undefined` when no global setup provides one (then a file starts a server of its own).
 */
export async function sharedPostgres(): Promise<string | undefined> {
  const broker = inject("cchcPostgresBroker");
  if (!broker) return undefined;
  const status = (await (await fetch(broker, { signal: AbortSignal.timeout(120_000) })).json()) as SharedPostgresStatus;
  if ("error" in status) throw new Error(`the shared PostgreSQL server could not start: ${status.error}`);
  return status.adminUrl;
}

/** A new, empty database on the run's PostgreSQL server (or, without the global setup, on a server of this file's own). */
export function postgresDatabase(): TestDatabase {
  let own: Promise<PostgresServer> | undefined;
  let adminUrl: Promise<string> | undefined;
  return {
    name: "PostgreSQL",
    fresh: async () => {
      adminUrl ??= sharedPostgres().then((shared) => shared ?? (own = startPostgresServer()).then((s) => s.adminUrl));
      return { kind: "postgres", url: await createDatabaseOn(await adminUrl) };
    },
    async persistent() {
      return this.fresh();
    },
    stop: async () => {
      if (own) await (await own).stop();
    },
  };
}

/** Both kinds, for `describe.each`. */
export const DATABASES: readonly (() => TestDatabase)[] = [pgliteDatabase, postgresDatabase];
