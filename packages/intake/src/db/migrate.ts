import { sha256Hex } from "./hash.js";
import type { Migration } from "./migrations/index.js";
import type { SqlClient } from "./sql-client.js";

/** Why the database cannot be used by this version of the package. */
export type MigrationProblem =
  | { readonly kind: "mismatch"; readonly version: number; readonly name: string }
  | { readonly kind: "newer"; readonly version: number; readonly known: number };

/**
 * Brings the database schema up to date: in ONE transaction, under an advisory lock (two servers
 * starting at once do not both migrate), applies every migration not yet recorded and records it with
 * the checksum of its SQL. An applied migration whose checksum differs, or a database newer than the
 * package, stops the start instead of running on a schema the code does not know.
 *
 * @returns The versions applied now, or the problem.
 */
export async function migrate(db: SqlClient, migrations: readonly Migration[]): Promise<{ applied: number[] } | MigrationProblem> {
  const checksums = await Promise.all(migrations.map((m) => sha256Hex(m.sql)));
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(815200326)");
    await tx.query(
      `CREATE TABLE IF NOT EXISTS intake_schema_migrations (
         version integer PRIMARY KEY,
         name text NOT NULL,
         checksum text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const rows = await tx.query<{ version: number; checksum: string; name: string }>(
      "SELECT version, checksum, name FROM intake_schema_migrations ORDER BY version",
    );
    const known = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
    const applied = new Map(rows.map((r) => [r.version, r]));
    for (const row of rows) {
      if (row.version > known) return { kind: "newer" as const, version: row.version, known };
    }
    const done: number[] = [];
    for (const [i, migration] of migrations.entries()) {
      const previous = applied.get(migration.version);
      if (previous) {
        if (previous.checksum !== checksums[i]) return { kind: "mismatch" as const, version: migration.version, name: migration.name };
        continue;
      }
      await tx.script(migration.sql);
      await tx.query("INSERT INTO intake_schema_migrations (version, name, checksum) VALUES ($1, $2, $3)", [migration.version, migration.name, checksums[i]]);
      done.push(migration.version);
    }
    return { applied: done };
  });
}
