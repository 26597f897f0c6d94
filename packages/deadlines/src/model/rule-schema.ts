import { makeError, zodCustomIssue } from "@cchc/core";
import { z } from "zod";
import { deadlineMessages } from "../messages.js";

/**
 * How "before day N" is read: `"on-or-before"` (day N itself is allowed) or `"strictly-before"`
 * (the last allowed day is N − 1). The legal meaning of "trước ngày N" is UNCONFIRMED (the Civil Code
 * does not define it), so it is always an explicit, declared choice; see the guide "Deadline semantics".
 *
 * @example
 * ```ts
 * import { DAY_READINGS } from "@cchc/deadlines";
 *
 * DAY_READINGS; // => ["on-or-before", "strictly-before"]
 * ```
 *
 * @category Rules and periods
 */
export const DAY_READINGS = ["on-or-before", "strictly-before"] as const;

/**
 * One of {@link DAY_READINGS}.
 *
 * @example
 * ```ts
 * import type { DayReading } from "@cchc/deadlines";
 *
 * const literal: DayReading = "strictly-before";
 * ```
 *
 * @category Rules and periods
 */
export type DayReading = (typeof DAY_READINGS)[number];

/**
 * What happens when the last allowed day is not a working day: `"keep"` it (the day still ends at
 * 24:00), move to the `"previous-working-day"`, or move to the `"next-working-day"` (the Civil Code
 * rule for periods, Bộ luật Dân sự 2015 Điều 148 khoản 5).
 *
 * @example
 * ```ts
 * import { REST_DAY_POLICIES } from "@cchc/deadlines";
 *
 * REST_DAY_POLICIES.length; // => 3
 * ```
 *
 * @category Rules and periods
 */
export const REST_DAY_POLICIES = ["keep", "previous-working-day", "next-working-day"] as const;

/**
 * One of {@link REST_DAY_POLICIES}.
 *
 * @example
 * ```ts
 * import type { RestDayPolicy } from "@cchc/deadlines";
 *
 * const civilCode: RestDayPolicy = "next-working-day";
 * ```
 *
 * @category Rules and periods
 */
export type RestDayPolicy = (typeof REST_DAY_POLICIES)[number];

/**
 * The wording of a day-of-month deadline: `"before"` for "trước ngày N" (ambiguous: both readings are
 * admissible) and `"no-later-than"` for "chậm nhất (vào) ngày N" (day N is allowed: only
 * `"on-or-before"` is admissible).
 *
 * @example
 * ```ts
 * import { DAY_WORDINGS } from "@cchc/deadlines";
 *
 * DAY_WORDINGS; // => ["before", "no-later-than"]
 * ```
 *
 * @category Rules and periods
 */
export const DAY_WORDINGS = ["before", "no-later-than"] as const;

/**
 * One of {@link DAY_WORDINGS}.
 *
 * @example
 * ```ts
 * import type { DayWording } from "@cchc/deadlines";
 *
 * const truocNgay: DayWording = "before";
 * ```
 *
 * @category Rules and periods
 */
export type DayWording = (typeof DAY_WORDINGS)[number];

/**
 * Units of a Civil Code period (thời hạn): days, weeks, months, years (Bộ luật Dân sự 2015 Điều 144, 147–148).
 *
 * @example
 * ```ts
 * import { PERIOD_UNITS } from "@cchc/deadlines";
 *
 * PERIOD_UNITS; // => ["day", "week", "month", "year"]
 * ```
 *
 * @category Rules and periods
 */
export const PERIOD_UNITS = ["day", "week", "month", "year"] as const;

/**
 * One of {@link PERIOD_UNITS}.
 *
 * @example
 * ```ts
 * import type { PeriodUnit } from "@cchc/deadlines";
 *
 * const unit: PeriodUnit = "month";
 * ```
 *
 * @category Rules and periods
 */
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/**
 * What a period or a working-day count starts from: the `"event"` given at evaluation (a receipt, a
 * decision), the last day of the reporting period (`"period-end"`), or the last day of its data window
 * (`"window-end"`, ngày chốt số liệu; same as `"period-end"` for plain calendar periods).
 *
 * @example
 * ```ts
 * import { RULE_ANCHORS } from "@cchc/deadlines";
 *
 * RULE_ANCHORS[0]; // => "event"
 * ```
 *
 * @category Rules and periods
 */
export const RULE_ANCHORS = ["event", "period-end", "window-end"] as const;

