import { endOfDayIso, formatDay, parseInstantMs, parseMoment, vietnamDay, vietnamMinuteOfDay } from "@cchc/deadlines";
import { toEpochDay } from "@cchc/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("ISO instants in Vietnam time (calendar-and-deadlines.md §7: +07:00 since 1975)", () => {
  it("agrees with Date.parse on every valid date-time with an offset (property)", () => {
    const instant = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2199-12-31T23:59:59Z"), noInvalidDate: true });
    const offset = fc.integer({ min: -12 * 60, max: 14 * 60 });
    fc.assert(
      fc.property(instant, offset, fc.boolean(), (date, minutes, withMillis) => {
        const local = new Date(date.getTime() + minutes * 60_000).toISOString().slice(0, withMillis ? 23 : 19);
        const sign = minutes < 0 ? "-" : "+";
        const abs = Math.abs(minutes);
        const text = `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
        expect(parseInstantMs(text)).toBe(Date.parse(text));
      }),
    );
  });
  it("reads a time without offset as Vietnam time, and Z / ±HHMM / ±HH forms", () => {
    expect(parseInstantMs("2026-03-02T16:10")).toBe(Date.UTC(2026, 2, 2, 9, 10));
    expect(parseInstantMs("2026-03-02 16:10:05")).toBe(Date.UTC(2026, 2, 2, 9, 10, 5));
    expect(parseInstantMs("2026-03-02T09:10:00Z")).toBe(Date.UTC(2026, 2, 2, 9, 10));
    expect(parseInstantMs("2026-03-02T16:10:00+0700")).toBe(Date.UTC(2026, 2, 2, 9, 10));
    expect(parseInstantMs("2026-03-02T16:10:00+07")).toBe(Date.UTC(2026, 2, 2, 9, 10));
    expect(parseInstantMs("2026-03-02T16:10:00.5+07:00")).toBe(Date.UTC(2026, 2, 2, 9, 10, 0, 500));
  });
  it("rejects impossible or malformed values", () => {
    for (const text of ["2026-02-29T10:00:00Z", "2026-13-01T10:00:00Z", "2026-03-02T24:00:00Z", "2026-03-02T10:60:00Z", "2026-03-02T10:00:61Z",
      "2026-03-02T10:00:00+25:00", "2026-03-02T10:00:00 +07:00", "2026-03-02X10:00:00Z", "2026-0a-02T10:00:00Z", "2026-03-02T10:00:00.Z", "2026-03-02", ""]) {
      expect(parseInstantMs(text), text).toBeNaN();
    }
  });
  it("gives the Vietnam day and minute whatever the host zone", () => {
    const ms = Date.UTC(2026, 0, 1, 17, 30);
    expect([vietnamDay(ms), vietnamMinuteOfDay(ms)]).toEqual([toEpochDay({ year: 2026, month: 1, day: 2 }), 30]);
    const m = parseMoment(new Date(ms));
    expect(m.ok && m.value.day).toBe(toEpochDay({ year: 2026, month: 1, day: 2 }));
    const luxonLike = parseMoment({ toMillis: () => ms });
    expect(luxonLike.ok && luxonLike.value.minute).toBe(30);
    expect(parseMoment("2026-01-02")).toEqual({ ok: true, value: { day: toEpochDay({ year: 2026, month: 1, day: 2 }), ms: null, minute: null } });
    expect(parseMoment(Number.POSITIVE_INFINITY).ok).toBe(false);
    expect(parseMoment({}).ok).toBe(false);
  });
  it("formats days in both languages and ends them at 24:00 +07:00", () => {
    const day = toEpochDay({ year: 2026, month: 2, day: 17 });
    expect([formatDay(day), formatDay(day, "en"), endOfDayIso(day)]).toEqual(["Thứ Ba, 17/02/2026", "Tuesday 17 February 2026", "2026-02-18T00:00:00+07:00"]);
  });
});
