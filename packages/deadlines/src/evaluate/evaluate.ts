import {
  CchcError,
  daysInMonth,
  epochDayToIso,
  err,
  formatCitation,
  isCchcError,
  makeError,
  ok,
  toEpochDay,
  type Citation,
  type Label,
  type MessageParams,
  type Result,
} from "@cchc/core";
import { resolveCalendar, type CalendarInput, type DeadlineCalendar } from "../calendar/types.js";
import { DEADLINE_CITATIONS } from "../data/citations.js";
import { DEADLINE_DEFAULTS } from "../data/defaults.js";
import { REPORTING_REGIME_DATA, type RegimeWindowKey } from "../data/reporting-regimes.js";
import { deadlineMessages } from "../messages.js";
import { parsePeriodId, periodEpochBounds, periodId, periodLabel, periodMonths, periodSchema, type Period } from "../model/period.js";
import {
  DAY_READINGS,
  REST_DAY_POLICIES,
  deadlineRuleSchema,
  type CivilPeriodRule,
  type DayOfMonthRule,
  type DayReading,
  type DeadlineRule,
  type ReportingPeriodRule,
  type ReportingWindow,
  type RestDayPolicy,
  type RuleAnchor,
  type WorkingDaysRule,
} from "../model/rule-schema.js";
import { endOfDayIso } from "../time/format.js";
import { DAY_MS, VN_OFFSET_MS, parseMoment, type DateInput, type ParsedMoment } from "../time/instant.js";
import {
  ANCHOR_LABELS,
  POLICY_LABELS,
  READING_LABELS,
  SOURCE_LABELS,
  UNIT_LABELS,
  WORDING_LABELS,
  makeStep,
  monthLabel,
  restReason,
  type DeadlineStep,
  type StepValues,
} from "./labels.js";
import type { DeadlineStepCode } from "./step-messages.js";
import type { DeadlineEvaluation, ReadingOutcome, RestDaySpan } from "./types.js";

/**
 * What {@link evaluateDeadline} needs besides the rule.
 *
 * @example
 * ```ts
 * import type { DeadlineCalendar, EvaluateOptions } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar;
 * const options: EvaluateOptions = { calendar, period: "2026-02" };
 * ```
 *
 * @category Evaluating a deadline
 */
export interface EvaluateOptions {
  /** The working-day calendar (default: `vietnamCalendar()` of `@cchc/calendar`, state bodies; pass an agency's own to override). */
  readonly calendar?: CalendarInput;
  /** The reporting period (an id such as `"2026-02"` or a {@link Period}); needed by period-based rules. */
  readonly period?: Period | string;
  /** The event a period or working-day count runs from (a receipt, a decision). */
  readonly event?: DateInput;
  /** Reading to use when the rule does not fix one (must be admissible). */
  readonly reading?: DayReading;
  /** Rest-day policy to use when the rule does not fix one. */
  readonly policy?: RestDayPolicy;
}

interface Candidate {
  readonly reading: DayReading | null;
  readonly policy: RestDayPolicy | null;
  readonly dueDay: number;
  readonly selected: boolean;
  readonly isDefault: boolean;
}

interface Core {
  readonly dueDay: number;
  readonly reading: DayReading | null;
  readonly policy: RestDayPolicy | null;
  readonly candidates: readonly Candidate[];
}

interface Ctx {
  readonly cal: DeadlineCalendar;
  readonly period: Period | null;
  readonly periodStart: number | null;
  readonly periodEnd: number | null;
  window: { start: number; end: number } | null;
  readonly event: ParsedMoment | null;
  readonly readingOption: DayReading | undefined;
  readonly policyOption: RestDayPolicy | undefined;
  readonly steps: DeadlineStep[];
  readonly citations: Citation[];
}

const fail = (code: Parameters<typeof makeError<keyof (typeof deadlineMessages)["vi"]>>[1], params: MessageParams = {}): CchcError =>
  makeError(deadlineMessages, code, params);

function step(ctx: Ctx, code: DeadlineStepCode, values: StepValues = {}): void {
  ctx.steps.push(makeStep(code, values));
}

function cite(ctx: Ctx, citation: Citation): void {
  ctx.citations.push(citation);
}

