/**
 * The limits a public HTTP endpoint needs, in one place. Every cchc server (the node-api example, the
 * intake server) takes them from here, so that the same numbers are enforced the same way.
 *
 * @example
 * ```ts
 * import type { ServerLimits } from "@cchc/http";
 *
 * const strict: Partial<ServerLimits> = { headersTimeoutMs: 5_000, maxConnections: 64 };
 * ```
 *
 * @category Limits and bodies
 */
export interface ServerLimits {
  /** Time a client has to send the complete request headers, in ms (Node's `headersTimeout`). */
  readonly headersTimeoutMs: number;
  /** Time a client has to send the complete request, body included, in ms (Node's `requestTimeout`). */
  readonly requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open after a response, in ms (at least 1 s: Node's own buffer). */
  readonly keepAliveTimeoutMs: number;
  /** Largest total size of the request line and headers, in bytes (larger: 431). */
  readonly maxHeaderBytes: number;
  /** Largest request body a handler reads, in bytes (larger: 413). */
  readonly maxBodyBytes: number;
  /** Most connections open at once; further connections are closed as they arrive. */
  readonly maxConnections: number;
  /** On shutdown, how long in-flight requests may take to finish before their connections are cut, in ms. */
  readonly shutdownGraceMs: number;
}

/**
 * The defaults: a client gets 10 s for its headers and 30 s for its whole request, idle keep-alive
 * connections close after 5 s, headers are capped at 16 KiB (Node's own default), bodies at 1 MiB,
 * 256 connections at once, and a shutdown waits up to 10 s for requests in flight.
 *
 * @example
 * ```ts
 * import { DEFAULT_SERVER_LIMITS } from "@cchc/http";
 *
 * DEFAULT_SERVER_LIMITS.headersTimeoutMs; // => 10000
 * DEFAULT_SERVER_LIMITS.maxBodyBytes; // => 1048576
 * ```
 *
 * @category Limits and bodies
 */
export const DEFAULT_SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxHeaderBytes: 16 * 1024,
  maxBodyBytes: 1024 * 1024,
  maxConnections: 256,
  shutdownGraceMs: 10_000,
};

/**
 * The defaults with `overrides` applied, checked: every limit a positive integer, and the request
 * timeout not shorter than the headers timeout (Node requires it).
 *
 * @param overrides - The limits to change.
 * @returns The complete limits.
 * @throws RangeError when a limit is not a positive integer or the timeouts are inconsistent — a
 *   configuration error, found at start-up.
 * @example
 * ```ts
 * import { resolveServerLimits } from "@cchc/http";
 *
 * resolveServerLimits({ maxConnections: 8 }).maxConnections; // => 8
 * resolveServerLimits({ maxConnections: 8 }).requestTimeoutMs; // => 30000
 * ```
 *
 * @category Limits and bodies
 */
export function resolveServerLimits(overrides: Partial<ServerLimits> = {}): ServerLimits {
  const limits: ServerLimits = { ...DEFAULT_SERVER_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`${name} must be a positive integer, got ${String(value)}`);
  }
  if (limits.keepAliveTimeoutMs < 1_000) throw new RangeError(`keepAliveTimeoutMs must be at least 1000 (Node keeps idle connections 1 s longer than asked), got ${limits.keepAliveTimeoutMs}`);
  if (limits.requestTimeoutMs < limits.headersTimeoutMs) {
    throw new RangeError(`requestTimeoutMs (${limits.requestTimeoutMs}) must not be shorter than headersTimeoutMs (${limits.headersTimeoutMs})`);
  }
  return limits;
}
