import type { SchemaEntry } from "./schema-entry.js";

/**
 * The entry `cchc validate` runs: with `--shape-only`, its `validateShape` (the shape without the rules
 * of the context, e.g. the plan's) in place of `validate`, when it has one.
 */
export function entryToRun(entry: SchemaEntry, shapeOnly: boolean): SchemaEntry {
  return shapeOnly && entry.validateShape !== undefined ? { ...entry, validate: entry.validateShape } : entry;
}
