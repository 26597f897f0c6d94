import {
  daysInMonth,
  err,
  formatIsoDate,
  makeError,
  ok,
  describeValue,
  toEpochDay,
  type IsoDate,
  type Label,
  type Result,
} from "@cchc/core";
import { z } from "zod";
import { deadlineMessages } from "../messages.js";

/**
 * The kinds of reporting period (kỳ báo cáo): month (tháng), quarter (quý), half-year (6 tháng),
 * nine months (9 tháng) and year (năm).
 *
 * @example
 * ```ts
 * import { PERIOD_KINDS } from "@cchc/deadlines";
 *
 * PERIOD_KINDS.includes("quarter"); // => true
 * ```
 *
 * @category Rules and periods
 */
export const PERIOD_KINDS = ["month", "quarter", "half-year", "nine-months", "year"] as const;

/**
 * One of {@link PERIOD_KINDS}.
 *
 * @example
 * ```ts
 * import type { PeriodKind } from "@cchc/deadlines";
 *
 * const kind: PeriodKind = "half-year";
 * ```
 *
 * @category Rules and periods
 */
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/**
 * How often an obligation recurs: every period of one {@link PeriodKind}, or `"cchc-cycle"`, the
 * periods of the administrative-reform (CCHC) reporting regime — quarter I, 6 months, quarter III and
 * the year (Bộ Nội vụ 581/BNV-CCHC, SECONDARY).
 *
 * @example
 * ```ts
 * import { RECURRENCE_KINDS } from "@cchc/deadlines";
 *
 * RECURRENCE_KINDS.at(-1); // => "cchc-cycle"
 * ```
 *
 * @category Rules and periods
 */
export const RECURRENCE_KINDS = [...PERIOD_KINDS, "cchc-cycle"] as const;

/**
 * One of {@link RECURRENCE_KINDS}.
 *
 * @example
 * ```ts
 * import type { RecurrenceKind } from "@cchc/deadlines";
 *
 * const monthly: RecurrenceKind = "month";
 * ```
 *
 * @category Rules and periods
 */
export type RecurrenceKind = (typeof RECURRENCE_KINDS)[number];

/** Smallest and largest year a period may have. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/**
 * A reporting period. Its id (see {@link periodId}) is `"2026-02"` (month), `"2026-Q1"` (quarter),
 * `"2026-H1"` (half-year), `"2026-9M"` (nine months) or `"2026"` (year). The CCHC periods are
 * `"2026-Q1"`, `"2026-H1"` (6 months), `"2026-Q3"` and `"2026"`.
 *
 * @example
 * ```ts
 * import type { Period } from "@cchc/deadlines";
 *
 * const february: Period = { kind: "month", year: 2026, month: 2 };
 * const firstHalf: Period = { kind: "half-year", year: 2026, half: 1 };
 * ```
 *
 * @category Rules and periods
 */
export type Period =
  | { readonly kind: "month"; readonly year: number; readonly month: number }
  | { readonly kind: "quarter"; readonly year: number; readonly quarter: number }
  | { readonly kind: "half-year"; readonly year: number; readonly half: number }
  | { readonly kind: "nine-months"; readonly year: number }
  | { readonly kind: "year"; readonly year: number };

const year = () => z.int().min(MIN_YEAR).max(MAX_YEAR);

/**
 * zod schema of a {@link Period} object (years 1900–2199). Use {@link periodIdSchema} for the string id.
 *
 * @example
 * ```ts
 * import { periodSchema } from "@cchc/deadlines";
 *
 * periodSchema.parse({ kind: "quarter", year: 2026, quarter: 3 });
 * periodSchema.safeParse({ kind: "month", year: 2026, month: 13 }).success; // => false
 * ```
 *
 * @category Rules and periods
 */
export const periodSchema: z.ZodType<Period> = /* @__PURE__ */ (() =>
  z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("month"), year: year(), month: z.int().min(1).max(12) }),
    z.strictObject({ kind: z.literal("quarter"), year: year(), quarter: z.int().min(1).max(4) }),
    z.strictObject({ kind: z.literal("half-year"), year: year(), half: z.int().min(1).max(2) }),
    z.strictObject({ kind: z.literal("nine-months"), year: year() }),
    z.strictObject({ kind: z.literal("year"), year: year() }),
  ]))();

const PERIOD_ID = /^(\d{4})(?:-(0[1-9]|1[0-2]|Q[1-4]|H[12]|9M))?$/;

