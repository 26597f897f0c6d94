/**
 * The table of lunar months the package uses at run time, decoded on first use from
 * ../data/lunar-years.ts (computed from the astronomy by ./compute-lunar-table.ts; a test checks that
 * the two agree for every month of 1899–2200).
 *
 * Encoding of one lunar year: 4 hex digits of month lengths (bit i set = the i-th month of the year,
 * in order, has 30 days; 12 or 13 months) and 1 hex digit for the leap month (0 = none). Years follow
 * each other, so each year's Tết is the previous Tết plus the previous year's days.
 *
 * @internal
 */
import { LUNAR_YEARS } from "../data/lunar-years.js";

/** First and last lunar year in the table (whole years). */
export const FIRST_TABLE_LUNAR_YEAR = 1899;
export const LAST_TABLE_LUNAR_YEAR = 2200;

export interface LunarTable {
  /** Epoch day on which each month starts; one extra entry closes the last month. */
  readonly start: Int32Array;
  /** Month number 1–12 of each month. */
  readonly month: Uint8Array;
  /** 1 when the month is leap. */
  readonly leap: Uint8Array;
  /** Lunar year of each month. */
  readonly year: Int16Array;
  /** Index (in `start`) of month 1 of lunar year `FIRST_TABLE_LUNAR_YEAR + i`. */
  readonly firstMonthOfYear: Int32Array;
  /** Number of months that `start` describes (`start.length - 1`). */
  readonly count: number;
}

const CHARS_PER_YEAR = 5;

/** Encodes a table (whole years from `FIRST_TABLE_LUNAR_YEAR`) in the shipped format. */
export function encodeLunarTable(table: LunarTable): { firstTet: number; years: string } {
  let years = "";
  for (let y = FIRST_TABLE_LUNAR_YEAR; y <= LAST_TABLE_LUNAR_YEAR; y++) {
    const first = table.firstMonthOfYear[y - FIRST_TABLE_LUNAR_YEAR]!;
    let bits = 0;
    let leapMonth = 0;
    for (let i = first, b = 0; i < table.count && table.year[i] === y; i++, b++) {
      if (table.start[i + 1]! - table.start[i]! === 30) bits |= 1 << b;
      if (table.leap[i]) leapMonth = table.month[i]!;
    }
    years += bits.toString(16).padStart(4, "0") + leapMonth.toString(16);
  }
  return { firstTet: table.start[table.firstMonthOfYear[0]!]!, years };
}

/** Decodes the shipped format. */
export function decodeLunarTable(data: { readonly firstTet: number; readonly years: string }): LunarTable {
  const yearCount = data.years.length / CHARS_PER_YEAR;
  const starts: number[] = [data.firstTet];
  const month: number[] = [];
  const leap: number[] = [];
  const year: number[] = [];
  const firstMonthOfYear = new Int32Array(yearCount);
  for (let y = 0; y < yearCount; y++) {
    const bits = parseInt(data.years.slice(y * CHARS_PER_YEAR, y * CHARS_PER_YEAR + 4), 16);
    const leapMonth = parseInt(data.years.charAt(y * CHARS_PER_YEAR + 4), 16);
    firstMonthOfYear[y] = month.length;
    const months = leapMonth === 0 ? 12 : 13;
    for (let b = 0, m = 1; b < months; b++) {
      const isLeap = leapMonth !== 0 && b === leapMonth;
      month.push(isLeap ? leapMonth : m);
      leap.push(isLeap ? 1 : 0);
      year.push(FIRST_TABLE_LUNAR_YEAR + y);
      starts.push(starts[starts.length - 1]! + ((bits >> b) & 1 ? 30 : 29));
      if (!isLeap) m++;
    }
  }
  return {
    start: Int32Array.from(starts),
    month: Uint8Array.from(month),
    leap: Uint8Array.from(leap),
    year: Int16Array.from(year),
    firstMonthOfYear,
    count: month.length,
  };
}

let cached: LunarTable | undefined;

/** The lunar table, decoded on first use and kept. */
export function lunarTable(): LunarTable {
  cached ??= decodeLunarTable(LUNAR_YEARS);
  return cached;
}

/** Index of the month containing an epoch day (binary search), or -1 outside the table. */
export function monthIndexOf(table: LunarTable, epochDay: number): number {
  const { start, count } = table;
  if (epochDay < start[0]! || epochDay >= start[count]!) return -1;
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (start[mid]! <= epochDay) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
