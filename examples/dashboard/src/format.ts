/** Numbers and dates as people read them: Vietnamese or English conventions, Vietnam's dates whatever the browser's zone. */
import type { Lang } from "@cchc/core";

const LOCALE: Readonly<Record<Lang, string>> = { vi: "vi-VN", en: "en-GB" };

/** A count or an amount (`1.234,5` in Vietnamese, `1,234.5` in English). */
export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits }).format(value);
}

/** A percentage value (already in percent), one decimal. */
export function formatPercent(value: number | null, lang: Lang): string {
  return value === null ? "—" : `${formatNumber(value, lang, 1)} %`;
}

/** A civil date `YYYY-MM-DD`: `09/03/2026` in Vietnamese, `9 Mar 2026` in English. */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return lang === "vi"
    ? new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(date)
    : new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(date);
}

/** An instant (ISO 8601 with offset) as date and time in Vietnam. */
export function formatInstant(iso: string, lang: Lang): string {
  const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Asia/Ho_Chi_Minh" }).format(new Date(iso));
  return `${formatDate(vietnamDateOf(iso), lang)}, ${time}`;
}

/** The Vietnam civil date of an instant (`2026-12-07T09:00:00+07:00` → `2026-12-07`). */
export function vietnamDateOf(iso: string): string {
  return new Date(Date.parse(iso) + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** A month id `2026-03` as a short label: `T3` in Vietnamese (tháng 3), `Mar` in English. */
export function monthLabel(month: string, lang: Lang): string {
  const m = Number(month.slice(5, 7));
  return lang === "vi" ? `T${m}` : new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" }).format(new Date(Date.UTC(2026, m - 1, 1)));
}

/** A month id as a long label: `tháng 3/2026`, `March 2026`. */
export function monthName(month: string, lang: Lang): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return lang === "vi" ? `Tháng ${m}/${y}` : new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 1)));
}
