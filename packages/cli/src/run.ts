import { DEFAULT_LANG, isLang, type Lang } from "@cchc/core";
import { CommanderError } from "commander";
import { commands } from "./commands/index.js";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";
import { processIo, writeText, type CliIo } from "./io.js";
import { cliText } from "./echo.js";
import { buildProgram } from "./program.js";
import type { SchemaRegistry } from "./schemas/registry.js";
import { usageErrorMessage } from "./usage-errors.js";

/**
 * Options of {@link runCli}.
 *
 * @example
 * ```ts
 * import { defineSchemaRegistry, type RunCliOptions } from "@cchc/cli";
 *
 * const options: RunCliOptions = { schemas: defineSchemaRegistry([]) };
 * ```
 *
 * @category Running the CLI
 */
export interface RunCliOptions {
  /** Standard streams; default: the process's own. */
  readonly io?: CliIo;
  /**
   * The schemas `validate` and `schema` know: a registry, or a function loading one on first use.
   * Default: the registry the `cchc` bin ships.
   */
  readonly schemas?: SchemaRegistry | (() => Promise<SchemaRegistry>);
  /** The clock, for commands that default to today (`cchc deadlines` without a year); default: the system's. */
  readonly now?: () => Date;
}

/**
 * The language for messages printed before the command line is parsed (help, usage errors): the last
 * valid `--lang` value before `--`, else Vietnamese. Commander still parses and validates `--lang`.
 */
function languageOf(argv: readonly string[]): Lang {
  let lang: Lang = DEFAULT_LANG;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") break;
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (value !== undefined && isLang(value)) lang = value;
  }
  return lang;
}

/**
 * `cchc help <name>` for a name that is no command is answered as `cchc <name>` would be: an unknown
 * command, with the closest one suggested and exit code 2 (commander would print the whole help and
 * then complain that no command was given).
 */
export function helpForUnknownCommand(argv: readonly string[], known: readonly string[]): readonly string[] {
  const positions: number[] = [];
  for (let i = 0; i < argv.length && positions.length < 2; i++) {
    const arg = argv[i]!;
    if (arg === "--") break;
    if (arg === "--lang") i++;
    else if (!arg.startsWith("-")) positions.push(i);
  }
  const [help, name] = positions;
  if (help === undefined || name === undefined || argv[help] !== "help" || known.includes(argv[name]!)) return argv;
  return argv.filter((_, i) => i !== help);
}

function schemaLoader(option: RunCliOptions["schemas"]): () => Promise<SchemaRegistry> {
  if (typeof option === "function") return option;
  if (option !== undefined) return () => Promise.resolve(option);
  return () => import("./schemas/default-registry.js").then((m) => m.defaultSchemaRegistry());
}

/**
 * Runs `cchc` on a command line and resolves to its exit code (0 success or valid, 1 invalid input
 * data, 2 usage or I/O error). Never calls `process.exit` and never rejects: unexpected failures are
 * reported on stderr with exit code 2. The `cchc` bin is `runCli(process.argv.slice(2))`.
 *
 * @param argv - The arguments after the program name, e.g. `["docref", "167/KH-UBND", "--json"]`.
 * @param options - Streams and schema registry (defaults: the process's streams, the shipped registry).
 * @returns The exit code.
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * import { runCli } from "@cchc/cli";
 *
 * let out = "";
 * const code = await runCli(["docref", "Số: 167/kh-ubnd", "--json"], {
 *   io: { stdin: Readable.from([]), stdout: { write: (s) => { out += s; return true; } }, stderr: { write: () => true } },
 * });
 * code; // => 0
 * JSON.parse(out).canonical; // => "167/KH-UBND"
 * ```
 *
 * @category Running the CLI
 */
export async function runCli(argv: readonly string[], options: RunCliOptions = {}): Promise<ExitCode> {
  const io = options.io ?? processIo();
  const lang = languageOf(argv);
  const t = cliText(lang);
  let exit: ExitCode = EXIT_CODES.ok;
  try {
    const now = options.now ?? (() => new Date());
    const program = buildProgram({ lang, io, commands, schemas: schemaLoader(options.schemas), binSchemas: options.schemas === undefined, done: (code) => (exit = code), now });
    const names = program.commands.map((c) => c.name());
    await program.parseAsync([...helpForUnknownCommand(argv, names)], { from: "user" });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT_CODES.ok; // --help, help <command>, --version
      // `cchc` (or a command group) without a command: commander has printed the help on stderr.
      if (error.code === "commander.help") {
        await writeText(io.stderr, `\n${t("usage.error", { message: t("usage.no_command") })}\n`);
        return EXIT_CODES.usage;
      }
      await writeText(io.stderr, usageErrorMessage(error, t));
      return EXIT_CODES.usage;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    await writeText(io.stderr, `${t("error.unexpected", { detail })}\n`);
    return EXIT_CODES.usage;
  }
}
