import { initialMigration } from "./0001-initial.js";

/**
 * A versioned schema change: applied once, in order, in one transaction, and recorded with a checksum
 * of its SQL in `intake_schema_migrations`. A published migration never changes; a new one is added.
 *
 * @example
 * ```ts
 * import type { Migration } from "@cchc/intake";
 *
 * const m: Migration = { version: 2, name: "an index", sql: "CREATE INDEX x ON intake_revision (received_at);" };
 * ```
 *
 * @category Storage
 */
export interface Migration {
  /** 1, 2, 3… without gaps. */
  readonly version: number;
  /** What it does, in a few words. */
  readonly name: string;
  /** The SQL, the same for PGlite and PostgreSQL. */
  readonly sql: string;
}

/**
 * The migrations of `@cchc/intake`, in order.
 *
 * @example
 * ```ts
 * import { INTAKE_MIGRATIONS } from "@cchc/intake";
 *
 * INTAKE_MIGRATIONS.map((m) => m.version); // => [1]
 * ```
 *
 * @category Storage
 */
export const INTAKE_MIGRATIONS: readonly Migration[] = [initialMigration];
