import { DEFAULT_LANG, formatMessage, type Lang, type MessageParams } from "@cchc/core";
import { Command, Help, Option, type Argument } from "commander";
import { repository, version } from "../package.json";
import type { CliCommand, CommandContext } from "./commands/command.js";
import type { ExitCode } from "./exit-codes.js";
import type { CliIo } from "./io.js";
import { cliText } from "./echo.js";
import type { CliMessageKey } from "./messages.js";
import type { SchemaRegistry } from "./schemas/registry.js";

/** What the program needs from the run. */
export interface ProgramSetup {
  readonly lang: Lang;
  readonly io: CliIo;
  readonly schemas: () => Promise<SchemaRegistry>;
  /** Whether `schemas` is the bin's own registry, which worker threads can rebuild on their side. */
  readonly binSchemas: boolean;
  readonly commands: readonly CliCommand[];
  /** Receives the exit code of the command that ran. */
  readonly done: (code: ExitCode) => void;
  /** The current instant. */
  readonly now: () => Date;
}

/** What `cchc --help` shows under its list of commands. */
const PROGRAM_EXAMPLES = ["cchc validate monthly-media-report report.json", "cchc deadlines --lang en", "cchc help explain"];

/** The CLI guide on the web, from the package's `repository` (the guide is not in the npm package). */
export function guideUrl(): string {
  const web = repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
  return `${web}/blob/main/docs/guides/cli.md`;
}

/** An "Examples:" block for the end of a help text. */
function examplesText(heading: string, examples: readonly string[]): string {
  return `\n${heading}\n${examples.map((e) => `  ${e}`).join("\n")}\n`;
}

/** Help in the run's language: commander's headings, usage tokens and option details translated. */
function localizedHelp(t: (key: CliMessageKey, params?: MessageParams) => string): Partial<Help> {
  const titles: Readonly<Record<string, CliMessageKey>> = {
    "Usage:": "help.usage",
    "Arguments:": "help.arguments",
    "Options:": "help.options",
    "Global Options:": "help.global_options",
    "Commands:": "help.commands",
  };
  const base = new Help();
  const usageTokens = (usage: string): string =>
    usage.replace("[options]", `[${t("help.options_token")}]`).replace("[command]", `<${t("help.command_token")}>`);
  const extras = (choices: readonly string[] | undefined, defaultValue: unknown): string => {
    const parts: string[] = [];
    if (choices) parts.push(t("help.choices", { choices: choices.join(", ") }));
    if (defaultValue !== undefined) parts.push(t("help.default", { value: String(defaultValue) }));
    return parts.length > 0 ? ` (${parts.join("; ")})` : "";
  };
  return {
    showGlobalOptions: true,
    styleTitle: (title: string) => {
      const key = titles[title];
      return key ? t(key) : title;
    },
    commandUsage: (cmd: Command) => usageTokens(base.commandUsage(cmd)),
    subcommandTerm: (cmd: Command) => usageTokens(base.subcommandTerm(cmd)),
    optionDescription: (option: Option) =>
      `${option.description}${extras(option.argChoices, option.required || option.optional ? option.defaultValue : undefined)}`,
    argumentDescription: (argument: Argument) => `${argument.description}${extras(argument.argChoices, argument.defaultValue)}`,
  };
}

function attach(parent: Command, spec: CliCommand, setup: ProgramSetup, t: CommandContext["t"]): void {
  const text = (key: string): string => formatMessage(spec.messages, key, {}, setup.lang);
  const command = parent.command(spec.name).description(text("description"));
  command.helpOption("-h, --help", t("option.help"));
  spec.configure?.(command, text);
  if (spec.examples) command.addHelpText("after", examplesText(t("help.examples"), spec.examples));
  for (const sub of spec.subcommands ?? []) attach(command, sub, setup, t);
  const run = spec.run;
  if (run === undefined) return;
  command.action(async (...received: unknown[]) => {
    const self = received[received.length - 1] as Command;
    const globals = self.optsWithGlobals<{ json?: boolean; lang?: Lang }>();
    const lang = globals.lang ?? setup.lang;
    const context: CommandContext = {
      io: setup.io,
      lang,
      json: globals.json === true,
      schemas: setup.schemas,
      binSchemas: setup.binSchemas,
      t: cliText(lang),
      now: setup.now,
    };
    setup.done(await run(context, { args: received.slice(0, self.registeredArguments.length), options: self.opts() }));
  });
}

/**
 * The commander program: global `--json` and `--lang` (recognized before or after the command name),
 * help and errors in the run's language, output to the run's streams, and no `process.exit` (errors
 * are thrown as `CommanderError` for {@link runCli} to map to exit codes).
 */
export function buildProgram(setup: ProgramSetup): Command {
  const t = cliText(setup.lang);
  const { io } = setup;
  const program = new Command("cchc")
    .description(t("cli.description"))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: () => undefined,
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .configureHelp(localizedHelp(t))
    .version(version, "-V, --version", t("option.version"))
    .helpOption("-h, --help", t("option.help"))
    .helpCommand(`help [${t("help.command_token")}]`, t("command.help"))
    .addOption(new Option("--json", t("option.json")))
    .addOption(new Option("--lang <lang>", t("option.lang")).choices(["vi", "en"]).default(DEFAULT_LANG));
  for (const spec of setup.commands) attach(program, spec, setup, t);
  program.addHelpText("after", examplesText(t("help.examples"), PROGRAM_EXAMPLES));
  // Every help ends by saying where the documentation is: the package's README, the guide on the web.
  program.addHelpText("afterAll", t("help.docs", { guide: guideUrl() }));
  return program;
}
