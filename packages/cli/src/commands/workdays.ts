import { defineCatalogue, formatMessage, type Catalogue, type Lang, type MessageParams, type Result } from "@cchc/core";
import type { WorkCalendar } from "@cchc/calendar";
import { EXIT_CODES } from "../exit-codes.js";
import { writeText } from "../io.js";
import { dateArgument, parseInteger } from "./arguments.js";
import { defineCommand, type CommandContext } from "./command.js";
import { configureCultureDay, CULTURE_DAY_MESSAGES, cultureDayNote, stateCalendar, workingCultureDays } from "./culture-day.js";
import { attempt, jsonText, writeFailure } from "./outcome.js";
import type { WorkdaysAddJson, WorkdaysCountJson } from "./workdays-json.js";
import { weekdayName } from "./weekday.js";

const messages = /* @__PURE__ */ defineCatalogue({
  vi: {
    ...CULTURE_DAY_MESSAGES.vi,
    description: "tính theo ngày làm việc của cơ quan nhà nước: cộng, trừ, đếm",
    "add.description": "ngày làm việc thứ n sau một ngày (n âm: trước ngày đó)",
    "count.description": "đếm ngày làm việc giữa hai ngày, tính cả hai đầu",
    "arg.date": "ngày bắt đầu, YYYY-MM-DD hoặc DD/MM/YYYY",
    "arg.n": "số ngày làm việc, ví dụ 5 hoặc -3",
    "arg.from": "ngày đầu, YYYY-MM-DD hoặc DD/MM/YYYY",
    "arg.to": "ngày cuối, YYYY-MM-DD hoặc DD/MM/YYYY",
    "option.exclude_start": "không tính ngày đầu",
    added: "{date} ({weekday}): {n} ngày làm việc tính từ {from}",
    counted: "{count} ngày làm việc từ {from} đến {to}",
    "counted.exclude_start": "{count} ngày làm việc từ {from} (không tính ngày này) đến {to}",
  },
  en: {
    ...CULTURE_DAY_MESSAGES.en,
    description: "working-day arithmetic on the state bodies' calendar: add, subtract, count",
    "add.description": "the n-th working day after a date (negative n: before it)",
    "count.description": "count the working days between two dates, both ends included",
    "arg.date": "start date, YYYY-MM-DD or DD/MM/YYYY",
    "arg.n": "number of working days, e.g. 5 or -3",
    "arg.from": "first date, YYYY-MM-DD or DD/MM/YYYY",
    "arg.to": "last date, YYYY-MM-DD or DD/MM/YYYY",
    "option.exclude_start": "do not count the first date",
    added: "{date} ({weekday}): {n} working day(s) from {from}",
    counted: "{count} working day(s) from {from} to {to}",
    "counted.exclude_start": "{count} working day(s) from {from} (excluded) to {to}",
  },
});

type Key = keyof typeof messages.vi;

/** The group and its subcommands share one table; each subcommand takes its own description from it. */
function subMessages(prefix: "add" | "count"): Catalogue<Key | "description"> {
  const pick = (lang: Lang): Record<Key, string> => ({ ...messages[lang], description: messages[lang][`${prefix}.description`] });
  return { vi: pick("vi"), en: pick("en") };
}

function say(context: CommandContext, key: Key, params: MessageParams): string {
  return `${formatMessage(messages, key, params, context.lang)}\n`;
}

/** The years from one date to the other (either order) that have no official schedule yet. */
function estimatedYears(calendar: WorkCalendar, one: string, other: string): number[] {
  const [a, b] = [Number(one.slice(0, 4)), Number(other.slice(0, 4))].sort((x, y) => x - y) as [number, number];
  const years: number[] = [];
  for (let year = a; year <= b; year++) if (calendar.isEstimated(year)) years.push(year);
  return years;
}

/** The estimate warning line when the answer rests on estimated years. */
function estimateNote(context: CommandContext, years: readonly number[]): string {
  return years.length === 0 ? "" : `${context.t("estimated.year", { year: years.join(", ") })}\n`;
}

