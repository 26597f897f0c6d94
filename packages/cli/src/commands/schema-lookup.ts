import type { SchemaEntry } from "../schemas/schema-entry.js";
import { writeText } from "../io.js";
import type { CommandContext } from "./command.js";

/**
 * Finds a schema by id; on an unknown id, writes the usage error listing the known ids and returns
 * `undefined` (the caller exits 2).
 */
export async function lookupSchema(context: CommandContext, id: string): Promise<SchemaEntry | undefined> {
  const registry = await context.schemas();
  const entry = registry.get(id);
  if (entry !== undefined) return entry;
  const known = registry.ids.length > 0 ? registry.ids.join(", ") : context.t("schema.none_registered");
  await writeText(context.io.stderr, `${context.t("usage.error", { message: context.t("schema.unknown", { id, known }) })}\n`);
  return undefined;
}
