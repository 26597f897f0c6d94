import { defineCatalogue, formatMessage, type MessageParams } from "@cchc/core";
import { parseLunarDate } from "./arguments.js";
import { defineCommand, type CommandContext } from "./command.js";
import type { SolarJson } from "./lunar-json.js";
import { jsonError, writeResults, type InputFailure } from "./outcome.js";
import { weekdayName } from "./weekday.js";

const messages = /* @__PURE__ */ defineCatalogue({
  vi: {
    description: "đổi ngày âm lịch sang dương lịch",
    "arg.date": "ngày âm lịch năm-tháng-ngày, ví dụ 2026-3-10; nhiều ngày thì mỗi ngày là một đối số",
    "option.leap": "các ngày thuộc tháng nhuận",
    result: "ngày {day} tháng {month}{leap} năm {year} (âm lịch) = {date} ({weekday})",
    leap: " nhuận",
  },
  en: {
    description: "convert Vietnamese lunar dates to solar dates",
    "arg.date": "lunar date year-month-day, e.g. 2026-3-10; one argument per date",
    "option.leap": "the dates are in the leap month",
    result: "lunar {day}/{month}{leap}/{year} = {date} ({weekday})",
    leap: " (leap)",
  },
});

type Key = keyof typeof messages.vi;

function describe(context: CommandContext, r: SolarJson): string {
  const t = (key: Key, params: MessageParams = {}): string => formatMessage(messages, key, params, context.lang);
  return `${t("result", { ...r, leap: r.leap ? t("leap") : "", weekday: weekdayName(context, r.date) })}\n`;
}

/** `cchc solar <y-m-d...> [--leap]`: `fromLunar` of `@cchc/calendar`, loaded only when it runs. */
export const solarCommand = /* @__PURE__ */ defineCommand<Key>({
  name: "solar",
  examples: ["cchc solar 2026-3-10", "cchc solar 2025-6-1 --leap --json"],
  messages,
  configure: (command, text) => {
    command.argument("<date...>", text("arg.date")).option("--leap", text("option.leap"));
  },
  run: async (context, { args, options }) => {
    const { fromLunar } = await import("../lazy/calendar.js");
    const leap = options["leap"] === true;
    const results = (args[0] as string[]).map((input): SolarJson | InputFailure => {
      const lunar = parseLunarDate(input, leap);
      if (!lunar.ok) return { input, error: jsonError(lunar.error, context) };
      const date = fromLunar(lunar.value);
      if (!date.ok) return { input, error: jsonError(date.error, context) };
      return { input, date: date.value, ...lunar.value };
    });
    return writeResults<SolarJson>(context, results, (r) => describe(context, r));
  },
});
