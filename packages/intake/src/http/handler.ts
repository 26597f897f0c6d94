import { formatMessage, type Lang, type MessageParams } from "@cchc/core";
import { strictJsonIssue } from "@cchc/core/json";
import { bearerToken } from "../auth/tokens.js";
import { httpStatusOf, type IntakeError } from "../errors.js";
import type { Intake } from "../intake.js";
import { intakeMessages, type IntakeMessageCode } from "../messages.js";
import { readJsonBody, type BodyProblem } from "./body.js";
import { negotiateLanguage } from "./language.js";
import { intakeOpenApi } from "./openapi.js";

/**
 * Options of {@link createIntakeHandler}.
 *
 * @example
 * ```ts
 * import type { IntakeHandlerOptions } from "@cchc/intake";
 *
 * const options: IntakeHandlerOptions = { maxBodyBytes: 2 * 1024 * 1024 };
 * ```
 *
 * @category HTTP
 */
export interface IntakeHandlerOptions {
  /** Largest request body accepted, in bytes (default 1 MiB). */
  readonly maxBodyBytes?: number;
}

/**
 * Default body limit of the handler: 1 MiB (a month of reports with every broadcast listed fits easily).
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_BODY_BYTES } from "@cchc/intake";
 *
 * DEFAULT_MAX_BODY_BYTES; // => 1048576
 * ```
 *
 * @category HTTP
 */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

interface Context {
  readonly request: Request;
  readonly url: URL;
  readonly segments: string[];
  readonly lang: Lang;
  readonly intake: Intake;
  readonly maxBodyBytes: number;
}

const HEADERS = { "X-Content-Type-Options": "nosniff", Vary: "Accept-Language, Authorization", "Cache-Control": "no-store" };

function send(status: number, body: unknown, lang: Lang, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Language": lang, ...HEADERS, ...headers },
  });
}

function problem(status: number, code: IntakeMessageCode, lang: Lang, params: MessageParams = {}, headers: Record<string, string> = {}): Response {
  return send(status, { error: { code, message: formatMessage(intakeMessages, code, params, lang) } }, lang, headers);
}

/**
 * A body that was not read (400, 413, 415). A refusal of the strict JSON decoder is answered with its
 * one issue: the decoder's code (`json.duplicate_key`…), the JSON Pointer concerned, the byte offset and
 * the message in the answer's language.
 */
function refusedBody(body: BodyProblem, lang: Lang): Response {
  const issues = body.json && [{ ...strictJsonIssue(body.json, lang), offset: Number(body.json.params["offset"]) }];
  const error = { code: body.code, message: formatMessage(intakeMessages, body.code, body.params, lang), ...(issues && { issues }) };
  return send(body.status, { error }, lang, body.status === 413 ? { Connection: "close" } : {});
}

function failure(error: IntakeError, lang: Lang): Response {
  const status = httpStatusOf(error);
  const body = {
    error: {
      code: error.code,
      message: lang === "en" ? error.messages.en : error.messages.vi,
      ...(error._tag === "ReportRejected" ? { issues: error.issues.map((i) => ({ path: i.path, code: i.code, message: lang === "en" ? i.message.en : i.message.vi })) } : {}),
    },
  };
  return send(status, body, lang, status === 401 ? { "WWW-Authenticate": 'Bearer realm="cchc-intake"' } : {});
}

async function answer<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: IntakeError }>, lang: Lang, status = 200): Promise<Response> {
  const r = await result;
  return r.ok ? send(status, r.value, lang) : failure(r.error, lang);
}

/** The unit of the request's token: a unit, or the 401 to send. */
async function authenticated(ctx: Context): Promise<string | Response> {
  const token = bearerToken(ctx.request.headers.get("authorization"));
  const unauthorized = (code: IntakeMessageCode) => problem(401, code, ctx.lang, {}, { "WWW-Authenticate": 'Bearer realm="cchc-intake"' });
  if (token === undefined) return unauthorized("intake.token_missing");
  const unit = await ctx.intake.authenticate(token);
  return unit ?? unauthorized("intake.token_invalid");
}

