import type { Catalogue, Lang, MessageParams } from "@cchc/core";
import type { Command } from "commander";
import type { ExitCode } from "../exit-codes.js";
import type { CliIo } from "../io.js";
import type { CliMessageKey } from "../messages.js";
import type { SchemaRegistry } from "../schemas/registry.js";

/** What a command's `run` gets besides its arguments. */
export interface CommandContext {
  readonly io: CliIo;
  /** `--lang`, Vietnamese by default. */
  readonly lang: Lang;
  /** `--json`. */
  readonly json: boolean;
  /** The schema registry, loaded on first use (it pulls in zod). */
  readonly schemas: () => Promise<SchemaRegistry>;
  /**
   * Whether `schemas` is the registry the bin ships (no `schemas` option given to `runCli`): only then
   * can worker threads rebuild it, and `validate --ndjson` validate in parallel.
   */
  readonly binSchemas: boolean;
  /** Formats a CLI-wide message (src/messages.ts) in `lang`. */
  readonly t: (key: CliMessageKey, params?: MessageParams) => string;
  /** The current instant (the run's clock: tests pass a fixed one). */
  readonly now: () => Date;
}

/** The parsed command line of one command. */
export interface CommandInput {
  /** Positional arguments in declaration order (a variadic argument is a `string[]`). */
  readonly args: readonly unknown[];
  /** The command's own options (global ones are in the context). */
  readonly options: Readonly<Record<string, unknown>>;
}

/**
 * One `cchc` command, in its own file `src/commands/<name>.ts`, listed once in `src/commands/index.ts`.
 * Its messages live next to it (key `description` is required; the parity test checks every command's
 * catalogue). `configure` declares arguments and options on the commander `Command` with descriptions in
 * the run's language; `run` does the work and returns the exit code; `examples` end its help. A command
 * with `subcommands` (`workdays add`, `workdays count`) may omit `run`.
 *
 * Keep the module light: reach heavy code (effect, zod, data tables) inside `run` with `await
 * import("../lazy/<name>.js")`, a lazy module of tsup.bin.config.ts, so that other commands start fast.
 */
export interface CliCommand<K extends string = string> {
  readonly name: string;
  readonly messages: Catalogue<K | "description">;
  readonly configure?: (command: Command, text: (key: K) => string) => void;
  readonly run?: (context: CommandContext, input: CommandInput) => Promise<ExitCode>;
  readonly subcommands?: readonly CliCommand[];
  /** Two or three command lines that end the command's help, as `gh` does (the same in both languages). */
  readonly examples?: readonly string[];
}

/** Declares a command with its message keys inferred. */
export function defineCommand<K extends string>(command: CliCommand<K>): CliCommand<K> {
  return command;
}
