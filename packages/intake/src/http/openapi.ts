import { REPORT_SCHEMA_IDS, reportSchemaEntry } from "@cchc/reports";
import { z } from "zod";
import { apiSchemas } from "./schemas.js";

type Json = Record<string, unknown>;

const ref = (id: string): Json => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: Json, description: string): Json => ({ description, content: { "application/json": { schema } } });
const problem = (description: string): Json => json(ref("Error"), description);
const pascal = (id: string): string => id.replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase());

const langParameter = { name: "lang", in: "query", required: false, schema: { type: "string", enum: ["vi", "en"] }, description: "Language of messages (default: Accept-Language, else vi)." };
const schemaParameter = { name: "schema", in: "path", required: true, schema: { type: "string", enum: [...REPORT_SCHEMA_IDS] } };
const idParameter = { name: "id", in: "path", required: true, schema: { type: "string" }, description: "<unit>@<period>, e.g. bao-ptth-bac-ninh@2026-02" };
const daysParameter = { name: "days", in: "query", required: false, schema: { type: "integer", minimum: 0, maximum: 60, default: 5 } };

/** Reads are open or need a token, by configuration; every read documents both. */
const readErrors = {
  "400": problem("A malformed parameter."),
  "401": problem("Reads need a token (readAccess: token) and none or an unknown one was given."),
  "503": problem("The database failed; nothing was changed."),
};

let document: Json | undefined;

/**
 * The OpenAPI 3.1 document of the HTTP API, generated from the zod schemas the handler answers with
 * (`z.toJSONSchema`) and the JSON Schemas of the reports (`@cchc/reports`). Served at
 * `GET /openapi.json`; a test checks every answer of the handler against it.
 *
 * @returns The document (the same object on every call).
 * @example
 * ```ts
 * import { intakeOpenApi } from "@cchc/intake";
 *
 * intakeOpenApi().openapi; // => "3.1.0"
 * ```
 *
 * @category HTTP
 */
