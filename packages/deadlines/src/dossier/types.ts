import type { IsoDate } from "@cchc/core";
import type { CalendarInput } from "../calendar/types.js";
import type { DateInput } from "../time/instant.js";

/**
 * A request to supplement an incomplete dossier (Phiếu yêu cầu bổ sung, Nghị định 61/2018/NĐ-CP
 * Điều 19 khoản 4) and, once done, when the complete dossier was received.
 *
 * @example
 * ```ts
 * import type { DossierSupplement } from "@cchc/deadlines";
 *
 * const s: DossierSupplement = { requestedAt: "2026-03-03T10:00:00+07:00", completedAt: "2026-03-09T09:00:00+07:00" };
 * ```
 *
 * @category Dossier timeliness
 */
export interface DossierSupplement {
  /** When the request was issued. */
  readonly requestedAt: string | number;
  /** When the supplemented, complete dossier was received (absent: still waiting). */
  readonly completedAt?: string | number | null;
}

/**
 * A rescheduling of the return date (hẹn lại ngày trả kết quả) with its apology letter (văn bản xin
 * lỗi, Mẫu 04 of Thông tư 01/2018/TT-VPCP).
 *
 * @example
 * ```ts
 * import type { DossierReschedule } from "@cchc/deadlines";
 *
 * const r: DossierReschedule = { newDueDate: "2026-03-16", apologyAt: "2026-03-05T16:00:00+07:00" };
 * ```
 *
 * @category Dossier timeliness
 */
export interface DossierReschedule {
  /** The new return date, `YYYY-MM-DD`. */
  readonly newDueDate: string;
  /** When the apology letter was sent (absent: none sent). */
  readonly apologyAt?: string | number | null;
}

/**
 * One administrative-procedure dossier (hồ sơ TTHC) as exported by a one-stop system. Instants are ISO
 * strings (without an offset: Vietnam time) or epoch milliseconds.
 *
 * @example
 * ```ts
 * import type { DossierRecord } from "@cchc/deadlines";
 *
 * const d: DossierRecord = {
 *   id: "000.00.12.H04-260302-0001", agency: "so-tu-phap", procedure: "chung-thuc",
 *   receivedAt: "2026-03-02T15:30:00+07:00", workingDays: 0, receiptCutoff: "15:00",
 *   completedAt: "2026-03-03T10:00:00+07:00",
 * };
 * ```
 *
 * @category Dossier timeliness
 */
export interface DossierRecord {
  /** The dossier code (mã hồ sơ). */
  readonly id?: string;
  /** The handling agency (the unit rates are grouped by). */
  readonly agency: string;
  /** The procedure (thủ tục). */
  readonly procedure?: string;
  /** When the dossier was received. */
  readonly receivedAt: string | number;
  /** The processing time in working days (0 = same day); used when `dueDate` is absent. */
  readonly workingDays?: number;
  /** The return date on the receipt (Giấy tiếp nhận và hẹn trả kết quả), `YYYY-MM-DD`; wins over `workingDays`. */
  readonly dueDate?: string;
  /** The procedure's receipt cut-off (`"15:00"`): after it, the count starts the next working day. */
  readonly receiptCutoff?: string | null;
  /** Supplement requests; the count restarts from the last completed one. */
  readonly supplements?: readonly DossierSupplement[];
  /** Reschedulings; only the first is allowed (Điều 19 khoản 9). */
  readonly reschedules?: readonly DossierReschedule[];
  /** When an apology was sent without a rescheduling, if ever. */
  readonly apologyAt?: string | number | null;
  /** When the result was returned (absent: still being handled). */
  readonly completedAt?: string | number | null;
}

/**
 * Timeliness of a dossier: returned before (`"early"`, trước hạn), on (`"on-time"`, đúng hạn) or after
 * (`"late"`, quá hạn) its due date; still being handled within (`"pending"`) or past
 * (`"pending-overdue"`) its due date at the `asOf` instant.
 *
 * @example
 * ```ts
 * import { DOSSIER_STATUSES } from "@cchc/deadlines";
 *
 * DOSSIER_STATUSES[0]; // => "early"
 * ```
 *
 * @category Dossier timeliness
 */
export const DOSSIER_STATUSES = ["early", "on-time", "late", "pending", "pending-overdue"] as const;

