import { toCivilDate } from "@cchc/calendar";

/**
 * The Vietnamese civil date (Asia/Ho_Chi_Minh) of an instant: an ISO date-time with its offset
 * (`2026-03-05T20:00:00Z` → `2026-03-06`) or a `Date`. Relies on `@cchc/calendar`'s zone table, never
 * on the host's time zone. Input is already validated by the report schemas; an unreadable value falls
 * back to its first ten characters.
 */
export function civilDateOf(instant: string | Date): string {
  const result = toCivilDate(instant);
  if (result.ok) return result.value;
  return typeof instant === "string" ? instant.slice(0, 10) : "";
}
