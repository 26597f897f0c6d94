import { describeValue, makeError, parseIsoDate, toEpochDay, type Citation, type Label } from "@cchc/core";
import { SUPPORTED_YEARS } from "../civil/date-input.js";
import { WEEKLY_REST_SAT_SUN } from "../data/citations.js";
import { CULTURAL_DAY } from "../data/cultural-day.js";
import { calendarMessages } from "../messages.js";
import { buildTables, type AgencyDayEvent, type TableSpec } from "./build-tables.js";
import type { CulturalDaySetting } from "./national-days.js";
import { TableWorkCalendar, type WorkCalendar } from "./work-calendar.js";

/**
 * Which weekdays are working days, Monday first: seven booleans (`true` = working) or a string of
 * seven `1`/`0` (numpy's `busdaycalendar` style, `"1111100"` = Monday–Friday).
 *
 * @example
 * ```ts
 * import type { Weekmask } from "@cchc/calendar";
 *
 * const stateBodies: Weekmask = "1111100";
 * const saturdayMornings: Weekmask = [true, true, true, true, true, true, false];
 * ```
 *
 * @category Working-day calendars
 */
export type Weekmask = string | readonly boolean[];

/**
 * An agency's own closed or open day, with its reason.
 *
 * @example
 * ```ts
 * import type { AgencyDay } from "@cchc/calendar";
 *
 * const anniversary: AgencyDay = {
 *   date: "2026-10-15",
 *   reason: { vi: "Nghỉ kỷ niệm ngày thành lập đơn vị", en: "Founding anniversary" },
 * };
 * ```
 *
 * @category Working-day calendars
 */
export interface AgencyDay {
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Why the agency is closed or open that day, in both languages. */
  readonly reason: Label;
  /** The decision behind it, if any. */
  readonly citation?: Citation;
}

/**
 * Options of {@link createWorkCalendar}: the state bodies' calendar with an agency's changes.
 *
 * @example
 * ```ts
 * import type { WorkCalendarOptions } from "@cchc/calendar";
 *
 * const options: WorkCalendarOptions = {
 *   id: "bac-ninh-one-stop",
 *   weekmask: "1111110",
 *   weeklyRest: { citation: { title: "Quy chế của Trung tâm Phục vụ hành chính công", confidence: "UNCONFIRMED" } },
 * };
 * ```
 *
 * @category Working-day calendars
 */
export interface WorkCalendarOptions {
  /** An identifier shown in errors, e.g. `"bac-ninh-one-stop"`. */
  readonly id: string;
  /** First year of the tables (default 2000; at least 1900). */
  readonly fromYear?: number;
  /** Last year of the tables (default 2199, the maximum). */
  readonly toYear?: number;
  /** The agency's working weekdays (default `"1111100"`, QĐ 188/1999/QĐ-TTg). */
  readonly weekmask?: Weekmask;
  /** The source of the agency's weekly rest days (shown on its weekend days). */
  readonly weeklyRest?: { readonly citation: Citation };
  /** Extra days the agency is closed. */
  readonly closed?: readonly AgencyDay[];
  /** Days the agency is open although the base calendar rests (e.g. a Saturday service). */
  readonly open?: readonly AgencyDay[];
  /** 24/11 Ngày Văn hóa Việt Nam (UNCONFIRMED): off unless enabled with a first year. */
  readonly culturalDay?: { readonly enabled: boolean; readonly fromYear: number };
  /**
   * The calendar to start from (default: the state bodies' calendar). Its range, weekmask, 24/11
   * setting and own days are inherited; the options given here override them, and the new closed and
   * open days are added (replacing the base's on the same date).
   */
  readonly base?: WorkCalendar;
}

/**
 * Default range of the working-day tables: from 2000 (after QĐ 188/1999's five-day week) to 2199.
 *
 * @example
 * ```ts
 * import { DEFAULT_WORKING_YEARS, vietnamCalendar } from "@cchc/calendar";
 *
 * vietnamCalendar().fromYear === DEFAULT_WORKING_YEARS.from; // => true
 * ```
 *
 * @category Working-day calendars
 */
export const DEFAULT_WORKING_YEARS = { from: 2000, to: SUPPORTED_YEARS.to } as const;

/** What a calendar is built from, kept so that another calendar can start from it. */
interface CalendarSpec extends TableSpec {
  readonly restSource: Citation | null;
}
let specs: WeakMap<WorkCalendar, CalendarSpec> | undefined;

const STATE_WEEKMASK: readonly boolean[] = [true, true, true, true, true, false, false];
const WEEKMASK_TEXT = /^[01]{7}$/;