/**
 * One of {@link DOSSIER_STATUSES}.
 *
 * @example
 * ```ts
 * import type { DossierStatus } from "@cchc/deadlines";
 *
 * const s: DossierStatus = "on-time";
 * ```
 *
 * @category Dossier timeliness
 */
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/**
 * Breaches found in a dossier's handling:
 * - `"second-reschedule"`: the return date was reset more than once ("không quá một lần", Điều 19 khoản 9);
 * - `"apology-missing"`: rescheduled or late without an apology letter;
 * - `"apology-late"`: the apology came after its latest day (one day before the due date);
 * - `"late-supplement-request"`: the request to supplement came after 03 working days (Điều 19 khoản 4).
 *
 * @example
 * ```ts
 * import { DOSSIER_VIOLATIONS } from "@cchc/deadlines";
 *
 * DOSSIER_VIOLATIONS.includes("second-reschedule"); // => true
 * ```
 *
 * @category Dossier timeliness
 */
export const DOSSIER_VIOLATIONS = ["second-reschedule", "apology-missing", "apology-late", "late-supplement-request"] as const;

/**
 * One of {@link DOSSIER_VIOLATIONS}.
 *
 * @example
 * ```ts
 * import type { DossierViolation } from "@cchc/deadlines";
 *
 * const v: DossierViolation = "apology-late";
 * ```
 *
 * @category Dossier timeliness
 */
export type DossierViolation = (typeof DOSSIER_VIOLATIONS)[number];

/**
 * Options of dossier classification and aggregation.
 *
 * @example
 * ```ts
 * import type { DeadlineCalendar, DossierOptions } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar;
 * const options: DossierOptions = { calendar, asOf: "2026-04-01T00:00:00+07:00", periodKind: "quarter" };
 * ```
 *
 * @category Dossier timeliness
 */
export interface DossierOptions {
  /** The working-day calendar (default: `vietnamCalendar()` of `@cchc/calendar`, state bodies; pass an agency's own to override). */
  readonly calendar?: CalendarInput;
  /** The instant at which pending dossiers are judged (absent: they stay `"pending"`). */
  readonly asOf?: DateInput;
  /** Rates per `"month"` (default), `"quarter"` or `"year"`. */
  readonly periodKind?: "month" | "quarter" | "year";
  /** Group by the day the result was returned (`"completed"`, default; pending dossiers by receipt) or received (`"received"`). */
  readonly periodBy?: "completed" | "received";
  /** The apology's latest day: one `"calendar"` day (default) or one `"working"` day before the due date. */
  readonly apologyDayUnit?: "calendar" | "working";
  /** Whether a rescheduling whose apology came late still moves the due date (default `false`). */
  readonly acceptLateReschedule?: boolean;
  /** Whether a completed supplement restarts the count (default `true`, Điều 19 khoản 4). */
  readonly restartOnSupplement?: boolean;
  /** Working days allowed to request a supplement (default 3, Điều 19 khoản 4). */
  readonly supplementRequestDays?: number;
}

/**
 * The classification of one dossier.
 *
 * @example
 * ```ts
 * import type { DossierTimeliness } from "@cchc/deadlines";
 *
 * function line(t: DossierTimeliness): string {
 *   return `${t.id}: ${t.status} (due ${t.due})`;
 * }
 * ```
 *
 * @category Dossier timeliness
 */
export interface DossierTimeliness {
  /** The dossier code, if given. */
  readonly id: string | null;
  /** The handling agency. */
  readonly agency: string;
  /** The period the dossier counts in (`"2026-03"`). */
  readonly periodId: string;
  /** Its status. */
  readonly status: DossierStatus;
  /** The day the count started (after the 15:00 cut-off, rest days and a completed supplement). */
  readonly countFrom: IsoDate;
  /** The due date before any rescheduling. */
  readonly originalDue: IsoDate;
  /** The due date in force (after the one allowed rescheduling). */
  readonly due: IsoDate;
  /** The day the result was returned, if it was. */
  readonly completed: IsoDate | null;
  /** Whether a valid rescheduling moved the due date. */
  readonly rescheduled: boolean;
  /** The latest day for the apology letter (one day before the due date it postponed), if rescheduled. */
  readonly apologyDueBy: IsoDate | null;
  /** Whether an apology letter was owed (rescheduled, or late). */
  readonly apologyOwed: boolean;
  /** Whether one was sent. */
  readonly apologySent: boolean;
  /** Working days after the due date until completion (or `asOf`); 0 when on time. */
  readonly workingDaysLate: number;
  /** Breaches found. */
  readonly violations: readonly DossierViolation[];
}
