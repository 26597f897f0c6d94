import { unstorableTextPaths } from "../model/storable-text.js";
import type { IntakeMessageCode } from "../messages.js";

/** A body that could not be read, with the HTTP status it deserves. */
export interface BodyProblem {
  readonly ok: false;
  readonly status: 400 | 413 | 415;
  readonly code: IntakeMessageCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * Whether a `Content-Type` is JSON: `application/json` or `application/<x>+json`, with no charset or
 * `charset=utf-8` (RFC 8259 §8.1).
 */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [type = "", ...params] = header.split(";");
  const essence = type.trim().toLowerCase();
  if (essence !== "application/json" && !(essence.startsWith("application/") && essence.endsWith("+json"))) return false;
  return params.every((p) => {
    const [name = "", value = ""] = p.split("=", 2).map((s) => s.trim().toLowerCase());
    return name !== "charset" || value.replace(/^"|"$/g, "") === "utf-8";
  });
}

/** Reads a request body into one buffer, giving up (and cancelling the stream) past `maxBytes`. */
async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array | "too-large"> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: cancelling one branch of a tee'd stream settles only when the other is cancelled too.
      reader.cancel().catch(() => undefined);
      return "too-large";
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    body.set(c, offset);
    offset += c.byteLength;
  }
  return body;
}

/**
 * Decodes a JSON body: strict UTF-8, JSON syntax, and text PostgreSQL can store (no U+0000, no lone
 * surrogate). The one place that turns bytes into a value — to be replaced by the strict I-JSON
 * decoder of `@cchc/core` (which also refuses duplicate keys) when it lands.
 */
export function decodeJsonBody(bytes: Uint8Array): { ok: true; value: unknown } | BodyProblem {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400, code: "http.invalid_encoding", params: {} };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, status: 400, code: "http.invalid_json", params: { detail: error instanceof Error ? error.message.slice(0, 200) : "" } };
  }
  const unstorable = unstorableTextPaths(value, 1);
  if (unstorable.length > 0) {
    return { ok: false, status: 400, code: "http.invalid_json", params: { detail: `U+0000 or a lone surrogate at ${unstorable[0] || "/"}` } };
  }
  return { ok: true, value };
}

/**
 * Reads and decodes a JSON request body: media type (415), size from `Content-Length` and while
 * reading (413), then {@link decodeJsonBody} (400).
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<{ ok: true; value: unknown } | BodyProblem> {
  const type = request.headers.get("content-type");
  if (!isJsonContentType(type)) return { ok: false, status: 415, code: "http.unsupported_media_type", params: { type: (type ?? "").slice(0, 100) } };
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, status: 413, code: "http.payload_too_large", params: { limit: maxBytes } };
  const body = await readLimited(request, maxBytes);
  if (body === "too-large") return { ok: false, status: 413, code: "http.payload_too_large", params: { limit: maxBytes } };
  return decodeJsonBody(body);
}
