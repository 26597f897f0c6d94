import { epochDayToIso, parseIsoDate, toEpochDay } from "@cchc/core";
import { escapeICalText as escapeText, foldICalLine as foldLine } from "@cchc/deadlines";

/** One all-day event of an iCalendar file. */
export interface AllDayEvent {
  /** Globally unique and stable, so that re-importing the file updates the event (RFC 5545 §3.8.4.7). */
  readonly uid: string;
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  readonly summary: string;
  readonly description?: string;
  readonly categories?: readonly string[];
  /** `true`: the event does not block time (TRANSP:TRANSPARENT); `false`: it does (OPAQUE). */
  readonly transparent: boolean;
}

/** What the VCALENDAR carries besides its events. */
export interface ICalendarHeader {
  /** PRODID (§3.7.3), e.g. `-//cchc//cchc calendar//VI`. */
  readonly productId: string;
  /** X-WR-CALNAME, the name calendar applications show. */
  readonly name?: string;
  /** DTSTAMP of every event (§3.8.7.2): when the file was made, in epoch milliseconds. */
  readonly stampMs: number;
}

/** `YYYYMMDD` (DATE, §3.3.4) of a valid `YYYY-MM-DD`. */
function icalDate(isoDate: string): string {
  return isoDate.replaceAll("-", "");
}

/** The day after a valid `YYYY-MM-DD` (the exclusive DTEND of an all-day event). */
function nextDay(isoDate: string): string {
  const parsed = parseIsoDate(isoDate);
  if (!parsed.ok) throw parsed.error;
  return epochDayToIso(toEpochDay(parsed.value) + 1);
}

/** `YYYYMMDDTHHMMSSZ` (UTC DATE-TIME, §3.3.5) of an instant. */
function icalUtc(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/[-:]|\.000/g, "");
}

/**
 * Writes an iCalendar object (RFC 5545) of all-day events: CRLF line ends, folded lines, escaped texts
 * (the text primitives of `@cchc/deadlines`, which writes the deadline calendars), DTSTART/DTEND as DATE
 * values (floating days, the same in every time zone).
 */
export function writeICalendar(header: ICalendarHeader, events: Iterable<AllDayEvent>): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${header.productId}`, "CALSCALE:GREGORIAN", "METHOD:PUBLISH"];
  if (header.name !== undefined) lines.push(`X-WR-CALNAME:${escapeText(header.name)}`);
  const stamp = icalUtc(header.stampMs);
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icalDate(event.date)}`,
      `DTEND;VALUE=DATE:${icalDate(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.categories !== undefined && event.categories.length > 0) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(",")}`);
    lines.push(`TRANSP:${event.transparent ? "TRANSPARENT" : "OPAQUE"}`, "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
