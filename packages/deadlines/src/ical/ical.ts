import { DEFAULT_LANG, err, makeError, ok, type Lang, type Result } from "@cchc/core";
import { resolveCalendar, type CalendarInput } from "../calendar/types.js";
import { calendarError } from "../evaluate/evaluate.js";
import { deadlineMessages } from "../messages.js";
import { periodLabel } from "../model/period.js";
import type { Occurrence } from "../obligations/schedule.js";
import { formatDay } from "../time/format.js";
import { DAY_MS, VN_OFFSET_MS, parseMoment, type DateInput } from "../time/instant.js";
import { escapeText, foldLine, icalDate, icalUtc } from "./rfc5545.js";

/**
 * A reminder (VALARM) of every event: at `time` (Vietnam time, default `"08:00"`) on the
 * `workingDaysBefore`-th working day before the due date (0 = on the due date).
 *
 * @example
 * ```ts
 * import type { ICalendarAlarm } from "@cchc/deadlines";
 *
 * const threeWorkingDaysBefore: ICalendarAlarm = { workingDaysBefore: 3, time: "08:00" };
 * ```
 *
 * @category iCalendar
 */
export interface ICalendarAlarm {
  /** Working days before the due date (0–60). */
  readonly workingDaysBefore: number;
  /** Time of day in Vietnam, `"HH:MM"` (default `"08:00"`). */
  readonly time?: string;
}

/**
 * Options of {@link toICalendar}.
 *
 * @example
 * ```ts
 * import type { DeadlineCalendar, ICalendarOptions } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar;
 * const options: ICalendarOptions = { calendar, lang: "vi", alarms: [{ workingDaysBefore: 3 }, { workingDaysBefore: 0 }] };
 * ```
 *
 * @category iCalendar
 */
