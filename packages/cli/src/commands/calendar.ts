import { defineCatalogue, formatCitation, formatMessage, labelText, type Lang } from "@cchc/core";
import type { DayInfo, WorkCalendar } from "@cchc/calendar";
import { EXIT_CODES } from "../exit-codes.js";
import { writeText } from "../io.js";
import { parseYear } from "./arguments.js";
import type { CalendarDayJson, CalendarJson, CultureDayJson } from "./calendar-json.js";
import { defineCommand, type CommandContext } from "./command.js";
import { configureCultureDay, CULTURE_DAY_MESSAGES, cultureDayNote, stateCalendar, workingCultureDays } from "./culture-day.js";
import { attempt, jsonText, writeFailure } from "./outcome.js";
import { weekdayName, weekdayOf } from "./weekday.js";

const messages = /* @__PURE__ */ defineCatalogue({
  vi: {
    ...CULTURE_DAY_MESSAGES.vi,
    description: "ngày nghỉ và ngày làm bù của cơ quan nhà nước trong một năm, với lý do và căn cứ",
    "arg.year": "năm dương lịch, ví dụ 2026",
    "option.ics": "xuất tệp iCalendar (RFC 5545) thay vì bảng",
    heading: "Năm {year}: ngày nghỉ và ngày làm bù của cơ quan nhà nước",
    summary: "{off} ngày nghỉ trong tuần làm việc, {makeup} ngày làm bù; {working} ngày làm việc cả năm.",
    source: "Căn cứ: {source}",
    "ics.name": "Ngày nghỉ, ngày làm bù {year}",
    "ics.estimated": "(ước tính)",
    "kind.working": "làm việc",
    "kind.weekend": "nghỉ hằng tuần",
    "kind.holiday": "nghỉ lễ, tết",
    "kind.observed": "nghỉ bù",
    "kind.swapped-off": "nghỉ hoán đổi",
    "kind.makeup-working": "làm bù",
    "kind.agency-closed": "cơ quan nghỉ",
    "kind.agency-open": "cơ quan làm việc",
  },
  en: {
    ...CULTURE_DAY_MESSAGES.en,
    description: "days off and make-up working days of state bodies in a year, with reasons and sources",
    "arg.year": "Gregorian year, e.g. 2026",
    "option.ics": "print an iCalendar file (RFC 5545) instead of the table",
    heading: "{year}: days off and make-up working days of state bodies",
    summary: "{off} weekday(s) off, {makeup} make-up working day(s); {working} working days in the year.",
    source: "Source: {source}",
    "ics.name": "Days off and make-up working days {year}",
    "ics.estimated": "(estimated)",
    "kind.working": "working",
    "kind.weekend": "weekly rest",
    "kind.holiday": "public holiday",
    "kind.observed": "substitute day off",
    "kind.swapped-off": "swapped day off",
    "kind.makeup-working": "make-up working day",
    "kind.agency-closed": "agency closed",
    "kind.agency-open": "agency open",
  },
});

type Key = keyof typeof messages.vi;

function text(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  return formatMessage(messages, key, params, lang);
}

function toJson(day: DayInfo): CalendarDayJson {
  return {
    date: day.date,
    weekday: weekdayOf(day.date),
    working: day.working,
    kind: day.kind,
    name: day.name ?? { vi: "", en: "" },
    source: day.source,
    estimated: day.estimated,
  };
}

function kindText(lang: Lang, kind: string): string {
  return text(lang, `kind.${kind}` as Key);
}

function describe(context: CommandContext, result: CalendarJson): string {
  const { lang } = context;
  const lines = [text(lang, "heading", { year: result.year })];
  if (result.estimated) lines.push(context.t("estimated.year", { year: result.year }));
  if (result.cultureDay !== null && !result.cultureDay.dayOff) lines.push(cultureDayNote(lang, [result.year]).trimEnd());
  const width = Math.max(0, ...result.days.map((d) => kindText(lang, d.kind).length));
  for (const day of result.days) {
    lines.push(`${day.date} ${weekdayName(context, day.date).padEnd(3)} ${kindText(lang, day.kind).padEnd(width)}  ${labelText(day.name, lang)}`);
    if (day.source !== null) lines.push(`${" ".repeat(15)}${text(lang, "source", { source: formatCitation(day.source, lang) })}`);
  }
  const off = result.days.filter((d) => !d.working && d.weekday <= 5).length;
  const makeup = result.days.filter((d) => d.working && d.weekday > 5).length;
  lines.push(text(lang, "summary", { off, makeup, working: result.workingDays }));
  return `${lines.join("\n")}\n`;
}

async function icsText(context: CommandContext, result: CalendarJson): Promise<string> {
  const { writeICalendar } = await import("../lazy/ical.js");
  const { lang } = context;
  const events = result.days.map((day) => ({
    uid: `${result.calendar}.${day.date}@cchc.local`,
    date: day.date,
    summary: `${labelText(day.name, lang)}${day.estimated ? ` ${text(lang, "ics.estimated")}` : ""}`,
    description: [kindText(lang, day.kind), ...(day.source ? [text(lang, "source", { source: formatCitation(day.source, lang) })] : [])].join("\n"),
    categories: [day.kind],
    transparent: true,
  }));
  const name = text(lang, "ics.name", { year: result.year });
  return writeICalendar({ productId: "-//cchc//cchc calendar//VI", name, stampMs: Date.now() }, events);
}

/** How the calendar counted 24/11 of the year (null before the first year it can apply). */
async function cultureDayOf(calendar: WorkCalendar, year: number): Promise<CultureDayJson | null> {
  const { CULTURAL_DAY } = await import("../lazy/calendar.js");
  if (year < CULTURAL_DAY.earliestYear) return null;
  const date = `${year}-11-24`;
  const dayOff = (await workingCultureDays(calendar, date, date)).length === 0;
  return { date, dayOff, source: CULTURAL_DAY.citation };
}

/**
 * `cchc calendar <year> [--ics] [--culture-day <year>]`: the year's special days of `vietnamCalendar()`,
 * loaded only when it runs.
 */
export const calendarCommand = /* @__PURE__ */ defineCommand<Key>({
  name: "calendar",
  examples: ["cchc calendar 2026", "cchc calendar 2027 --json --lang en", "cchc calendar 2026 --ics > ngay-nghi-2026.ics"],
  messages,
  configure: (command, t) => {
    command.argument("<year>", t("arg.year")).option("--ics", t("option.ics"));
    configureCultureDay(command, t);
  },
  run: async (context, { args, options }) => {
    const input = args[0] as string;
    const year = parseYear(input);
    if (!year.ok) return writeFailure(context, year.error, input);
    const calendar = await stateCalendar(options["cultureDay"]);
    if (!calendar.ok) return writeFailure(context, calendar.error, String(options["cultureDay"]));
    const found = attempt(() => calendar.value.yearDays(year.value));
    if (!found.ok) return writeFailure(context, found.error, input);
    const { estimated, days } = found.value;
    const workingDays = calendar.value.countWorkingDays(`${year.value}-01-01`, `${year.value}-12-31`);
    const cultureDay = await cultureDayOf(calendar.value, year.value);
    const result: CalendarJson = { year: year.value, estimated, calendar: calendar.value.id, workingDays, cultureDay, days: days.map(toJson) };
    const output = options["ics"] === true ? await icsText(context, result) : context.json ? jsonText(result) : describe(context, result);
    await writeText(context.io.stdout, output);
    return EXIT_CODES.ok;
  },
});
