import { messageLabel } from "@cchc/core";
import { isReportSchemaId, REPORT_SCHEMA_IDS, reportSchemaEntry } from "@cchc/reports";
import { Effect } from "effect";
import { sha256Hex } from "../db/hash.js";
import { IntakeClock, ReportingCalendar, Storage } from "../effect/services.js";
import { fields, Forbidden, NotFound, ProcessingFailure, ReportRejected, StorageFailure } from "../errors.js";
import { canonicalJson } from "../model/canonical.js";
import { intakeMessages } from "../messages.js";
import { reportKeyOf } from "../model/report-key.js";
import { unstorableTextPaths } from "../model/storable-text.js";
import type { UnitId } from "../model/units.js";
import { receiptOf, type Receipt } from "./receipt.js";
import { timelinessAtReceipt } from "./timeliness.js";

/**
 * What a submission gives: the receipt, and whether a new revision was created (`false`: the report
 * was identical to its latest revision, which is returned).
 *
 * @example
 * ```ts
 * import type { SubmitOutcome } from "@cchc/intake";
 *
 * const httpStatus = (o: SubmitOutcome): number => (o.created ? 201 : 200);
 * ```
 *
 * @category Reporting cycle
 */
export interface SubmitOutcome {
  /** `true` when this submission created a revision. */
  readonly created: boolean;
  /** The receipt. */
  readonly receipt: Receipt;
}

/** The storage call as an Effect whose failure is a {@link StorageFailure}. */
export function storage<A>(use: (s: Storage["Type"]) => Promise<A>): Effect.Effect<A, StorageFailure, Storage> {
  return Effect.flatMap(Storage, (s) =>
    Effect.tryPromise({ try: () => use(s), catch: (cause) => new StorageFailure({ ...fields("intake.storage_failed"), cause }) }),
  );
}

/**
 * Receives a report: validates it with its schema's validator, checks that it is the submitting unit's
 * own, judges its timeliness at the instant of receipt, and stores it as a new revision in one
 * transaction — or returns the receipt of the identical latest revision. Nothing is stored on any
 * failure.
 *
 * @param schema - The schema id (from the URL).
 * @param body - The decoded JSON body.
 * @param submittedBy - The unit the token belongs to.
 * @returns The outcome, or a typed error.
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { receiveReport } from "@cchc/intake/effect";
 *
 * declare const body: unknown;
 * const program = receiveReport("monthly-media-report", body, "bao-ptth-bac-ninh").pipe(
 *   Effect.map((o) => o.receipt.timeliness.status),
 * );
 * ```
 *
 * @category Reporting cycle
 */
export function receiveReport(
  schema: string,
  body: unknown,
  submittedBy: UnitId,
): Effect.Effect<SubmitOutcome, NotFound | ReportRejected | Forbidden | ProcessingFailure | StorageFailure, Storage | IntakeClock | ReportingCalendar> {
  return Effect.gen(function* () {
    const entry = isReportSchemaId(schema) ? reportSchemaEntry(schema) : undefined;
    if (!entry) return yield* new NotFound(fields("intake.unknown_schema", { id: String(schema).slice(0, 100), ids: REPORT_SCHEMA_IDS.join(", ") }));
    const checked = entry.validate(body, "vi");
    if (!checked.valid) {
      const english = entry.validate(body, "en").issues;
      const issues = checked.issues.map((issue, i) => ({ path: issue.path, code: issue.code, message: { vi: issue.message, en: english[i]?.message ?? issue.message } }));
      return yield* new ReportRejected({ ...fields("intake.invalid_report", { count: issues.length }), issues });
    }
    const unstorable = unstorableTextPaths(checked.value);
    if (unstorable.length > 0) {
      const message = messageLabel(intakeMessages, "intake.unstorable_text");
      const issues = unstorable.map((path) => ({ path, code: "intake.unstorable_text", message }));
      return yield* new ReportRejected({ ...fields("intake.invalid_report", { count: issues.length }), issues });
    }
    const key = reportKeyOf(entry.id, checked.value);
    if (key.unit !== submittedBy) return yield* new Forbidden(fields("intake.unit_mismatch", { tokenUnit: submittedBy, reportUnit: key.unit }));
    const now = (yield* IntakeClock).now();
    const rules = yield* ReportingCalendar;
    const timeliness = timelinessAtReceipt(key, now, rules);
    if (!timeliness.ok) return yield* new ProcessingFailure(fields("intake.timeliness_failed", { detail: timeliness.detail.vi }));
    const canonical = canonicalJson(checked.value);
    const contentHash = yield* Effect.promise(() => sha256Hex(canonical));
    const payload: unknown = JSON.parse(canonical);
    const stored = yield* storage((s) => s.submit({ key, payload, contentHash, receivedAtMs: now, submittedBy, timeliness: timeliness.value }));
    return { created: stored.created, receipt: receiptOf(stored.revision) };
  });
}