/** Reads are open, or need any unit's token. */
async function mayRead(ctx: Context): Promise<Response | undefined> {
  if (ctx.intake.readAccess === "open") return undefined;
  const unit = await authenticated(ctx);
  return typeof unit === "string" ? undefined : unit;
}

function methodNotAllowed(ctx: Context, allow: string): Response {
  return problem(405, "http.method_not_allowed", ctx.lang, { method: ctx.request.method.slice(0, 20), allow }, { Allow: allow });
}

function notFound(ctx: Context): Response {
  return problem(404, "http.not_found", ctx.lang, { path: ctx.url.pathname.slice(0, 200) });
}

async function submit(ctx: Context, schema: string): Promise<Response> {
  const unit = await authenticated(ctx);
  if (typeof unit !== "string") return unit;
  const body = await readJsonBody(ctx.request, ctx.maxBodyBytes);
  if (!body.ok) return refusedBody(body, ctx.lang);
  const r = await ctx.intake.submit(schema, body.value, unit);
  if (!r.ok) return failure(r.error, ctx.lang);
  const { receipt } = r.value;
  const location = `/reports/${receipt.schema}/${encodeURIComponent(receipt.id)}/revisions/${receipt.revision}`;
  return send(r.value.created ? 201 : 200, receipt, ctx.lang, r.value.created ? { Location: location } : {});
}

async function resolve(ctx: Context, id: string): Promise<Response> {
  const unit = await authenticated(ctx);
  if (typeof unit !== "string") return unit;
  let note: string | undefined;
  const hasBody = ctx.request.headers.get("content-length") !== "0" && ctx.request.body !== null;
  if (hasBody) {
    const body = await readJsonBody(ctx.request, ctx.maxBodyBytes);
    if (!body.ok) return refusedBody(body, ctx.lang);
    const value = body.value as { note?: unknown } | null;
    const keys = value !== null && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : null;
    const valid = keys !== null && keys.every((k) => k === "note") && (value!.note === undefined || (typeof value!.note === "string" && value!.note.length > 0 && value!.note.length <= 4000));
    if (!valid) return problem(400, "intake.invalid_query", ctx.lang, { name: "note", input: JSON.stringify(body.value).slice(0, 60) });
    note = value!.note as string | undefined;
  }
  return answer(ctx.intake.resolveDifficulty(id, unit, note), ctx.lang);
}

function intParameter(value: string | null, fallback: number): number {
  if (value === null) return fallback;
  return /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN;
}

