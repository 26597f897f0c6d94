import { defineCatalogue, formatMessage, type MessageParams, labelText } from "@cchc/core";
import { dateArgument } from "./arguments.js";
import { defineCommand, type CommandContext } from "./command.js";
import type { LunarJson } from "./lunar-json.js";
import { jsonError, writeResults, type InputFailure } from "./outcome.js";
import { weekdayName } from "./weekday.js";

const messages = /* @__PURE__ */ defineCatalogue({
  vi: {
    description: "đổi ngày dương lịch sang âm lịch (giờ Việt Nam, UTC+7)",
    "arg.date": "ngày dương lịch, YYYY-MM-DD hoặc DD/MM/YYYY; nhiều ngày thì mỗi ngày là một đối số",
    result: "{date} ({weekday}) = ngày {day} tháng {month}{leap} năm {yearName} (âm lịch, tháng {monthLength} ngày)",
    leap: " nhuận",
  },
  en: {
    description: "convert solar dates to the Vietnamese lunar calendar (Vietnam time, UTC+7)",
    "arg.date": "solar date, YYYY-MM-DD or DD/MM/YYYY; one argument per date",
    result: "{date} ({weekday}) = lunar day {day} of month {month}{leap}, year {yearName} (a {monthLength}-day month)",
    leap: " (leap)",
  },
});

type Key = keyof typeof messages.vi;

function describe(context: CommandContext, r: LunarJson): string {
  const t = (key: Key, params: MessageParams = {}): string => formatMessage(messages, key, params, context.lang);
  const params = {
    date: r.date,
    weekday: weekdayName(context, r.date),
    day: r.day,
    month: r.month,
    leap: r.leap ? t("leap") : "",
    yearName: labelText(r.yearName, context.lang),
    monthLength: r.monthLength,
  };
  return `${t("result", params)}\n`;
}

/** `cchc lunar <date...>`: `toLunar` of `@cchc/calendar`, loaded only when it runs. */
export const lunarCommand = /* @__PURE__ */ defineCommand<Key>({
  name: "lunar",
  examples: ["cchc lunar 2026-02-17", "cchc lunar 25/07/2025 2026-04-26 --json"],
  messages,
  configure: (command, text) => {
    command.argument("<date...>", text("arg.date"));
  },
  run: async (context, { args }) => {
    const { toCivilDate, toLunar } = await import("../lazy/calendar.js");
    const results = (args[0] as string[]).map((input): LunarJson | InputFailure => {
      const date = toCivilDate(dateArgument(input));
      if (!date.ok) return { input, error: jsonError(date.error, context) };
      return { input, date: date.value, ...toLunar(date.value) };
    });
    return writeResults<LunarJson>(context, results, (r) => describe(context, r));
  },
});
