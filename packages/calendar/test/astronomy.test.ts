import { describe, expect, it } from "vitest";
import { deltaTSeconds, jdeOfSunLongitude, newMoonJde, sunApparentLongitude } from "../src/lunar/astronomy.js";
import { computeLunarTable } from "../src/lunar/compute-lunar-table.js";
import { FIRST_TABLE_LUNAR_YEAR, LAST_TABLE_LUNAR_YEAR, decodeLunarTable, encodeLunarTable, lunarTable } from "../src/lunar/lunar-table.js";

describe("Meeus, Astronomical Algorithms (2nd ed.)", () => {
  it("example 49.a: the new moon of 1977 February (k = −283) at JDE 2443192.65118", () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 5);
  });
  it("example 25.a: the Sun's apparent longitude on 1992 October 13.0 TD is 199.90895°", () => {
    expect(sunApparentLongitude(2448908.5)).toBeCloseTo(199.90895, 4);
  });
  it("finds the instant of a solar longitude (the 2026 March equinox falls on 20 March)", () => {
    const jde = jdeOfSunLongitude(0, 2461118); // 2026-03-18
    const fromZero = ((sunApparentLongitude(jde) + 180) % 360) - 180;
    expect(fromZero).toBeCloseTo(0, 6);
    expect(jde).toBeGreaterThan(2461119.5); // after 2026-03-20 00:00 TT
    expect(jde).toBeLessThan(2461120.5);
  });
});

describe("ΔT (Espenak & Meeus polynomials)", () => {
  it("is about a minute around 2000 and grows smoothly", () => {
    expect(deltaTSeconds(2000)).toBeCloseTo(63.86, 2);
    for (const boundary of [1900, 1920, 1941, 1961, 1986, 2005, 2050, 2150]) {
      expect(Math.abs(deltaTSeconds(boundary - 1e-9) - deltaTSeconds(boundary)), `jump at ${boundary}`).toBeLessThan(1.5);
    }
  });
});

describe("the shipped lunar data", () => {
  it(`equals the table computed from the astronomy, month by month, ${FIRST_TABLE_LUNAR_YEAR}–${LAST_TABLE_LUNAR_YEAR}`, () => {
    const computed = computeLunarTable();
    const shipped = lunarTable();
    expect(shipped.count).toBe(computed.count);
    expect(Array.from(shipped.start)).toEqual(Array.from(computed.start));
    expect(Array.from(shipped.month)).toEqual(Array.from(computed.month));
    expect(Array.from(shipped.leap)).toEqual(Array.from(computed.leap));
    expect(Array.from(shipped.year)).toEqual(Array.from(computed.year));
    expect(Array.from(shipped.firstMonthOfYear)).toEqual(Array.from(computed.firstMonthOfYear));
  });
  it("encodes and decodes losslessly", () => {
    const table = lunarTable();
    expect(decodeLunarTable(encodeLunarTable(table))).toEqual(table);
  });
  it("puts the winter solstice in month 11 every year (rule 3 of §3.1)", () => {
    // Solstice dates near 21–22 December: month 11 must contain the day of the solstice instant.
    const table = lunarTable();
    for (let year = 1900; year <= 2199; year++) {
      const jde = jdeOfSunLongitude(270, 2451545 + (year - 2000) * 365.2422 + 355);
      const day = Math.floor(jde - 2440587.5 + 7 / 24 - deltaTSeconds(year) / 86400);
      let i = 0;
      while (table.start[i + 1]! <= day) i++;
      expect(table.month[i], `${year}`).toBe(11);
    }
  });
});
