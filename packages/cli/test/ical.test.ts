import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeICalText as escapeText, foldICalLine as foldLine } from "@cchc/deadlines";
import { writeICalendar } from "../src/lazy/ical.js";
import { unfold } from "./ics-helpers.js";

const octets = (s: string) => Buffer.byteLength(s, "utf8");

describe("RFC 5545 text primitives", () => {
  it("escapes backslash, semicolon, comma and newline (§3.3.11) and drops other controls", () => {
    expect(escapeText("a\\b;c,d\ne")).toBe("a\\\\b\\;c\\,d\\ne");
    expect(escapeText("x\u0000y\u0007z\u007f\r")).toBe("xyz");
    expect(escapeText("Tết: 1/1")).toBe("Tết: 1/1");
  });

  it("normalizes to NFC", () => {
    expect(escapeText("Te\u0302\u0301t")).toBe("Tết");
  });

  it("folds every line to at most 75 octets without splitting a character; unfolding restores it (§3.1)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const line = `SUMMARY:${escapeText(text)}`;
        const folded = foldLine(line);
        for (const part of folded.split("\r\n")) {
          expect(octets(part)).toBeLessThanOrEqual(75);
          expect(Buffer.from(part, "utf8").toString("utf8")).toBe(part); // no surrogate pair split in two
        }
        expect(folded.replaceAll("\r\n ", "")).toBe(line);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a 75-octet line whole and folds the 76th octet", () => {
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
    // "ế" is 3 octets: 25 of them fill 75 octets exactly; the 26th moves to the next line.
    expect(foldLine("ế".repeat(26))).toBe(`${"ế".repeat(25)}\r\n ${"ế"}`);
  });
});

describe("writeICalendar", () => {
  const header = { productId: "-//cchc//test//VI", name: "Lịch, thử", stampMs: Date.UTC(2026, 0, 2, 3, 4, 5, 678) };

  it("writes the calendar and its all-day events with DATE values and an exclusive DTEND", () => {
    const ics = writeICalendar(header, [
      { uid: "a@x", date: "2026-12-31", summary: "Cuối năm; hết", description: "dòng 1\ndòng 2", categories: ["holiday"], transparent: true },
      { uid: "b@x", date: "2026-02-28", summary: "B", transparent: false },
    ]);
    expect(unfold(ics)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//cchc//test//VI",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Lịch\\, thử",
      "BEGIN:VEVENT",
      "UID:a@x",
      "DTSTAMP:20260102T030405Z",
      "DTSTART;VALUE=DATE:20261231",
      "DTEND;VALUE=DATE:20270101",
      "SUMMARY:Cuối năm\\; hết",
      "DESCRIPTION:dòng 1\\ndòng 2",
      "CATEGORIES:holiday",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:b@x",
      "DTSTAMP:20260102T030405Z",
      "DTSTART;VALUE=DATE:20260228",
      "DTEND;VALUE=DATE:20260301",
      "SUMMARY:B",
      "TRANSP:OPAQUE",
      "END:VEVENT",
      "END:VCALENDAR",
    ]);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it("an empty calendar is still a valid VCALENDAR", () => {
    expect(unfold(writeICalendar({ productId: "-//x//y//EN", stampMs: 0 }, []))).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//x//y//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "END:VCALENDAR",
    ]);
  });
});
