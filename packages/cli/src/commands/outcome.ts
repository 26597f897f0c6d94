import { err, isCchcError, ok, type CchcError, type Result } from "@cchc/core";
import { EXIT_CODES, type ExitCode } from "../exit-codes.js";
import { writeText } from "../io.js";
import type { CommandContext } from "./command.js";

/**
 * Why an input was rejected, as the `--json` output of every command shows it: a stable `code` (the
 * library's error code, `date.invalid_day`, `lunar.invalid_day`, …) and the message in `--lang`.
 */
export interface JsonError {
  readonly code: string;
  readonly message: string;
}

/** An input of a many-input command (`docref`, `lunar`, `solar`) that was rejected. */
export interface InputFailure {
  /** The argument as given. */
  readonly input: string;
  /** Why it was rejected. */
  readonly error: JsonError;
}

/** The JSON form of a typed error in the run's language. */
export function jsonError(error: CchcError, context: Pick<CommandContext, "lang">): JsonError {
  return { code: error.code, message: error.localized(context.lang) };
}

/**
 * Runs a library call documented to throw a typed `CchcError` on bad input (the calendar's ISO-string
 * methods) and returns it as a `Result`. Any other exception is a bug and propagates (exit 2).
 */
export function attempt<T>(call: () => T): Result<T> {
  try {
    return ok(call());
  } catch (error) {
    if (isCchcError(error)) return err(error);
    throw error;
  }
}

/** `✖ "input": reason`, or `✖ reason` when the reason already quotes the input. */
function failureLine(context: CommandContext, reason: string, input: string | undefined): string {
  return `${input === undefined || reason.includes(input) ? context.t("input.error", { reason }) : context.t("input.failed", { input, reason })}\n`;
}

/** Pretty JSON and a final newline, as every command prints it. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Reports the rejected input of a one-result command and returns exit code 1: with `--json`,
 * `{ "error": { code, message } }` (and `input` when given) on stdout; else the reason on stderr.
 */
export async function writeFailure(context: CommandContext, error: CchcError, input?: string): Promise<ExitCode> {
  const { io, json } = context;
  if (json) {
    await writeText(io.stdout, jsonText(input === undefined ? { error: jsonError(error, context) } : { input, error: jsonError(error, context) }));
  } else {
    await writeText(io.stderr, failureLine(context, error.localized(context.lang), input));
  }
  return EXIT_CODES.invalid;
}

/**
 * Prints the results of a many-input command. `--json`: one object for one input, an array in input
 * order for several, a rejected input as `{ input, error }` in its place. Text: each result described on
 * stdout (`separator` between them), each rejection on stderr. Exit 1 when any input was rejected, else 0.
 */
export async function writeResults<T extends object>(
  context: CommandContext,
  results: readonly (T | InputFailure)[],
  describe: (result: T) => string,
  separator = "",
): Promise<ExitCode> {
  const { io, json } = context;
  const isFailure = (r: T | InputFailure): r is InputFailure => "error" in r;
  const failed = results.filter(isFailure);
  if (json) {
    await writeText(io.stdout, jsonText(results.length === 1 ? results[0] : results));
  } else {
    await writeText(io.stdout, results.filter((r): r is T => !isFailure(r)).map(describe).join(separator));
    await writeText(io.stderr, failed.map((f) => failureLine(context, f.error.message, f.input)).join(""));
  }
  return failed.length === 0 ? EXIT_CODES.ok : EXIT_CODES.invalid;
}
