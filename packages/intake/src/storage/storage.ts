import type { ReportSchemaId } from "@cchc/reports";
import type { ReportKey } from "../model/report-key.js";
import type { SqlClient } from "../db/sql-client.js";
import { DEFAULT_PAYLOAD_CACHE_BYTES, payloadCache } from "./payload-cache.js";
import { REVISION_COLUMNS, revisionOf, type RevisionRow, type StoredRevision, type StoredRevisionWithPayload } from "./rows.js";

/**
 * A new revision to store: the validated report, its hash, who sent it, when, and its timeliness.
 *
 * @example
 * ```ts
 * import type { NewRevision } from "@cchc/intake";
 *
 * const r: NewRevision = {
 *   key: { schema: "difficulty-report", unit: "ubnd-xa-phuong:07663", period: "2026-Q1" },
 *   payload: {}, contentHash: "0".repeat(64), receivedAtMs: Date.UTC(2026, 3, 2), submittedBy: "ubnd-xa-phuong:07663",
 *   timeliness: { status: "no-deadline" },
 * };
 * ```
 *
 * @category Storage
 */
export interface NewRevision {
  /** Which report. */
  readonly key: ReportKey;
  /** The validated report (canonical JSON parsed back). */
  readonly payload: unknown;
  /** SHA-256 (hex) of its canonical JSON. */
  readonly contentHash: string;
  /** When it was received, epoch milliseconds. */
  readonly receivedAtMs: number;
  /** The unit whose token sent it. */
  readonly submittedBy: string;
  /** Its timeliness at receipt. */
  readonly timeliness: unknown;
}

/**
 * A difficulty report's latest revision with its resolution, if any.
 *
 * @example
 * ```ts
 * import type { DifficultyRow } from "@cchc/intake";
 *
 * const open = (d: DifficultyRow): boolean => d.resolution === null;
 * ```
 *
 * @category Storage
 */
export interface DifficultyRow extends StoredRevisionWithPayload {
  /** The resolution of this revision, or `null` while it is open. */
  readonly resolution: { readonly resolvedAtMs: number; readonly resolvedBy: string; readonly note: string | null } | null;
}

/**
 * The intake's storage: every query and write on the database, each write one transaction. The same
 * SQL runs on PGlite and PostgreSQL.
 *
 * @example
 * ```ts
 * import type { IntakeStorage } from "@cchc/intake";
 *
 * async function revisionsOf(storage: IntakeStorage): Promise<number> {
 *   return (await storage.revisions({ schema: "monthly-media-report", unit: "bao-ptth-bac-ninh", period: "2026-02" })).length;
 * }
 * ```
 *
 * @category Storage
 */
