import { defineSchemaRegistry, type SchemaRegistry } from "./registry.js";

/**
 * The registry the `cchc` bin uses. Empty for now: `@cchc/reports` will contribute the five report
 * schemas (`monthly-media-report`, `agency-communication-report`, `synthesis-report`,
 * `difficulty-report`, `procedure-statistics`) as `SchemaEntry` values listed here. Loaded through a
 * dynamic import so that commands which need no schema never load zod.
 */
export function defaultSchemaRegistry(): SchemaRegistry {
  return defineSchemaRegistry([]);
}