/**
 * Parses a period id: `"2026-02"`, `"2026-Q1"`, `"2026-H1"`, `"2026-9M"` or `"2026"` (surrounding
 * spaces ignored, letters case-insensitive).
 *
 * @param input - The id.
 * @returns The period, or an error coded `deadline.invalid_period_id` / `deadline.year_out_of_range`.
 * @example
 * ```ts
 * import { parsePeriodId } from "@cchc/deadlines";
 *
 * parsePeriodId("2026-Q3"); // => { ok: true, value: { kind: "quarter", year: 2026, quarter: 3 } }
 * parsePeriodId("2026-13").ok; // => false
 * ```
 *
 * @category Rules and periods
 */
export function parsePeriodId(input: unknown): Result<Period> {
  if (typeof input !== "string") {
    return err(makeError(deadlineMessages, "deadline.invalid_period_id", { input: describeValue(input) }));
  }
  const text = input.trim().toUpperCase();
  const match = text.length <= 7 ? PERIOD_ID.exec(text) : null;
  if (!match) return err(makeError(deadlineMessages, "deadline.invalid_period_id", { input: input.slice(0, 40) }));
  const y = Number(match[1]);
  if (y < MIN_YEAR || y > MAX_YEAR) {
    return err(makeError(deadlineMessages, "deadline.year_out_of_range", { year: y, min: MIN_YEAR, max: MAX_YEAR }));
  }
  const rest = match[2];
  if (rest === undefined) return ok({ kind: "year", year: y });
  if (rest === "9M") return ok({ kind: "nine-months", year: y });
  if (rest[0] === "Q") return ok({ kind: "quarter", year: y, quarter: Number(rest[1]) });
  if (rest[0] === "H") return ok({ kind: "half-year", year: y, half: Number(rest[1]) });
  return ok({ kind: "month", year: y, month: Number(rest) });
}

/**
 * zod schema of a period id string (see {@link parsePeriodId}); the value is kept as written.
 *
 * @example
 * ```ts
 * import { periodIdSchema } from "@cchc/deadlines";
 *
 * periodIdSchema.safeParse("2026-H1").success; // => true
 * periodIdSchema.safeParse("2026-H3").success; // => false
 * ```
 *
 * @category Rules and periods
 */
export const periodIdSchema: z.ZodType<string> = /* @__PURE__ */ (() =>
  z.string().refine((value) => parsePeriodId(value).ok, { message: "Mã kỳ báo cáo không hợp lệ (invalid period id)" }))();

const pad2 = (n: number): string => String(n).padStart(2, "0");

/**
 * The id of a period: `"2026-02"`, `"2026-Q1"`, `"2026-H1"`, `"2026-9M"` or `"2026"`.
 *
 * @param period - The period.
 * @returns Its id.
 * @example
 * ```ts
 * import { periodId } from "@cchc/deadlines";
 *
 * periodId({ kind: "month", year: 2026, month: 2 }); // => "2026-02"
 * ```
 *
 * @category Rules and periods
 */
export function periodId(period: Period): string {
  switch (period.kind) {
    case "month":
      return `${period.year}-${pad2(period.month)}`;
    case "quarter":
      return `${period.year}-Q${period.quarter}`;
    case "half-year":
      return `${period.year}-H${period.half}`;
    case "nine-months":
      return `${period.year}-9M`;
    case "year":
      return String(period.year);
  }
}

/**
 * The calendar months a period covers, as month numbers (1–12) of its year.
 *
 * @param period - The period.
 * @returns `{ first, last }`, e.g. `{ first: 7, last: 9 }` for quarter III.
 * @example
 * ```ts
 * import { periodMonths } from "@cchc/deadlines";
 *
 * periodMonths({ kind: "nine-months", year: 2026 }); // => { first: 1, last: 9 }
 * ```
 *
 * @category Rules and periods
 */
export function periodMonths(period: Period): { readonly first: number; readonly last: number } {
  switch (period.kind) {
    case "month":
      return { first: period.month, last: period.month };
    case "quarter":
      return { first: period.quarter * 3 - 2, last: period.quarter * 3 };
    case "half-year":
      return { first: period.half * 6 - 5, last: period.half * 6 };
    case "nine-months":
      return { first: 1, last: 9 };
    case "year":
      return { first: 1, last: 12 };
  }
}

