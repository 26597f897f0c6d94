/** Starting and stopping the report API on a host and port (port 0: an ephemeral one). */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createReportApi, type ReportApiOptions } from "./app.js";

/** Options of {@link startReportServer}. */
export interface ServerOptions extends ReportApiOptions {
  /** Interface to listen on (default `127.0.0.1`: loopback only). */
  readonly host?: string;
  /** Port (default 0: any free port). */
  readonly port?: number;
}

/** A running server. */
export interface RunningServer {
  /** Base URL, such as `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Stops accepting connections, closes idle ones and resolves when the server has closed. */
  close(): Promise<void>;
}

/**
 * Starts the report API.
 *
 * @param options - Host, port, body limit.
 * @returns The running server.
 */
export function startReportServer(options: ServerOptions = {}): Promise<RunningServer> {
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, createReportApi(options));
  const host = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      const { port } = server.address() as AddressInfo;
      const shown = host.includes(":") ? `[${host}]` : host;
      resolve({
        url: `http://${shown}:${port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeIdleConnections();
          }),
      });
    });
  });
}