/** The notes under a result: years without an official schedule, 24/11 not counted as a holiday. */
async function notes(context: CommandContext, calendar: WorkCalendar, one: string, other: string): Promise<string> {
  return estimateNote(context, estimatedYears(calendar, one, other)) + cultureDayNote(context.lang, await workingCultureDays(calendar, one, other));
}

/** The date as the calendar reads it, or the calendar's typed error (`date.invalid_day`, …). */
async function civil(text: string): Promise<Result<string>> {
  const { toCivilDate } = await import("../lazy/calendar.js");
  return toCivilDate(dateArgument(text));
}

const addCommand = /* @__PURE__ */ defineCommand<Key>({
  name: "add",
  examples: ["cchc workdays add 2026-02-13 5", "cchc workdays add 27/02/2026 -3 --json"],
  messages: /* @__PURE__ */ subMessages("add"),
  configure: (command, t) => {
    command.argument("<date>", t("arg.date")).argument("<n>", t("arg.n"));
    configureCultureDay(command, t);
  },
  run: async (context, { args, options }) => {
    const [dateText, nText] = args as [string, string];
    const from = await civil(dateText);
    if (!from.ok) return writeFailure(context, from.error, dateText);
    const n = parseInteger(nText);
    if (!n.ok) return writeFailure(context, n.error, nText);
    const state = await stateCalendar(options["cultureDay"]);
    if (!state.ok) return writeFailure(context, state.error, String(options["cultureDay"]));
    const calendar = state.value;
    const date = attempt(() => calendar.addWorkingDays(from.value, n.value));
    if (!date.ok) return writeFailure(context, date.error);
    const estimated = estimatedYears(calendar, from.value, date.value);
    const result: WorkdaysAddJson = { date: date.value, from: from.value, n: n.value, calendar: calendar.id, estimated: estimated.length > 0 };
    const line = say(context, "added", { date: result.date, weekday: weekdayName(context, result.date), n: result.n, from: result.from });
    await writeText(context.io.stdout, context.json ? jsonText(result) : line + (await notes(context, calendar, from.value, date.value)));
    return EXIT_CODES.ok;
  },
});

const countCommand = /* @__PURE__ */ defineCommand<Key>({
  name: "count",
  examples: ["cchc workdays count 2026-02-01 2026-02-28", "cchc workdays count 2026-01-01 2026-12-31 --exclude-start --json"],
  messages: /* @__PURE__ */ subMessages("count"),
  configure: (command, t) => {
    command.argument("<from>", t("arg.from")).argument("<to>", t("arg.to")).option("--exclude-start", t("option.exclude_start"));
    configureCultureDay(command, t);
  },
  run: async (context, { args, options }) => {
    const [fromText, toText] = args as [string, string];
    const from = await civil(fromText);
    if (!from.ok) return writeFailure(context, from.error, fromText);
    const to = await civil(toText);
    if (!to.ok) return writeFailure(context, to.error, toText);
    const includeStart = options["excludeStart"] !== true;
    const state = await stateCalendar(options["cultureDay"]);
    if (!state.ok) return writeFailure(context, state.error, String(options["cultureDay"]));
    const calendar = state.value;
    const count = attempt(() => calendar.countWorkingDays(from.value, to.value, { includeStart }));
    if (!count.ok) return writeFailure(context, count.error);
    const estimated = estimatedYears(calendar, from.value, to.value);
    const result: WorkdaysCountJson = {
      count: count.value,
      from: from.value,
      to: to.value,
      includeStart,
      includeEnd: true,
      calendar: calendar.id,
      estimated: estimated.length > 0,
    };
    const line = say(context, includeStart ? "counted" : "counted.exclude_start", { count: result.count, from: result.from, to: result.to });
    await writeText(context.io.stdout, context.json ? jsonText(result) : line + (await notes(context, calendar, from.value, to.value)));
    return EXIT_CODES.ok;
  },
});

/**
 * `cchc workdays add <date> <n>` and `cchc workdays count <from> <to> [--exclude-start]`, each with
 * `--culture-day <year>`.
 */
export const workdaysCommand = /* @__PURE__ */ defineCommand<Key>({
  name: "workdays",
  examples: ["cchc workdays add 2026-02-13 5", "cchc workdays count 2026-02-01 2026-02-28"],
  messages,
  subcommands: [addCommand, countCommand],
});
