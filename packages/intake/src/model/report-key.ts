import type { ReportSchemaId } from "@cchc/reports";
import { unitIdOf, type UnitId } from "./units.js";

/**
 * What identifies a report in the intake: its schema, its reporting unit and its period. Every
 * submission of the same key is a revision of the same report.
 *
 * @example
 * ```ts
 * import type { ReportKey } from "@cchc/intake";
 *
 * const key: ReportKey = { schema: "monthly-media-report", unit: "bao-ptth-bac-ninh", period: "2026-02" };
 * ```
 *
 * @category Report keys and units
 */
export interface ReportKey {
  /** The report schema. */
  readonly schema: ReportSchemaId;
  /** The reporting unit. */
  readonly unit: UnitId;
  /**
   * The period: `month` of a monthly media report, `period` of an agency report or of procedure
   * statistics, `period` (else `reportedOn`) of a difficulty report, and the coverage of a synthesis
   * (`"2026-02"`, or `"2026-01..2026-03"` for several months).
   */
  readonly period: string;
}

type Unit = { readonly actor: string; readonly communeCode?: string | undefined };
type AnyReport = {
  readonly unit?: Unit;
  readonly agency?: Unit;
  readonly from?: Unit;
  readonly author?: Unit;
  readonly month?: string;
  readonly period?: string;
  readonly reportedOn?: string;
  readonly coverage?: { readonly from: string; readonly to: string };
};

/**
 * The key of a validated report of a schema.
 *
 * @param schema - The report's schema.
 * @param report - The report, as its validator returned it.
 * @returns The report key.
 * @example
 * ```ts
 * import { reportKeyOf } from "@cchc/intake";
 *
 * reportKeyOf("agency-communication-report", { agency: { actor: "so-tu-phap" }, period: "2026-Q1" });
 * // => { schema: "agency-communication-report", unit: "so-tu-phap", period: "2026-Q1" }
 * ```
 *
 * @category Report keys and units
 */
export function reportKeyOf(schema: ReportSchemaId, report: unknown): ReportKey {
  const r = report as AnyReport;
  const unit = r.unit ?? r.agency ?? r.from ?? r.author;
  if (unit === undefined) throw new TypeError(`a ${schema} report without a unit`);
  let period: string | undefined;
  switch (schema) {
    case "monthly-media-report":
      period = r.month;
      break;
    case "synthesis-report":
      period = r.coverage && (r.coverage.from === r.coverage.to ? r.coverage.from : `${r.coverage.from}..${r.coverage.to}`);
      break;
    case "difficulty-report":
      period = r.period ?? r.reportedOn;
      break;
    default:
      period = r.period;
  }
  if (period === undefined) throw new TypeError(`a ${schema} report without a period`);
  return { schema, unit: unitIdOf(unit), period };
}

/**
 * The public id of a report within its schema: `<unit>@<period>`, for instance
 * `"bao-ptth-bac-ninh@2026-02"` — readable, stable, and the same on every server.
 *
 * @param key - The report key.
 * @returns The id.
 * @example
 * ```ts
 * import { reportIdOf } from "@cchc/intake";
 *
 * reportIdOf({ schema: "monthly-media-report", unit: "bao-ptth-bac-ninh", period: "2026-02" }); // => "bao-ptth-bac-ninh@2026-02"
 * ```
 *
 * @category Report keys and units
 */
export function reportIdOf(key: ReportKey): string {
  return `${key.unit}@${key.period}`;
}

/**
 * Splits a report id (`<unit>@<period>`) into unit and period, or `undefined` when it has no `@`.
 *
 * @param id - The report id.
 * @returns Unit and period.
 * @example
 * ```ts
 * import { parseReportId } from "@cchc/intake";
 *
 * parseReportId("ubnd-xa-phuong:07663@2026-Q1"); // => { unit: "ubnd-xa-phuong:07663", period: "2026-Q1" }
 * ```
 *
 * @category Report keys and units
 */
export function parseReportId(id: string): { unit: UnitId; period: string } | undefined {
  const at = id.lastIndexOf("@");
  if (at <= 0 || at === id.length - 1 || id.length > 200) return undefined;
  return { unit: id.slice(0, at), period: id.slice(at + 1) };
}
