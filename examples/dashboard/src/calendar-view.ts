/**
 * The reporting calendar: twelve month grids of the state bodies' working-day calendar (@cchc/calendar),
 * with the days off and make-up days (their reasons on hover and on keyboard focus), every report's due
 * dates (from the board's deadlines) and today.
 */
import { vietnamCalendar, type DayInfo } from "@cchc/calendar";
import type { Lang } from "@cchc/core";
import type { BoardDeadline } from "@cchc/intake";
import { h } from "./dom.js";
import { monthName } from "./format.js";
import { t } from "./texts.js";

const WEEKDAYS: Readonly<Record<Lang, readonly string[]>> = {
  vi: ["T2", "T3", "T4", "T5", "T6", "T7", "CN"],
  en: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
};
const WEEKDAY_NAMES: Readonly<Record<Lang, readonly string[]>> = {
  vi: ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"],
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
};

const DAY_OFF_KINDS = new Set<DayInfo["kind"]>(["holiday", "observed", "swapped-off", "agency-closed"]);

let yearDays: { year: number; days: DayInfo[] } | undefined;

/** Every day of a year as the state calendar sees it (kind, reason, source), computed once. */
function daysOf(year: number): { days: DayInfo[] } {
  if (yearDays?.year !== year) {
    const calendar = vietnamCalendar();
    const days: DayInfo[] = [];
    for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += 86_400_000) days.push(calendar.dayInfo(new Date(ms).toISOString().slice(0, 10)));
    yearDays = { year, days };
  }
  return yearDays;
}

/** Monday = 0 … Sunday = 6 of a civil date. */
const weekday = (iso: string): number => (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;

function dayCell(info: DayInfo, due: readonly BoardDeadline[], today: string, lang: Lang): HTMLTableCellElement {
  const day = String(Number(info.date.slice(8)));
  const off = DAY_OFF_KINDS.has(info.kind);
  const makeup = info.kind === "makeup-working" || info.kind === "agency-open";
  const reasons: string[] = [];
  if (off || makeup) reasons.push(`${t(lang, off ? "calendar.dayOff" : "calendar.makeup")}: ${info.name?.[lang] ?? ""}${info.estimated ? ` ${t(lang, "calendar.estimated")}` : ""}`);
  for (const d of due) reasons.push(t(lang, "calendar.dueOf", { what: d.what[lang], period: d.periodLabel[lang] }));
  const classes = ["day", off ? "off" : "", makeup ? "makeup" : "", info.kind === "weekend" ? "weekend" : "", due.length > 0 ? "due" : "", info.date === today ? "today" : ""].filter(Boolean).join(" ");
  const attrs = { class: classes, "data-date": info.date, "data-kind": info.kind, ...(due.length > 0 ? { "data-due": due.length } : {}) };
  if (reasons.length === 0) {
    const label = info.date === today ? `${day}, ${t(lang, "calendar.today")}` : undefined;
    return h("td", {}, h("span", { ...attrs, ...(label ? { "aria-label": label } : {}) }, day));
  }
  const tipId = `tip-${info.date}`;
  const label = `${day} — ${WEEKDAY_NAMES[lang][weekday(info.date)]}${info.date === today ? `, ${t(lang, "calendar.today")}` : ""}`;
  return h(
    "td",
    { class: weekday(info.date) >= 4 ? "tip-left" : "" },
    h("span", { ...attrs, tabindex: 0, "aria-label": label, "aria-describedby": tipId }, day),
    h("span", { class: "tip", role: "tooltip", id: tipId }, ...reasons.flatMap((r, i) => (i === 0 ? [r] : [h("br"), r]))),
  );
}

function monthTable(year: number, month: number, days: readonly DayInfo[], dueOn: ReadonlyMap<string, BoardDeadline[]>, today: string, lang: Lang): HTMLTableElement {
  const id = `${year}-${String(month).padStart(2, "0")}`;
  const ofMonth = days.filter((d) => d.date.startsWith(`${id}-`));
  const rows: HTMLTableRowElement[] = [];
  let cells: HTMLTableCellElement[] = Array.from({ length: weekday(ofMonth[0]!.date) }, () => h("td"));
  for (const info of ofMonth) {
    cells.push(dayCell(info, dueOn.get(info.date) ?? [], today, lang));
    if (cells.length === 7) {
      rows.push(h("tr", {}, ...cells));
      cells = [];
    }
  }
  if (cells.length > 0) rows.push(h("tr", {}, ...cells, ...Array.from({ length: 7 - cells.length }, () => h("td"))));
  return h(
    "table",
    { class: "month", "data-month": id },
    h("caption", {}, monthName(id, lang)),
    h("thead", {}, h("tr", {}, ...WEEKDAYS[lang].map((w, i) => h("th", { scope: "col", abbr: WEEKDAY_NAMES[lang][i] }, w)))),
    h("tbody", {}, ...rows),
  );
}

/** The calendar section's content for a year. */
export function renderCalendar(year: number, deadlines: readonly BoardDeadline[], today: string, lang: Lang): HTMLElement {
  const { days } = daysOf(year);
  const dueOn = new Map<string, BoardDeadline[]>();
  for (const d of deadlines) dueOn.set(d.due, [...(dueOn.get(d.due) ?? []), d]);
  const legend = h(
    "ul",
    { class: "legend" },
    h("li", {}, h("span", { class: "swatch day off", "aria-hidden": "true" }), t(lang, "calendar.dayOff")),
    h("li", {}, h("span", { class: "swatch day makeup", "aria-hidden": "true" }), t(lang, "calendar.makeup")),
    h("li", {}, h("span", { class: "swatch day due", "aria-hidden": "true" }), t(lang, "calendar.due")),
    h("li", {}, h("span", { class: "swatch day today", "aria-hidden": "true" }), t(lang, "calendar.today")),
    h("li", {}, h("span", { class: "swatch day weekend", "aria-hidden": "true" }), t(lang, "calendar.weekend")),
  );
  return h("div", {}, legend, h("div", { class: "months" }, ...Array.from({ length: 12 }, (_, i) => monthTable(year, i + 1, days, dueOn, today, lang))));
}
