/**
 * The little the intake needs from a PostgreSQL client, implemented twice — over PGlite (embedded) and
 * over node-postgres (a server) — so that the storage code, its SQL and its migrations are the same on
 * both. Written here rather than taken from a SQL toolkit because it is three methods; what matters
 * (one transaction per write, parameters never interpolated) is stated by the interface.
 */

/**
 * Runs parameterised SQL (`$1`, `$2`…) and returns the rows.
 *
 * @example
 * ```ts
 * import type { SqlExecutor } from "@cchc/intake";
 *
 * async function count(db: SqlExecutor): Promise<number> {
 *   const [row] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM intake_report");
 *   return row?.n ?? 0;
 * }
 * ```
 *
 * @category Storage
 */
export interface SqlExecutor {
  /** Runs one statement with parameters; jsonb parameters are passed as JSON text and cast in SQL. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (the migrations). */
  script(sql: string): Promise<void>;
}

/**
 * A connection (PGlite) or a pool (PostgreSQL) with transactions.
 *
 * @example
 * ```ts
 * import type { SqlClient } from "@cchc/intake";
 *
 * async function insertTwice(db: SqlClient): Promise<void> {
 *   await db.transaction(async (tx) => {
 *     await tx.query("SELECT 1");
 *     await tx.query("SELECT 2");
 *   }); // both or neither
 * }
 * ```
 *
 * @category Storage
 */
export interface SqlClient extends SqlExecutor {
  /** Which database this is. */
  readonly kind: "pglite" | "postgres";
  /** Runs `work` in one transaction (READ COMMITTED): committed when it resolves, rolled back when it rejects. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Closes the connection or pool (waits for running queries). */
  close(): Promise<void>;
}
