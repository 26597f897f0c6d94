import { parsePeriodId, periodId, periodMonths, type Period } from "@cchc/deadlines";
import { Effect } from "effect";
import { BadRequest, fields } from "../errors.js";

/** A period id written exactly as the reports write it (`2026-02`, `2026-Q1`, `2026-H1`, `2026-9M`, `2026`). */
export function strictPeriod(input: string): Effect.Effect<Period, BadRequest> {
  const parsed = parsePeriodId(input);
  if (!parsed.ok || periodId(parsed.value) !== input || parsed.value.year < 2000 || parsed.value.year > 2199) {
    return Effect.fail(new BadRequest(fields("intake.invalid_period", { input: input.slice(0, 40) })));
  }
  return Effect.succeed(parsed.value);
}

/** The month ids of a period. */
export function monthIdsOf(period: Period): string[] {
  const { first, last } = periodMonths(period);
  const months: string[] = [];
  for (let m = first; m <= last; m++) months.push(`${period.year}-${String(m).padStart(2, "0")}`);
  return months;
}
