/**
 * `cchc workdays add <date> <n> --json` (a contract: fields may be added, never removed or renamed).
 *
 * @example
 * ```ts
 * import type { WorkdaysAddJson } from "@cchc/cli";
 *
 * const r: WorkdaysAddJson = { date: "2026-02-27", from: "2026-02-13", n: 5, calendar: "vn-state", estimated: false };
 * ```
 *
 * @category JSON output
 */
export interface WorkdaysAddJson {
  /** The n-th working day after `from` (before it when `n` is negative), `YYYY-MM-DD`. */
  readonly date: string;
  /** The start date as read, `YYYY-MM-DD`. */
  readonly from: string;
  /** The number of working days moved. */
  readonly n: number;
  /** The calendar's id, `"vn-state"` (state bodies). */
  readonly calendar: string;
  /** `true` when a year between the two dates has no official schedule yet (its days off are computed). */
  readonly estimated: boolean;
}

/**
 * `cchc workdays count <from> <to> --json` (a contract: fields may be added, never removed or renamed).
 *
 * @example
 * ```ts
 * import type { WorkdaysCountJson } from "@cchc/cli";
 *
 * const r: WorkdaysCountJson = {
 *   count: 15, from: "2026-02-01", to: "2026-02-28", includeStart: true, includeEnd: true, calendar: "vn-state", estimated: false,
 * };
 * ```
 *
 * @category JSON output
 */
export interface WorkdaysCountJson {
  /** Working days from `from` to `to`; 0 when `from` is after `to`. */
  readonly count: number;
  /** The first date as read, `YYYY-MM-DD`. */
  readonly from: string;
  /** The last date as read, `YYYY-MM-DD`. */
  readonly to: string;
  /** Whether `from` itself is counted (`false` with `--exclude-start`). */
  readonly includeStart: boolean;
  /** Whether `to` itself is counted (always `true`). */
  readonly includeEnd: boolean;
  /** The calendar's id, `"vn-state"`. */
  readonly calendar: string;
  /** `true` when a year of the range has no official schedule yet. */
  readonly estimated: boolean;
}