export interface ICalendarOptions {
  /** The working-day calendar (default: `vietnamCalendar()` of `@cchc/calendar`, state bodies; pass an agency's own to override). */
  readonly calendar?: CalendarInput;
  /** Language of the texts (default Vietnamese). */
  readonly lang?: Lang;
  /** Reminders of every event (default: 3 working days before and on the due date, 08:00). */
  readonly alarms?: readonly ICalendarAlarm[];
  /** The DTSTAMP of the events (default: now). Pass a fixed instant for reproducible files. */
  readonly dtstamp?: DateInput;
  /** Calendar name (X-WR-CALNAME). */
  readonly name?: string;
  /** Domain part of the event UIDs (default `"cchc.local"`). */
  readonly uidDomain?: string;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DOMAIN = /^[\w.-]{1,200}$/;
const DEFAULT_ALARMS: readonly ICalendarAlarm[] = [{ workingDaysBefore: 3 }, { workingDaysBefore: 0 }];

const TEXT = {
  vi: {
    due: "Hạn",
    dueUnconfirmed: "Hạn (chưa được xác nhận)",
    who: "Đơn vị thực hiện",
    to: "Gửi",
    copy: "Đồng gửi",
    source: "Căn cứ",
    confidence: "Độ tin cậy của quy định",
    unconfirmed: "hạn này chưa được xác nhận",
    safe: "Hạn an toàn theo mọi cách hiểu",
    remind: "Nhắc hạn",
  },
  en: {
    due: "Due",
    dueUnconfirmed: "Due (UNCONFIRMED)",
    who: "Responsible",
    to: "To",
    copy: "Copy to",
    source: "Source",
    confidence: "Confidence of the rule",
    unconfirmed: "this due date is not confirmed",
    safe: "Safe under every reading",
    remind: "Reminder",
  },
} as const;

/**
 * Writes occurrences as an iCalendar file (RFC 5545): one all-day VEVENT per occurrence on its due
 * date, with the parties, the source clause, the confidence of the rule and the safe date in the
 * description — an event whose rule is UNCONFIRMED says so in its summary too ("Hạn (chưa được xác
 * nhận): …") — and VALARM reminders
 * counted in working days. Lines are CRLF-terminated and folded at 75 octets without splitting UTF-8
 * characters; texts are escaped. The output is checked against ical.js, a full RFC 5545 parser, in the
 * tests. UIDs are stable (`<obligation id>.<period id>@<domain>`), so re-importing updates events.
 *
 * @param occurrences - Occurrences from {@link scheduleObligations}.
 * @param options - Calendar, language, reminders, DTSTAMP.
 * @returns The `.ics` text, or a typed error for an invalid alarm, DTSTAMP or domain.
 * @example
 * ```ts
 * import { scheduleObligations, toICalendar, type DeadlineCalendar, type Obligation } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar;
 * declare const obligations: Obligation[];
 * const schedule = scheduleObligations(obligations, { calendar, year: 2026 });
 * if (schedule.ok) {
 *   const ics = toICalendar(schedule.value.occurrences, { calendar, lang: "vi" });
 *   if (ics.ok) console.log(ics.value.slice(0, 15)); // "BEGIN:VCALENDAR"
 * }
 * ```
 *
 * @category iCalendar
 */
export function toICalendar(occurrences: Iterable<Occurrence>, options: ICalendarOptions): Result<string> {
  try {
    return writeICalendar(occurrences, options);
  } catch (error) {
    return err(calendarError(error));
  }
}

function writeICalendar(occurrences: Iterable<Occurrence>, options: ICalendarOptions): Result<string> {
  const cal = resolveCalendar(options.calendar);
  const lang = options.lang ?? DEFAULT_LANG;
  const t = TEXT[lang];
  const alarms = options.alarms ?? DEFAULT_ALARMS;
  const parsedAlarms: { n: number; minutes: number }[] = [];
  for (const a of alarms) {
    const m = TIME.exec(a.time ?? "08:00");
    if (!m || !Number.isInteger(a.workingDaysBefore) || a.workingDaysBefore < 0 || a.workingDaysBefore > 60) {
      return err(makeError(deadlineMessages, "deadline.invalid_alarm", { days: String(a.workingDaysBefore), time: String(a.time ?? "") }));
    }
    parsedAlarms.push({ n: a.workingDaysBefore, minutes: Number(m[1]) * 60 + Number(m[2]) });
  }
  const stamp = parseMoment(options.dtstamp ?? Date.now());
  if (!stamp.ok) return stamp;
  const stampMs = stamp.value.ms ?? stamp.value.day * DAY_MS - VN_OFFSET_MS;
  const domain = options.uidDomain ?? "cchc.local";
  if (!DOMAIN.test(domain)) return err(makeError(deadlineMessages, "deadline.invalid_uid_domain", { domain: domain.slice(0, 40) }));

  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//cchc//@cchc/deadlines//VI", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  const pick = (l: { vi: string; en: string }): string => (lang === "en" ? l.en : l.vi);
  const names = (ps: readonly { name: { vi: string; en: string } }[]): string => ps.map((p) => pick(p.name)).join(", ");
  for (const o of occurrences) {
    const what = pick(o.obligation.what);
    const { confidence } = o.obligation.source;
    const unconfirmed = confidence === "UNCONFIRMED";
    const summary = `${unconfirmed ? t.dueUnconfirmed : t.due}: ${what} — ${pick(periodLabel(o.period))}`;
    const description = [
      `${unconfirmed ? t.dueUnconfirmed : t.due}: ${formatDay(o.dueDay, lang)}, 24:00 (UTC+07:00)`,
      `${t.who}: ${names(o.obligation.who)}`,
      `${t.to}: ${names(o.obligation.to)}`,
      ...(o.obligation.copyTo?.length ? [`${t.copy}: ${names(o.obligation.copyTo)}`] : []),
      ...(o.evaluation.ambiguous ? [`${t.safe}: ${o.evaluation.earliestSafe}`] : []),
      `${t.source}: ${[o.obligation.source.title ?? o.obligation.source.document, o.obligation.source.clause, o.obligation.source.quote].filter(Boolean).join(", ")}`,
      `${t.confidence}: ${confidence}${unconfirmed ? ` — ${t.unconfirmed}` : ""}`,
    ].join("\n");
    lines.push(
      "BEGIN:VEVENT",
      `UID:${o.obligationId}.${o.periodId}@${domain}`,
      `DTSTAMP:${icalUtc(stampMs)}`,
      `DTSTART;VALUE=DATE:${icalDate(o.dueDay)}`,
      `DTEND;VALUE=DATE:${icalDate(o.dueDay + 1)}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      "TRANSP:TRANSPARENT",
    );
    for (const a of parsedAlarms) {
      const day = a.n === 0 ? o.dueDay : cal.addWorkingDays(o.dueDay, -a.n);
      lines.push(
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        `DESCRIPTION:${escapeText(`${t.remind}: ${summary}`)}`,
        `TRIGGER;VALUE=DATE-TIME:${icalUtc(day * DAY_MS + a.minutes * 60_000 - VN_OFFSET_MS)}`,
        "END:VALARM",
      );
    }
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return ok(lines.map(foldLine).join("\r\n") + "\r\n");
}
