import { reportSchemaEntries } from "@cchc/reports";
import { defineSchemaRegistry, type SchemaRegistry } from "./registry.js";

/**
 * The registry the `cchc` bin uses: the five report schemas of `@cchc/reports` (`monthly-media-report`,
 * `agency-communication-report`, `synthesis-report`, `difficulty-report`, `procedure-statistics`), whose
 * entries have the shape of a {@link SchemaEntry} (zod/mini schema, shipped JSON Schema, vi/en validator
 * with the cross-field rules and then the plan's rules — who owes the report, Bắc Ninh 2026 — and
 * `validateShape` without the plan's rules for `--shape-only`). A lazy module of the bin: only `validate` and `schema` load it, and with it
 * zod.
 */
export function defaultSchemaRegistry(): SchemaRegistry {
  return defineSchemaRegistry(reportSchemaEntries());
}
