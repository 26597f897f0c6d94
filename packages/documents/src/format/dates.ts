import type { CivilDate, Lang } from "@cchc/core";

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ROMAN_QUARTERS = ["I", "II", "III", "IV"];

const pad = (n: number): string => String(n).padStart(2, "0");

/** Day as the decree writes it: a leading zero below 10. */
function dayText(day: number): string {
  return day < 10 ? pad(day) : String(day);
}

/** Month as the decree writes it: a leading zero for January and February only. */
function monthText(month: number): string {
  return month <= 2 ? pad(month) : String(month);
}

function civil(iso: string): CivilDate {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/**
 * The place and date line of an official document (địa danh và thời gian ban hành văn bản). In
 * Vietnamese it follows Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 4, điểm b: the date
 * written in full in Arabic numerals, with a leading zero for days below 10 and for the months 1 and 2
 * ("Bắc Ninh, ngày 05 tháng 02 năm 2026", "Bắc Ninh, ngày 09 tháng 3 năm 2026"). In English: "Bắc Ninh,
 * 9 March 2026".
 *
 * @param place - The place (địa danh), e.g. `"Bắc Ninh"`.
 * @param date - An ISO date `YYYY-MM-DD` (already validated).
 * @param lang - `"vi"` (default) or `"en"`.
 * @returns The line.
 * @example
 * ```ts
 * import { formatPlaceAndDate } from "@cchc/documents";
 *
 * formatPlaceAndDate("Bắc Ninh", "2026-02-05"); // => "Bắc Ninh, ngày 05 tháng 02 năm 2026"
 * formatPlaceAndDate("Bắc Ninh", "2026-03-09"); // => "Bắc Ninh, ngày 09 tháng 3 năm 2026"
 * formatPlaceAndDate("Bắc Ninh", "2026-12-25"); // => "Bắc Ninh, ngày 25 tháng 12 năm 2026"
 * formatPlaceAndDate("Bắc Ninh", "2026-03-09", "en"); // => "Bắc Ninh, 9 March 2026"
 * ```
 *
 * @category Formatting
 */
export function formatPlaceAndDate(place: string, date: string, lang: Lang = "vi"): string {
  const { year, month, day } = civil(date);
  if (lang === "en") return `${place}, ${day} ${EN_MONTHS[month - 1]} ${year}`;
  return `${place}, ngày ${dayText(day)} tháng ${monthText(month)} năm ${year}`;
}

/** A date inside the body: `05/02/2026`, `01/9/2025` (the decree's leading zeros) or `1 Sep 2025`. */
export function bodyDate(date: string, lang: Lang): string {
  const { year, month, day } = civil(date);
  return lang === "en" ? `${day} ${EN_MONTHS[month - 1]!.slice(0, 3)} ${year}` : `${dayText(day)}/${monthText(month)}/${year}`;
}

/** A month id (`2026-02`) in words: "tháng 02 năm 2026", "February 2026". */
export function monthLabel(month: string, lang: Lang): string {
  const year = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  return lang === "en" ? `${EN_MONTHS[m - 1]} ${year}` : `tháng ${monthText(m)} năm ${year}`;
}

/**
 * A reporting period id (`2026-02`, `2026-Q1`, `2026-H1`, `2026-9M`, `2026`) in words: "tháng 02 năm
 * 2026", "quý I năm 2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "năm 2026".
 */
export function periodLabel(period: string, lang: Lang): string {
  const year = period.slice(0, 4);
  const rest = period.slice(5);
  const en = lang === "en";
  if (rest === "") return en ? String(year) : `năm ${year}`;
  if (rest === "9M") return en ? `the first nine months of ${year}` : `9 tháng năm ${year}`;
  if (rest === "H1") return en ? `the first half of ${year}` : `6 tháng đầu năm ${year}`;
  if (rest === "H2") return en ? `the second half of ${year}` : `6 tháng cuối năm ${year}`;
  if (rest.startsWith("Q")) {
    const q = Number(rest.slice(1));
    return en ? `Q${q} ${year}` : `quý ${ROMAN_QUARTERS[q - 1]} năm ${year}`;
  }
  return monthLabel(period, lang);
}

/** A span of months (`2026-01` … `2026-03`): "từ tháng 01 đến tháng 3 năm 2026", "January to March 2026". */
export function monthSpanLabel(from: string, to: string, lang: Lang): string {
  if (from === to) return monthLabel(from, lang);
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  const m = (id: string) => Number(id.slice(5, 7));
  if (lang === "en") {
    return sameYear ? `${EN_MONTHS[m(from) - 1]} to ${monthLabel(to, lang)}` : `${monthLabel(from, lang)} to ${monthLabel(to, lang)}`;
  }
  return sameYear ? `từ tháng ${monthText(m(from))} đến ${monthLabel(to, lang)}` : `từ ${monthLabel(from, lang)} đến ${monthLabel(to, lang)}`;
}
