import { epochDayToIso, fromEpochDay, isoWeekday, type Lang } from "@cchc/core";

const WEEKDAYS_VI = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"] as const;
const WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;
const pad2 = (n: number): string => String(n).padStart(2, "0");

/**
 * A day as written in Vietnamese ("Thứ Hai, 09/03/2026") or English ("Monday 9 March 2026").
 *
 * @param day - Epoch day.
 * @param lang - `"vi"` (default) or `"en"`.
 * @returns The text.
 * @example
 * ```ts
 * import { toEpochDay } from "@cchc/core";
 * import { formatDay } from "@cchc/deadlines";
 *
 * formatDay(toEpochDay({ year: 2026, month: 3, day: 9 })); // => "Thứ Hai, 09/03/2026"
 * formatDay(toEpochDay({ year: 2026, month: 3, day: 9 }), "en"); // => "Monday 9 March 2026"
 * ```
 *
 * @category Days and instants
 */
export function formatDay(day: number, lang: Lang = "vi"): string {
  const d = fromEpochDay(day);
  const w = isoWeekday(day) - 1;
  return lang === "en"
    ? `${WEEKDAYS_EN[w]} ${d.day} ${MONTHS_EN[d.month - 1]} ${d.year}`
    : `${WEEKDAYS_VI[w]}, ${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
}

/**
 * A short day: "09/03/2026" (vi) or "9 Mar 2026" (en).
 *
 * @param day - Epoch day.
 * @param lang - `"vi"` (default) or `"en"`.
 * @returns The text.
 * @example
 * ```ts
 * import { toEpochDay } from "@cchc/core";
 * import { formatShortDay } from "@cchc/deadlines";
 *
 * formatShortDay(toEpochDay({ year: 2026, month: 2, day: 14 }), "en"); // => "14 Feb 2026"
 * ```
 *
 * @category Days and instants
 */
export function formatShortDay(day: number, lang: Lang = "vi"): string {
  const d = fromEpochDay(day);
  return lang === "en" ? `${d.day} ${MONTHS_EN[d.month - 1]!.slice(0, 3)} ${d.year}` : `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
}

/**
 * The instant a day ends, 24:00 Vietnam time (Civil Code Điều 148 khoản 6), as an ISO string. ISO 8601
 * profiles such as RFC 3339 have no hour 24, so it is written as 00:00 of the next day, +07:00.
 *
 * @param day - Epoch day.
 * @returns E.g. `"2026-03-10T00:00:00+07:00"` for 9 March 2026.
 * @example
 * ```ts
 * import { toEpochDay } from "@cchc/core";
 * import { endOfDayIso } from "@cchc/deadlines";
 *
 * endOfDayIso(toEpochDay({ year: 2026, month: 3, day: 9 })); // => "2026-03-10T00:00:00+07:00"
 * ```
 *
 * @category Days and instants
 */
export function endOfDayIso(day: number): string {
  return `${epochDayToIso(day + 1)}T00:00:00+07:00`;
}
