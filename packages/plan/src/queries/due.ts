import { err, isIsoDate, makeError, ok, type IsoDate, type Label, type Result } from "@cchc/core";
import { periodBounds, periodId, periodLabel, periodsOfYear, type Obligation, type Period } from "@cchc/deadlines";
import type { Plan } from "../model/plan.js";
import { planMessages } from "../messages.js";
import { planObligations } from "./obligations.js";

/**
 * What a deadline evaluator returns for one obligation and one reporting period: the due date under the
 * reading in force and, when the text is ambiguous, the earliest and latest dates over every admissible
 * reading, with an optional explanation.
 *
 * @example
 * ```ts
 * import type { EvaluatedDue } from "@cchc/plan";
 *
 * const d: EvaluatedDue = { due: "2026-02-09", earliest: "2026-02-09", latest: "2026-02-10" };
 * ```
 *
 * @category Queries
 */
export interface EvaluatedDue {
  /** The due date under the rule's reading (or the documented default). */
  readonly due: IsoDate;
  /** The earliest due date over every admissible reading, when they differ. */
  readonly earliest?: IsoDate;
  /** The latest due date over every admissible reading, when they differ. */
  readonly latest?: IsoDate;
  /** Why, in both languages (paste-ready). */
  readonly explanation?: Label;
}

/**
 * A function that evaluates an obligation's rule for one period on a calendar — the evaluation of
 * `@cchc/deadlines` bound to a working-day calendar, or any stand-in (a fixed table, a test double).
 *
 * @example
 * ```ts
 * import type { DueDateEvaluator } from "@cchc/plan";
 * import { ok } from "@cchc/core";
 *
 * const tenthOfNextMonth: DueDateEvaluator = (_obligation, period) =>
 *   ok({ due: period.kind === "month" ? `${period.month === 12 ? period.year + 1 : period.year}-${String((period.month % 12) + 1).padStart(2, "0")}-09` : `${period.year}-12-20` });
 * ```
 *
 * @category Queries
 */
export type DueDateEvaluator = (obligation: Obligation, period: Period) => Result<EvaluatedDue>;

/**
 * One dated occurrence of an obligation: which obligation, for which period, due when.
 *
 * @example
 * ```ts
 * import type { DueOccurrence } from "@cchc/plan";
 *
 * function line(o: DueOccurrence): string {
 *   return `${o.due}: ${o.obligation.what.vi} (${o.periodLabel.vi})`;
 * }
 * ```
 *
 * @category Queries
 */
export interface DueOccurrence {
  /** The obligation (from {@link planObligations}). */
  readonly obligation: Obligation;
  /** The reporting period's id (`"2026-03"`, `"2026-Q1"`, `"2026-H1"`, `"2026"`). */
  readonly period: string;
  /** The period, in words. */
  readonly periodLabel: Label;
  /** The evaluated due date, with the range over readings. */
  readonly due: IsoDate;
  /** The earliest due date over every admissible reading, when they differ. */
  readonly earliest?: IsoDate;
  /** The latest due date over every admissible reading, when they differ. */
  readonly latest?: IsoDate;
  /** Why, when the evaluator explains. */
  readonly explanation?: Label;
}

/**
 * What is due in a date range: every occurrence of the plan's scheduled obligations (see
 * {@link planObligations}) whose due date falls between `from` and `to` inclusive, sorted by date. The
 * periods are those of the plan's own period (for a 2026 plan: the months, quarters… ending in 2026 — so
 * the December report, due in January 2027, is included, and no report on December 2025 is). Dates come
 * from the injected `evaluate` function; an evaluation error stops the query and is returned (a date is
 * never silently skipped).
 *
 * @param plan - The plan.
 * @param range - `from` and `to`, ISO dates, inclusive.
 * @param evaluate - The deadline evaluator.
 * @returns The occurrences, or `plan.date_range_invalid`, or the evaluator's error.
 * @example
 * ```ts
 * import { ok } from "@cchc/core";
 * import { bacNinh2026Plan, dueInRange, type DueDateEvaluator } from "@cchc/plan";
 *
 * const fake: DueDateEvaluator = (_o, period) => ok({ due: period.kind === "month" ? `${period.year}-${String(period.month).padStart(2, "0")}-28` : `${period.year}-12-20` });
 * const r = dueInRange(bacNinh2026Plan(), { from: "2026-03-01", to: "2026-03-31" }, fake);
 * if (r.ok) r.value.map((o) => o.period); // => ["2026-03"]
 * ```
 *
 * @category Queries
 */
export function dueInRange(plan: Plan, range: { readonly from: IsoDate; readonly to: IsoDate }, evaluate: DueDateEvaluator): Result<DueOccurrence[]> {
  if (!isIsoDate(range.from) || !isIsoDate(range.to) || range.from > range.to) {
    return err(makeError(planMessages, "plan.date_range_invalid", { from: String(range.from).slice(0, 20), to: String(range.to).slice(0, 20) }));
  }
  const { from: planFrom, to: planTo } = plan.metadata.period;
  const firstYear = Number(planFrom.slice(0, 4));
  const lastYear = Number(planTo.slice(0, 4));
  const occurrences: (DueOccurrence & { order: number })[] = [];
  const obligations = planObligations(plan);
  for (const [order, obligation] of obligations.entries()) {
    for (let year = firstYear; year <= lastYear; year++) {
      for (const period of periodsOfYear(obligation.periodKind, year)) {
        const { end } = periodBounds(period);
        if (end < planFrom || end > planTo) continue;
        const evaluated = evaluate(obligation, period);
        if (!evaluated.ok) return evaluated;
        const { due, earliest, latest, explanation } = evaluated.value;
        if (due < range.from || due > range.to) continue;
        occurrences.push({
          obligation,
          period: periodId(period),
          periodLabel: periodLabel(period),
          due,
          ...(earliest !== undefined ? { earliest } : {}),
          ...(latest !== undefined ? { latest } : {}),
          ...(explanation !== undefined ? { explanation } : {}),
          order,
        });
      }
    }
  }
  occurrences.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.order - b.order));
  return ok(occurrences.map(({ order: _order, ...rest }) => rest));
}
