import { messageLabel, type Label, type MessageParams } from "@cchc/core";
import { Data } from "effect";
import { intakeMessages, type IntakeMessageCode } from "./messages.js";

/** The fields every intake error carries: a stable code, its parameters and the message in both languages. */
interface ErrorFields {
  /** Stable machine-readable code (a key of `intakeMessages`). */
  readonly code: IntakeMessageCode;
  /** The values interpolated into the message. */
  readonly params: MessageParams;
  /** The message in Vietnamese and English. */
  readonly messages: Label;
  /** The Vietnamese message (what logs show). */
  readonly message: string;
}

/**
 * A report that its schema's validator refused (HTTP 422): nothing was stored. `issues` are the
 * validator's, with JSON-Pointer paths, codes and messages in both languages.
 *
 * @example
 * ```ts
 * import type { ReportRejected } from "@cchc/intake/effect";
 *
 * const count = (e: ReportRejected): number => e.issues.length;
 * ```
 *
 * @category Errors and messages
 */
export class ReportRejected extends Data.TaggedError("ReportRejected")<
  ErrorFields & { readonly issues: readonly { readonly path: string; readonly code: string; readonly message: Label }[] }
> {}

/**
 * No token, or a token that is not in the tokens file (HTTP 401).
 *
 * @example
 * ```ts
 * import type { Unauthenticated } from "@cchc/intake/effect";
 *
 * const missing = (e: Unauthenticated): boolean => e.code === "intake.token_missing";
 * ```
 *
 * @category Errors and messages
 */
export class Unauthenticated extends Data.TaggedError("Unauthenticated")<ErrorFields> {}

/**
 * A valid token that may not do this (HTTP 403): a report of another unit, a resolution by a unit that
 * does not receive difficulties.
 *
 * @example
 * ```ts
 * import type { Forbidden } from "@cchc/intake/effect";
 *
 * const text = (e: Forbidden): string => e.messages.en;
 * ```
 *
 * @category Errors and messages
 */
export class Forbidden extends Data.TaggedError("Forbidden")<ErrorFields> {}

/**
 * An unknown schema, report or revision (HTTP 404).
 *
 * @example
 * ```ts
 * import type { NotFound } from "@cchc/intake/effect";
 *
 * const text = (e: NotFound): string => e.messages.vi;
 * ```
 *
 * @category Errors and messages
 */
export class NotFound extends Data.TaggedError("NotFound")<ErrorFields> {}

/**
 * A malformed request parameter: period, year, number of days, unit (HTTP 400).
 *
 * @example
 * ```ts
 * import type { BadRequest } from "@cchc/intake/effect";
 *
 * const text = (e: BadRequest): string => e.messages.en;
 * ```
 *
 * @category Errors and messages
 */
export class BadRequest extends Data.TaggedError("BadRequest")<ErrorFields> {}

/**
 * The database failed or refused (HTTP 503): the transaction was rolled back, nothing was stored.
 * `cause` keeps the driver's error for the logs; it is never sent to clients.
 *
 * @example
 * ```ts
 * import type { StorageFailure } from "@cchc/intake/effect";
 *
 * const log = (e: StorageFailure): unknown => e.cause;
 * ```
 *
 * @category Errors and messages
 */
export class StorageFailure extends Data.TaggedError("StorageFailure")<ErrorFields & { readonly cause: unknown }> {}

/**
 * A computation on stored data failed (HTTP 500): a deadline that cannot be evaluated, a synthesis
 * that the aggregator refuses.
 *
 * @example
 * ```ts
 * import type { ProcessingFailure } from "@cchc/intake/effect";
 *
 * const text = (e: ProcessingFailure): string => e.messages.en;
 * ```
 *
 * @category Errors and messages
 */
export class ProcessingFailure extends Data.TaggedError("ProcessingFailure")<ErrorFields> {}

/**
 * Any error of the intake, discriminated by `_tag`.
 *
 * @example
 * ```ts
 * import type { IntakeError } from "@cchc/intake";
 *
 * const status = (e: IntakeError): string => `${e._tag} ${e.code}`;
 * ```
 *
 * @category Errors and messages
 */
export type IntakeError = ReportRejected | Unauthenticated | Forbidden | NotFound | BadRequest | StorageFailure | ProcessingFailure;

/** The fields of an error from a catalogue entry. */
export function fields(code: IntakeMessageCode, params: MessageParams = {}): ErrorFields {
  const messages = messageLabel(intakeMessages, code, params);
  return { code, params, messages, message: messages.vi };
}

/**
 * The HTTP status of an intake error.
 *
 * @param error - The error.
 * @returns 400, 401, 403, 404, 422, 500 or 503.
 * @example
 * ```ts
 * import { httpStatusOf, type IntakeError } from "@cchc/intake";
 *
 * declare const e: IntakeError;
 * httpStatusOf(e); // 422 for a rejected report
 * ```
 *
 * @category Errors and messages
 */
export function httpStatusOf(error: IntakeError): number {
  switch (error._tag) {
    case "ReportRejected":
      return 422;
    case "Unauthenticated":
      return 401;
    case "Forbidden":
      return 403;
    case "NotFound":
      return 404;
    case "BadRequest":
      return 400;
    case "StorageFailure":
      return 503;
    case "ProcessingFailure":
      return 500;
  }
}
