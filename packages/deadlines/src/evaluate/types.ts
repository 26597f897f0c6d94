import type { Citation, IsoDate, Label } from "@cchc/core";
import type { Period } from "../model/period.js";
import type { DayReading, DeadlineRule, RestDayPolicy } from "../model/rule-schema.js";
import type { DeadlineStep } from "./labels.js";

/**
 * The due date under one admissible reading of the rule.
 *
 * @example
 * ```ts
 * import type { ReadingOutcome } from "@cchc/deadlines";
 *
 * const literal: ReadingOutcome = { reading: "strictly-before", policy: "previous-working-day", due: "2026-03-09", selected: true, isDefault: true };
 * ```
 *
 * @category Evaluating a deadline
 */
export interface ReadingOutcome {
  /** The reading of "before day N" (`null` for rules that have none). */
  readonly reading: DayReading | null;
  /** The rest-day policy (`null` for working-day counts, which always end on a working day). */
  readonly policy: RestDayPolicy | null;
  /** The due date under this reading. */
  readonly due: IsoDate;
  /** Whether this is the reading the evaluation selected. */
  readonly selected: boolean;
  /** Whether this is the documented default reading. */
  readonly isDefault: boolean;
}

/**
 * A run of consecutive rest days that includes a holiday, swap or closure (weekends alone are not
 * listed), for instance the Tết break.
 *
 * @example
 * ```ts
 * import type { RestDaySpan } from "@cchc/deadlines";
 *
 * const tet: RestDaySpan = { from: "2026-02-14", to: "2026-02-22", days: 9, names: [{ vi: "Tết Nguyên đán", en: "Lunar New Year" }] };
 * ```
 *
 * @category Evaluating a deadline
 */
export interface RestDaySpan {
  /** First rest day of the run. */
  readonly from: IsoDate;
  /** Last rest day of the run. */
  readonly to: IsoDate;
  /** Number of days. */
  readonly days: number;
  /** Names of the holidays and swaps in the run. */
  readonly names: readonly Label[];
}

/**
 * An evaluated deadline: the due date and when it ends, every admissible reading, the data window,
 * the steps and the citations.
 *
 * @example
 * ```ts
 * import type { DeadlineEvaluation } from "@cchc/deadlines";
 *
 * function line(e: DeadlineEvaluation): string {
 *   return `${e.due} (ends ${e.endsAt}); safe under every reading: ${e.earliestSafe}`;
 * }
 * ```
 *
 * @category Evaluating a deadline
 */
export interface DeadlineEvaluation {
  /** The rule evaluated. */
  readonly rule: DeadlineRule;
  /** The reporting period, if any. */
  readonly period: Period | null;
  /** Its id (`"2026-02"`), if any. */
  readonly periodId: string | null;
  /** The data window (thời gian chốt số liệu) of a reporting-period rule. */
  readonly window: { readonly start: IsoDate; readonly end: IsoDate } | null;
  /** The due date under the selected reading: the last day on which the obligation is met. */
  readonly due: IsoDate;
  /** The due date as an epoch day. */
  readonly dueDay: number;
  /** The instant the due date ends, 24:00 Vietnam time, written as 00:00 of the next day +07:00. */
  readonly endsAt: string;
  /** {@link DeadlineEvaluation.endsAt} in epoch milliseconds (exclusive: on time means strictly before). */
  readonly endsAtMs: number;
  /** The selected reading of "before day N" (`null` when the rule has none). */
  readonly reading: DayReading | null;
  /** The selected rest-day policy (`null` for working-day counts). */
  readonly policy: RestDayPolicy | null;
  /** Every admissible reading with its due date. */
  readonly readings: readonly ReadingOutcome[];
  /** Whether admissible readings give different dates. */
  readonly ambiguous: boolean;
  /** The earliest due date over the admissible readings: on time under every reading. */
  readonly earliestSafe: IsoDate;
  /** The latest due date over the admissible readings: on time under at least one reading only. */
  readonly latestSafe: IsoDate;
  /** Holidays and swaps between the start of the period (or the event) and the due date. */
  readonly restDays: readonly RestDaySpan[];
  /** Working days from the day after the period (or window, or event) to the due date, inclusive. */
  readonly workingDaysToDue: number;
  /** The steps, in order, in both languages. */
  readonly steps: readonly DeadlineStep[];
  /** The legal sources used, without duplicates. */
  readonly citations: readonly Citation[];
  /** Whether any day consulted comes from an estimated calendar year. */
  readonly estimated: boolean;
}
