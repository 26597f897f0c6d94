import { isReportSchemaId, REPORT_SCHEMA_IDS, type ReportSchemaId } from "@cchc/reports";
import { Effect } from "effect";
import type { Storage } from "../effect/services.js";
import { BadRequest, fields, NotFound, type StorageFailure } from "../errors.js";
import { parseReportId, type ReportKey } from "../model/report-key.js";
import { isUnitId } from "../model/units.js";
import { receiptOf, type Receipt } from "./receipt.js";
import { storage } from "./receive.js";

/**
 * A stored report: the receipt of its latest (or a chosen) revision and the report itself.
 *
 * @example
 * ```ts
 * import type { StoredReport } from "@cchc/intake";
 *
 * const body = (r: StoredReport): unknown => r.report;
 * ```
 *
 * @category Reporting cycle
 */
export interface StoredReport extends Receipt {
  /** The report as validated and stored. */
  readonly report: unknown;
}

/** The schema id, or 404. */
export function knownSchema(schema: string): Effect.Effect<ReportSchemaId, NotFound> {
  return isReportSchemaId(schema)
    ? Effect.succeed(schema)
    : Effect.fail(new NotFound(fields("intake.unknown_schema", { id: String(schema).slice(0, 100), ids: REPORT_SCHEMA_IDS.join(", ") })));
}

function keyOf(schema: string, id: string): Effect.Effect<ReportKey, NotFound> {
  return Effect.flatMap(knownSchema(schema), (s) => {
    const parsed = parseReportId(id);
    return parsed ? Effect.succeed({ schema: s, ...parsed }) : Effect.fail(new NotFound(fields("intake.report_not_found", { schema: s, id: id.slice(0, 100) })));
  });
}

/**
 * The reports of a schema (the receipt of each one's latest revision), optionally of one unit and/or
 * one period, by period then unit.
 *
 * @param schema - The schema id.
 * @param filter - `unit` and `period`.
 * @returns The receipts.
 * @example
 * ```ts
 * import { listReports } from "@cchc/intake/effect";
 *
 * const february = listReports("monthly-media-report", { period: "2026-02" });
 * ```
 *
 * @category Reporting cycle
 */
export function listReports(
  schema: string,
  filter: { readonly unit?: string; readonly period?: string } = {},
): Effect.Effect<Receipt[], NotFound | BadRequest | StorageFailure, Storage> {
  return Effect.gen(function* () {
    const s = yield* knownSchema(schema);
    if (filter.unit !== undefined && !isUnitId(filter.unit)) return yield* new BadRequest(fields("intake.invalid_unit", { input: String(filter.unit).slice(0, 80) }));
    if (filter.period !== undefined && (filter.period.length === 0 || filter.period.length > 40)) {
      return yield* new BadRequest(fields("intake.invalid_period", { input: filter.period.slice(0, 40) }));
    }
    const rows = yield* storage((st) => st.list(s, filter));
    return rows.map(receiptOf);
  });
}

/**
 * A report's latest revision, or a chosen one, with the report.
 *
 * @param schema - The schema id.
 * @param id - The report id (`<unit>@<period>`).
 * @param revision - A revision number (default: the latest).
 * @returns The stored report.
 * @example
 * ```ts
 * import { getReport } from "@cchc/intake/effect";
 *
 * const latest = getReport("monthly-media-report", "bao-ptth-bac-ninh@2026-02");
 * const first = getReport("monthly-media-report", "bao-ptth-bac-ninh@2026-02", 1);
 * ```
 *
 * @category Reporting cycle
 */
export function getReport(schema: string, id: string, revision?: number): Effect.Effect<StoredReport, NotFound | StorageFailure, Storage> {
  return Effect.gen(function* () {
    const key = yield* keyOf(schema, id);
    const row = yield* storage((s) => (revision === undefined ? s.latest(key) : s.revision(key, revision)));
    if (!row) {
      return yield* new NotFound(
        revision === undefined
          ? fields("intake.report_not_found", { schema: key.schema, id: id.slice(0, 100) })
          : fields("intake.revision_not_found", { schema: key.schema, id: id.slice(0, 100), revision }),
      );
    }
    return { ...receiptOf(row), report: row.payload };
  });
}

/**
 * Every revision of a report (receipts, oldest first).
 *
 * @param schema - The schema id.
 * @param id - The report id.
 * @returns The receipts of its revisions.
 * @example
 * ```ts
 * import { reportRevisions } from "@cchc/intake/effect";
 *
 * const history = reportRevisions("monthly-media-report", "bao-ptth-bac-ninh@2026-02");
 * ```
 *
 * @category Reporting cycle
 */
export function reportRevisions(schema: string, id: string): Effect.Effect<Receipt[], NotFound | StorageFailure, Storage> {
  return Effect.gen(function* () {
    const key = yield* keyOf(schema, id);
    const rows = yield* storage((s) => s.revisions(key));
    if (rows.length === 0) return yield* new NotFound(fields("intake.report_not_found", { schema: key.schema, id: id.slice(0, 100) }));
    return rows.map(receiptOf);
  });
}
