// The plan's text (../shared/seeds/000_41b9030813a16d0b.txt, the only authority), copied into the
// fixtures so the tests can check every quote and every clause of the data against it.
import { readFileSync } from "node:fs";
import { normalizeText } from "@cchc/core";

const raw = readFileSync(new URL("./fixtures/ke-hoach-tuyen-truyen-cchc-2026.txt", import.meta.url), "utf8");

/** The source text with every run of whitespace (line and page breaks included) collapsed to one space. */
export const SOURCE_TEXT = normalizeText(raw);

/** Whether a quote occurs verbatim in the source text (whitespace-insensitive). */
export function inSource(quote: string): boolean {
  return SOURCE_TEXT.includes(normalizeText(quote));
}
