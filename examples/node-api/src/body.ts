/**
 * Reading a JSON request body with the checks a public endpoint needs: media type, size limit (from
 * `Content-Length` before reading, and while reading for chunked bodies), then `parseStrictJson` of
 * `@cchc/core` — strict UTF-8, JSON syntax and I-JSON (RFC 7493: no duplicate member names, lone
 * surrogates, noncharacters or control characters other than tab, CR, LF) — the same decoder as the CLI.
 */
import type { IncomingMessage } from "node:http";
import { parseStrictJson, type CchcError } from "@cchc/core";
import { isJsonContentType } from "@cchc/http/web";
import type { ApiMessageCode } from "./messages.js";

/** A body that could not be read, with the HTTP status it deserves. */
export interface BodyProblem {
  readonly ok: false;
  readonly status: 400 | 413 | 415;
  readonly code: ApiMessageCode;
  readonly params?: Readonly<Record<string, string | number>>;
  /** Technical detail for developers (the JSON parser's message, in English), not localized. */
  readonly detail?: string;
  /** The strict JSON parser's refusal (code, byte offset, JSON Pointer), answered as one issue in the client's language. */
  readonly error?: CchcError;
}

/** The outcome of {@link readJsonBody}: the parsed value, a problem, or `aborted` (nothing to answer). */
export type BodyResult = { readonly ok: true; readonly value: unknown } | BodyProblem | { readonly ok: false; readonly aborted: true };

/** Reads the whole body into one buffer, giving up as soon as it passes `maxBytes`. */
function readLimited(req: IncomingMessage, maxBytes: number): Promise<Buffer | "too-large" | "aborted"> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (value: Buffer | "too-large" | "aborted") => {
      if (settled) return;
      settled = true;
      req.off("data", onData);
      resolve(value);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        req.pause(); // read no further; the response closes the connection
        settle("too-large");
      } else chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => settle(Buffer.concat(chunks, size)));
    req.once("error", () => settle("aborted"));
    req.once("close", () => settle(req.complete ? Buffer.concat(chunks, size) : "aborted"));
  });
}

/**
 * Reads and parses a JSON request body.
 *
 * @param req - The request.
 * @param maxBytes - The largest body accepted, in bytes.
 * @returns The parsed value, or why not (415, 413, 400 with the parser's error), or `aborted` when the client went away.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const type = req.headers["content-type"];
  if (!isJsonContentType(type)) {
    return { ok: false, status: 415, code: "http.unsupported_media_type", params: { type: (type ?? "").slice(0, 100) } };
  }
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    return { ok: false, status: 413, code: "http.payload_too_large", params: { limit: maxBytes } };
  }
  const body = await readLimited(req, maxBytes);
  if (body === "aborted") return { ok: false, aborted: true };
  if (body === "too-large") return { ok: false, status: 413, code: "http.payload_too_large", params: { limit: maxBytes } };
  const parsed = parseStrictJson(body); // a leading BOM is accepted
  if (parsed.ok) return { ok: true, value: parsed.value };
  return { ok: false, status: 400, code: bodyProblemCode(parsed.error), detail: parsed.error.localized("en"), error: parsed.error };
}

/** The HTTP-level code of a refused body: not UTF-8, not JSON, or JSON that is not I-JSON. */
function bodyProblemCode(error: CchcError): ApiMessageCode {
  if (error.code === "json.invalid_utf8") return "http.invalid_encoding";
  return error.code === "json.parse_error" ? "http.invalid_json" : "http.invalid_ijson";
}
