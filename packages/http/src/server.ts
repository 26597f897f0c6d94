import { createServer, type RequestListener, type Server } from "node:http";
import { resolveServerLimits, type ServerLimits } from "./limits.js";

/**
 * How often Node looks for connections past their headers or request timeout, in ms. Node's default is
 * 30 s, so a 10 s `headersTimeout` really fires after 10–40 s; checking at a quarter of the shortest
 * timeout (at most every second) makes a timeout fire within 25 % of its value.
 */
export function checkingIntervalMs(limits: Pick<ServerLimits, "headersTimeoutMs" | "requestTimeoutMs">): number {
  return Math.max(10, Math.min(1_000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 4)));
}

/**
 * Node keeps an idle keep-alive connection open for `keepAliveTimeout` plus a 1 s buffer (so that
 * clients, told the shorter value in the `Keep-Alive` header, close first); Node 24 names it
 * `keepAliveTimeoutBuffer`. The buffer is taken off the configured limit so that the connection really
 * closes when the limit says.
 */
const KEEP_ALIVE_BUFFER_MS = 1_000;

/**
 * A `node:http` server with the limits applied: headers and request timeouts that really fire (Node
 * checks them every `connectionsCheckingInterval`, 30 s by default; here a quarter of the shortest
 * timeout, at most 1 s), the keep-alive timeout (Node's hidden 1 s buffer included), the maximum header size and the connection cap. The
 * body limit is the handler's to enforce (see `readBodyWithin`), since only it knows where a body is read.
 *
 * @param listener - The request listener (a `node:http` handler).
 * @param overrides - Limits that differ from {@link DEFAULT_SERVER_LIMITS}.
 * @returns The server, not yet listening.
 * @example
 * ```ts
 * import { createHardenedServer } from "@cchc/http";
 *
 * const server = createHardenedServer((req, res) => res.end("ok"), { headersTimeoutMs: 5_000 });
 * server.headersTimeout; // => 5000
 * server.maxConnections; // => 256
 * ```
 *
 * @category Server
 */
export function createHardenedServer(listener: RequestListener, overrides: Partial<ServerLimits> = {}): Server {
  const limits = resolveServerLimits(overrides);
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: Math.max(1, limits.keepAliveTimeoutMs - KEEP_ALIVE_BUFFER_MS),
      maxHeaderSize: limits.maxHeaderBytes,
      connectionsCheckingInterval: checkingIntervalMs(limits),
    },
    listener,
  );
  server.maxConnections = limits.maxConnections;
  return server;
}
