const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * An instant written in Vietnam's time (UTC+07:00, Asia/Ho_Chi_Minh has no daylight saving), as the
 * receipts and answers of the intake write every instant.
 *
 * @param ms - Epoch milliseconds.
 * @returns ISO 8601 with milliseconds and `+07:00`.
 * @example
 * ```ts
 * import { vietnamInstant } from "@cchc/intake";
 *
 * vietnamInstant(Date.UTC(2026, 2, 6, 2, 30)); // => "2026-03-06T09:30:00.000+07:00"
 * ```
 *
 * @category Report keys and units
 */
export function vietnamInstant(ms: number): string {
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().replace("Z", "+07:00");
}

/** The epoch day of an instant in Vietnam. */
export function vietnamEpochDay(ms: number): number {
  return Math.floor((ms + VIETNAM_OFFSET_MS) / 86_400_000);
}
