/**
 * The node:http glue, in one file so that it can be swapped: an IncomingMessage becomes a Web
 * `Request`, the handler's `Response` is written back. Nothing else of the server knows node:http.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";

/** A Web-standard handler, such as `createIntakeHandler(intake)`. */
export type WebHandler = (request: Request) => Promise<Response>;

/** A running server. */
export interface RunningServer {
  /** Base URL, such as `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Stops accepting connections, closes idle ones, resolves when closed. */
  close(): Promise<void>;
}

function toRequest(req: IncomingMessage, base: string, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  return new Request(new URL(req.url ?? "/", base), {
    method,
    headers,
    signal,
    ...(hasBody ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: "half" } : {}),
  } as RequestInit);
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  res.writeHead(response.status, headers);
  if (response.body) for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
  res.end();
}

/**
 * Serves a Web handler with node:http on a host and port (port 0: any free one).
 *
 * @returns The running server.
 */
export function serve(handler: WebHandler, options: { host?: string; port?: number } = {}): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  let base = "http://localhost";
  const server = createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, (req, res) => {
    const aborted = new AbortController();
    res.once("close", () => aborted.abort());
    handler(toRequest(req, base, aborted.signal))
      .then((response) => writeResponse(res, response))
      .catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
        else res.destroy();
      });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      const { port } = server.address() as AddressInfo;
      base = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
      resolve({
        url: base,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeIdleConnections();
          }),
      });
    });
  });
}