/**
 * One of {@link RULE_ANCHORS}.
 *
 * @example
 * ```ts
 * import type { RuleAnchor } from "@cchc/deadlines";
 *
 * const anchor: RuleAnchor = "window-end";
 * ```
 *
 * @category Rules and periods
 */
export type RuleAnchor = (typeof RULE_ANCHORS)[number];

/**
 * Reporting regimes: the data windows of Nghị định 09/2019/NĐ-CP (`"nd09-2019"`), the
 * administrative-reform reports to Bộ Nội vụ (`"cchc"`, 581/BNV-CCHC: quarter I, 6 months,
 * quarter III, year; due day 20 of the period's last month) and plain calendar periods (`"calendar"`).
 *
 * @example
 * ```ts
 * import { REPORTING_REGIMES } from "@cchc/deadlines";
 *
 * REPORTING_REGIMES.includes("cchc"); // => true
 * ```
 *
 * @category Rules and periods
 */
export const REPORTING_REGIMES = ["nd09-2019", "cchc", "calendar"] as const;

/**
 * One of {@link REPORTING_REGIMES}.
 *
 * @example
 * ```ts
 * import type { ReportingRegime } from "@cchc/deadlines";
 *
 * const regime: ReportingRegime = "nd09-2019";
 * ```
 *
 * @category Rules and periods
 */
export type ReportingRegime = (typeof REPORTING_REGIMES)[number];

const CUTOFF_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * A day-of-month rule: "trước ngày N hằng tháng" / "chậm nhất ngày N" (see {@link dayOfMonthRuleSchema}).
 *
 * @example
 * ```ts
 * import type { DayOfMonthRule } from "@cchc/deadlines";
 *
 * const cchc: DayOfMonthRule = { kind: "day-of-month", day: 20, wording: "no-later-than" };
 * ```
 *
 * @category Rules and periods
 */
export interface DayOfMonthRule {
  /** Discriminator. */
  readonly kind: "day-of-month";
  /** Day N, 1–31 (clamped to the month's length), or `"last"` (cuối tháng, Civil Code Điều 146). */
  readonly day: number | "last";
  /** How the text words it: `"before"` ("trước ngày N") or `"no-later-than"` ("chậm nhất ngày N"). */
  readonly wording: DayWording;
  /** The reading; absent = the documented default for the wording (and all admissible readings are listed). */
  readonly reading?: DayReading;
  /** What happens on a non-working last day; absent = the documented default. */
  readonly policy?: RestDayPolicy;
  /** Month of day N, counted from the month in which the period ends (default 0). */
  readonly monthsAfterPeriodEnd?: number;
}

/**
 * A Civil Code period (thời hạn) in days, weeks, months or years (see {@link civilPeriodRuleSchema}).
 *
 * @example
 * ```ts
 * import type { CivilPeriodRule } from "@cchc/deadlines";
 *
 * const fifteenDays: CivilPeriodRule = { kind: "period", amount: 15, unit: "day" };
 * ```
 *
 * @category Rules and periods
 */
export interface CivilPeriodRule {
  /** Discriminator. */
  readonly kind: "period";
  /** How many units, 0–10 000. */
  readonly amount: number;
  /** Days, weeks, months or years. */
  readonly unit: PeriodUnit;
  /** What the period runs from (default `"event"`). */
  readonly anchor?: RuleAnchor;
  /** What happens on a non-working last day (default `"next-working-day"`, Điều 148 khoản 5). */
  readonly restDayPolicy?: RestDayPolicy;
}

/**
 * A number of working days after an event (see {@link workingDaysRuleSchema}).
 *
 * @example
 * ```ts
 * import type { WorkingDaysRule } from "@cchc/deadlines";
 *
 * const civilRegistration: WorkingDaysRule = { kind: "working-days", days: 0, receiptCutoff: "15:00" };
 * ```
 *
 * @category Rules and periods
 */
export interface WorkingDaysRule {
  /** Discriminator. */
  readonly kind: "working-days";
  /** How many working days, 0–3650 (0 = the same working day). */
  readonly days: number;
  /** What the count runs from (default `"event"`). */
  readonly anchor?: RuleAnchor;
  /** `"HH:MM"`: a receipt after this time counts from the next working day (set per procedure). */
  readonly receiptCutoff?: string;
  /** Whether the count restarts when a supplemented dossier is complete (default `true`). */
  readonly restartOnSupplement?: boolean;
}

