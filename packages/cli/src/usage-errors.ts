import type { MessageParams } from "@cchc/core";
import type { CommanderError } from "commander";
import type { CliMessageKey } from "./messages.js";

type Text = (key: CliMessageKey, params?: MessageParams) => string;

const QUOTED = /'([^']*)'/g;
const SUGGESTION = /\(Did you mean ([^?]*)\?\)/;
const CHOICES = /Allowed choices are ([^.]*)\./;
const COUNTS = /Expected (\d+) arguments? but got (\d+)/;

/**
 * The localized message of a commander parse error. Commander reports errors in English with a stable
 * `code` and the offending token in single quotes; the CLI keeps commander's parsing and replaces only
 * the wording, falling back to commander's own text for codes it does not know.
 */
export function usageErrorMessage(error: CommanderError, t: Text): string {
  const quoted = [...error.message.matchAll(QUOTED)].map((m) => m[1] ?? "");
  const name = quoted[0] ?? "";
  let message: string;
  switch (error.code) {
    case "commander.unknownCommand":
      message = t("usage.unknown_command", { name });
      break;
    case "commander.unknownOption":
      message = t("usage.unknown_option", { name });
      break;
    case "commander.missingArgument":
      message = t("usage.missing_argument", { name });
      break;
    case "commander.optionMissingArgument":
      message = t("usage.option_missing_argument", { name });
      break;
    case "commander.invalidArgument":
      message = t("usage.invalid_choice", { name, value: quoted[1] ?? "", choices: CHOICES.exec(error.message)?.[1] ?? "" });
      break;
    case "commander.excessArguments": {
      const counts = COUNTS.exec(error.message);
      message = t("usage.excess_arguments", { expected: counts?.[1] ?? "?", received: counts?.[2] ?? "?" });
      break;
    }
    default:
      message = t("usage.other", { detail: error.message.replace(/^error: /, "") });
  }
  const suggestion = SUGGESTION.exec(error.message)?.[1];
  const lines = [t("usage.error", { message })];
  if (suggestion !== undefined) lines.push(t("usage.suggestion", { suggestion }));
  lines.push(t("usage.hint"));
  return `${lines.join("\n")}\n`;
}
