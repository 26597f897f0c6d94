import type { CliCommand } from "./command.js";
import { docrefCommand } from "./docref.js";
import { schemaCommand } from "./schema.js";
import { validateCommand } from "./validate.js";

/**
 * Every `cchc` command, in help order. Adding a command is one file in this folder plus one line here.
 * Planned: calendar, workdays, lunar, solar, deadlines, explain (as their packages land).
 */
export const commands: readonly CliCommand[] = [validateCommand, schemaCommand, docrefCommand];