function parseWeekmask(value: unknown): readonly boolean[] {
  if (value === undefined) return STATE_WEEKMASK;
  let mask: boolean[] | undefined;
  if (typeof value === "string" && WEEKMASK_TEXT.test(value)) mask = [...value].map((c) => c === "1");
  else if (Array.isArray(value) && value.length === 7 && value.every((v) => typeof v === "boolean")) mask = [...(value as boolean[])];
  if (!mask || !mask.includes(true)) throw makeError(calendarMessages, "calendar.invalid_weekmask", { received: describeValue(value) });
  return mask;
}

function parseCulturalDay(value: WorkCalendarOptions["culturalDay"]): CulturalDaySetting {
  if (value === undefined || value === null) return { enabled: false, fromYear: CULTURAL_DAY.earliestYear };
  const v = value as { enabled?: unknown; fromYear?: unknown };
  if (typeof v !== "object" || typeof v.enabled !== "boolean") {
    throw makeError(calendarMessages, "calendar.invalid_cultural_day", { received: describeValue(value), min: CULTURAL_DAY.earliestYear, max: SUPPORTED_YEARS.to });
  }
  if (!v.enabled) return { enabled: false, fromYear: CULTURAL_DAY.earliestYear };
  const year = v.fromYear;
  if (typeof year !== "number" || !Number.isInteger(year) || year < CULTURAL_DAY.earliestYear || year > SUPPORTED_YEARS.to) {
    throw makeError(calendarMessages, "calendar.invalid_cultural_day", { received: describeValue(year), min: CULTURAL_DAY.earliestYear, max: SUPPORTED_YEARS.to });
  }
  return { enabled: true, fromYear: year };
}

function parseRange(fromYear: unknown, toYear: unknown): { from: number; to: number } {
  const from = fromYear ?? DEFAULT_WORKING_YEARS.from;
  const to = toYear ?? DEFAULT_WORKING_YEARS.to;
  const valid = (y: unknown): y is number => typeof y === "number" && Number.isInteger(y) && y >= SUPPORTED_YEARS.from && y <= SUPPORTED_YEARS.to;
  if (!valid(from) || !valid(to) || from > to) {
    throw makeError(calendarMessages, "calendar.invalid_range", {
      from: describeValue(from),
      to: describeValue(to),
      min: SUPPORTED_YEARS.from,
      max: SUPPORTED_YEARS.to,
    });
  }
  return { from, to };
}

function isLabel(value: unknown): value is Label {
  const v = value as { vi?: unknown; en?: unknown } | null;
  return typeof v === "object" && v !== null && typeof v.vi === "string" && v.vi.trim() !== "" && typeof v.en === "string" && v.en.trim() !== "";
}

function parseAgencyDays(
  field: "closed" | "open",
  list: unknown,
  range: { from: number; to: number },
  seen: Set<number>,
): AgencyDayEvent[] {
  if (list === undefined) return [];
  const problem = (index: number, text: string): never => {
    throw makeError(calendarMessages, "calendar.invalid_override", { field, index, problem: text });
  };
  if (!Array.isArray(list)) problem(0, `expected an array, received ${describeValue(list)}`);
  return (list as unknown[]).map((item, index) => {
    const entry = item as Partial<AgencyDay> | null;
    if (typeof entry !== "object" || entry === null) return problem(index + 1, `expected { date, reason }, received ${describeValue(item)}`);
    const parsed = parseIsoDate(entry.date);
    if (!parsed.ok) return problem(index + 1, parsed.error.messages.en);
    if (parsed.value.year < range.from || parsed.value.year > range.to) {
      return problem(index + 1, `${String(entry.date)} is outside ${range.from}–${range.to}`);
    }
    if (!isLabel(entry.reason)) return problem(index + 1, "reason must be { vi, en } with non-empty texts");
    const day = toEpochDay(parsed.value);
    if (seen.has(day)) throw makeError(calendarMessages, "calendar.duplicate_override", { date: String(entry.date) });
    seen.add(day);
    return { day, reason: entry.reason, source: entry.citation ?? null };
  });
}

function parseId(id: unknown): string {
  if (typeof id !== "string" || id.trim() === "" || id.length > 100) {
    throw makeError(calendarMessages, "calendar.invalid_id", { received: describeValue(id) });
  }
  return id.normalize("NFC");
}

