/** Unfolds iCalendar content lines (RFC 5545 §3.1): CRLF followed by one space or tab continues a line. */
export function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((line) => line !== "");
}
