// A raw HTTP client for the cases fetch cannot send: chosen bytes, chunked bodies that overrun the limit.
import { request } from "node:http";

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/**
 * POSTs `chunks` one after the other (chunked transfer unless a Content-Length header is given) and
 * resolves with the response, even when the server answers before the body is fully sent.
 */
export function rawPost(url: string, chunks: readonly (string | Uint8Array)[], headers: Record<string, string | number>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(url, { method: "POST", headers }, (res) => {
      answered = true;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on("error", reject);
    });
    req.on("error", (error: NodeJS.ErrnoException) => {
      // The server may close the connection after answering 413 while we are still writing: give the
      // response a moment to be read before calling it a failure.
      const late = error.code === "EPIPE" || error.code === "ECONNRESET";
      if (!late) reject(error);
      else setTimeout(() => answered || reject(error), 1000).unref();
    });
    let i = 0;
    const writeNext = (): void => {
      if (req.destroyed) return;
      if (i >= chunks.length) {
        req.end();
        return;
      }
      if (req.write(chunks[i++]!)) setImmediate(writeNext);
      else req.once("drain", writeNext);
    };
    writeNext();
  });
}
