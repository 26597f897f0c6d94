import { isJsonContentType, readBodyWithin } from "@cchc/http/web";
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
 * Reads and decodes a JSON request body: media type (415, `isJsonContentType` of `@cchc/http`), size
 * (413, `readBodyWithin` of `@cchc/http`: from `Content-Length` before reading, else while reading),
 * then {@link decodeJsonBody} (400). A body cut short by the client is a 400 as well (nobody is
 * left to read it).
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<{ ok: true; value: unknown } | BodyProblem> {
  const type = request.headers.get("content-type");
  if (!isJsonContentType(type)) return { ok: false, status: 415, code: "http.unsupported_media_type", params: { type: (type ?? "").slice(0, 100) } };
  const body = await readBodyWithin(request, maxBytes);
  if (body.ok) return decodeJsonBody(body.bytes);
  if (body.reason === "too_large") return { ok: false, status: 413, code: "http.payload_too_large", params: { limit: body.maxBytes } };
  return { ok: false, status: 400, code: "http.invalid_json", params: { detail: "the request body ended before it was complete" } };
}