async function route(ctx: Context): Promise<Response> {
  const { segments, request, intake, lang } = ctx;
  const method = request.method;
  const read = method === "GET" || method === "HEAD";
  const [head, a, b, c, d, ...rest] = segments;
  if (rest.length > 0) return notFound(ctx);
  switch (head) {
    case "openapi.json":
      if (a !== undefined) return notFound(ctx);
      return read ? send(200, intakeOpenApi(), lang) : methodNotAllowed(ctx, "GET, HEAD");
    case "reports": {
      if (a === undefined) return notFound(ctx);
      if (b === undefined) {
        if (method === "POST") return submit(ctx, a);
        if (!read) return methodNotAllowed(ctx, "GET, HEAD, POST");
        const denied = await mayRead(ctx);
        if (denied) return denied;
        const unit = ctx.url.searchParams.get("unit");
        const period = ctx.url.searchParams.get("period");
        return answer(intake.list(a, { ...(unit === null ? {} : { unit }), ...(period === null ? {} : { period }) }), lang);
      }
      if (!read) return methodNotAllowed(ctx, "GET, HEAD");
      const denied = await mayRead(ctx);
      if (denied) return denied;
      if (c === undefined) return answer(intake.get(a, b), lang);
      if (c !== "revisions") return notFound(ctx);
      if (d === undefined) return answer(intake.revisions(a, b), lang);
      const revision = /^[1-9]\d{0,8}$/.test(d) ? Number(d) : undefined;
      return revision === undefined ? notFound(ctx) : answer(intake.get(a, b, revision), lang);
    }
    case "status":
    case "media":
    case "indicators":
    case "synthesis":
    case "reminders":
    case "reminders.ics":
    case "difficulties": {
      if (head === "difficulties" && a !== undefined) {
        if (b !== "resolution" || c !== undefined) return notFound(ctx);
        return method === "POST" ? resolve(ctx, a) : methodNotAllowed(ctx, "POST");
      }
      const pathArg = head === "status" || head === "synthesis" || head === "media" || head === "indicators";
      if ((pathArg && (a === undefined || b !== undefined)) || (!pathArg && a !== undefined)) return notFound(ctx);
      if (!read) return methodNotAllowed(ctx, "GET, HEAD");
      const denied = await mayRead(ctx);
      if (denied) return denied;
      const year = /^\d{4}$/.test(a ?? "") ? Number(a) : Number.NaN;
      if (head === "status") return answer(intake.statusBoard(year), lang);
      if (head === "media") return answer(intake.mediaTrends(year), lang);
      if (head === "indicators") return answer(intake.procedureIndicators(year), lang);
      if (head === "synthesis") return answer(intake.synthesis(a!), lang);
      if (head === "difficulties") {
        const open = ctx.url.searchParams.get("open");
        if (open !== null && open !== "true" && open !== "false") return problem(400, "intake.invalid_query", lang, { name: "open", input: open.slice(0, 20) });
        return answer(intake.difficulties({ openOnly: open !== "false" }), lang);
      }
      const days = intParameter(ctx.url.searchParams.get("days"), 5);
      if (head === "reminders") return answer(intake.reminders(days), lang);
      const ics = await intake.remindersICalendar(days, lang);
      if (!ics.ok) return failure(ics.error, lang);
      return new Response(ics.value, {
        status: 200,
        headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'attachment; filename="cchc-reminders.ics"', "Content-Language": lang, ...HEADERS },
      });
    }
    default:
      return notFound(ctx);
  }
}

/**
 * The intake's HTTP API as a Web-standard handler, `(Request) => Promise<Response>`: serve it on Node
 * with `serveFetch` of `@cchc/http` (the hardened server of every cchc service), or mount it in Hono,
 * Fastify, Next.js route handlers, Deno or Bun. Every route,
 * status and body is in the OpenAPI document it serves at `GET /openapi.json` ({@link intakeOpenApi}).
 * It never throws: an unexpected failure is a 500 with no detail.
 *
 * @param intake - The intake (from `createIntake`).
 * @param options - The body limit.
 * @returns The handler.
 * @example
 * ```ts
 * import { closeOnSignals, serveFetch } from "@cchc/http";
 * import { createIntakeHandler, type Intake } from "@cchc/intake";
 *
 * declare const intake: Intake; // from createIntake
 * const handle = createIntakeHandler(intake, { maxBodyBytes: 2 * 1024 * 1024 });
 * const res = await handle(new Request("http://localhost/reports/monthly-media-report", { method: "POST", body: "{}" }));
 * res.status; // => 401 (no token)
 * closeOnSignals(await serveFetch(handle, { port: 8080 })); // on 127.0.0.1 until SIGTERM
 * ```
 *
 * @category HTTP
 */
export function createIntakeHandler(intake: Intake, options: IntakeHandlerOptions = {}): (request: Request) => Promise<Response> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return async (request) => {
    let url: URL;
    let segments: string[];
    try {
      url = new URL(request.url);
      segments = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    } catch {
      return problem(404, "http.not_found", "vi", { path: "?" });
    }
    const lang = negotiateLanguage(url.searchParams, request.headers.get("accept-language"));
    try {
      const response = await route({ request, url, segments, lang, intake, maxBodyBytes });
      return request.method === "HEAD" ? new Response(null, { status: response.status, headers: response.headers }) : response;
    } catch {
      return problem(500, "http.internal_error", lang);
    }
  };
}
