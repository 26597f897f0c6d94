import { REPORT_PLAN_EDGES, reportSchemaEntries } from "@cchc/reports";
import { defineSchemaRegistry, type SchemaRegistry } from "./registry.js";

/**
 * The registry the `cchc` bin uses: the five report schemas of `@cchc/reports` (`monthly-media-report`,
 * `agency-communication-report`, `synthesis-report`, `difficulty-report`, `procedure-statistics`), whose
 * entries have the shape of a {@link SchemaEntry} (zod/mini schema, shipped JSON Schema, vi/en validator
 * with the cross-field rules and then the plan's rules — who owes the report, Bắc Ninh 2026 — and
 * `validateShape` without the plan's rules for `--shape-only`). Each schema is also found by the id of
 * the plan's reporting edge whose report it is (`media-monthly-report` finds `monthly-media-report`). A
 * lazy module of the bin: only `validate` and `schema` load it, and with it zod.
 */
export function defaultSchemaRegistry(): SchemaRegistry {
  const registry = defineSchemaRegistry(reportSchemaEntries());
  // The plan calls the monthly report's duty `media-monthly-report`, its schema is `monthly-media-report`:
  // each schema is also found by the id of the plan's reporting edge whose report it is.
  const byEdge = new Map(Object.entries(REPORT_PLAN_EDGES).flatMap(([schema, edge]) => (edge === null ? [] : [[edge, schema] as const])));
  return { ids: registry.ids, get: (id) => registry.get(id) ?? registry.get(byEdge.get(id) ?? "") };
}
