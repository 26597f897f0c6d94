import type { SqlClient } from "./sql-client.js";

/**
 * Opens a pool of connections to a PostgreSQL server (node-postgres, loaded on first use). Each
 * transaction takes one connection for its whole length and returns it, rolled back, on failure.
 *
 * @param connectionString - `postgres://user:password@host:port/database`.
 * @param max - Largest number of connections (default 10).
 * @returns The client.
 */
export async function openPostgres(connectionString: string, max = 10): Promise<SqlClient> {
  const pg = await import("pg");
  const Pool = pg.Pool ?? (pg as unknown as { default: typeof pg }).default.Pool;
  const pool = new Pool({ connectionString, max });
  // An idle connection that the server drops must not crash the process.
  pool.on("error", () => undefined);
  // Fail now, not on the first request, when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  return {
    kind: "postgres",
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await pool.query(text, [...params])).rows as Row[];
    },
    async script(sql: string) {
      await pool.query(sql);
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work({
          async query<Row>(text: string, params: readonly unknown[] = []) {
            return (await client.query(text, [...params])).rows as Row[];
          },
          async script(sql: string) {
            await client.query(sql);
          },
        });
        await client.query("COMMIT");
        client.release();
        return result;
      } catch (error) {
        // A failed ROLLBACK means a broken connection: destroy it rather than return it to the pool.
        await client.query("ROLLBACK").then(
          () => client.release(),
          (rollbackError: unknown) => client.release(rollbackError instanceof Error ? rollbackError : true),
        );
        throw error;
      }
    },
    close: () => pool.end(),
  };
}