/**
 * A data window (thời gian chốt số liệu) for one kind of period (see {@link reportingWindowSchema}).
 *
 * @example
 * ```ts
 * import type { ReportingWindow } from "@cchc/deadlines";
 *
 * const calendarMonth: ReportingWindow = { startDay: 1, startMonthOffset: 0, endDay: "last" };
 * ```
 *
 * @category Rules and periods
 */
export interface ReportingWindow {
  /** First day of the window, 1–31 (clamped to the month's length). */
  readonly startDay: number;
  /** Month of the first day, relative to the period's first month (−12–0; −1 = the month before). */
  readonly startMonthOffset: number;
  /** Last day of the window in the period's last month, 1–31 or `"last"`. */
  readonly endDay: number | "last";
}

/**
 * The submission part of a reporting-period rule (see {@link submissionRuleSchema}).
 *
 * @example
 * ```ts
 * import type { SubmissionRule } from "@cchc/deadlines";
 *
 * const twoDaysAfterCutoff: SubmissionRule = { kind: "working-days", days: 2, anchor: "window-end" };
 * ```
 *
 * @category Rules and periods
 */
export type SubmissionRule = DayOfMonthRule | CivilPeriodRule | WorkingDaysRule;

/**
 * Data window overrides of a reporting-period rule, per kind of period.
 *
 * @example
 * ```ts
 * import type { ReportingWindows } from "@cchc/deadlines";
 *
 * const w: ReportingWindows = { "nine-months": { startDay: 15, startMonthOffset: -1, endDay: 14 } };
 * ```
 *
 * @category Rules and periods
 */
export interface ReportingWindows {
  /** Monthly reports. */
  readonly month?: ReportingWindow;
  /** Quarterly reports. */
  readonly quarter?: ReportingWindow;
  /** 6-month reports. */
  readonly "half-year"?: ReportingWindow;
  /** 9-month reports. */
  readonly "nine-months"?: ReportingWindow;
  /** Annual reports. */
  readonly year?: ReportingWindow;
}

/**
 * A reporting-period rule (see {@link reportingPeriodRuleSchema}).
 *
 * @example
 * ```ts
 * import type { ReportingPeriodRule } from "@cchc/deadlines";
 *
 * const cchc: ReportingPeriodRule = { kind: "reporting-period", regime: "cchc" };
 * ```
 *
 * @category Rules and periods
 */
export interface ReportingPeriodRule {
  /** Discriminator. */
  readonly kind: "reporting-period";
  /** The regime: its periods, windows and default deadline. */
  readonly regime: ReportingRegime;
  /** Per-kind window overrides (for the windows left UNCONFIRMED, or local rules). */
  readonly windows?: ReportingWindows;
  /** The submission deadline, replacing the regime's default (required for `"calendar"`). */
  readonly due?: SubmissionRule;
}

/**
 * Any deadline rule (see {@link deadlineRuleSchema}).
 *
 * @example
 * ```ts
 * import type { DeadlineRule } from "@cchc/deadlines";
 *
 * const rule: DeadlineRule = { kind: "working-days", days: 5, receiptCutoff: "15:00" };
 * ```
 *
 * @category Rules and periods
 */
export type DeadlineRule = DayOfMonthRule | CivilPeriodRule | WorkingDaysRule | ReportingPeriodRule;

// The zod builders. The exported schemas are typed by the interfaces above; the assertions at the end
// of this file prove that what zod infers and the interfaces are the same types.

function dayOfMonthZod() {
  return z
    .strictObject({
      kind: z.literal("day-of-month"),
      day: z.union([z.int().min(1).max(31), z.literal("last")]),
      wording: z.enum(DAY_WORDINGS),
      reading: z.enum(DAY_READINGS).exactOptional(),
      policy: z.enum(REST_DAY_POLICIES).exactOptional(),
      monthsAfterPeriodEnd: z.int().min(-12).max(24).exactOptional(),
    })
    .check((ctx) => {
      if (ctx.value.wording === "no-later-than" && ctx.value.reading === "strictly-before") {
        ctx.issues.push({
          ...zodCustomIssue(makeError(deadlineMessages, "deadline.reading_not_admissible", { reading: "strictly-before", wording: "no-later-than" }), ["reading"]),
          input: ctx.value,
        });
      }
    });
}

