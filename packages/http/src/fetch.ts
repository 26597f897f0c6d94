import { getRequestListener } from "@hono/node-server";
import type { RequestListener } from "node:http";
import { resolveServerLimits, type ServerLimits } from "./limits.js";
import { listen, type ListenOptions, type RunningServer } from "./listen.js";
import { createHardenedServer } from "./server.js";

/**
 * A Web-standard request handler, as `@cchc/intake`'s `handler` and many frameworks (Hono, Next route
 * handlers, Deno, Bun) use: a `Request` in, a `Response` out.
 *
 * @example
 * ```ts
 * import type { FetchHandler } from "@cchc/http";
 *
 * const hello: FetchHandler = () => new Response("xin chào");
 * ```
 *
 * @category Web handlers
 */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/**
 * Options of {@link serveFetch}: where to listen and the limits.
 *
 * @example
 * ```ts
 * import type { ServeFetchOptions } from "@cchc/http";
 *
 * const options: ServeFetchOptions = { port: 8080, limits: { maxConnections: 64 } };
 * ```
 *
 * @category Web handlers
 */
export interface ServeFetchOptions extends ListenOptions {
  /** Limits that differ from `DEFAULT_SERVER_LIMITS`. */
  readonly limits?: Partial<ServerLimits>;
}

/**
 * A `node:http` request listener that runs a Web-standard handler. Built on `@hono/node-server`'s
 * adapter (a well-kept translation of Node's request and response to `Request`/`Response`), with
 * Node's global `Request`/`Response` left as they are. A handler that throws answers 500 without
 * details.
 *
 * @param handler - The handler.
 * @returns The listener, for `createHardenedServer` or any `node:http` server.
 * @example
 * ```ts
 * import { createHardenedServer, fetchListener } from "@cchc/http";
 *
 * const server = createHardenedServer(fetchListener(() => new Response("ok")));
 * ```
 *
 * @category Web handlers
 */
export function fetchListener(handler: FetchHandler): RequestListener {
  return getRequestListener(handler, {
    overrideGlobalObjects: false,
    errorHandler: () => new Response(null, { status: 500 }),
  }) as RequestListener;
}

/**
 * Serves a Web-standard handler on Node with the cchc server limits: one call for a production-ready
 * loopback or public server (timeouts that fire, header and connection caps, graceful `close`).
 *
 * @param handler - The handler.
 * @param options - Host (default `127.0.0.1`), port (default 0: any free one) and limits.
 * @returns The running server.
 * @example
 * ```ts
 * import { serveFetch } from "@cchc/http";
 *
 * const running = await serveFetch(() => Response.json({ ok: true }));
 * const body = await (await fetch(running.url)).json();
 * body.ok; // => true
 * await running.close();
 * ```
 *
 * @category Web handlers
 */
export function serveFetch(handler: FetchHandler, options: ServeFetchOptions = {}): Promise<RunningServer> {
  const limits = resolveServerLimits(options.limits);
  return listen(createHardenedServer(fetchListener(handler), limits), { shutdownGraceMs: limits.shutdownGraceMs, ...options });
}
