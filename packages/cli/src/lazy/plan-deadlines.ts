/**
 * The plan's obligations and their evaluation, shared by `cchc deadlines` and `cchc explain`. This
 * module loads @cchc/plan, @cchc/deadlines (and zod through them): the commands import it only when they
 * run.
 */
import { err, makeError, ok, type Result } from "@cchc/core";
import {
  evaluateObligation,
  parsePeriodId,
  periodBounds,
  periodId,
  periodLabel,
  periodsOfYear,
  scheduleObligations,
  type DeadlineEvaluation,
  type Obligation,
  type Occurrence,
  type Party,
  type Period,
  type Schedule,
} from "@cchc/deadlines";
import { toCivilDate } from "@cchc/calendar";
import { bacNinh2026Plan, obligationsOwedBy, planObligations, type Plan } from "@cchc/plan";
import { REPORT_PLAN_EDGES } from "@cchc/reports";
import { cliMessages } from "../messages.js";
import type { DeadlineJson, PartyJson } from "../commands/deadlines-json.js";

export { explainDeadline, toICalendar } from "@cchc/deadlines";
export type { Occurrence };

/** The plan the CLI ships: Bắc Ninh's 2026 plan. */
export function shippedPlan(): Plan {
  return bacNinh2026Plan();
}

/** The plan's first and last year (its period, e.g. 2026-01-01 – 2026-12-31). */
function planYears(plan: Plan): { first: number; last: number } {
  return { first: Number(plan.metadata.period.from.slice(0, 4)), last: Number(plan.metadata.period.to.slice(0, 4)) };
}

/** The year's schedule of the plan's obligations (those `actor` owes, when given). */
export function planSchedule(plan: Plan, year: number, actor: string | undefined): Result<Schedule> {
  const { first, last } = planYears(plan);
  if (year < first || year > last) {
    return err(makeError(cliMessages, "input.year_outside_plan", { year, plan: plan.id, from: plan.metadata.period.from, to: plan.metadata.period.to }));
  }
  let obligations = planObligations(plan);
  if (actor !== undefined) {
    const owed = obligationsOwedBy(plan, actor);
    if (!owed.ok) return owed;
    const ids = new Set(owed.value.map((edge) => `${plan.id}.${edge.id}`.toLowerCase()));
    obligations = obligations.filter((o) => ids.has(o.id));
  }
  return scheduleObligations(obligations, { year });
}

/** The plan's actor ids that owe at least one dated obligation (for the unknown-actor message). */
export function reportingActorIds(plan: Plan): string[] {
  return [...new Set(planObligations(plan).flatMap((o) => o.who.map((p) => p.id)))];
}

/**
 * The obligation with this id, full (`bac-ninh-2026.media-monthly-report`) or without the plan prefix,
 * or named by the schema id of its report (`monthly-media-report`, see `REPORT_PLAN_EDGES` of
 * @cchc/reports).
 */
export function findObligation(plan: Plan, id: string): Obligation | undefined {
  const typed = id.trim().toLowerCase();
  const wanted = Object.hasOwn(REPORT_PLAN_EDGES, typed) ? (REPORT_PLAN_EDGES[typed as keyof typeof REPORT_PLAN_EDGES] ?? typed) : typed;
  return planObligations(plan).find((o) => o.id === wanted || o.id === `${plan.id}.${wanted}`);
}

/** The ids of the plan's dated obligations. */
export function obligationIds(plan: Plan): string[] {
  return planObligations(plan).map((o) => o.id);
}

/** What a reader may type for an obligation: its id without the plan prefix, or its report's schema id. */
export function obligationNames(plan: Plan): string[] {
  const short = obligationIds(plan).map((id) => id.slice(plan.id.length + 1));
  const schemas = Object.entries(REPORT_PLAN_EDGES).flatMap(([schema, edge]) => (edge !== null && short.includes(edge) ? [schema] : []));
  return [...short, ...schemas];
}

/** The current year in Việt Nam (Asia/Ho_Chi_Minh), whatever the host's time zone. */
export function currentYear(now: Date): number {
  const today = toCivilDate(now);
  return today.ok ? Number(today.value.slice(0, 4)) : now.getUTCFullYear();
}

/**
 * A period id of the obligation's recurrence within the plan's period, or a typed error:
 * `deadline.invalid_period_id`, `input.period_not_in_recurrence`, `input.period_outside_plan`.
 */
export function planPeriod(plan: Plan, obligation: Obligation, text: string): Result<Period> {
  const parsed = parsePeriodId(text);
  if (!parsed.ok) return parsed;
  const id = periodId(parsed.value);
  const periods = periodsOfYear(obligation.periodKind, parsed.value.year).map(periodId);
  if (!periods.includes(id)) {
    return err(makeError(cliMessages, "input.period_not_in_recurrence", { period: id, obligation: obligation.id, periods: periods.join(", ") }));
  }
  const { end } = periodBounds(parsed.value);
  if (end < plan.metadata.period.from || end > plan.metadata.period.to) {
    return err(makeError(cliMessages, "input.period_outside_plan", { period: id, plan: plan.id, from: plan.metadata.period.from, to: plan.metadata.period.to }));
  }
  return ok(parsed.value);
}

/** The obligation evaluated for one period on the state bodies' calendar. */
export function evaluate(obligation: Obligation, period: Period) {
  return evaluateObligation(obligation, period, {});
}

const parties = (list: readonly Party[] | undefined): PartyJson[] => (list ?? []).map((p) => ({ id: p.id, name: p.name }));

/** The `--json` form of one occurrence. */
export function deadlineJson(obligation: Obligation, period: Period, e: DeadlineEvaluation): DeadlineJson {
  return {
    obligation: obligation.id,
    period: periodId(period),
    due: e.due,
    endsAt: e.endsAt,
    periodLabel: periodLabel(period),
    what: obligation.what,
    who: parties(obligation.who),
    to: parties(obligation.to),
    copyTo: parties(obligation.copyTo),
    reading: e.reading,
    policy: e.policy,
    ambiguous: e.ambiguous,
    earliestSafe: e.earliestSafe,
    latestSafe: e.latestSafe,
    estimated: e.estimated,
    source: obligation.source,
  };
}
