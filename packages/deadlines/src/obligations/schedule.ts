import { err, makeError, ok, type CchcError, type IsoDate, type Result } from "@cchc/core";
import type { DeadlineEvaluation } from "../evaluate/types.js";
import { deadlineMessages } from "../messages.js";
import { obligationSchema, type Obligation } from "../model/obligation-schema.js";
import { periodId, periodsOfYear, type Period } from "../model/period.js";
import type { CalendarInput } from "../calendar/types.js";
import type { DayReading, RestDayPolicy } from "../model/rule-schema.js";
import { evaluateValidObligation, type PrecedenceOutcome } from "./evaluate-obligation.js";

/**
 * One dated occurrence of an obligation: the obligation, the period, and the evaluated deadline.
 *
 * @example
 * ```ts
 * import type { Occurrence } from "@cchc/deadlines";
 *
 * function line(o: Occurrence): string {
 *   return `${o.due} ${o.obligation.what.vi} (${o.periodId})`;
 * }
 * ```
 *
 * @category Obligations
 */
export interface Occurrence {
  /** The obligation's id. */
  readonly obligationId: string;
  /** The obligation. */
  readonly obligation: Obligation;
  /** The period the occurrence reports on. */
  readonly period: Period;
  /** The period's id, e.g. `"2026-02"`. */
  readonly periodId: string;
  /** The due date. */
  readonly due: IsoDate;
  /** The due date as an epoch day. */
  readonly dueDay: number;
  /** End of the due date, 24:00 Vietnam time, in epoch milliseconds (exclusive). */
  readonly endsAtMs: number;
  /** The full evaluation (readings, steps, citations). */
  readonly evaluation: DeadlineEvaluation;
  /** The precedence record, if the obligation names defaults it overrides. */
  readonly precedence: PrecedenceOutcome | null;
}

/**
 * An obligation or period that could not be scheduled, with the reason.
 *
 * @example
 * ```ts
 * import type { ScheduleProblem } from "@cchc/deadlines";
 *
 * function describe(p: ScheduleProblem): string {
 *   return `${p.obligationId} ${p.periodId ?? ""}: ${p.error.localized("en")}`;
 * }
 * ```
 *
 * @category Obligations
 */
export interface ScheduleProblem {
  /** The obligation's id (or `"#<index>"` when the obligation has no valid id). */
  readonly obligationId: string;
  /** The period, when the problem is one period's. */
  readonly periodId: string | null;
  /** The typed error. */
  readonly error: CchcError;
}

/**
 * The dated occurrences of a set of obligations over one year, sorted by due date, and the problems
 * met on the way (one bad obligation never stops the others).
 *
 * @example
 * ```ts
 * import type { Schedule } from "@cchc/deadlines";
 *
 * function count(s: Schedule): number {
 *   return s.occurrences.length;
 * }
 * ```
 *
 * @category Obligations
 */
export interface Schedule {
  /** The year whose periods were scheduled. */
  readonly year: number;
  /** The occurrences, by due date then obligation id. */
  readonly occurrences: readonly Occurrence[];
  /** Obligations or periods that could not be scheduled. */
  readonly problems: readonly ScheduleProblem[];
}

/**
 * Options of {@link scheduleObligations}: the calendar, optional reading choices, and the year.
 *
 * @example
 * ```ts
 * import type { DeadlineCalendar, ScheduleOptions } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar;
 * const options: ScheduleOptions = { calendar, year: 2026 };
 * ```
 *
 * @category Obligations
 */
export interface ScheduleOptions {
  /** The working-day calendar (default: `vietnamCalendar()` of `@cchc/calendar`, state bodies; pass an agency's own to override). */
  readonly calendar?: CalendarInput;
  /** Reading to use where a rule does not fix one. */
  readonly reading?: DayReading;
  /** Rest-day policy to use where a rule does not fix one. */
  readonly policy?: RestDayPolicy;
  /** The year whose periods are scheduled (an obligation on the months of 2026 includes the report on December 2026, due in January 2027). */
  readonly year: number;
}

/**
 * Schedules obligations over a year: for each obligation, every period of the year for its
 * recurrence (`"month"` → 12, `"cchc-cycle"` → quarter I, 6 months, quarter III, year, …) is evaluated
 * into a dated occurrence. Obligations are validated; invalid ones and periods that cannot be
 * evaluated are reported in `problems`.
 *
 * @param obligations - The obligations (for instance those of `@cchc/plan`).
 * @param options - Calendar, year and optional reading choices.
 * @returns The schedule, or `deadline.year_out_of_range` for a year outside 1900–2199.
 * @example
 * ```ts
 * import { scheduleObligations, type DeadlineCalendar, type Obligation } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar;
 * declare const obligations: Obligation[];
 * const r = scheduleObligations(obligations, { calendar, year: 2026 });
 * if (r.ok) for (const o of r.value.occurrences) console.log(o.due, o.periodId, o.obligation.what.vi);
 * ```
 *
 * @category Obligations
 */
export function scheduleObligations(obligations: Iterable<Obligation>, options: ScheduleOptions): Result<Schedule> {
  const { year, ...evaluateOptions } = options;
  if (!Number.isInteger(year) || year < 1900 || year > 2199) {
    return err(makeError(deadlineMessages, "deadline.year_out_of_range", { year: String(year), min: 1900, max: 2199 }));
  }
  const occurrences: Occurrence[] = [];
  const problems: ScheduleProblem[] = [];
  let index = 0;
  for (const candidate of obligations) {
    const parsed = obligationSchema.safeParse(candidate);
    const rawId = (candidate as { id?: unknown } | null)?.id;
    const label = typeof rawId === "string" && rawId.length <= 200 ? rawId : `#${index}`;
    index++;
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push({
        obligationId: label,
        periodId: null,
        error: makeError(deadlineMessages, "deadline.invalid_obligation", { path: issue ? issue.path.join(".") || "/" : "/", message: issue?.message ?? "" }),
      });
      continue;
    }
    const obligation = parsed.data;
    for (const period of periodsOfYear(obligation.periodKind, year)) {
      const r = evaluateValidObligation(obligation, period, evaluateOptions);
      if (!r.ok) {
        problems.push({ obligationId: obligation.id, periodId: periodId(period), error: r.error });
        continue;
      }
      const e = r.value.evaluation;
      occurrences.push({
        obligationId: obligation.id,
        obligation,
        period,
        periodId: periodId(period),
        due: e.due,
        dueDay: e.dueDay,
        endsAtMs: e.endsAtMs,
        evaluation: e,
        precedence: r.value.precedence,
      });
    }
  }
  occurrences.sort((a, b) => a.dueDay - b.dueDay || (a.obligationId < b.obligationId ? -1 : a.obligationId > b.obligationId ? 1 : 0));
  return ok({ year, occurrences, problems });
}
