import { Readable } from "node:stream";
import { runCli, type RunCliOptions, type SchemaRegistry } from "@cchc/cli";
import { testRegistry } from "./fixtures/test-schema.js";

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Standard input: whole text, or chunks delivered one by one. */
  readonly stdin?: string | readonly (string | Uint8Array)[];
  /** Pretend stderr is a terminal (progress bar). */
  readonly tty?: boolean;
  readonly schemas?: RunCliOptions["schemas"];
}

/** Calls the CLI's main with injected streams (no process spawned) and the test schema registry. */
export async function run(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const input = options.stdin ?? [];
  const chunks = typeof input === "string" ? [Buffer.from(input)] : input;
  const code = await runCli(argv, {
    io: {
      stdin: Readable.from(chunks, { objectMode: true }),
      stdout: { write: (s) => ((stdout += s), true) },
      stderr: { write: (s) => ((stderr += s), true), isTTY: options.tty ?? false, columns: 60 },
    },
    schemas: options.schemas ?? (testRegistry as SchemaRegistry),
  });
  return { code, stdout, stderr };
}
