import { Writable } from "node:stream";

/**
 * A writable text output: `process.stdout` and `process.stderr` fit this interface, and so does a
 * test double that collects what is written.
 *
 * @example
 * ```ts
 * import type { CliOutput } from "@cchc/cli";
 *
 * let text = "";
 * const out: CliOutput = { write: (chunk) => { text += chunk; return true; } };
 * ```
 *
 * @category Running the CLI
 */
export interface CliOutput {
  /** Writes text; `false` means "wait for `drain` before writing more" (Node stream backpressure). */
  write(chunk: string): boolean | void;
  /** Registers a one-time `drain` listener (Node streams); without it, writes are never awaited. */
  once?(event: "drain", listener: () => void): unknown;
  /** Whether the output is a terminal: the progress bar is drawn on stderr only then. */
  readonly isTTY?: boolean;
  /** Terminal width in columns, when known. */
  readonly columns?: number;
}

/**
 * The standard streams of one `cchc` run. The bin passes the process's streams; tests and embedding
 * applications pass their own.
 *
 * @example
 * ```ts
 * import { Readable } from "node:stream";
 * import type { CliIo } from "@cchc/cli";
 *
 * let out = "";
 * const io: CliIo = {
 *   stdin: Readable.from(['{"a":1}\n']),
 *   stdout: { write: (s) => { out += s; return true; } },
 *   stderr: { write: () => true },
 * };
 * ```
 *
 * @category Running the CLI
 */
export interface CliIo {
  /** Standard input, read when a command is given `-` as its file. */
  readonly stdin: AsyncIterable<Uint8Array | string>;
  /** Results: human text, or JSON with `--json`. */
  readonly stdout: CliOutput;
  /** Error messages, progress and, with `--json`, human summaries. */
  readonly stderr: CliOutput;
  /**
   * Registers what to do on Ctrl-C (SIGINT) before the run ends — the progress bar clears its line —
   * and returns the function that removes it. The bin's streams end the process after the listener as
   * Node would without one; absent, nothing is registered.
   */
  readonly onInterrupt?: (listener: () => void) => () => void;
}

/** Writes text and resolves once the output can take more (honours backpressure). */
export function writeText(out: CliOutput, text: string): Promise<void> {
  if (text === "") return Promise.resolve();
  const more = out.write(text);
  if (more !== false || out.once === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    out.once?.("drain", resolve);
  });
}

/**
 * Writes UTF-8 bytes and resolves once the output can take more: as they are to a Node stream (the
 * process's own stdout), decoded to text for any other {@link CliOutput}.
 */
export function writeBytes(out: CliOutput, bytes: Uint8Array): Promise<void> {
  if (bytes.length === 0) return Promise.resolve();
  if (!(out instanceof Writable)) return writeText(out, new TextDecoder().decode(bytes));
  if (out.write(bytes)) return Promise.resolve();
  return new Promise((resolve) => {
    out.once("drain", resolve);
  });
}

/**
 * Runs `listener` on the process's SIGINT, then ends the process by the same signal (the exit status
 * a shell reports for Ctrl-C, 130), as Node does when no listener is registered.
 */
function onProcessInterrupt(listener: () => void): () => void {
  const handler = (): void => {
    process.off("SIGINT", handler);
    listener();
    process.kill(process.pid, "SIGINT");
  };
  process.on("SIGINT", handler);
  return () => process.off("SIGINT", handler);
}

/** The process's own streams. */
export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, onInterrupt: onProcessInterrupt };
}
