import type { SchemaEntry } from "../schemas/schema-entry.js";
import { writeText } from "../io.js";
import type { CommandContext } from "./command.js";

/**
 * Finds a schema by id; on an unknown id, writes the usage error listing the known ids, with the
 * closest one suggested, and returns `undefined` (the caller exits 2).
 */
export async function lookupSchema(context: CommandContext, id: string): Promise<SchemaEntry | undefined> {
  const registry = await context.schemas();
  const entry = registry.get(id);
  if (entry !== undefined) return entry;
  const known = registry.ids.length > 0 ? registry.ids.join(", ") : context.t("schema.none_registered");
  // The edit distance is a lazy module of the bin: only a mistyped id loads it.
  const { closestMatch } = await import("../suggest.js");
  const suggestion = closestMatch(id, registry.ids);
  const lines = [context.t("usage.error", { message: context.t("schema.unknown", { id: id.slice(0, 100), known }) })];
  if (suggestion !== undefined) lines.push(context.t("usage.suggestion", { suggestion }));
  await writeText(context.io.stderr, `${lines.join("\n")}\n`);
  return undefined;
}
