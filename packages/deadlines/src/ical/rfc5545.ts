/** RFC 5545 text primitives: escaping (§3.3.11), line folding at 75 octets (§3.1), UTC date-times. */
import { fromEpochDay } from "@cchc/core";

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/**
 * Escapes an iCalendar TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newline; other
 * control characters are dropped; the text is NFC-normalized. Exported as `escapeICalText` for writers
 * of other iCalendar files (the `cchc calendar --ics` command).
 *
 * @param text - Any text.
 * @returns The escaped value, ready to follow `SUMMARY:` or `DESCRIPTION:`.
 * @example
 * ```ts
 * import { escapeICalText } from "@cchc/deadlines";
 *
 * escapeICalText("Hạn: 10/3, trước 24:00; xem\nĐiều 8"); // => "Hạn: 10/3\\, trước 24:00\\; xem\\nĐiều 8"
 * ```
 *
 * @category iCalendar
 */
export function escapeText(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const c = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === ";") out += "\\;";
    else if (ch === ",") out += "\\,";
    else if (ch === "\n") out += "\\n";
    else if (c < 0x20 || c === 0x7f) continue;
    else out += ch;
  }
  return out;
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds an iCalendar content line (RFC 5545 §3.1) so that no physical line exceeds 75 octets, never
 * splitting a UTF-8 sequence: continuation lines start with CRLF and a space. Exported as
 * `foldICalLine`.
 *
 * @param line - One unfolded content line, without its CRLF.
 * @returns The folded line (still without the final CRLF).
 * @example
 * ```ts
 * import { foldICalLine } from "@cchc/deadlines";
 *
 * foldICalLine(`SUMMARY:${"x".repeat(80)}`).split("\r\n ").length; // => 2
 * ```
 *
 * @category iCalendar
 */
export function foldLine(line: string): string {
  let out = "";
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0)!);
    if (octets + n > 75) {
      out += "\r\n ";
      octets = 1;
    }
    out += ch;
    octets += n;
  }
  return out;
}

/** `YYYYMMDD` of an epoch day. */
export function icalDate(day: number): string {
  const d = fromEpochDay(day);
  return `${pad(d.year, 4)}${pad(d.month)}${pad(d.day)}`;
}

/** `YYYYMMDDTHHMMSSZ` of an instant (epoch milliseconds). */
export function icalUtc(ms: number): string {
  const day = Math.floor(ms / 86_400_000);
  const rest = ms - day * 86_400_000;
  const s = Math.floor(rest / 1000);
  return `${icalDate(day)}T${pad(Math.floor(s / 3600))}${pad(Math.floor(s / 60) % 60)}${pad(s % 60)}Z`;
}
