import { calendarCommand } from "./calendar.js";
import type { CliCommand } from "./command.js";
import { deadlinesCommand } from "./deadlines.js";
import { docrefCommand } from "./docref.js";
import { explainCommand } from "./explain.js";
import { lunarCommand } from "./lunar.js";
import { renderCommand } from "./render.js";
import { schemaCommand } from "./schema.js";
import { solarCommand } from "./solar.js";
import { validateCommand } from "./validate.js";
import { workdaysCommand } from "./workdays.js";

/** Every `cchc` command, in help order. Adding a command is one file in this folder plus one line here. */
export const commands: readonly CliCommand[] = [
  validateCommand,
  schemaCommand,
  renderCommand,
  calendarCommand,
  workdaysCommand,
  lunarCommand,
  solarCommand,
  deadlinesCommand,
  explainCommand,
  docrefCommand,
];
