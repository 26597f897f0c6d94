import type { ServerLimits } from "./limits.js";

/**
 * The environment variable that overrides each server limit, the same for every cchc server (the
 * node-api example, the intake server): values are whole numbers, in ms or bytes as the limit's name says.
 *
 * @example
 * ```ts
 * import { SERVER_LIMIT_VARIABLES } from "@cchc/http";
 *
 * SERVER_LIMIT_VARIABLES.headersTimeoutMs; // => "HEADERS_TIMEOUT_MS"
 * SERVER_LIMIT_VARIABLES.maxBodyBytes; // => "MAX_BODY_BYTES"
 * ```
 *
 * @category Limits and bodies
 */
export const SERVER_LIMIT_VARIABLES: { readonly [K in keyof ServerLimits]: string } = {
  headersTimeoutMs: "HEADERS_TIMEOUT_MS",
  requestTimeoutMs: "REQUEST_TIMEOUT_MS",
  keepAliveTimeoutMs: "KEEP_ALIVE_TIMEOUT_MS",
  maxHeaderBytes: "MAX_HEADER_BYTES",
  maxBodyBytes: "MAX_BODY_BYTES",
  maxConnections: "MAX_CONNECTIONS",
  shutdownGraceMs: "SHUTDOWN_GRACE_MS",
};

/**
 * The limits an environment sets ({@link SERVER_LIMIT_VARIABLES}; an empty variable counts as unset),
 * to pass as `limits` to `serveFetch` or `createHardenedServer`, which add the defaults and check the
 * whole (`resolveServerLimits`).
 *
 * @param env - The environment (default `process.env`).
 * @returns The limits set, and only those.
 * @throws RangeError naming the variable when a value is not a whole number — a configuration error,
 *   found at start-up rather than as a silently ignored setting.
 * @example
 * ```ts
 * import { serverLimitsFromEnv } from "@cchc/http";
 *
 * serverLimitsFromEnv({ HEADERS_TIMEOUT_MS: "5000", MAX_CONNECTIONS: "64" }); // => { headersTimeoutMs: 5000, maxConnections: 64 }
 * Object.keys(serverLimitsFromEnv({})).length; // => 0
 * ```
 *
 * @category Limits and bodies
 */
export function serverLimitsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): Partial<ServerLimits> {
  const limits: Partial<Record<keyof ServerLimits, number>> = {};
  for (const [limit, variable] of Object.entries(SERVER_LIMIT_VARIABLES) as [keyof ServerLimits, string][]) {
    const text = env[variable]?.trim();
    if (!text) continue;
    if (!/^\d{1,15}$/.test(text)) throw new RangeError(`${variable} must be a whole number, got ${JSON.stringify(text.slice(0, 40))}`);
    limits[limit] = Number(text);
  }
  return limits;
}
