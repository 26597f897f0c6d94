import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULT_SERVER_LIMITS } from "./limits.js";

/**
 * A server that is listening.
 *
 * @example
 * ```ts
 * import { createHardenedServer, listen, type RunningServer } from "@cchc/http";
 *
 * const running: RunningServer = await listen(createHardenedServer((req, res) => res.end("ok")));
 * running.url.startsWith("http://127.0.0.1:"); // => true
 * await running.close();
 * ```
 *
 * @category Server
 */
export interface RunningServer {
  /** Base URL, such as `http://127.0.0.1:41234` (IPv6 hosts in brackets). */
  readonly url: string;
  /** The port actually bound (useful with port 0). */
  readonly port: number;
  /** The underlying `node:http` server. */
  readonly server: Server;
  /**
   * Graceful shutdown: stops accepting connections, closes idle ones, lets requests in flight finish
   * (their keep-alive connections close once they have answered) and, after `graceMs`, cuts whatever is
   * still open. Resolves when the server has closed; calling it again returns the same promise.
   */
  close(graceMs?: number): Promise<void>;
}

/**
 * Where {@link listen} binds.
 *
 * @example
 * ```ts
 * import type { ListenOptions } from "@cchc/http";
 *
 * const options: ListenOptions = { host: "127.0.0.1", port: 8080 };
 * ```
 *
 * @category Server
 */
export interface ListenOptions {
  /** Interface (default `127.0.0.1`: loopback only). */
  readonly host?: string;
  /** Port (default 0: any free port). */
  readonly port?: number;
  /** Default grace period of {@link RunningServer.close}, in ms (default 10 s). */
  readonly shutdownGraceMs?: number;
}

function closeGracefully(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Node closes idle keep-alive connections when close() is called, but a connection that finishes
    // its response afterwards would wait for its keep-alive timeout: sweep them until the server is done.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close((error) => {
      clearInterval(sweep);
      clearTimeout(cut);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * Starts listening and resolves once the port is bound.
 *
 * @param server - A server, typically from `createHardenedServer`.
 * @param options - Host, port, shutdown grace.
 * @returns The running server, with its URL and a graceful `close`.
 * @example
 * ```ts
 * import { createHardenedServer, listen } from "@cchc/http";
 *
 * const running = await listen(createHardenedServer((req, res) => res.end("ok")), { port: 0 });
 * const response = await fetch(running.url);
 * await response.text(); // => "ok"
 * await running.close();
 * ```
 *
 * @category Server
 */
export function listen(server: Server, options: ListenOptions = {}): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const defaultGrace = options.shutdownGraceMs ?? DEFAULT_SERVER_LIMITS.shutdownGraceMs;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      const { port } = server.address() as AddressInfo;
      let closing: Promise<void> | undefined;
      resolve({
        url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
        port,
        server,
        close: (graceMs = defaultGrace) => (closing ??= closeGracefully(server, graceMs)),
      });
    });
  });
}
