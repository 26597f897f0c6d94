import type { ReportSchemaId } from "@cchc/reports";
import type { ReportKey } from "../model/report-key.js";

/**
 * One stored revision of a report, as the storage returns it (without the payload unless asked).
 *
 * @example
 * ```ts
 * import type { StoredRevision } from "@cchc/intake";
 *
 * const when = (r: StoredRevision): string => new Date(r.receivedAtMs).toISOString();
 * ```
 *
 * @category Storage
 */
export interface StoredRevision {
  /** Which report. */
  readonly key: ReportKey;
  /** 1 for the first submission, then 2, 3… */
  readonly revision: number;
  /** SHA-256 (hex) of the report's canonical JSON. */
  readonly contentHash: string;
  /** When the intake received it, epoch milliseconds. */
  readonly receivedAtMs: number;
  /** The unit whose token submitted it. */
  readonly submittedBy: string;
  /** The timeliness judged at receipt (JSON, see `ReceiptTimeliness`). */
  readonly timeliness: unknown;
}

/**
 * A stored revision with its payload.
 *
 * @example
 * ```ts
 * import type { StoredRevisionWithPayload } from "@cchc/intake";
 *
 * const body = (r: StoredRevisionWithPayload): unknown => r.payload;
 * ```
 *
 * @category Storage
 */
export interface StoredRevisionWithPayload extends StoredRevision {
  /** The report as validated (NFC text), exactly the JSON whose hash is `contentHash`. */
  readonly payload: unknown;
}

/** A row of the revision queries. */
export interface RevisionRow {
  readonly schema_id: string;
  readonly unit_id: string;
  readonly period: string;
  readonly revision: number;
  readonly content_hash: string;
  readonly received_ms: number;
  readonly submitted_by: string;
  readonly timeliness: unknown;
  readonly payload?: unknown;
}

/** The columns of {@link RevisionRow}, for `SELECT` lists over `intake_report r` and `intake_revision v`. */
export const REVISION_COLUMNS =
  "r.schema_id, r.unit_id, r.period, v.revision, v.content_hash, floor(extract(epoch FROM v.received_at) * 1000)::float8 AS received_ms, v.submitted_by, v.timeliness";

/** A row as a {@link StoredRevision} (with the payload when the row has it). */
export function revisionOf(row: RevisionRow): StoredRevisionWithPayload {
  return {
    key: { schema: row.schema_id as ReportSchemaId, unit: row.unit_id, period: row.period },
    revision: Number(row.revision),
    contentHash: row.content_hash,
    receivedAtMs: Number(row.received_ms),
    submittedBy: row.submitted_by,
    timeliness: row.timeliness,
    payload: row.payload,
  };
}
