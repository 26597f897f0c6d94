import { defineCatalogue, formatMessage, ok, type Lang, type Result } from "@cchc/core";
import type { WorkCalendar } from "@cchc/calendar";
import type { Command } from "commander";
import { parseYear } from "./arguments.js";
import { attempt } from "./outcome.js";

/**
 * `--culture-day <year>` of the date commands (`calendar`, `workdays add|count`). 24 November, Ngày Văn
 * hóa Việt Nam, is a **working day** in `vietnamCalendar()` by default: the policy to make it a paid day
 * off is decided (Nghị quyết 80-NQ/TW, 2026) but no law the project has confirmed enacts it yet
 * (UNCONFIRMED). The option counts it as a public holiday from the year given; without it, output that
 * covers a 24/11 of 2026 or later prints a note saying so and how to count it.
 */
export const CULTURE_DAY_MESSAGES = {
  vi: {
    "option.culture_day": "tính ngày 24/11 (Ngày Văn hóa Việt Nam) là ngày nghỉ lễ từ năm này (UNCONFIRMED; mặc định là ngày làm việc)",
    "note.culture_day":
      "Lưu ý: 24/11/{year} (Ngày Văn hóa Việt Nam) không được tính là ngày nghỉ lễ (là ngày làm việc nếu rơi vào thứ Hai – thứ Sáu) vì dự án chưa xác nhận văn bản luật nào quy định đây là ngày nghỉ hưởng nguyên lương [UNCONFIRMED]. Để tính là ngày nghỉ lễ: --culture-day {first}.",
  },
  en: {
    "option.culture_day": "count 24 November (Vietnamese Culture Day) as a public holiday from this year on (UNCONFIRMED; default: a working day)",
    "note.culture_day":
      "Note: 24/11/{year} (Vietnamese Culture Day) is not counted as a public holiday (it is a working day when it falls on a weekday): no law confirmed by this project makes it a paid day off yet [UNCONFIRMED]. To count it as one: --culture-day {first}.",
  },
} as const;

const catalogue = /* @__PURE__ */ defineCatalogue(CULTURE_DAY_MESSAGES);

/** Declares `--culture-day <year>` on a command whose catalogue includes {@link CULTURE_DAY_MESSAGES}. */
export function configureCultureDay(command: Command, text: (key: "option.culture_day") => string): void {
  command.option("--culture-day <year>", text("option.culture_day"));
}

/**
 * The state bodies' calendar: `vietnamCalendar()`, with 24/11 as a public holiday from the year of
 * `--culture-day` when given. A year that is not a number, or before 2026, is the calendar's typed error.
 */
export async function stateCalendar(option: unknown): Promise<Result<WorkCalendar>> {
  const { vietnamCalendar } = await import("../lazy/calendar.js");
  if (option === undefined) return ok(vietnamCalendar());
  const year = parseYear(String(option));
  if (!year.ok) return year;
  return attempt(() => vietnamCalendar({ culturalDay: { enabled: true, fromYear: year.value } }));
}

/** The years whose 24/11, between two ISO dates (either order), the calendar does not count as a holiday. */
export async function workingCultureDays(calendar: WorkCalendar, one: string, other: string): Promise<number[]> {
  const { CULTURAL_DAY } = await import("../lazy/calendar.js");
  const [from, to] = one <= other ? [one, other] : [other, one];
  const years: number[] = [];
  for (let year = Math.max(Number(from.slice(0, 4)), CULTURAL_DAY.earliestYear); year <= Number(to.slice(0, 4)); year++) {
    const date = `${year}-11-24`;
    if (date >= from && date <= to && calendar.dayInfo(date).kind !== "holiday") years.push(year);
  }
  return years;
}

/** The note printed when 24/11 of those years was not counted as a holiday (empty when none was). */
export function cultureDayNote(lang: Lang, years: readonly number[]): string {
  if (years.length === 0) return "";
  return `${formatMessage(catalogue, "note.culture_day", { year: years.join(", 24/11/"), first: years[0]! }, lang)}\n`;
}
