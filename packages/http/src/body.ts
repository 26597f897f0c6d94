/**
 * The outcome of {@link readBodyWithin}: the body's bytes, or why there are none.
 *
 * @example
 * ```ts
 * import type { BodyRead } from "@cchc/http/web";
 *
 * const tooLarge: BodyRead = { ok: false, reason: "too_large", maxBytes: 1024 };
 * ```
 *
 * @category Limits and bodies
 */
export type BodyRead =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: "too_large"; readonly maxBytes: number }
  | { readonly ok: false; readonly reason: "aborted" };

/**
 * Reads a request body into memory, refusing it as soon as it passes `maxBytes`: at once from a
 * `Content-Length` above the limit (nothing is read), else while reading a chunked body (reading stops
 * at the first chunk past the limit). A client that goes away mid-body gives `aborted`.
 *
 * @param request - A Web `Request` (any handler given to `serveFetch`, Hono, Next…).
 * @param maxBytes - The largest body accepted, in bytes (e.g. `DEFAULT_SERVER_LIMITS.maxBodyBytes`).
 * @returns The bytes, or `too_large` (answer 413), or `aborted` (nothing to answer).
 * @example
 * ```ts
 * import { readBodyWithin } from "@cchc/http/web";
 *
 * const small = await readBodyWithin(new Request("http://x/", { method: "POST", body: "{}" }), 10);
 * small.ok; // => true
 * const big = await readBodyWithin(new Request("http://x/", { method: "POST", body: "x".repeat(11) }), 10);
 * big.ok ? 0 : big.reason; // => "too_large"
 * ```
 *
 * @category Limits and bodies
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<BodyRead> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, reason: "too_large", maxBytes };
  if (request.body === null) return { ok: true, bytes: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        void reader.cancel().catch(() => undefined);
        return { ok: false, reason: "too_large", maxBytes };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: "aborted" };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}