function civilPeriodZod() {
  return z.strictObject({
    kind: z.literal("period"),
    amount: z.int().min(0).max(10_000),
    unit: z.enum(PERIOD_UNITS),
    anchor: z.enum(RULE_ANCHORS).exactOptional(),
    restDayPolicy: z.enum(REST_DAY_POLICIES).exactOptional(),
  });
}

function workingDaysZod() {
  return z.strictObject({
    kind: z.literal("working-days"),
    days: z.int().min(0).max(3650),
    anchor: z.enum(RULE_ANCHORS).exactOptional(),
    receiptCutoff: z.string().regex(CUTOFF_TIME).exactOptional(),
    restartOnSupplement: z.boolean().exactOptional(),
  });
}

function windowZod() {
  return z.strictObject({
    startDay: z.int().min(1).max(31),
    startMonthOffset: z.int().min(-12).max(0),
    endDay: z.union([z.int().min(1).max(31), z.literal("last")]),
  });
}

function submissionZod() {
  return z.discriminatedUnion("kind", [dayOfMonthZod(), civilPeriodZod(), workingDaysZod()]);
}

function reportingPeriodZod() {
  return z
    .strictObject({
      kind: z.literal("reporting-period"),
      regime: z.enum(REPORTING_REGIMES),
      windows: z
        .strictObject({
          month: windowZod().exactOptional(),
          quarter: windowZod().exactOptional(),
          "half-year": windowZod().exactOptional(),
          "nine-months": windowZod().exactOptional(),
          year: windowZod().exactOptional(),
        })
        .exactOptional(),
      due: submissionZod().exactOptional(),
    })
    .check((ctx) => {
      if (ctx.value.regime === "calendar" && ctx.value.due === undefined) {
        ctx.issues.push({
          ...zodCustomIssue(makeError(deadlineMessages, "deadline.due_required", { regime: "calendar" }), ["due"]),
          input: ctx.value,
        });
      }
    });
}

/** @internal The zod builder of every rule (used by schemas that embed a rule). */
export function deadlineRuleZod() {
  return z.discriminatedUnion("kind", [dayOfMonthZod(), civilPeriodZod(), workingDaysZod(), reportingPeriodZod()]);
}

/**
 * zod schema of a {@link DayOfMonthRule}: "trước ngày N hằng tháng" / "chậm nhất ngày N". `day` is
 * 1–31 (clamped to the month's length) or `"last"` (cuối tháng, Civil Code Điều 146); the month is the
 * month in which the period ends plus `monthsAfterPeriodEnd` (default 0; 1 for "by the 10th of the
 * month after a monthly period"). `reading` and `policy` are optional: when absent the documented
 * defaults of {@link DEADLINE_DEFAULTS} apply and the evaluation lists every admissible alternative.
 * A `"no-later-than"` wording cannot be read `"strictly-before"`.
 *
 * @example
 * ```ts
 * import { dayOfMonthRuleSchema } from "@cchc/deadlines";
 *
 * dayOfMonthRuleSchema.parse({ kind: "day-of-month", day: 10, wording: "before", monthsAfterPeriodEnd: 1 });
 * ```
 *
 * @category Rules and periods
 */
export const dayOfMonthRuleSchema: z.ZodType<DayOfMonthRule> = /* @__PURE__ */ dayOfMonthZod();

/**
 * zod schema of a {@link CivilPeriodRule} (thời hạn, Bộ luật Dân sự 2015 Điều 144–148): `amount` days,
 * weeks, months or years after the anchor, the first day not counted (Điều 147), ending on the
 * corresponding day (the month's last day when it does not exist, Điều 148 khoản 3) at 24:00
 * (khoản 6); a last day that is a rest day moves by `restDayPolicy` (default
 * `"next-working-day"`, khoản 5).
 *
 * @example
 * ```ts
 * import { civilPeriodRuleSchema } from "@cchc/deadlines";
 *
 * civilPeriodRuleSchema.parse({ kind: "period", amount: 1, unit: "month" });
 * ```
 *
 * @category Rules and periods
 */
export const civilPeriodRuleSchema: z.ZodType<CivilPeriodRule> = /* @__PURE__ */ civilPeriodZod();

