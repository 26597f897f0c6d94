import type { SqlClient } from "./sql-client.js";

/**
 * Opens an embedded PostgreSQL (PGlite, Postgres compiled to WebAssembly) with its data directory on
 * disk, or in memory when `dataDir` is undefined. PGlite is loaded on first use. Durability: PGlite
 * syncs its files after every statement (`relaxedDurability` stays off), so a committed transaction
 * survives the process being killed.
 *
 * @param dataDir - The data directory (created when missing), or undefined for an in-memory database.
 * @param template - A dumped data directory to start from (skips initdb).
 * @returns The client.
 */
export async function openPglite(dataDir: string | undefined, template?: Blob): Promise<SqlClient> {
  const { PGlite } = await import("@electric-sql/pglite");
  const db = await PGlite.create({ ...(dataDir === undefined ? {} : { dataDir }), ...(template === undefined ? {} : { loadDataDir: template }) });
  return {
    kind: "pglite",
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await db.query<Row>(text, [...params])).rows;
    },
    async script(sql: string) {
      await db.exec(sql);
    },
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          async query<Row>(text: string, params: readonly unknown[] = []) {
            return (await tx.query<Row>(text, [...params])).rows;
          },
          async script(sql: string) {
            await tx.exec(sql);
          },
        }),
      ),
    close: () => db.close(),
  };
}
