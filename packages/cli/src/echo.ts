import { displayText, formatMessage, type Lang, type MessageParams } from "@cchc/core";
import { cliMessages, type CliMessageKey } from "./messages.js";

// Placeholders of the CLI's messages that carry what the user typed (an argument, a flag, a file name,
// an id) — cut to a bounded length with control characters escaped — and those that carry a message of
// a library or of the system, which may quote the input — escaped, not cut.
const ECHOES: ReadonlySet<string> = new Set(["input", "name", "value", "id", "path", "suggestion"]);
const MESSAGES: ReadonlySet<string> = new Set(["reason", "message", "detail"]);

/**
 * Message parameters made safe to print: every echo of user input is cut to
 * `DISPLAY_TEXT_MAX_LENGTH` code points with an ellipsis and shows control characters escaped
 * (`\x1b`), and embedded messages are escaped in full. The one place where the CLI's messages meet user
 * input, so that no argument can flood or drive the terminal.
 */
export function echoSafe(params: MessageParams | undefined): MessageParams | undefined {
  if (params === undefined) return undefined;
  const safe: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== "string") safe[key] = value;
    else if (ECHOES.has(key)) safe[key] = displayText(value);
    else if (MESSAGES.has(key)) safe[key] = value.split("\n").map((line) => displayText(line, Infinity)).join("\n");
    else safe[key] = value;
  }
  return safe;
}

/** The CLI-wide message formatter: {@link cliMessages} in `lang` with {@link echoSafe} parameters. */
export function cliText(lang: Lang): (key: CliMessageKey, params?: MessageParams) => string {
  return (key, params) => formatMessage(cliMessages, key, echoSafe(params), lang);
}