/**
 * The first and last calendar day of a period (the plain calendar period, without data cut-offs).
 *
 * @param period - The period.
 * @returns ISO dates, e.g. `{ start: "2026-02-01", end: "2026-02-28" }`.
 * @example
 * ```ts
 * import { periodBounds } from "@cchc/deadlines";
 *
 * periodBounds({ kind: "half-year", year: 2026, half: 1 }); // => { start: "2026-01-01", end: "2026-06-30" }
 * ```
 *
 * @category Rules and periods
 */
export function periodBounds(period: Period): { readonly start: IsoDate; readonly end: IsoDate } {
  const { first, last } = periodMonths(period);
  return {
    start: formatIsoDate({ year: period.year, month: first, day: 1 }),
    end: formatIsoDate({ year: period.year, month: last, day: daysInMonth(period.year, last) }),
  };
}

/**
 * Epoch-day form of {@link periodBounds}.
 *
 * @param period - The period.
 * @returns `{ start, end }` as days since 1970-01-01.
 * @example
 * ```ts
 * import { periodEpochBounds } from "@cchc/deadlines";
 *
 * periodEpochBounds({ kind: "year", year: 1970 }); // => { start: 0, end: 364 }
 * ```
 *
 * @category Rules and periods
 */
export function periodEpochBounds(period: Period): { readonly start: number; readonly end: number } {
  const { first, last } = periodMonths(period);
  return {
    start: toEpochDay({ year: period.year, month: first, day: 1 }),
    end: toEpochDay({ year: period.year, month: last, day: daysInMonth(period.year, last) }),
  };
}

const ROMAN = ["I", "II", "III", "IV"] as const;
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/**
 * A period's name in Vietnamese and English, as written in report titles.
 *
 * @param period - The period.
 * @returns E.g. `{ vi: "tháng 02/2026", en: "February 2026" }` or `{ vi: "6 tháng đầu năm 2026", en: "first half of 2026" }`.
 * @example
 * ```ts
 * import { periodLabel } from "@cchc/deadlines";
 *
 * periodLabel({ kind: "quarter", year: 2026, quarter: 3 }).vi; // => "quý III năm 2026"
 * ```
 *
 * @category Rules and periods
 */
export function periodLabel(period: Period): Label {
  switch (period.kind) {
    case "month":
      return { vi: `tháng ${pad2(period.month)}/${period.year}`, en: `${MONTHS_EN[period.month - 1]} ${period.year}` };
    case "quarter":
      return { vi: `quý ${ROMAN[period.quarter - 1]} năm ${period.year}`, en: `Q${period.quarter} ${period.year}` };
    case "half-year":
      return period.half === 1
        ? { vi: `6 tháng đầu năm ${period.year}`, en: `first half of ${period.year}` }
        : { vi: `6 tháng cuối năm ${period.year}`, en: `second half of ${period.year}` };
    case "nine-months":
      return { vi: `9 tháng năm ${period.year}`, en: `first nine months of ${period.year}` };
    case "year":
      return { vi: `năm ${period.year}`, en: `year ${period.year}` };
  }
}

/**
 * The periods of one year for a recurrence: 12 months, 4 quarters, 2 half-years, the nine months,
 * the year, or the CCHC cycle (quarter I, 6 months, quarter III, year).
 *
 * @param recurrence - How the obligation recurs.
 * @param year - The year.
 * @returns The periods, in order of their end.
 * @example
 * ```ts
 * import { periodId, periodsOfYear } from "@cchc/deadlines";
 *
 * periodsOfYear("cchc-cycle", 2026).map(periodId); // => ["2026-Q1", "2026-H1", "2026-Q3", "2026"]
 * ```
 *
 * @category Rules and periods
 */
export function periodsOfYear(recurrence: RecurrenceKind, year: number): Period[] {
  switch (recurrence) {
    case "month":
      return Array.from({ length: 12 }, (_, i) => ({ kind: "month", year, month: i + 1 }));
    case "quarter":
      return [1, 2, 3, 4].map((quarter) => ({ kind: "quarter", year, quarter }));
    case "half-year":
      return [1, 2].map((half) => ({ kind: "half-year", year, half }));
    case "nine-months":
      return [{ kind: "nine-months", year }];
    case "year":
      return [{ kind: "year", year }];
    case "cchc-cycle":
      return [
        { kind: "quarter", year, quarter: 1 },
        { kind: "half-year", year, half: 1 },
        { kind: "quarter", year, quarter: 3 },
        { kind: "year", year },
      ];
  }
}
