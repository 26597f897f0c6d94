import { ok, type IsoDate, type Result } from "@cchc/core";
import { evaluateObligation, explainDeadline, type ObligationEvaluateOptions } from "@cchc/deadlines";
import { bacNinh2026Plan } from "../bac-ninh-2026/plan.js";
import { dueInRange, type DueDateEvaluator, type DueOccurrence } from "./due.js";

/**
 * The deadline evaluation of `@cchc/deadlines` as a {@link DueDateEvaluator}: each obligation's rule
 * evaluated for the period on a working-day calendar (by default `vietnamCalendar()` of `@cchc/calendar`,
 * the state bodies' calendar with holidays and the yearly swaps), under the rule's reading or the
 * documented default, with the earliest and latest safe dates over every admissible reading and the
 * explanation in both languages.
 *
 * @param options - Calendar, reading or policy overrides passed to `evaluateObligation`.
 * @returns The evaluator.
 * @example
 * ```ts
 * import { bacNinh2026Plan, deadlinesEvaluator, dueInRange } from "@cchc/plan";
 *
 * const r = dueInRange(bacNinh2026Plan(), { from: "2026-03-01", to: "2026-03-31" }, deadlinesEvaluator());
 * if (r.ok) r.value.map((o) => `${o.period}: ${o.due}`); // the February media report and the Q1 CCHC report
 * ```
 *
 * @category Queries
 */
export function deadlinesEvaluator(options: ObligationEvaluateOptions = {}): DueDateEvaluator {
  return (obligation, period) => {
    const r = evaluateObligation(obligation, period, options);
    if (!r.ok) return r;
    const e = r.value.evaluation;
    return ok({
      due: e.due,
      ...(e.ambiguous ? { earliest: e.earliestSafe, latest: e.latestSafe } : {}),
      explanation: { vi: explainDeadline(e, "vi"), en: explainDeadline(e, "en") },
    });
  };
}

/**
 * What the Bắc Ninh 2026 plan makes due in a date range, evaluated on the state bodies' working-day
 * calendar: {@link dueInRange} with {@link deadlinesEvaluator}.
 *
 * @param range - `from` and `to`, ISO dates, inclusive.
 * @param options - Calendar, reading or policy overrides (for instance `{ reading: "on-or-before" }` to see
 *   the dates under the other reading of "trước ngày 10").
 * @returns The occurrences in date order, or a typed error.
 * @example
 * ```ts
 * import { bacNinh2026DueInRange } from "@cchc/plan";
 *
 * const r = bacNinh2026DueInRange({ from: "2026-01-01", to: "2026-12-31" });
 * if (r.ok) r.value.length; // 15: 11 monthly media reports due in 2026 and the 4 CCHC-cycle reports
 * ```
 *
 * @category Queries
 */
export function bacNinh2026DueInRange(
  range: { readonly from: IsoDate; readonly to: IsoDate },
  options: ObligationEvaluateOptions = {},
): Result<DueOccurrence[]> {
  return dueInRange(bacNinh2026Plan(), range, deadlinesEvaluator(options));
}
