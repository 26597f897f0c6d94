/**
 * `@cchc/http`: serving the cchc services on Node with the limits a public endpoint needs, from one
 * place — headers and request timeouts that really fire, keep-alive timeout, maximum header size, a
 * body limit, a cap on concurrent connections, and a graceful shutdown on SIGTERM that lets requests
 * in flight finish. Web-standard `Request → Response` handlers run on `node:http` through
 * `@hono/node-server`'s adapter. The request helpers every handler shares (body limit, JSON media type,
 * language negotiation) are at `@cchc/http/web`, which loads no server.
 *
 * @packageDocumentation
 */
export { DEFAULT_SERVER_LIMITS, resolveServerLimits, type ServerLimits } from "./limits.js";
export { serverLimitsFromEnv, SERVER_LIMIT_VARIABLES } from "./env.js";
export { createHardenedServer } from "./server.js";
export { listen, type ListenOptions, type RunningServer } from "./listen.js";
export { fetchListener, serveFetch, type FetchHandler, type ServeFetchOptions } from "./fetch.js";
export { closeOnSignals } from "./signals.js";