export function intakeOpenApi(): Record<string, unknown> {
  if (document) return document;
  const { registry } = apiSchemas();
  const generated = z.toJSONSchema(registry, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` }) as { schemas: Record<string, Json> };
  const schemas: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(generated.schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema;
    schemas[id] = rest;
  }
  for (const id of REPORT_SCHEMA_IDS) {
    const { $schema: _s, ...rest } = reportSchemaEntry(id)!.jsonSchema() as unknown as Json;
    schemas[pascal(id)] = rest;
  }
  const bearer = [{ bearer: [] }];
  const readSecurity = [{}, { bearer: [] }];
  document = {
    openapi: "3.1.0",
    info: {
      title: "cchc intake — the reporting cycle of the Bắc Ninh 2026 CCHC communication plan",
      version: "1",
      description:
        "Receive the plan's reports (append-only revisions), the status board, reminders, the synthesis with provenance and the difficulties. Messages in Vietnamese unless `?lang=en` or `Accept-Language` asks for English.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    components: { schemas, securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "One token per reporting unit." } } },
    paths: {
      "/openapi.json": { get: { summary: "This document", responses: { "200": json({ type: "object" }, "The OpenAPI document.") } } },
      "/reports/{schema}": {
        parameters: [schemaParameter, langParameter],
        post: {
          summary: "Submit a report (a new revision, or the receipt of the identical latest one)",
          security: bearer,
          requestBody: {
            required: true,
            content: { "application/json": { schema: { oneOf: REPORT_SCHEMA_IDS.map((id) => ref(pascal(id))) } } },
          },
          responses: {
            "201": json(ref("Receipt"), "A new revision was stored."),
            "200": json(ref("Receipt"), "Identical to the latest revision: its receipt, nothing stored."),
            "400": json(ref("BodyRefusal"), "The body is not UTF-8, not JSON, or not I-JSON (duplicate member names, lone surrogates, noncharacters, control characters such as U+0000); `issues` holds the decoder's code, JSON Pointer, byte offset and message."),
            "401": problem("No token, or an unknown one."),
            "403": problem("The report is not the token's unit's."),
            "404": problem("Unknown schema."),
            "413": problem("The body is larger than the limit."),
            "415": problem("The body is not application/json."),
            "422": problem("The report is invalid; `issues` lists why."),
            "500": problem("The deadline could not be evaluated."),
            "503": problem("The database failed; nothing was stored."),
          },
        },
        get: {
          summary: "The reports of a schema (their latest revisions)",
          security: readSecurity,
          parameters: [
            { name: "period", in: "query", required: false, schema: { type: "string" } },
            { name: "unit", in: "query", required: false, schema: { type: "string" } },
          ],
          responses: { "200": json(ref("ReceiptList"), "Receipts of the latest revisions."), "404": problem("Unknown schema."), ...readErrors },
        },
      },
      "/reports/{schema}/{id}": {
        parameters: [schemaParameter, idParameter, langParameter],
        get: { summary: "A report's latest revision", security: readSecurity, responses: { "200": json(ref("StoredReport"), "The latest revision."), "404": problem("No such report."), ...readErrors } },
      },
      "/reports/{schema}/{id}/revisions": {
        parameters: [schemaParameter, idParameter, langParameter],
        get: { summary: "Every revision of a report", security: readSecurity, responses: { "200": json(ref("ReceiptList"), "Oldest first."), "404": problem("No such report."), ...readErrors } },
      },
      "/reports/{schema}/{id}/revisions/{revision}": {
        parameters: [schemaParameter, idParameter, { name: "revision", in: "path", required: true, schema: { type: "integer", minimum: 1 } }, langParameter],
        get: { summary: "One revision of a report", security: readSecurity, responses: { "200": json(ref("StoredReport"), "The revision."), "404": problem("No such revision."), ...readErrors } },
      },
      "/status/{year}": {
        parameters: [{ name: "year", in: "path", required: true, schema: { type: "integer" } }, langParameter],
        get: { summary: "The status board of a year", security: readSecurity, responses: { "200": json(ref("StatusBoard"), "Every obligation × period × unit."), "500": problem("A deadline could not be evaluated."), ...readErrors } },
      },
      "/media/{year}": {
        parameters: [{ name: "year", in: "path", required: true, schema: { type: "integer" } }, langParameter],
        get: {
          summary: "The monthly media reports' figures of a year: per month and for the year, by channel, topic and form (for trends)",
          security: readSecurity,
          responses: { "200": json(ref("MediaTrends"), "Twelve months and the year."), "500": problem("The aggregator refused the stored reports."), ...readErrors },
        },
      },
      "/indicators/{year}": {
        parameters: [{ name: "year", in: "path", required: true, schema: { type: "integer" } }, langParameter],
        get: {
          summary: "The procedure statistics of a year with their QĐ 766 indicators and rates, each explained with its confidence",
          security: readSecurity,
          responses: { "200": json(ref("ProcedureIndicators"), "One entry per statistics report."), "500": problem("The indicators could not be computed."), ...readErrors },
        },
      },
      "/reminders": {
        parameters: [daysParameter, langParameter],
        get: { summary: "Reports due within N working days, or overdue, not received", security: readSecurity, responses: { "200": json(ref("Reminders"), "The reminders."), "500": problem("A deadline could not be evaluated."), ...readErrors } },
      },
      "/reminders.ics": {
        parameters: [daysParameter, langParameter],
        get: {
          summary: "The same reminders as an iCalendar file",
          security: readSecurity,
          responses: { "200": { description: "RFC 5545.", content: { "text/calendar": { schema: { type: "string" } } } }, "500": problem("A deadline could not be evaluated."), ...readErrors },
        },
      },
      "/synthesis/{period}": {
        parameters: [{ name: "period", in: "path", required: true, schema: { type: "string" }, description: "2026-02, 2026-Q1, 2026-H1, 2026-9M or 2026" }, langParameter],
        get: {
          summary: "The synthesis report of a period, with provenance to the revisions used",
          security: readSecurity,
          responses: { "200": json(ref("PeriodSynthesis"), "The synthesis."), "500": problem("The aggregator refused the stored reports."), ...readErrors },
        },
      },
      "/difficulties": {
        parameters: [{ name: "open", in: "query", required: false, schema: { type: "string", enum: ["true", "false"], default: "true" } }, langParameter],
        get: { summary: "Difficulty reports and the compiled list for the Chairman", security: readSecurity, responses: { "200": json(ref("Difficulties"), "The reports and the list."), ...readErrors } },
      },
      "/difficulties/{id}/resolution": {
        parameters: [idParameter, langParameter],
        post: {
          summary: "Mark a difficulty report's latest revision resolved (a receiving unit's token)",
          security: bearer,
          requestBody: { required: false, content: { "application/json": { schema: ref("ResolutionRequest") } } },
          responses: {
            "200": json(ref("DifficultyEntry"), "The report, resolved."),
            "400": json({ anyOf: [ref("BodyRefusal"), ref("Error")] }, "The body is not UTF-8, not JSON or not I-JSON (`BodyRefusal`), or not `{ note? }` (`intake.invalid_query`)."),
            "401": problem("No token, or an unknown one."),
            "403": problem("The unit does not receive difficulties."),
            "404": problem("No such difficulty report."),
            "413": problem("The body is larger than the limit."),
            "415": problem("The body is not application/json."),
            "503": problem("The database failed; nothing was stored."),
          },
        },
      },
    },
  };
  // Every path answers 404 (unknown route elsewhere), 405 and 500 the same way.
  for (const item of Object.values(document["paths"] as Record<string, Record<string, Json>>)) {
    for (const [method, operation] of Object.entries(item)) {
      if (method === "parameters") continue;
      const responses = operation["responses"] as Record<string, Json>;
      responses["405"] ??= problem("Method not allowed (see Allow).");
      responses["500"] ??= problem("Server error.");
    }
  }
  return document;
}
