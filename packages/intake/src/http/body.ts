import type { CchcError } from "@cchc/core";
import { parseStrictJson } from "@cchc/core/json";
import { isJsonContentType, readBodyWithin } from "@cchc/http/web";
import type { IntakeMessageCode } from "../messages.js";

/** A body that could not be read, with the HTTP status it deserves. */
export interface BodyProblem {
  readonly ok: false;
  readonly status: 400 | 413 | 415;
  readonly code: IntakeMessageCode;
  readonly params: Readonly<Record<string, string | number>>;
  /** The strict JSON decoder's refusal (code, byte offset, JSON Pointer, vi/en message): answered as the one issue of a 400. */
  readonly json?: CchcError;
}

/** The HTTP-level code of a body the strict decoder refused: not UTF-8, not JSON, or JSON that is not I-JSON. */
function refusalCode(error: CchcError): IntakeMessageCode {
  if (error.code === "json.invalid_utf8") return "http.invalid_encoding";
  return error.code === "json.parse_error" ? "http.invalid_json" : "http.invalid_ijson";
}

/**
 * Decodes a JSON body with `parseStrictJson` of `@cchc/core` — the one strict I-JSON decoder (RFC 7493)
 * of every cchc door: strict UTF-8 (`http.invalid_encoding`), JSON syntax (`http.invalid_json`), and
 * no duplicate member names, lone surrogates, noncharacters or control characters other than tab, CR
 * and LF, raw or escaped (`http.invalid_ijson`). So what PostgreSQL cannot store (U+0000, a lone
 * surrogate) never reaches the database, and no two readers of a stored payload can disagree on it.
 */
export function decodeJsonBody(bytes: Uint8Array): { ok: true; value: unknown } | BodyProblem {
  const parsed = parseStrictJson(bytes); // a leading UTF-8 BOM is accepted
  if (parsed.ok) return { ok: true, value: parsed.value };
  return { ok: false, status: 400, code: refusalCode(parsed.error), params: {}, json: parsed.error };
}

/**
 * Reads and decodes a JSON request body: media type (415, `isJsonContentType` of `@cchc/http`), size
 * (413, `readBodyWithin` of `@cchc/http`: from `Content-Length` before reading, else while reading),
 * then {@link decodeJsonBody} (400). A body cut short by the client is a 400 `http.invalid_json` as
 * well (nobody is left to read it).
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<{ ok: true; value: unknown } | BodyProblem> {
  const type = request.headers.get("content-type");
  if (!isJsonContentType(type)) return { ok: false, status: 415, code: "http.unsupported_media_type", params: { type: (type ?? "").slice(0, 100) } };
  const body = await readBodyWithin(request, maxBytes);
  if (body.ok) return decodeJsonBody(body.bytes);
  if (body.reason === "too_large") return { ok: false, status: 413, code: "http.payload_too_large", params: { limit: body.maxBytes } };
  return { ok: false, status: 400, code: "http.invalid_json", params: {} };
}
