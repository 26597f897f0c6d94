import { isoWeekday, parseIsoDate, toEpochDay } from "@cchc/core";
import type { CommandContext } from "./command.js";

/** The ISO weekday of a valid `YYYY-MM-DD` date: 1 = Monday … 7 = Sunday. */
export function weekdayOf(isoDate: string): number {
  const parsed = parseIsoDate(isoDate);
  if (!parsed.ok) throw parsed.error; // only called on dates the calendar produced
  return isoWeekday(toEpochDay(parsed.value));
}

/** The short weekday name of a valid date in the run's language (`T5`, `Thu`). */
export function weekdayName(context: Pick<CommandContext, "t">, isoDate: string): string {
  return context.t(`weekday.${weekdayOf(isoDate)}` as "weekday.1");
}
