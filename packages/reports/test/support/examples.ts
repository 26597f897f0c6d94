import { readFileSync, readdirSync } from "node:fs";

const dir = new URL("../../examples/", import.meta.url);

/** The shipped example payloads, by file name. */
export function exampleFiles(): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
}

/** A fresh parse of one example (tests may mutate it). */
export function example(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(name, dir), "utf8")) as Record<string, unknown>;
}

/** `structuredClone` that keeps own `__proto__` keys (it does) and returns a mutable record. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}
