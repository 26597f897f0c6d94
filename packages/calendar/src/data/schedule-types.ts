import type { Citation, Label } from "@cchc/core";

/**
 * A decreed swap (hoán đổi ngày làm việc): a weekday given off and a rest day worked instead (làm bù).
 *
 * @example
 * ```ts
 * import type { DecreedSwap } from "@cchc/calendar";
 *
 * const swap: DecreedSwap = {
 *   off: "2026-01-02",
 *   workedOn: "2026-01-10",
 *   occasion: { vi: "Tết Dương lịch 2026", en: "New Year 2026" },
 *   citation: { document: "12729/VPCP-KGVX", date: "2025-12-25", issuer: "Văn phòng Chính phủ", confidence: "VERIFIED" },
 * };
 * ```
 *
 * @category Calendar data
 */
export interface DecreedSwap {
  /** The working day given off, `YYYY-MM-DD`. */
  readonly off: string;
  /** The rest day (usually a Saturday) worked instead, `YYYY-MM-DD`; may fall in another year. */
  readonly workedOn: string;
  /** The holiday the swap lengthens. */
  readonly occasion: Label;
  /** The dispatch that decreed it. */
  readonly citation: Citation;
}

/**
 * The Prime Minister's schedule for one year (lịch nghỉ lễ, tết cho cán bộ, công chức, viên chức):
 * the official Tết days, the day joined to 2/9, and decreed swaps. When `complete` is `false`, the
 * choices not listed are estimated (see `SCHEDULE_ESTIMATES`) and the year is flagged `estimated`.
 *
 * @example
 * ```ts
 * import { OFFICIAL_SCHEDULES } from "@cchc/calendar";
 *
 * OFFICIAL_SCHEDULES.find((s) => s.year === 2026)?.complete; // => true
 * ```
 *
 * @category Calendar data
 */
export interface YearSchedule {
  /** The calendar year. */
  readonly year: number;
  /** `true` when every choice the Prime Minister makes for this year is in the data. */
  readonly complete: boolean;
  /** The official Tết days (usually five consecutive days), with their source. */
  readonly tet?: { readonly days: readonly string[]; readonly citation: Citation };
  /** The second National Day, with its source. */
  readonly nationalDayExtra?: { readonly date: string; readonly citation: Citation };
  /** Decreed swaps whose day off falls in this year. */
  readonly swaps: readonly DecreedSwap[];
  /** What the sources say about the year, and what is missing. */
  readonly note: string;
}
