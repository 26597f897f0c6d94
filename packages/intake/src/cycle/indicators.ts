import type { Label } from "@cchc/core";
import { parsePeriodId, periodLabel } from "@cchc/deadlines";
import { computeIndicators, type IndicatorScore, type ProcedureStatistics } from "@cchc/reports";
import { Effect } from "effect";
import { ReportingCalendar, type Storage } from "../effect/services.js";
import { BadRequest, fields, ProcessingFailure, type StorageFailure } from "../errors.js";
import { vietnamInstant } from "../model/instant.js";
import { reportIdOf } from "../model/report-key.js";
import { BOARD_YEARS } from "./board.js";
import { storage } from "./receive.js";
import { unitName } from "./units.js";

/**
 * One stored `procedure-statistics` report with the indicators computed from it: the QĐ 766
 * indicators (the four confirmed ones, then those given as data, `UNCONFIRMED`) and the plain
 * procedure rates, each with its formula, inputs, citation, confidence and explanation.
 *
 * @example
 * ```ts
 * import type { ProcedureIndicatorEntry } from "@cchc/intake";
 *
 * const flagged = (e: ProcedureIndicatorEntry): string[] => e.indicators.filter((s) => s.confidence === "UNCONFIRMED").map((s) => s.id);
 * ```
 *
 * @category Reporting cycle
 */
export interface ProcedureIndicatorEntry {
  /** The report's id, `<unit>@<period>`. */
  readonly id: string;
  /** The reporting unit. */
  readonly unit: string;
  /** Its name. */
  readonly unitName: Label;
  /** The period. */
  readonly period: string;
  /** The period in words. */
  readonly periodLabel: Label;
  /** The revision used (the latest). */
  readonly revision: number;
  /** When it was received. */
  readonly receivedAt: string;
  /** The statistics as reported (valid `procedure-statistics`). */
  readonly statistics: ProcedureStatistics;
  /** The 766 indicators, by `computeIndicators` of `@cchc/reports`. */
  readonly indicators: readonly IndicatorScore[];
  /** Shares of resolved dossiers and apologies (arithmetic, `INFERRED`). */
  readonly rates: readonly IndicatorScore[];
}

/**
 * The procedure figures and indicators of a year.
 *
 * @example
 * ```ts
 * import type { ProcedureIndicators } from "@cchc/intake";
 *
 * const units = (p: ProcedureIndicators): string[] => [...new Set(p.reports.map((r) => r.unit))];
 * ```
 *
 * @category Reporting cycle
 */
export interface ProcedureIndicators {
  /** The year. */
  readonly year: number;
  /** One entry per report of a period of the year (month, quarter, half, nine months, year), by period then unit. */
  readonly reports: readonly ProcedureIndicatorEntry[];
}

/** Every period id of a year, as `procedure-statistics` may write it. */
function periodsOf(year: number): string[] {
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
  return [...months, ...["Q1", "Q2", "Q3", "Q4", "H1", "H2", "9M"].map((p) => `${year}-${p}`), String(year)];
}

/**
 * The indicators of every stored `procedure-statistics` report of a year (its latest revision),
 * computed by `computeIndicators` of `@cchc/reports` with the default definitions.
 *
 * @param year - The year.
 * @returns The reports with their indicators.
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { procedureIndicators } from "@cchc/intake/effect";
 *
 * const onTime = procedureIndicators(2026).pipe(
 *   Effect.map((p) => p.reports.map((r) => r.indicators.find((s) => s.id === "766.on-time-processing")?.value)),
 * );
 * ```
 *
 * @category Reporting cycle
 */
export function procedureIndicators(year: number): Effect.Effect<ProcedureIndicators, BadRequest | ProcessingFailure | StorageFailure, Storage | ReportingCalendar> {
  return Effect.gen(function* () {
    if (!Number.isInteger(year) || year < BOARD_YEARS.min || year > BOARD_YEARS.max) {
      return yield* new BadRequest(fields("intake.invalid_year", { input: String(year).slice(0, 20), ...BOARD_YEARS }));
    }
    const { plan } = yield* ReportingCalendar;
    const rows = yield* storage((s) => s.latestInPeriods("procedure-statistics", periodsOf(year)));
    const reports: ProcedureIndicatorEntry[] = [];
    for (const row of rows) {
      const computed = computeIndicators(row.payload);
      const parsed = parsePeriodId(row.key.period);
      if (!computed.ok || !parsed.ok) {
        const detail = computed.ok ? row.key.period : computed.error.messages.vi;
        return yield* new ProcessingFailure(fields("intake.indicators_failed", { id: reportIdOf(row.key), detail }));
      }
      reports.push({
        id: reportIdOf(row.key),
        unit: row.key.unit,
        unitName: unitName(plan, row.key.unit),
        period: row.key.period,
        periodLabel: periodLabel(parsed.value),
        revision: row.revision,
        receivedAt: vietnamInstant(row.receivedAtMs),
        statistics: row.payload as ProcedureStatistics,
        indicators: computed.value.indicators,
        rates: computed.value.rates,
      });
    }
    const order = periodsOf(year);
    reports.sort((a, b) => order.indexOf(a.period) - order.indexOf(b.period) || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
    return { year, reports };
  });
}
