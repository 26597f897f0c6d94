import {
  epochDayToIso,
  err,
  makeError,
  messageLabel,
  ok,
  parseIsoDate,
  toEpochDay,
  type Citation,
  type Confidence,
  type IsoDate,
  type Label,
  type MessageParams,
  type Result,
} from "@cchc/core";
import { evaluateDeadline, type CalendarInput, type DeadlineRule, type Obligation } from "@cchc/deadlines";
import * as z from "zod/mini";
import { reportObligation } from "../data/obligations.js";
import { reportCalculatorMessages, type ReportCalculatorCode } from "../messages/calculators.js";
import type { ReportSchemaId } from "../validate/definition.js";

/**
 * A due date as a deadline evaluation gives it: the due date under the selected reading and, when the
 * rule can be read several ways ("trước ngày 10"), the earliest and latest admissible due dates. The
 * `DeadlineEvaluation` of `@cchc/deadlines` has this shape.
 *
 * @example
 * ```ts
 * import type { DueDate } from "@cchc/reports";
 *
 * const due: DueDate = { due: "2026-03-09", earliestSafe: "2026-03-09", latestSafe: "2026-03-10" };
 * ```
 *
 * @category Calculators
 */
export interface DueDate {
  /** The due date under the selected (default) reading: the last day on which the report is on time. */
  readonly due: IsoDate;
  /** The earliest due date over the admissible readings (default: `due`). */
  readonly earliestSafe?: IsoDate;
  /** The latest due date over the admissible readings (default: `due`). */
  readonly latestSafe?: IsoDate;
  /** The legal sources of the due date. */
  readonly citations?: readonly Citation[];
}

/**
 * Computes the due date of a deadline rule for a reporting period (`"2026-02"`, `"2026-Q1"`…) — for
 * example `(rule, period) => evaluateDeadline(rule, { calendar, period })` with `@cchc/deadlines` and
 * `@cchc/calendar`. Injected, so that the timeliness calculator works with any calendar (an agency's,
 * a test calendar).
 *
 * @example
 * ```ts
 * import { ok } from "@cchc/core";
 * import type { DueDateFunction } from "@cchc/reports";
 *
 * // A fixed answer, as in a test: the February report is due on 9 March.
 * const dueDate: DueDateFunction = () => ok({ due: "2026-03-09" });
 * ```
 *
 * @category Calculators
 */
export type DueDateFunction = (rule: DeadlineRule, period: string) => Result<DueDate>;

/**
 * What a report must carry to be judged: its period (`month` for the monthly media report, `period`
 * for the others) and, unless given separately, when it was submitted.
 *
 * @example
 * ```ts
 * import type { TimelinessReport } from "@cchc/reports";
 *
 * const r: TimelinessReport = { month: "2026-02", submittedAt: "2026-03-06T09:30:00+07:00" };
 * ```
 *
 * @category Calculators
 */
export interface TimelinessReport {
  /** Reporting month (monthly media report). */
  readonly month?: string;
  /** Reporting period (other reports). */
  readonly period?: string;
  /** When the report was submitted, with offset. */
  readonly submittedAt?: string;
}

/**
 * Options of {@link reportTimeliness}.
 *
 * @example
 * ```ts
 * import { ok } from "@cchc/core";
 * import type { TimelinessOptions } from "@cchc/reports";
 *
 * const fixed: TimelinessOptions = { dueDate: () => ok({ due: "2026-03-09" }), submittedAt: "2026-03-10T08:00:00+07:00" };
 * const onTheStateCalendar: TimelinessOptions = {}; // evaluateDeadline on vietnamCalendar()
 * ```
 *
 * @category Calculators
 */
export interface TimelinessOptions {
  /**
   * Computes the due date (see {@link DueDateFunction}). Default: `evaluateDeadline` of
   * `@cchc/deadlines` on `calendar` — every admissible reading of the rule, Vietnam's working-day
   * calendar of state bodies unless another is given.
   */
  readonly dueDate?: DueDateFunction;
  /** The working-day calendar of the default due-date function (default: `vietnamCalendar()` of `@cchc/calendar`). */
  readonly calendar?: CalendarInput;
  /** The obligation to judge against (default: the plan's, {@link reportObligation}). */
  readonly obligation?: Obligation;
  /** When the report was received, overriding the report's own `submittedAt` (the intake's clock wins). */
  readonly submittedAt?: string;
  /** The period, overriding the report's `month` / `period`. */
  readonly period?: string;
}

