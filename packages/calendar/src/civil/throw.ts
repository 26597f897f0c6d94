import type { Result } from "@cchc/core";

/** Unwraps a result inside a method documented to throw its typed error. @internal */
export function throwIfError<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw result.error;
}
