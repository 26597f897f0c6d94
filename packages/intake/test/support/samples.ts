import { readFileSync } from "node:fs";

/** A shipped example payload of @cchc/reports, parsed. */
export function sample(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../../reports/examples/${name}.json`, import.meta.url), "utf8")) as Record<string, unknown>;
}

/** Epoch milliseconds of an ISO instant. */
export const at = (iso: string): number => Date.parse(iso);

/** A clock that can be moved. */
export function movableClock(start: string): { now: () => number; set: (iso: string) => void } {
  let t = at(start);
  return { now: () => t, set: (iso) => (t = at(iso)) };
}