/**
 * How a submission compares with its deadline:
 * - `"on-time"` — on or before the earliest admissible due date: on time however the rule is read;
 * - `"ambiguous"` — after the earliest but on or before the latest admissible due date: on time under
 *   at least one reading only (see `onTimeUnderDefault` for the documented default reading);
 * - `"late"` — after every admissible due date.
 *
 * @example
 * ```ts
 * import type { TimelinessStatus } from "@cchc/reports";
 *
 * const s: TimelinessStatus = "ambiguous";
 * ```
 *
 * @category Calculators
 */
export type TimelinessStatus = "on-time" | "ambiguous" | "late";

/**
 * The timeliness of one report, with its explanation.
 *
 * @example
 * ```ts
 * import type { Timeliness } from "@cchc/reports";
 *
 * const line = (t: Timeliness): string => `${t.status}: ${t.explanation.en}`;
 * ```
 *
 * @category Calculators
 */
export interface Timeliness {
  /** The schema of the report. */
  readonly schemaId: ReportSchemaId;
  /** The obligation judged against. */
  readonly obligationId: string;
  /** The reporting period. */
  readonly period: string;
  /** The submission instant as given. */
  readonly submittedAt: string;
  /** The submission day in Vietnam (UTC+7). */
  readonly submittedOn: IsoDate;
  /** The due date under the default reading. */
  readonly due: IsoDate;
  /** The earliest admissible due date. */
  readonly earliestSafe: IsoDate;
  /** The latest admissible due date. */
  readonly latestSafe: IsoDate;
  /** On time, ambiguous or late. */
  readonly status: TimelinessStatus;
  /** Whether the submission is on time under the default reading. */
  readonly onTimeUnderDefault: boolean;
  /** Calendar days after the default due date (0 when on time under it). */
  readonly daysLate: number;
  /**
   * How sure the obligation's rule is as a reading of the text (its source's confidence): for
   * `"UNCONFIRMED"` — the agencies' due date, say — the explanation names the date it was judged against
   * and says it is not confirmed.
   */
  readonly confidence: Confidence;
  /** One sentence in both languages, ready to paste into a reply. */
  readonly explanation: Label;
  /** The sources: the obligation's clause, then those of the due date. */
  readonly citations: readonly Citation[];
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

let instantSchema: z.ZodMiniType<string> | undefined;

/** Day number (days since 1970-01-01) in Vietnam of an ISO instant with offset, or `null`. */
function vietnamDay(instant: string): number | null {
  instantSchema ??= z.iso.datetime({ offset: true });
  if (!instantSchema.safeParse(instant).success) return null;
  const ms = Date.parse(instant);
  return Number.isFinite(ms) ? Math.floor((ms + VIETNAM_OFFSET_MS) / DAY_MS) : null;
}

function dayOf(date: string): number | null {
  const parsed = parseIsoDate(date);
  return parsed.ok ? toEpochDay(parsed.value) : null;
}

/** The explanation of a status; against an unconfirmed rule, the wording that names the date and says so. */
function explanationKey(status: TimelinessStatus, unconfirmed: boolean): ReportCalculatorCode {
  if (status === "on-time") return unconfirmed ? "timeliness.on_time_unconfirmed" : "timeliness.on_time";
  if (status === "late") return unconfirmed ? "timeliness.late_unconfirmed" : "timeliness.late";
  return unconfirmed ? "timeliness.ambiguous_unconfirmed" : "timeliness.ambiguous";
}

const fail = (code: ReportCalculatorCode, params: MessageParams = {}) => err(makeError(reportCalculatorMessages, code, params));

/**
 * Judges whether a report was submitted on time against its obligation: the obligation's rule gives
 * the due date for the report's period (by default through `evaluateDeadline` of `@cchc/deadlines` on
 * Vietnam's working-day calendar, or through an injected {@link DueDateFunction}), and the
 * submission instant is read as a Vietnam calendar day (UTC+7, whatever the offset it was written
 * with). When the rule admits several readings, a submission between the earliest and the latest due
 * date is `"ambiguous"`, never silently on time or late. When the obligation's rule is UNCONFIRMED (the
 * agencies' due date to Sở Nội vụ is the province's to set, and not known), the explanation says
 * against which date the report was judged and that the date is not confirmed ("chậm 4 ngày so với
 * ngày 2026-03-20 (hạn chưa được xác nhận)").
 *
 * @param schemaId - The report's schema id (selects the default obligation).
 * @param report - The report (its `month` or `period`, and `submittedAt`).
 * @param options - Optionally the due-date function or calendar, the obligation, submission time and period.
 * @returns The timeliness, or an error (`timeliness.no_obligation`, `timeliness.no_submission_time`,
 *   `timeliness.invalid_submission_time`, `timeliness.no_period`, `timeliness.due_date_failed`).
 * @example
 * ```ts
 * import { ok } from "@cchc/core";
 * import { reportTimeliness } from "@cchc/reports";
 *
 * // "Định kỳ trước ngày 10 hằng tháng" (plan V.5): the February 2026 report, on the state calendar
 * const r = reportTimeliness("monthly-media-report", { month: "2026-02", submittedAt: "2026-03-10T08:00:00+07:00" });
 * if (r.ok) r.value.status; // => "ambiguous" (late under the default reading, due 9 March; on time if "before the 10th" includes the 10th)
 *
 * // or with a due-date function of your own
 * reportTimeliness("monthly-media-report", { month: "2026-02", submittedAt: "2026-03-10T08:00:00+07:00" }, { dueDate: () => ok({ due: "2026-03-09" }) });
 * ```
 *
 * @category Calculators
 */
export function reportTimeliness(schemaId: ReportSchemaId, report: TimelinessReport, options: TimelinessOptions = {}): Result<Timeliness> {
  const obligation = options.obligation ?? reportObligation(schemaId);
  if (!obligation) return fail("timeliness.no_obligation", { schemaId });
  const submittedAt = options.submittedAt ?? report.submittedAt;
  if (submittedAt === undefined) return fail("timeliness.no_submission_time");
  const submittedDay = typeof submittedAt === "string" ? vietnamDay(submittedAt) : null;
  if (submittedDay === null) return fail("timeliness.invalid_submission_time", { input: String(submittedAt).slice(0, 60) });
  const period = options.period ?? report.month ?? report.period;
  if (period === undefined) return fail("timeliness.no_period");
  const calendar = options.calendar;
  const dueDate: DueDateFunction =
    options.dueDate ?? ((rule, id) => evaluateDeadline(rule, calendar === undefined ? { period: id } : { period: id, calendar }));
  let computed: Result<DueDate>;
  try {
    computed = dueDate(obligation.rule, period);
  } catch (error) {
    return fail("timeliness.due_date_failed", { period, detail: error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200) });
  }
  if (!computed.ok) return fail("timeliness.due_date_failed", { period, detail: computed.error.localized("vi") });
  const { due } = computed.value;
  const earliestSafe = computed.value.earliestSafe ?? due;
  const latestSafe = computed.value.latestSafe ?? due;
  const dueDay = dayOf(due);
  const earliestDay = dayOf(earliestSafe);
  const latestDay = dayOf(latestSafe);
  if (dueDay === null || earliestDay === null || latestDay === null) {
    return fail("timeliness.due_date_failed", { period, detail: `invalid due date ${JSON.stringify(due).slice(0, 40)}` });
  }
  const status: TimelinessStatus = submittedDay <= Math.min(earliestDay, dueDay) ? "on-time" : submittedDay <= Math.max(latestDay, dueDay) ? "ambiguous" : "late";
  const submittedOn = epochDayToIso(submittedDay);
  const daysLate = Math.max(0, submittedDay - dueDay);
  const params = { period, submitted: submittedOn, due, earliest: earliestSafe, latest: latestSafe, days: daysLate };
  const confidence = obligation.source.confidence;
  const key = explanationKey(status, confidence === "UNCONFIRMED");
  const vi = messageLabel(reportCalculatorMessages, key, { ...params, what: obligation.what.vi }).vi;
  const en = messageLabel(reportCalculatorMessages, key, { ...params, what: obligation.what.en }).en;
  return ok({
    schemaId,
    obligationId: obligation.id,
    period,
    submittedAt,
    submittedOn,
    due,
    earliestSafe,
    latestSafe,
    status,
    onTimeUnderDefault: submittedDay <= dueDay,
    daysLate,
    confidence,
    explanation: { vi, en },
    citations: [obligation.source, ...(computed.value.citations ?? [])],
  });
}
