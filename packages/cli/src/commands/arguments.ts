import { err, makeError, ok, type Result } from "@cchc/core";
import { cliMessages } from "../messages.js";

/** What a command-line argument may be before it is parsed: bounded, so that no regex sees huge input. */
const MAX_ARGUMENT_LENGTH = 40;

const YEAR = /^[+-]?\d{1,6}$/;
const INTEGER = /^[+-]?\d{1,9}$/;
const VIETNAMESE_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const LUNAR_DATE = /^(\d{1,4})-(\d{1,2})-(\d{1,2})$/;

function shown(text: string): string {
  return text.length > MAX_ARGUMENT_LENGTH ? `${text.slice(0, MAX_ARGUMENT_LENGTH)}…` : text;
}

/**
 * A year argument (`2026`): an integer, or `input.invalid_year`. Whether the year is in range is the
 * calendar's to say (`calendar.year_out_of_range`).
 */
export function parseYear(text: string): Result<number> {
  const trimmed = text.trim();
  if (!YEAR.test(trimmed)) return err(makeError(cliMessages, "input.invalid_year", { input: shown(text) }));
  return ok(Number(trimmed));
}

/** A whole number of days (`5`, `-3`, `+2`), or `input.invalid_integer`. */
export function parseInteger(text: string): Result<number> {
  const trimmed = text.trim();
  if (!INTEGER.test(trimmed)) return err(makeError(cliMessages, "input.invalid_integer", { input: shown(text) }));
  return ok(Number(trimmed));
}

/**
 * A date argument as the calendar takes it: `YYYY-MM-DD` (or an ISO date-time with its offset) as is,
 * and the Vietnamese written form `DD/MM/YYYY` (`31/12/2026`) rewritten to `YYYY-MM-DD`, so that its
 * impossible dates (`31/02/2026`) get the calendar's own typed error.
 */
export function dateArgument(text: string): string {
  const m = VIETNAMESE_DATE.exec(text.trim());
  if (!m) return text;
  const [, day, month, year] = m;
  return `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
}

/** A lunar date argument `YYYY-M-D` (`2026-3-10`), or `input.invalid_lunar_date`; `fromLunar` checks the rest. */
export function parseLunarDate(text: string, leap: boolean): Result<{ year: number; month: number; day: number; leap: boolean }> {
  const m = LUNAR_DATE.exec(text.trim());
  if (!m) return err(makeError(cliMessages, "input.invalid_lunar_date", { input: shown(text) }));
  return ok({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), leap });
}
