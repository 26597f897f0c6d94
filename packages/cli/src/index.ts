/**
 * `@cchc/cli`: the `cchc` command line for integrators, and the pieces an application needs to embed
 * it or extend its schema registry.
 *
 * - {@link runCli} runs a command line with injected streams and resolves to the exit code;
 * - {@link defineSchemaEntry} / {@link defineSchemaRegistry} describe the schemas `cchc validate` and
 *   `cchc schema` work with (zod schema + JSON Schema + cross-field check);
 * - the `…Json` and `…Report` types are the documented `--json` output contract.
 *
 * Commands: `validate`, `schema`, `calendar`, `workdays add|count`, `lunar`, `solar`, `deadlines`,
 * `explain`, `docref` (see the CLI guide). Exit codes: {@link EXIT_CODES}.
 *
 * @packageDocumentation
 */
export { runCli, type RunCliOptions } from "./run.js";
export { EXIT_CODES, type ExitCode } from "./exit-codes.js";
export type { CliIo, CliOutput } from "./io.js";
export { cliMessages } from "./messages.js";
export {
  defineSchemaEntry,
  isSchemaId,
  type CrossFieldCheck,
  type JsonSchemaDocument,
  type SchemaEntry,
  type SchemaEntryOptions,
} from "./schemas/schema-entry.js";
export { defineSchemaRegistry, type SchemaRegistry } from "./schemas/registry.js";
export type { LineReport, ValidationReport } from "./schemas/validation-report.js";
export type { DocrefJson, DocrefJsonError, DocrefJsonResult } from "./commands/docref-json.js";
export type { CalendarDayJson, CalendarJson, CultureDayJson } from "./commands/calendar-json.js";
export type { WorkdaysAddJson, WorkdaysCountJson } from "./commands/workdays-json.js";
export type { LunarJson, SolarJson } from "./commands/lunar-json.js";
export type { DeadlineJson, ExplainJson, PartyJson } from "./commands/deadlines-json.js";
