/**
 * Every answer the handler gives in the tests is checked against the OpenAPI document it serves: the
 * path and method exist, the status is listed, the content type is listed for that status, and the
 * body is valid against the listed schema (ajv, JSON Schema 2020-12, formats).
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { expect } from "vitest";
import { intakeOpenApi } from "@cchc/intake";

const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
type Json = Record<string, unknown>;

let ajv: Ajv2020 | undefined;
function validator(): Ajv2020 {
  if (ajv) return ajv;
  ajv = new Ajv2020({ strict: false, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addSchema(intakeOpenApi(), "openapi.json");
  return ajv;
}

const escape = (s: string): string => s.replace(/~/g, "~0").replace(/\//g, "~1");

/** The path template of the document that matches a path. */
function template(path: string): string | undefined {
  const segments = path.split("/").filter(Boolean).map(decodeURIComponent);
  return Object.keys(intakeOpenApi()["paths"] as Json).find((t) => {
    const parts = t.split("/").filter(Boolean);
    return parts.length === segments.length && parts.every((p, i) => p.startsWith("{") || p === segments[i]);
  });
}

/** How many answers were checked (the test asserts it is not zero). */
export const checked = { count: 0, statuses: new Set<string>() };

/** Checks one answer; returns the body (parsed JSON, or the text). */
export async function conforms(request: Request, response: Response): Promise<unknown> {
  const url = new URL(request.url);
  const t = template(url.pathname);
  const text = await response.text();
  const where = `${request.method} ${url.pathname} → ${response.status}`;
  if (!t) {
    expect(response.status, where).toBe(404); // unknown routes: 404 with the error body
    expect(JSON.parse(text), where).toMatchObject({ error: { code: "http.not_found" } });
    return JSON.parse(text);
  }
  const item = (intakeOpenApi()["paths"] as Record<string, Record<string, Json>>)[t]!;
  const method = request.method.toLowerCase() === "head" ? "get" : request.method.toLowerCase();
  const operationName = item[method] ? method : Object.keys(item).find((k) => k !== "parameters" && (item[k]!["responses"] as Json)[String(response.status)]);
  expect(operationName, `${where}: no operation lists this status`).toBeDefined();
  const responses = item[operationName!]!["responses"] as Record<string, Json>;
  expect(Object.keys(responses), `${where}: status not in the document`).toContain(String(response.status));
  const content = responses[String(response.status)]!["content"] as Record<string, Json>;
  const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  expect(Object.keys(content), `${where}: content type`).toContain(type);
  checked.count++;
  checked.statuses.add(`${method.toUpperCase()} ${t} ${response.status}`);
  if (request.method === "HEAD") return undefined;
  if (type !== "application/json") return text;
  const body: unknown = JSON.parse(text);
  const pointer = `openapi.json#/paths/${escape(t)}/${operationName}/responses/${response.status}/content/${escape(type)}/schema`;
  const validate = validator().getSchema(pointer) ?? validator().compile({ $ref: pointer });
  const ok = validate(body);
  expect(ok ? [] : validate.errors, `${where}: body against the OpenAPI schema`).toEqual([]);
  return body;
}
