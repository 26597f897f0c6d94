/**
 * The exit codes of `cchc`, the same for every command:
 * - `ok` (0): success, or the input is valid;
 * - `invalid` (1): the input data is invalid (a report fails validation, a document number does not parse);
 * - `usage` (2): a usage error (unknown command, flag or schema id, missing argument) or an I/O error
 *   (unreadable file, unwritable output).
 *
 * @example
 * ```ts
 * import { EXIT_CODES, runCli } from "@cchc/cli";
 *
 * const code = await runCli(["docref", "167/KH-UBND"]);
 * code === EXIT_CODES.ok; // => true
 * ```
 *
 * @category Running the CLI
 */
export const EXIT_CODES = { ok: 0, invalid: 1, usage: 2 } as const;

/**
 * One of the {@link EXIT_CODES}.
 *
 * @example
 * ```ts
 * import type { ExitCode } from "@cchc/cli";
 *
 * const code: ExitCode = 2; // usage or I/O error
 * ```
 *
 * @category Running the CLI
 */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
