/**
 * The HTTP handler: routes, status codes and localized answers. Kept apart from the server so that it
 * can be mounted in any node:http-compatible server.
 *
 * | route | answer |
 * |---|---|
 * | `POST /reports/<id>` | 200 `{ schema, valid: true, issues: [] }` · 422 `{ schema, valid: false, issues }` — the shape, then the plan's rules (who owes the report), unless `?shape-only` |
 * | `GET /schemas` | 200 `[{ id, title }]` |
 * | `GET /schemas/<id>` | 200 the JSON Schema (`application/schema+json`) |
 *
 * Errors answer `{ error: { code, message, detail?, issues? } }` with 400 (a body that is not UTF-8,
 * not JSON or not I-JSON: `http.invalid_encoding`, `http.invalid_json`, `http.invalid_ijson`, with the
 * strict parser's finding as `issues: [{ path, code, message }]` — `json.duplicate_key` and the like,
 * naming the byte offset; or a `shape-only` value other than empty, `true`, `1`, `false`, `0`:
 * `http.invalid_query`), 404 (unknown route or schema), 405, 413 (body too large), 415 (not JSON) or 500.
 */
import { DEFAULT_SERVER_LIMITS } from "@cchc/http";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { formatMessage, strictJsonIssue, type ValidationIssue, type Lang, type MessageParams } from "@cchc/core";
import { REPORT_SCHEMA_IDS, reportSchemaEntries, reportSchemaEntry, validateReport } from "@cchc/reports";
import { readJsonBody } from "./body.js";
import { negotiateLanguage } from "./language.js";
import { apiMessages, type ApiMessageCode } from "./messages.js";

/** Options of {@link createReportApi}. */
export interface ReportApiOptions {
  /** Largest request body accepted, in bytes (default 1 MiB: a month of reports with every broadcast listed fits easily). */
  readonly maxBodyBytes?: number;
}

/** Default {@link ReportApiOptions.maxBodyBytes}. */
export const DEFAULT_MAX_BODY_BYTES = DEFAULT_SERVER_LIMITS.maxBodyBytes;

function send(res: ServerResponse, status: number, body: unknown, lang: Lang, type = "application/json"): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "Content-Type": `${type}; charset=utf-8`,
    "Content-Length": Buffer.byteLength(text),
    "Content-Language": lang,
    Vary: "Accept-Language",
    "X-Content-Type-Options": "nosniff",
  });
  res.end(text);
}

function sendError(
  res: ServerResponse,
  status: number,
  code: ApiMessageCode,
  lang: Lang,
  params: MessageParams = {},
  detail?: string,
  issues?: readonly ValidationIssue[],
): void {
  const message = formatMessage(apiMessages, code, params, lang);
  send(res, status, { error: { code, message, ...(detail ? { detail } : {}), ...(issues ? { issues } : {}) } }, lang);
}

/** Splits the request target into decoded path segments (`undefined` when undecodable) and the query. */
function parseTarget(target: string): { segments: string[] | undefined; query: URLSearchParams } {
  let url: URL;
  try {
    url = new URL(`http://localhost${target.startsWith("/") ? target : `/${target}`}`);
  } catch {
    return { segments: undefined, query: new URLSearchParams() };
  }
  try {
    return { segments: url.pathname.split("/").filter(Boolean).map(decodeURIComponent), query: url.searchParams };
  } catch {
    return { segments: undefined, query: url.searchParams };
  }
}

/**
 * `?shape-only` (empty, `true` or `1`) validates the shape alone, without the plan's rules — for a
 * report of another plan; `false`, `0` or no parameter checks them. `undefined` for any other value.
 */
function shapeOnly(query: URLSearchParams): boolean | undefined {
  const value = query.get("shape-only");
  if (value === null || value === "false" || value === "0") return false;
  return value === "" || value === "true" || value === "1" ? true : undefined;
}

async function postReport(req: IncomingMessage, res: ServerResponse, id: string, lang: Lang, maxBodyBytes: number, query: URLSearchParams): Promise<void> {
  const shape = shapeOnly(query);
  if (shape === undefined) {
    res.setHeader("Connection", "close"); // the body is not read
    sendError(res, 400, "http.invalid_query", lang, { name: "shape-only", value: String(query.get("shape-only")).slice(0, 40), allowed: "true, 1, false, 0" });
    return;
  }
  const body = await readJsonBody(req, maxBodyBytes);
  if (!body.ok) {
    if ("aborted" in body) return; // the client went away: nobody to answer
    if (body.status === 413) res.setHeader("Connection", "close"); // do not read the rest of a huge body
    sendError(res, body.status, body.code, lang, body.params, body.detail, body.error && [strictJsonIssue(body.error, lang)]);
    return;
  }
  const result = validateReport(id, body.value, shape ? { lang, plan: false } : { lang });
  send(res, result.valid ? 200 : 422, { schema: id, valid: result.valid, issues: result.issues }, lang);
}

function allowed(res: ServerResponse, method: string, allow: string, lang: Lang): boolean {
  const methods = allow.split(", ");
  if (methods.includes(method)) return true;
  res.setHeader("Allow", allow);
  sendError(res, 405, "http.method_not_allowed", lang, { method: method.slice(0, 20), allow });
  return false;
}

async function route(req: IncomingMessage, res: ServerResponse, maxBodyBytes: number): Promise<void> {
  const target = parseTarget(req.url ?? "/");
  const lang = negotiateLanguage(target.query, req.headers["accept-language"]);
  const method = req.method ?? "GET";
  const [resource, id, ...rest] = target.segments ?? [];
  const path = (req.url ?? "/").split("?", 1)[0]!.slice(0, 200);
  if (!target.segments || rest.length > 0 || (resource !== "reports" && resource !== "schemas") || (resource === "reports" && id === undefined)) {
    sendError(res, 404, "http.not_found", lang, { path });
    return;
  }
  if (id === undefined) {
    if (!allowed(res, method, "GET, HEAD", lang)) return;
    send(res, 200, reportSchemaEntries().map((e) => ({ id: e.id, title: e.title })), lang);
    return;
  }
  const entry = reportSchemaEntry(id); // undefined for unknown ids, "__proto__" and "constructor" included
  if (!entry) {
    sendError(res, 404, "http.unknown_schema", lang, { id: id.slice(0, 100), ids: REPORT_SCHEMA_IDS.join(", ") });
    return;
  }
  if (resource === "schemas") {
    if (allowed(res, method, "GET, HEAD", lang)) send(res, 200, entry.jsonSchema(), lang, "application/schema+json");
    return;
  }
  if (allowed(res, method, "POST", lang)) await postReport(req, res, entry.id, lang, maxBodyBytes, target.query);
}

/**
 * The report validation API as a node:http request listener.
 *
 * @param options - Body size limit.
 * @returns A listener for `http.createServer`.
 */
export function createReportApi(options: ReportApiOptions = {}): RequestListener {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return (req, res) => {
    route(req, res, maxBodyBytes).catch(() => {
      // Never crash the process on one request; answer 500 when nothing was sent yet.
      if (!res.headersSent) sendError(res, 500, "http.internal_error", negotiateLanguage(new URLSearchParams(), req.headers["accept-language"]));
      else res.destroy();
    });
  };
}