/**
 * zod schema of a {@link WorkingDaysRule} (thời hạn tính bằng ngày làm việc), as used for
 * administrative procedures: the `days`-th working day after the receipt (the receipt day not
 * counted). Optional `receiptCutoff` (`"15:00"`): a receipt after that time counts from the next
 * working day, as some procedures state (Nghị định 61/2018/NĐ-CP Điều 18; there is no general rule, so
 * it is set per procedure). `restartOnSupplement` (default `true`): the count restarts when a
 * supplemented dossier is complete (Điều 19 khoản 4).
 *
 * @example
 * ```ts
 * import { workingDaysRuleSchema } from "@cchc/deadlines";
 *
 * workingDaysRuleSchema.parse({ kind: "working-days", days: 5, receiptCutoff: "15:00" });
 * ```
 *
 * @category Rules and periods
 */
export const workingDaysRuleSchema: z.ZodType<WorkingDaysRule> = /* @__PURE__ */ workingDaysZod();

/**
 * zod schema of a {@link ReportingWindow}: from day `startDay` of the month `startMonthOffset` months
 * before the period's first month, to day `endDay` (or the `"last"` day) of the period's last month.
 * Days past a month's end are clamped to it. Nghị định 09/2019 and the CCHC regime use
 * `{ startDay: 15, startMonthOffset: -1, endDay: 14 }` for every kind.
 *
 * @example
 * ```ts
 * import { reportingWindowSchema } from "@cchc/deadlines";
 *
 * reportingWindowSchema.parse({ startDay: 15, startMonthOffset: -1, endDay: 14 });
 * ```
 *
 * @category Rules and periods
 */
export const reportingWindowSchema: z.ZodType<ReportingWindow> = /* @__PURE__ */ windowZod();

/**
 * zod schema of a {@link SubmissionRule}: a day-of-month, Civil Code period or working-day rule
 * (anchored at the period or window end).
 *
 * @example
 * ```ts
 * import { submissionRuleSchema } from "@cchc/deadlines";
 *
 * // "02 ngày làm việc kể từ ngày chốt số liệu" (2 working days after the cut-off)
 * submissionRuleSchema.parse({ kind: "working-days", days: 2, anchor: "window-end" });
 * ```
 *
 * @category Rules and periods
 */
export const submissionRuleSchema: z.ZodType<SubmissionRule> = /* @__PURE__ */ submissionZod();

/**
 * zod schema of a {@link ReportingPeriodRule}: a regime (data windows, which periods exist, a default
 * submission deadline), optional per-kind window overrides (for the windows left UNCONFIRMED), and an
 * optional `due` rule that replaces the regime's default deadline. The `"calendar"` regime has no
 * default deadline, so `due` is required there.
 *
 * @example
 * ```ts
 * import { reportingPeriodRuleSchema } from "@cchc/deadlines";
 *
 * reportingPeriodRuleSchema.parse({ kind: "reporting-period", regime: "cchc" });
 * reportingPeriodRuleSchema.safeParse({ kind: "reporting-period", regime: "calendar" }).success; // => false
 * ```
 *
 * @category Rules and periods
 */
export const reportingPeriodRuleSchema: z.ZodType<ReportingPeriodRule> = /* @__PURE__ */ reportingPeriodZod();

/**
 * zod schema of every {@link DeadlineRule}, a union discriminated on `kind`: `"day-of-month"`,
 * `"period"`, `"working-days"`, `"reporting-period"`. Rules are plain JSON, so a plan can be authored as
 * data; `z.toJSONSchema(deadlineRuleSchema, { io: "input" })` gives its JSON Schema.
 *
 * @example
 * ```ts
 * import { deadlineRuleSchema } from "@cchc/deadlines";
 *
 * // "Định kỳ trước ngày 10 hằng tháng" — for the month before
 * const rule = deadlineRuleSchema.parse({ kind: "day-of-month", day: 10, wording: "before", monthsAfterPeriodEnd: 1 });
 * rule.kind; // => "day-of-month"
 * ```
 *
 * @category Rules and periods
 */
export const deadlineRuleSchema: z.ZodType<DeadlineRule> = /* @__PURE__ */ deadlineRuleZod();

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type _RuleTypesMatchZod = Assert<
  Same<z.output<ReturnType<typeof dayOfMonthZod>>, DayOfMonthRule> extends true
    ? Same<z.output<ReturnType<typeof civilPeriodZod>>, CivilPeriodRule> extends true
      ? Same<z.output<ReturnType<typeof workingDaysZod>>, WorkingDaysRule> extends true
        ? Same<z.output<ReturnType<typeof reportingPeriodZod>>, ReportingPeriodRule> extends true
          ? Same<z.output<ReturnType<typeof deadlineRuleZod>>, DeadlineRule>
          : false
        : false
      : false
    : false
>;
