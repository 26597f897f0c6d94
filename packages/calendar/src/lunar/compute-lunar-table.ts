/**
 * Computes the table of lunar months (tháng âm lịch) from 1899 to 2200 from the astronomy in
 * ./astronomy.ts and the Vietnamese rules (../shared/domain/calendar-and-deadlines.md §3.1):
 * 1. a month starts on the day (UTC+7) that contains the new moon (điểm Sóc);
 * 2. the winter solstice (Đông chí, solar longitude 270°) always falls in month 11;
 * 3. when 13 months separate two months 11, the first month after the first month 11 that contains
 *    no major solar term (trung khí, a multiple of 30°) is leap (tháng nhuận) and repeats the
 *    number of the month before it;
 * 4. all days are counted at the 105°E meridian (UTC+7), not China's 120°E.
 *
 * The package ships the result as data (../data/lunar-years.ts, written by
 * scripts/generate-lunar-data.ts), so that every JavaScript engine gives the same months whatever its
 * `Math.sin`, and so that nothing heavy runs at first use; a test recomputes it from the astronomy.
 *
 * @internal
 */
import { epochDayOfJd, jdeOfSunLongitude, newMoonJde, sunApparentLongitude, ttToUt } from "./astronomy.js";
import { FIRST_TABLE_LUNAR_YEAR, LAST_TABLE_LUNAR_YEAR, type LunarTable } from "./lunar-table.js";

/** Fixed offset of the Vietnamese lunar calendar (rule 5 of the facts file, §3.1). */
export const LUNAR_UTC_OFFSET_HOURS = 7;

/** Lunation numbers (Meeus k, 0 = 2000-01-06) covering 1898-10 … 2202-03. */
const FIRST_K = Math.floor((1898.75 - 2000) * 12.3685);
const LAST_K = Math.ceil((2202.2 - 2000) * 12.3685);

function localDay(jde: number): number {
  return epochDayOfJd(ttToUt(jde), LUNAR_UTC_OFFSET_HOURS);
}

/** Days (UTC+7) of every major solar term between two JDEs, and which of them are winter solstices. */
function majorTerms(fromJde: number, toJde: number): { days: number[]; solstice: boolean[] } {
  const days: number[] = [];
  const solstice: boolean[] = [];
  const lambda = sunApparentLongitude(fromJde);
  let target = (Math.floor(lambda / 30) + 1) * 30;
  let jde = jdeOfSunLongitude(target % 360, fromJde + (target - lambda) / 0.9856);
  while (jde < toJde) {
    days.push(localDay(jde));
    solstice.push(target % 360 === 270);
    target += 30;
    jde = jdeOfSunLongitude(target % 360, jde + 30.44);
  }
  return { days, solstice };
}

function buildMonthStarts(): number[] {
  const starts: number[] = [];
  for (let k = FIRST_K; k <= LAST_K; k++) starts.push(localDay(newMoonJde(k)));
  return starts;
}

/** Computes the table from the astronomy (≈ 3,700 new moons and solar terms). */
export function computeLunarTable(): LunarTable {
  const starts = buildMonthStarts();
  const n = starts.length - 1; // months fully delimited by two new moons
  const terms = majorTerms(newMoonJde(FIRST_K) - 1, newMoonJde(LAST_K) + 1);

  // Per month: how many major terms, and whether it holds the winter solstice.
  const termCount = new Uint8Array(n);
  const solsticeMonths: number[] = [];
  let m = 0;
  for (let t = 0; t < terms.days.length; t++) {
    const day = terms.days[t]!;
    while (m < n && starts[m + 1]! <= day) m++;
    if (m >= n || day < starts[m]!) continue;
    termCount[m]!++;
    if (terms.solstice[t]) solsticeMonths.push(m);
  }

  const month = new Uint8Array(n);
  const leap = new Uint8Array(n);
  const year = new Int16Array(n);
  const assigned = new Uint8Array(n);
  // The first month 11 in the table closes lunar year 1898 (months 11 and 12 of 1898 precede Tết 1899).
  const firstSolsticeYear = 1898;
  for (let s = 0; s + 1 < solsticeMonths.length; s++) {
    const a = solsticeMonths[s]!;
    const b = solsticeMonths[s + 1]!;
    const sui = b - a; // months from one month 11 to the next: 12 or 13
    let leapAt = -1;
    if (sui === 13) {
      for (let i = a + 1; i < b; i++) {
        if (termCount[i] === 0) {
          leapAt = i;
          break;
        }
      }
    }
    const solarYear = firstSolsticeYear + s; // the year of the solstice in month a
    let number = 11;
    for (let i = a; i < b; i++) {
      if (i === leapAt) {
        leap[i] = 1;
        month[i] = month[i - 1]!;
      } else {
        if (i !== a) number = (number % 12) + 1;
        month[i] = number;
      }
      // Months 11 and 12 (and their leap repeats) before month 1 belong to the solstice's lunar year.
      year[i] = month[i]! >= 11 && (i === a || month[i - 1]! >= 11) ? solarYear : solarYear + 1;
      assigned[i] = 1;
    }
  }
  let first = 0;
  while (!(assigned[first] && year[first] === FIRST_TABLE_LUNAR_YEAR && month[first] === 1 && !leap[first])) first++;
  let last = first;
  while (last + 1 < n && assigned[last + 1] && year[last + 1]! <= LAST_TABLE_LUNAR_YEAR) last++;
  const count = last - first + 1;
  const start = Int32Array.from(starts.slice(first, last + 2));
  const firstMonthOfYear = new Int32Array(LAST_TABLE_LUNAR_YEAR - FIRST_TABLE_LUNAR_YEAR + 1).fill(-1);
  for (let i = first; i <= last; i++) {
    const y = year[i]!;
    if (month[i] === 1 && !leap[i] && y >= FIRST_TABLE_LUNAR_YEAR && y <= LAST_TABLE_LUNAR_YEAR) {
      firstMonthOfYear[y - FIRST_TABLE_LUNAR_YEAR] = i - first;
    }
  }
  return {
    start,
    month: month.slice(first, last + 1),
    leap: leap.slice(first, last + 1),
    year: year.slice(first, last + 1),
    firstMonthOfYear,
    count,
  };
}
