import type { ReportSchemaId } from "@cchc/reports";
import { vietnamInstant } from "../model/instant.js";
import { reportIdOf } from "../model/report-key.js";
import type { StoredRevision } from "../storage/rows.js";
import type { ReceiptTimeliness } from "./timeliness.js";

/**
 * What the intake answers for a submission: the report's id, the revision stored (or the identical one
 * already there), when it was received, by whom, its content hash and its timeliness at receipt.
 *
 * @example
 * ```ts
 * import type { Receipt } from "@cchc/intake";
 *
 * const line = (r: Receipt): string => `${r.schema} ${r.id} revision ${r.revision}, ${r.timeliness.status}`;
 * ```
 *
 * @category Reporting cycle
 */
export interface Receipt {
  /** The report's id within its schema, `<unit>@<period>`. */
  readonly id: string;
  /** The schema. */
  readonly schema: ReportSchemaId;
  /** The revision number (1 for the first submission). */
  readonly revision: number;
  /** When the revision was received, in Vietnam's time (`+07:00`). */
  readonly receivedAt: string;
  /** The reporting unit. */
  readonly unit: string;
  /** The reporting period. */
  readonly period: string;
  /** The unit whose token submitted it. */
  readonly submittedBy: string;
  /** SHA-256 (hex) of the report's canonical JSON. */
  readonly contentHash: string;
  /** The timeliness judged at receipt. */
  readonly timeliness: ReceiptTimeliness;
}

/** The receipt of a stored revision. */
export function receiptOf(r: StoredRevision): Receipt {
  return {
    id: reportIdOf(r.key),
    schema: r.key.schema,
    revision: r.revision,
    receivedAt: vietnamInstant(r.receivedAtMs),
    unit: r.key.unit,
    period: r.key.period,
    submittedBy: r.submittedBy,
    contentHash: r.contentHash,
    timeliness: r.timeliness as ReceiptTimeliness,
  };
}
