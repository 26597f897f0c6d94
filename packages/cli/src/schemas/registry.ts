import type { SchemaEntry } from "./schema-entry.js";

/**
 * The schemas `cchc validate` and `cchc schema` know, by id. The `cchc` bin's registry holds the report
 * schemas of `@cchc/reports` (`monthly-media-report`, `agency-communication-report`, `synthesis-report`,
 * `difficulty-report`, `procedure-statistics`); an application embedding the CLI passes its own registry
 * to {@link runCli}.
 *
 * @example
 * ```ts
 * import { defineSchemaRegistry, type SchemaRegistry } from "@cchc/cli";
 *
 * const registry: SchemaRegistry = defineSchemaRegistry([]);
 * registry.ids; // => []
 * ```
 *
 * @category Schema registry
 */
export interface SchemaRegistry {
  /** The known ids, sorted. */
  readonly ids: readonly string[];
  /** The entry with this id, or `undefined` (also for `"__proto__"` and other non-ids). */
  get(id: string): SchemaEntry | undefined;
}

/**
 * Builds a {@link SchemaRegistry} from entries made with {@link defineSchemaEntry}.
 *
 * @param entries - The schema entries.
 * @returns The registry.
 * @throws `Error` when two entries share an id (a programming error).
 * @example
 * ```ts
 * import { z } from "zod";
 * import { defineSchemaEntry, defineSchemaRegistry } from "@cchc/cli";
 *
 * const registry = defineSchemaRegistry([
 *   defineSchemaEntry({ id: "tally", title: { vi: "Bảng đếm", en: "Tally" }, schema: z.object({ n: z.number() }) }),
 * ]);
 * registry.get("tally")?.validate({ n: 1 }).valid; // => true
 * registry.get("other"); // => undefined
 * ```
 *
 * @category Schema registry
 */
export function defineSchemaRegistry(entries: readonly SchemaEntry[]): SchemaRegistry {
  const byId = new Map<string, SchemaEntry>();
  for (const entry of entries) {
    if (byId.has(entry.id)) throw new Error(`Duplicate schema id ${JSON.stringify(entry.id)}.`);
    byId.set(entry.id, entry);
  }
  const ids = [...byId.keys()].sort();
  return { ids, get: (id) => byId.get(id) };
}