export interface IntakeStorage {
  /**
   * Stores a revision unless it is identical (same content hash) to the report's latest revision, in
   * one transaction that locks the report row: concurrent submissions of one report are serialised
   * by the database, so identical concurrent submissions make one revision.
   */
  submit(input: NewRevision): Promise<{ readonly created: boolean; readonly revision: StoredRevision }>;
  /** The latest revision of a report, with its payload. */
  latest(key: ReportKey): Promise<StoredRevisionWithPayload | undefined>;
  /** One revision of a report, with its payload. */
  revision(key: ReportKey, revision: number): Promise<StoredRevisionWithPayload | undefined>;
  /** Every revision of a report, oldest first, without payloads. */
  revisions(key: ReportKey): Promise<StoredRevision[]>;
  /** The latest revision of every report of a schema, optionally of one unit and/or period. */
  list(schema: ReportSchemaId, filter: { readonly unit?: string; readonly period?: string }): Promise<StoredRevision[]>;
  /** The first revision of every report of these schemas whose period lies in a year. */
  firstRevisionsOfYear(schemas: readonly ReportSchemaId[], year: number): Promise<StoredRevision[]>;
  /** The latest revisions, with payloads (shared, frozen: read them only), of the reports of a schema in these periods. */
  latestInPeriods(schema: ReportSchemaId, periods: readonly string[]): Promise<StoredRevisionWithPayload[]>;
  /** Every difficulty report's latest revision, with its resolution. */
  difficulties(): Promise<DifficultyRow[]>;
  /** Records that a revision of a difficulty report is resolved (once; `false` when it already was). */
  resolve(key: ReportKey, revision: number, by: string, atMs: number, note: string | null): Promise<boolean>;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Options of {@link sqlStorage}.
 *
 * @example
 * ```ts
 * import type { SqlStorageOptions } from "@cchc/intake";
 *
 * const noCache: SqlStorageOptions = { payloadCacheBytes: 0 };
 * ```
 *
 * @category Storage
 */
export interface SqlStorageOptions {
  /**
   * Bound of the in-memory cache of the payloads `latestInPeriods` returns (the synthesis' inputs), in
   * bytes of JSON text: default `DEFAULT_PAYLOAD_CACHE_BYTES` (16 MiB), 0 to read every payload from
   * the database each time. Always consistent: revisions never change and a content hash names one payload.
   */
  readonly payloadCacheBytes?: number;
}

/**
 * The storage over a SQL client. The payloads `latestInPeriods` returns are shared and frozen: they
 * come from an in-memory cache by content hash (see {@link SqlStorageOptions}).
 *
 * @param db - PGlite or PostgreSQL.
 * @param options - The payload cache's bound.
 * @returns The storage.
 * @example
 * ```ts
 * import { sqlStorage, type SqlClient } from "@cchc/intake";
 *
 * declare const db: SqlClient;
 * const storage = sqlStorage(db);
 * ```
 *
 * @category Storage
 */
export function sqlStorage(db: SqlClient, options: SqlStorageOptions = {}): IntakeStorage {
  const payloadsByHash = payloadCache(options.payloadCacheBytes ?? DEFAULT_PAYLOAD_CACHE_BYTES);
  const byKey = "r.schema_id = $1 AND r.unit_id = $2 AND r.period = $3";
  const keyParams = (k: ReportKey) => [k.schema, k.unit, k.period];
  return {
    submit: (input) =>
      db.transaction(async (tx) => {
        const { key } = input;
        await tx.query(
          "INSERT INTO intake_report (schema_id, unit_id, period, created_at) VALUES ($1, $2, $3, $4::timestamptz) ON CONFLICT ON CONSTRAINT intake_report_key DO NOTHING",
          [...keyParams(key), iso(input.receivedAtMs)],
        );
        const [report] = await tx.query<{ id: number }>(`SELECT r.id FROM intake_report r WHERE ${byKey} FOR UPDATE`, keyParams(key));
        const [latest] = await tx.query<RevisionRow>(
          `SELECT ${REVISION_COLUMNS} FROM intake_report r JOIN intake_revision v ON v.report_id = r.id WHERE r.id = $1 ORDER BY v.revision DESC LIMIT 1`,
          [report!.id],
        );
        if (latest && latest.content_hash === input.contentHash) return { created: false, revision: revisionOf(latest) };
        const revision = latest ? Number(latest.revision) + 1 : 1;
        await tx.query(
          "INSERT INTO intake_revision (report_id, revision, content_hash, payload, received_at, submitted_by, timeliness) VALUES ($1, $2, $3, $4::jsonb, $5::timestamptz, $6, $7::jsonb)",
          [report!.id, revision, input.contentHash, JSON.stringify(input.payload), iso(input.receivedAtMs), input.submittedBy, JSON.stringify(input.timeliness)],
        );
        const { payload: _payload, ...stored } = input;
        return { created: true, revision: { ...stored, revision } };
      }),

    async latest(key) {
      const [row] = await db.query<RevisionRow>(
        `SELECT ${REVISION_COLUMNS}, v.payload FROM intake_report r JOIN intake_revision v ON v.report_id = r.id WHERE ${byKey} ORDER BY v.revision DESC LIMIT 1`,
        keyParams(key),
      );
      return row && revisionOf(row);
    },

    async revision(key, revision) {
      const [row] = await db.query<RevisionRow>(
        `SELECT ${REVISION_COLUMNS}, v.payload FROM intake_report r JOIN intake_revision v ON v.report_id = r.id WHERE ${byKey} AND v.revision = $4`,
        [...keyParams(key), revision],
      );
      return row && revisionOf(row);
    },

    async revisions(key) {
      const rows = await db.query<RevisionRow>(
        `SELECT ${REVISION_COLUMNS} FROM intake_report r JOIN intake_revision v ON v.report_id = r.id WHERE ${byKey} ORDER BY v.revision`,
        keyParams(key),
      );
      return rows.map(revisionOf);
    },

    async list(schema, filter) {
      const rows = await db.query<RevisionRow>(
        `SELECT DISTINCT ON (r.id) ${REVISION_COLUMNS} FROM intake_report r JOIN intake_revision v ON v.report_id = r.id
         WHERE r.schema_id = $1 AND ($2::text IS NULL OR r.unit_id = $2) AND ($3::text IS NULL OR r.period = $3)
         ORDER BY r.id, v.revision DESC`,
        [schema, filter.unit ?? null, filter.period ?? null],
      );
      return rows.map(revisionOf).sort((a, b) => cmp(a.key.period, b.key.period) || cmp(a.key.unit, b.key.unit));
    },

    async firstRevisionsOfYear(schemas, year) {
      const rows = await db.query<RevisionRow>(
        `SELECT ${REVISION_COLUMNS} FROM intake_report r JOIN intake_revision v ON v.report_id = r.id AND v.revision = 1
         WHERE r.schema_id = ANY($1::text[]) AND (r.period = $2 OR r.period LIKE $2 || '-%')`,
        [[...schemas], String(year)],
      );
      return rows.map(revisionOf);
    },

    async latestInPeriods(schema, periods) {
      const rows = await db.query<RevisionRow & { report_id: number }>(
        `SELECT DISTINCT ON (r.id) r.id AS report_id, ${REVISION_COLUMNS} FROM intake_report r JOIN intake_revision v ON v.report_id = r.id
         WHERE r.schema_id = $1 AND r.period = ANY($2::text[])
         ORDER BY r.id, v.revision DESC`,
        [schema, [...periods]],
      );
      const payloads = new Map(rows.map((row) => [row.content_hash, payloadsByHash.get(row.content_hash)]));
      const missing = rows.filter((row) => payloads.get(row.content_hash) === undefined);
      if (missing.length > 0) {
        const read = await db.query<{ content_hash: string; payload: unknown }>(
          `SELECT v.content_hash, v.payload FROM intake_revision v
           JOIN unnest($1::int[], $2::int[]) AS wanted (report_id, revision) ON v.report_id = wanted.report_id AND v.revision = wanted.revision`,
          [missing.map((row) => row.report_id), missing.map((row) => Number(row.revision))],
        );
        for (const row of read) payloads.set(row.content_hash, payloadsByHash.set(row.content_hash, row.payload));
      }
      return rows.map((row) => revisionOf({ ...row, payload: payloads.get(row.content_hash) }));
    },

    async difficulties() {
      const rows = await db.query<RevisionRow & { resolved_ms: number | null; resolved_by: string | null; note: string | null }>(
        `SELECT l.*, floor(extract(epoch FROM d.resolved_at) * 1000)::float8 AS resolved_ms, d.resolved_by, d.note FROM (
           SELECT DISTINCT ON (r.id) r.id AS report_id, ${REVISION_COLUMNS}, v.payload FROM intake_report r JOIN intake_revision v ON v.report_id = r.id
           WHERE r.schema_id = 'difficulty-report' ORDER BY r.id, v.revision DESC
         ) l LEFT JOIN intake_difficulty_resolution d ON d.report_id = l.report_id AND d.revision = l.revision`,
      );
      return rows
        .map((row) => ({
          ...revisionOf(row),
          resolution: row.resolved_ms === null ? null : { resolvedAtMs: Number(row.resolved_ms), resolvedBy: row.resolved_by!, note: row.note },
        }))
        .sort((a, b) => a.receivedAtMs - b.receivedAtMs || cmp(a.key.unit, b.key.unit));
    },

    resolve: (key, revision, by, atMs, note) =>
      db.transaction(async (tx) => {
        const inserted = await tx.query(
          `INSERT INTO intake_difficulty_resolution (report_id, revision, resolved_at, resolved_by, note)
           SELECT r.id, $4, $5::timestamptz, $6, $7 FROM intake_report r WHERE ${byKey}
           ON CONFLICT (report_id, revision) DO NOTHING RETURNING report_id`,
          [...keyParams(key), revision, iso(atMs), by, note],
        );
        return inserted.length > 0;
      }),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
