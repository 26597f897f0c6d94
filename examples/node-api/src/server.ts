/**
 * Starting and stopping the report API on a host and port (port 0: an ephemeral one), with the limits
 * every cchc server shares (`@cchc/http`): header and request timeouts that really fire, keep-alive
 * timeout, header size, body limit, connection cap, graceful shutdown.
 */
import { createHardenedServer, listen, resolveServerLimits, type RunningServer, type ServerLimits } from "@cchc/http";
import { createReportApi, type ReportApiOptions } from "./app.js";

export type { RunningServer } from "@cchc/http";

/** Options of {@link startReportServer}. */
export interface ServerOptions extends ReportApiOptions {
  /** Interface to listen on (default `127.0.0.1`: loopback only). */
  readonly host?: string;
  /** Port (default 0: any free port). */
  readonly port?: number;
  /** Server limits that differ from `@cchc/http`'s defaults (`maxBodyBytes` above wins over `limits.maxBodyBytes`). */
  readonly limits?: Partial<ServerLimits>;
}

/**
 * Starts the report API.
 *
 * @param options - Host, port, body limit, server limits.
 * @returns The running server.
 */
export function startReportServer(options: ServerOptions = {}): Promise<RunningServer> {
  const limits = resolveServerLimits({ ...options.limits, ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }) });
  const server = createHardenedServer(createReportApi({ ...options, maxBodyBytes: limits.maxBodyBytes }), limits);
  return listen(server, {
    shutdownGraceMs: limits.shutdownGraceMs,
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(options.port === undefined ? {} : { port: options.port }),
  });
}
