import * as Data from "effect/Data";

/** The input file or stdin cannot be opened or read (exit 2). */
export class InputError extends Data.TaggedError("InputError")<{
  readonly path: string;
  /** `not_a_file` for a directory, else the system error code (`ENOENT`, …) when known. */
  readonly code: string | undefined;
  readonly reason: string;
}> {}

/** Writing the results failed (exit 2). */
export class OutputError extends Data.TaggedError("OutputError")<{ readonly reason: string }> {}

/** A single JSON document is larger than the limit (the input is invalid: exit 1). */
export class TooLarge extends Data.TaggedError("TooLarge")<{ readonly max: number }> {}

export function describeThrown(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function inputError(path: string, error: unknown): InputError {
  const code = (error as { code?: unknown } | null)?.code;
  return new InputError({ path, code: typeof code === "string" ? code : undefined, reason: describeThrown(error) });
}