function applyPolicy(ctx: Ctx, day: number, policy: RestDayPolicy, record: boolean): number {
  const { cal } = ctx;
  if (cal.isWorkingDay(day)) {
    if (record) step(ctx, "step.working_day", { days: { date: day } });
    return day;
  }
  if (policy === "keep") {
    if (record) step(ctx, "step.rest_day_kept", { days: { date: day }, labels: { why: restReason(cal.dayInfo(day)) } });
    return day;
  }
  const target = policy === "previous-working-day" ? cal.previousWorkingDay(day, false) : cal.nextWorkingDay(day, false);
  if (record) {
    const info = cal.dayInfo(day);
    step(ctx, "step.rest_day_moved", { days: { date: day, target }, labels: { why: restReason(info), policy: POLICY_LABELS[policy] } });
    if (policy === "next-working-day") cite(ctx, DEADLINE_CITATIONS.civilCodeRestDay);
    if (info.source && info.kind !== "weekend") cite(ctx, info.source);
  }
  return target;
}

function monthAfter(year: number, month: number, offset: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + offset;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

function dayInMonth(year: number, month: number, day: number | "last"): { epoch: number; clamped: boolean } {
  const dim = daysInMonth(year, month);
  const d = day === "last" ? dim : Math.min(day, dim);
  return { epoch: toEpochDay({ year, month, day: d }), clamped: day !== "last" && day > dim };
}

function evaluateDayOfMonth(ctx: Ctx, rule: DayOfMonthRule): Core {
  const period = ctx.period;
  if (!period) throw fail("deadline.period_required", { kind: rule.kind });
  const offset = rule.monthsAfterPeriodEnd ?? 0;
  const { year, month } = monthAfter(period.year, periodMonths(period).last, offset);
  const { epoch: nDay, clamped } = dayInMonth(year, month, rule.day);
  const dayText = rule.day === "last" ? "cuối tháng" : String(rule.day);
  step(ctx, "step.month", { values: { day: dayText, offset }, labels: { month: monthLabel(year, month) } });
  if (clamped) step(ctx, "step.day_clamped", { values: { day: dayText }, labels: { month: monthLabel(year, month) }, days: { date: nDay } });

  const admissibleReadings: readonly DayReading[] = rule.reading ? [rule.reading] : rule.wording === "before" ? DAY_READINGS : ["on-or-before"];
  const defaultReading = DEADLINE_DEFAULTS.reading[rule.wording].value;
  const reading = ctx.readingOption ?? rule.reading ?? defaultReading;
  if (!admissibleReadings.includes(reading)) throw fail("deadline.reading_not_admissible", { reading, wording: rule.wording });
  const admissiblePolicies: readonly RestDayPolicy[] = rule.policy ? [rule.policy] : REST_DAY_POLICIES;
  const defaultPolicy = DEADLINE_DEFAULTS.policy.value;
  const policy = ctx.policyOption ?? rule.policy ?? defaultPolicy;
  if (!admissiblePolicies.includes(policy)) throw fail("deadline.policy_not_admissible", { policy });

  const lastAllowed = (r: DayReading): number => (r === "on-or-before" ? nDay : nDay - 1);
  const source: Label = rule.reading
    ? SOURCE_LABELS.rule
    : ctx.readingOption
      ? SOURCE_LABELS.option
      : rule.wording === "before"
        ? SOURCE_LABELS.default
        : SOURCE_LABELS.plain;
  step(ctx, "step.reading", {
    labels: { wording: WORDING_LABELS[rule.wording](dayText), reading: READING_LABELS[reading], source },
    days: { date: lastAllowed(reading) },
  });
  if (rule.wording === "before" && !rule.reading) cite(ctx, DEADLINE_CITATIONS.beforeDayReading);
  const dueDay = applyPolicy(ctx, lastAllowed(reading), policy, true);
  const candidates: Candidate[] = [];
  for (const r of admissibleReadings) {
    for (const p of admissiblePolicies) {
      candidates.push({
        reading: r,
        policy: p,
        dueDay: applyPolicy(ctx, lastAllowed(r), p, false),
        selected: r === reading && p === policy,
        isDefault: r === defaultReading && p === defaultPolicy,
      });
    }
  }
  return { dueDay, reading, policy, candidates };
}

function anchorDay(ctx: Ctx, anchor: RuleAnchor): number {
  if (anchor === "event") {
    if (!ctx.event) throw fail("deadline.event_required", {});
    return ctx.event.day;
  }
  const day = anchor === "window-end" ? (ctx.window?.end ?? ctx.periodEnd) : ctx.periodEnd;
  if (day === null) throw fail("deadline.period_required", { kind: anchor });
  return day;
}

function evaluateCivilPeriod(ctx: Ctx, rule: CivilPeriodRule): Core {
  const anchor = rule.anchor ?? "event";
  const start = anchorDay(ctx, anchor);
  step(ctx, "step.anchor", { labels: { anchor: ANCHOR_LABELS[anchor] }, days: { date: start } });
  let end = start;
  let clamped = false;
  if (rule.amount > 0) {
    step(ctx, "step.civil_start", { days: { start, next: start + 1 } });
    cite(ctx, anchor === "event" ? DEADLINE_CITATIONS.civilCodeEventStart : DEADLINE_CITATIONS.civilCodeStart);
    if (rule.unit === "day") end = start + rule.amount;
    else if (rule.unit === "week") end = start + 7 * rule.amount;
    else {
      const iso = epochDayToIso(start);
      const y = Number(iso.slice(0, 4));
      const m = Number(iso.slice(5, 7));
      const d = Number(iso.slice(8, 10));
      const target = monthAfter(y, m, rule.unit === "month" ? rule.amount : 12 * rule.amount);
      const r = dayInMonth(target.year, target.month, d);
      end = r.epoch;
      clamped = r.clamped;
    }
  }
  step(ctx, "step.civil_end", { values: { amount: rule.amount }, labels: { unit: UNIT_LABELS[rule.unit]! }, days: { date: end } });
  cite(ctx, DEADLINE_CITATIONS.civilCodeEnd);
  if (clamped) {
    step(ctx, "step.civil_month_clamped", { days: { date: end } });
    cite(ctx, DEADLINE_CITATIONS.civilCodeMonthEnd);
  }
  const defaultPolicy = DEADLINE_DEFAULTS.civilPeriodPolicy.value;
  if (rule.restDayPolicy && ctx.policyOption && ctx.policyOption !== rule.restDayPolicy) {
    throw fail("deadline.policy_not_admissible", { policy: ctx.policyOption });
  }
  const policy = rule.restDayPolicy ?? ctx.policyOption ?? defaultPolicy;
  const dueDay = applyPolicy(ctx, end, policy, true);
  return { dueDay, reading: null, policy, candidates: [{ reading: null, policy, dueDay, selected: true, isDefault: policy === defaultPolicy }] };
}

const CUTOFF = /^(\d{2}):(\d{2})$/;

function evaluateWorkingDays(ctx: Ctx, rule: WorkingDaysRule): Core {
  const { cal } = ctx;
  const anchor = rule.anchor ?? "event";
  let from: number;
  if (anchor === "event") {
    const event = ctx.event;
    if (!event) throw fail("deadline.event_required", {});
    from = event.day;
    if (event.minute !== null) {
      const hh = String(Math.floor(event.minute / 60)).padStart(2, "0");
      const mm = String(event.minute % 60).padStart(2, "0");
      step(ctx, "step.receipt", { values: { time: `${hh}:${mm}` }, days: { date: from } });
    } else {
      step(ctx, "step.receipt_date", { days: { date: from } });
    }
    if (!cal.isWorkingDay(from)) {
      const target = cal.nextWorkingDay(from, false);
      step(ctx, "step.receipt_rest_day", { days: { date: from, target }, labels: { why: restReason(cal.dayInfo(from)) } });
      from = target;
    } else if (rule.receiptCutoff && event.ms !== null) {
      const m = CUTOFF.exec(rule.receiptCutoff);
      const cutoffMs = m ? (Number(m[1]) * 60 + Number(m[2])) * 60_000 : DAY_MS;
      const local = event.ms + VN_OFFSET_MS;
      const msOfDay = local - Math.floor(local / DAY_MS) * DAY_MS;
      if (msOfDay > cutoffMs) {
        const target = cal.nextWorkingDay(from, false);
        step(ctx, "step.receipt_after_cutoff", { values: { cutoff: rule.receiptCutoff }, days: { target } });
        cite(ctx, DEADLINE_CITATIONS.oneStopForwarding);
        from = target;
      }
    }
  } else {
    from = anchorDay(ctx, anchor);
    step(ctx, "step.anchor", { labels: { anchor: ANCHOR_LABELS[anchor] }, days: { date: from } });
  }
  let dueDay: number;
  if (rule.days === 0) {
    dueDay = cal.nextWorkingDay(from, true);
    step(ctx, "step.same_day", { days: { date: dueDay } });
  } else {
    dueDay = cal.addWorkingDays(from, rule.days);
    step(ctx, "step.working_days", { values: { days: rule.days }, days: { start: from, date: dueDay } });
  }
  return { dueDay, reading: null, policy: null, candidates: [{ reading: null, policy: null, dueDay, selected: true, isDefault: true }] };
}

function windowKeys(period: Period): RegimeWindowKey[] {
  switch (period.kind) {
    case "quarter":
      return [`Q${period.quarter}` as RegimeWindowKey, "quarter"];
    case "half-year":
      return [`H${period.half}` as RegimeWindowKey, "half-year"];
    default:
      return [period.kind];
  }
}

function windowDays(period: Period, w: ReportingWindow): { start: number; end: number } {
  const { first, last } = periodMonths(period);
  const s = monthAfter(period.year, first, w.startMonthOffset);
  return { start: dayInMonth(s.year, s.month, w.startDay).epoch, end: dayInMonth(period.year, last, w.endDay).epoch };
}

function evaluateReportingPeriod(ctx: Ctx, rule: ReportingPeriodRule): Core {
  const period = ctx.period;
  if (!period) throw fail("deadline.period_required", { kind: rule.kind });
  const regime = REPORTING_REGIME_DATA[rule.regime];
  const base = windowKeys(period)
    .map((key) => regime.windows[key])
    .find((w) => w !== undefined);
  if (!base) throw fail("deadline.period_not_in_regime", { period: periodId(period), regime: rule.regime });
  const override = rule.windows?.[period.kind];
  const window = windowDays(period, override ?? base.window);
  ctx.window = window;
  step(ctx, "step.window", { labels: { regime: regime.label }, days: { start: window.start, end: window.end } });
  if (!override) cite(ctx, base.citation);
  const due = rule.due ?? regime.due?.rule;
  if (!due) throw fail("deadline.due_required", { regime: rule.regime });
  if (rule.due) {
    step(ctx, "step.due_rule", { labels: { source: { vi: "quy tắc riêng của báo cáo", en: "the report's own rule" } } });
  } else if (regime.due) {
    step(ctx, "step.due_rule", { labels: { source: { vi: formatCitation(regime.due.citation, "vi"), en: formatCitation(regime.due.citation, "en") } } });
    cite(ctx, regime.due.citation);
  }
  return evaluateCore(ctx, due);
}

function evaluateCore(ctx: Ctx, rule: DeadlineRule): Core {
  switch (rule.kind) {
    case "day-of-month":
      return evaluateDayOfMonth(ctx, rule);
    case "period":
      return evaluateCivilPeriod(ctx, rule);
    case "working-days":
      return evaluateWorkingDays(ctx, rule);
    case "reporting-period":
      return evaluateReportingPeriod(ctx, rule);
  }
}

const MAX_SPAN_DAYS = 1000;

function baseName(name: string): string {
  const cut = name.indexOf(" (");
  return cut > 0 ? name.slice(0, cut) : name;
}

function restDaySpans(cal: DeadlineCalendar, from: number, to: number): RestDaySpan[] {
  const spans: RestDaySpan[] = [];
  if (to - from > MAX_SPAN_DAYS) return spans;
  let runStart = -1;
  let names: Label[] = [];
  let special = false;
  const close = (end: number): void => {
    if (runStart >= 0 && special) {
      spans.push({ from: epochDayToIso(runStart), to: epochDayToIso(end), days: end - runStart + 1, names });
    }
    runStart = -1;
    names = [];
    special = false;
  };
  for (let day = from; day <= to; day++) {
    const info = cal.dayInfo(day);
    if (info.working) {
      close(day - 1);
      continue;
    }
    if (runStart < 0) runStart = day;
    if (info.kind === "weekend") continue;
    special = true;
    if (info.name) {
      // "Tết Nguyên đán (mùng 1 Tết)" and "Tết Nguyên đán (29 tháng Chạp)" are one holiday in a summary.
      const name = { vi: baseName(info.name.vi), en: baseName(info.name.en) };
      if (!names.some((n) => n.vi === name.vi)) names.push(name);
    }
  }
  close(to);
  return spans;
}

function dedupeCitations(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = JSON.stringify(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function resolvePeriod(input: Period | string | undefined): Result<Period | null> {
  if (input === undefined) return ok(null);
  if (typeof input === "string") return parsePeriodId(input);
  const parsed = periodSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : err(fail("deadline.invalid_period_id", { input: JSON.stringify(input).slice(0, 60) }));
}

/**
 * Evaluates a deadline rule on a working-day calendar: the due date, the instant it ends (24:00 Vietnam
 * time, Civil Code Điều 148 khoản 6), every admissible reading with the earliest and latest safe dates,
 * the holidays on the way (such as the Tết break), the steps taken and the citations — as data, with
 * the text of every step in Vietnamese and English (see {@link explainDeadline} for paste-ready text).
 *
 * The rule is validated first (it may come from JSON). Period-based rules need `period`; event-based
 * rules need `event`. Never throws: bad input and calendar failures come back as typed errors.
 *
 * @param rule - The rule (validated with {@link deadlineRuleSchema}).
 * @param options - Calendar, period or event, and optional reading / policy choices.
 * @returns The evaluation, or an error (`deadline.invalid_rule`, `deadline.period_required`,
 *   `deadline.event_required`, `deadline.period_not_in_regime`, `deadline.reading_not_admissible`, …).
 * @example
 * ```ts
 * import { evaluateDeadline, type DeadlineCalendar } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar; // e.g. vietnamCalendar() of @cchc/calendar
 * // "Định kỳ trước ngày 10 hằng tháng": the report on February 2026
 * const r = evaluateDeadline({ kind: "day-of-month", day: 10, wording: "before", monthsAfterPeriodEnd: 1 }, { calendar, period: "2026-02" });
 * if (r.ok) r.value.due; // "2026-03-09" under the default reading (strictly before, previous working day)
 * ```
 *
 * @category Evaluating a deadline
 */
export function evaluateDeadline(rule: DeadlineRule, options: EvaluateOptions): Result<DeadlineEvaluation> {
  const parsedRule = deadlineRuleSchema.safeParse(rule);
  if (!parsedRule.success) {
    const issue = parsedRule.error.issues[0];
    return err(fail("deadline.invalid_rule", { path: issue ? issue.path.join(".") || "/" : "/", message: issue?.message ?? "" }));
  }
  const period = resolvePeriod(options.period);
  if (!period.ok) return period;
  let event: ParsedMoment | null = null;
  if (options.event !== undefined) {
    const parsed = parseMoment(options.event);
    if (!parsed.ok) return parsed;
    event = parsed.value;
  }
  try {
    return ok(run(parsedRule.data, period.value, event, options));
  } catch (error) {
    return err(calendarError(error));
  }
}

/** A thrown value as a typed error: a `CchcError` (ours or the calendar's) as is, anything else as `deadline.calendar_error`. */
export function calendarError(error: unknown): CchcError {
  if (isCchcError(error)) return error;
  return fail("deadline.calendar_error", { message: error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200) });
}

function run(rule: DeadlineRule, period: Period | null, event: ParsedMoment | null, options: EvaluateOptions): DeadlineEvaluation {
  const cal = resolveCalendar(options.calendar);
  const bounds = period ? periodEpochBounds(period) : null;
  const ctx: Ctx = {
    cal,
    period,
    periodStart: bounds?.start ?? null,
    periodEnd: bounds?.end ?? null,
    window: null,
    event,
    readingOption: options.reading,
    policyOption: options.policy,
    steps: [],
    citations: [],
  };
  if (period && bounds) step(ctx, "step.period", { labels: { period: periodLabel(period) }, days: { start: bounds.start, end: bounds.end } });
  const core = evaluateCore(ctx, rule);
  const dueDay = core.dueDay;
  step(ctx, "step.end_of_day", { values: { instant: endOfDayIso(dueDay) }, days: { date: dueDay } });
  cite(ctx, DEADLINE_CITATIONS.civilCodeEndOfDay);

  const dues = core.candidates.map((c) => c.dueDay);
  const earliest = Math.min(...dues);
  const latest = Math.max(...dues);
  const distinct = new Set(dues).size;
  if (distinct > 1) {
    step(ctx, "step.readings_differ", { values: { count: core.candidates.length, dates: distinct }, days: { earliest, latest } });
  }
  const estimated = [...new Set(dues)].some((day) => cal.dayInfo(day).estimated);
  if (estimated) step(ctx, "step.estimated");

  const reference = ctx.window?.end ?? ctx.periodEnd ?? event?.day ?? dueDay;
  const spanFrom = ctx.periodStart ?? event?.day ?? dueDay;
  const readings: ReadingOutcome[] = core.candidates.map((c) => ({
    reading: c.reading,
    policy: c.policy,
    due: epochDayToIso(c.dueDay),
    selected: c.selected,
    isDefault: c.isDefault,
  }));
  return {
    rule,
    period,
    periodId: period ? periodId(period) : null,
    window: ctx.window ? { start: epochDayToIso(ctx.window.start), end: epochDayToIso(ctx.window.end) } : null,
    due: epochDayToIso(dueDay),
    dueDay,
    endsAt: endOfDayIso(dueDay),
    endsAtMs: (dueDay + 1) * DAY_MS - VN_OFFSET_MS,
    reading: core.reading,
    policy: core.policy,
    readings,
    ambiguous: distinct > 1,
    earliestSafe: epochDayToIso(earliest),
    latestSafe: epochDayToIso(latest),
    restDays: restDaySpans(cal, Math.min(spanFrom, earliest), latest),
    workingDaysToDue: cal.countWorkingDays(reference + 1, dueDay),
    steps: ctx.steps,
    citations: dedupeCitations(ctx.citations),
    estimated,
  };
}