/**
 * A working-day calendar for one agency (cơ quan, đơn vị): the state bodies' holidays, schedules and
 * swaps, with the agency's own weekly pattern and closed or open days. A substitute day (nghỉ bù) is
 * computed against the agency's weekmask: with Saturday work, a holiday on Saturday is just a holiday;
 * one on Sunday moves to Monday. Decreed swaps apply as decreed. The tables are built on first use.
 *
 * @param options - Identifier, range, weekmask, extra closed and open days, 24/11 setting.
 * @returns The agency's {@link WorkCalendar}.
 * @throws `CchcError` coded `calendar.invalid_id`, `calendar.invalid_range`,
 *   `calendar.invalid_weekmask`, `calendar.invalid_override`, `calendar.duplicate_override` or
 *   `calendar.invalid_cultural_day` on invalid options.
 * @example
 * ```ts
 * import { createWorkCalendar } from "@cchc/calendar";
 *
 * // A one-stop service centre (Bộ phận Một cửa) that also receives dossiers on Saturday mornings.
 * const centre = createWorkCalendar({
 *   id: "one-stop-centre",
 *   weekmask: "1111110",
 *   closed: [{ date: "2026-05-19", reason: { vi: "Nghỉ theo quyết định của đơn vị", en: "Closed by the agency's decision" } }],
 * });
 * centre.isWorkingDay("2026-03-07"); // => true (a Saturday)
 * centre.isWorkingDay("2026-05-19"); // => false
 * ```
 *
 * @category Working-day calendars
 */
export function createWorkCalendar(options: WorkCalendarOptions): WorkCalendar {
  if (typeof options !== "object" || options === null) throw makeError(calendarMessages, "calendar.invalid_id", { received: describeValue(options) });
  const id = parseId(options.id);
  const base = options.base === undefined ? undefined : specs?.get(options.base);
  if (options.base !== undefined && !base) throw makeError(calendarMessages, "calendar.invalid_base", { received: describeValue(options.base) });
  const range = parseRange(options.fromYear ?? base?.fromYear, options.toYear ?? base?.toYear);
  const weekmask = options.weekmask === undefined && base ? base.weekmask : parseWeekmask(options.weekmask);
  const culturalDay = options.culturalDay === undefined && base ? base.culturalDay : parseCulturalDay(options.culturalDay);
  const seen = new Set<number>();
  const closed = parseAgencyDays("closed", options.closed, range, seen);
  const open = parseAgencyDays("open", options.open, range, seen);
  const inRange = (d: AgencyDayEvent): boolean => !seen.has(d.day) && d.day >= toEpochDay({ year: range.from, month: 1, day: 1 }) && d.day <= toEpochDay({ year: range.to, month: 12, day: 31 });
  const spec: CalendarSpec = {
    fromYear: range.from,
    toYear: range.to,
    weekmask,
    culturalDay,
    closed: [...(base?.closed.filter(inRange) ?? []), ...closed],
    open: [...(base?.open.filter(inRange) ?? []), ...open],
    restSource:
      options.weeklyRest?.citation ??
      (options.weekmask === undefined && base ? base.restSource : weekmask.every((working, i) => working === STATE_WEEKMASK[i]) ? WEEKLY_REST_SAT_SUN : null),
  };
  const calendar = new TableWorkCalendar(id, range.from, range.to, spec.restSource, () => buildTables(spec));
  specs ??= new WeakMap();
  specs.set(calendar, spec);
  return calendar;
}

let cache: Map<string, WorkCalendar> | undefined;

/**
 * The working-day calendar of Vietnamese state bodies (cơ quan hành chính nhà nước): Monday–Friday
 * (QĐ 188/1999/QĐ-TTg), the Labour Code holidays by law version, the Prime Minister's yearly
 * schedules and swaps (complete for 2024–2026), substitute days (Điều 111 khoản 3), years without an
 * official schedule estimated and flagged. Range 2000–2199. One calendar per options, cached; its
 * tables are built on first use.
 *
 * 24/11 (Ngày Văn hóa Việt Nam) is **off by default**: the Politburo decided it in 2026 but the Labour
 * Code amendment is UNCONFIRMED. Enable it with the year it takes effect once that is known.
 *
 * @param options - `culturalDay: { enabled, fromYear }` (default disabled).
 * @returns The calendar.
 * @throws `CchcError` coded `calendar.invalid_cultural_day` for an invalid setting.
 * @example
 * ```ts
 * import { vietnamCalendar } from "@cchc/calendar";
 *
 * const cal = vietnamCalendar();
 * cal.dayInfo("2026-04-27").name?.en; // => "Substitute day off for Hùng Kings' Commemoration Day (10th day of the 3rd lunar month) (which fell on the weekly rest day 2026-04-26)"
 * cal.isEstimated(2027); // => true
 * vietnamCalendar({ culturalDay: { enabled: true, fromYear: 2026 } }).isWorkingDay("2026-11-24"); // => false
 * ```
 *
 * @category Working-day calendars
 */
export function vietnamCalendar(options: { culturalDay?: { enabled: boolean; fromYear: number } } = {}): WorkCalendar {
  const culturalDay = parseCulturalDay(options?.culturalDay);
  const key = culturalDay.enabled ? `vn-state+culture-day-${culturalDay.fromYear}` : "vn-state";
  cache ??= new Map();
  let calendar = cache.get(key);
  if (!calendar) {
    calendar = createWorkCalendar({ id: key, culturalDay });
    cache.set(key, calendar);
  }
  return calendar;
}
