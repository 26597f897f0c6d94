import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startReportServer, type RunningServer } from "../src/server.js";
import { shippedSamples } from "../src/samples.js";
import { rawPost } from "./http.js";

const JSON_TYPE = { "Content-Type": "application/json" };
const LIMIT = 64 * 1024; // a small limit, so that the 413 tests send little

let server: RunningServer;
beforeAll(async () => {
  server = await startReportServer({ maxBodyBytes: LIMIT });
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
});
afterAll(() => server.close());

interface Answer {
  schema?: string;
  valid?: boolean;
  issues?: { path: string; code: string; message: string }[];
  error?: { code: string; message: string; detail?: string; issues?: { path: string; code: string; message: string }[] };
}

async function post(path: string, body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = JSON_TYPE) {
  const response = await fetch(server.url + path, { method: "POST", body, headers });
  return { status: response.status, headers: response.headers, answer: (await response.json()) as Answer };
}

const sample = (file: string) => shippedSamples().find((s) => s.file === file)!.body;

describe("POST /reports/<schema id>", () => {
  it("answers 200 for every shipped valid sample and 422 for every invalid one", async () => {
    const samples = shippedSamples();
    expect(samples.length).toBeGreaterThanOrEqual(10);
    for (const s of samples) {
      const { status, answer } = await post(`/reports/${s.schema}`, s.body);
      expect([s.file, status]).toEqual([s.file, s.valid ? 200 : 422]);
      expect(answer).toMatchObject({ schema: s.schema, valid: s.valid });
      expect(answer.issues!.length === 0).toBe(s.valid);
    }
  });

  it("answers in Vietnamese by default", async () => {
    const { status, headers, answer } = await post("/reports/monthly-media-report", sample("monthly-media-report.invalid.json"));
    expect(status).toBe(422);
    expect(headers.get("content-language")).toBe("vi");
    expect(headers.get("vary")).toBe("Accept-Language");
    const month = answer.issues!.find((i) => i.path === "/month")!;
    expect(month.message).toContain("không hợp lệ");
    expect(answer.issues!.map((i) => i.path)).toEqual(expect.arrayContaining(["/totals/articles", "/content/0/topic", "/forms/0/form", "/totalz"]));
  });

  it("answers in English for ?lang=en or Accept-Language: en, and ?lang wins over the header", async () => {
    const body = sample("monthly-media-report.invalid.json");
    const byQuery = await post("/reports/monthly-media-report?lang=en", body);
    const byHeader = await post("/reports/monthly-media-report", body, { ...JSON_TYPE, "Accept-Language": "en-US,en;q=0.9,vi;q=0.5" });
    const both = await post("/reports/monthly-media-report?lang=vi", body, { ...JSON_TYPE, "Accept-Language": "en" });
    for (const r of [byQuery, byHeader]) {
      expect(r.headers.get("content-language")).toBe("en");
      expect(r.answer.issues!.find((i) => i.path === "/month")!.message).toContain("is invalid");
    }
    expect(byQuery.answer.issues!.map((i) => i.code)).toEqual(both.answer.issues!.map((i) => i.code));
    expect(both.headers.get("content-language")).toBe("vi");
    expect(both.answer.issues!.find((i) => i.path === "/month")!.message).toContain("không hợp lệ");
  });

  it("reports the cross-field rules (sections adding up to the totals)", async () => {
    const { status, answer } = await post("/reports/monthly-media-report?lang=en", sample("monthly-media-report.invalid-totals.json"));
    expect(status).toBe(422);
    expect(answer.issues!.find((i) => i.path === "/totals/newsItems")?.message).toContain("= 20");
  });

  it("checks who reports (the plan's rules) unless ?shape-only: a monthly report from Sở Tư pháp", async () => {
    const body = sample("monthly-media-report.invalid-sender.json");
    const checked = await post("/reports/monthly-media-report?lang=en", body);
    expect(checked.status).toBe(422);
    expect(checked.answer.issues).toEqual([
      {
        path: "/unit/actor",
        code: "report.sender_not_obliged",
        message: '"so-tu-phap" does not send "Report on the results of reform communication" under the plan (V.5); it is sent by: bao-ptth-bac-ninh.',
      },
    ]);
    for (const query of ["shape-only", "shape-only=", "shape-only=true", "shape-only=1"]) {
      const shape = await post(`/reports/monthly-media-report?${query}`, body);
      expect([query, shape.status, shape.answer.valid]).toEqual([query, 200, true]);
    }
    for (const query of ["shape-only=false", "shape-only=0"]) expect((await post(`/reports/monthly-media-report?${query}`, body)).status).toBe(422);
    const bad = await post("/reports/monthly-media-report?shape-only=maybe&lang=en", body);
    expect(bad.status).toBe(400);
    expect(bad.answer.error).toEqual({ code: "http.invalid_query", message: "The parameter shape-only does not take the value “maybe”; use one of: true, 1, false, 0." });
  });

  it("rejects a __proto__ key as an unknown field, without polluting any prototype", async () => {
    const body = sample("difficulty-report.valid.json").replace("{", '{"__proto__": {"polluted": true, "valid": true},');
    const { status, answer } = await post("/reports/difficulty-report?lang=en", body);
    expect(status).toBe(422);
    expect(answer.valid).toBe(false);
    expect(answer.issues!.some((i) => i.path === "/__proto__" || i.message.includes("__proto__"))).toBe(true);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("answers 400 with the parser's detail for bad JSON, an empty body and invalid UTF-8", async () => {
    const truncated = await post("/reports/monthly-media-report?lang=en", '{"schemaVersion": 1,');
    expect(truncated.status).toBe(400);
    expect(truncated.answer.error).toMatchObject({ code: "http.invalid_json", message: "The body is not valid JSON." });
    expect(truncated.answer.error!.detail).toBeTruthy();
    expect((await post("/reports/monthly-media-report", "")).answer.error!.message).toBe("Nội dung không phải JSON hợp lệ.");
    const latin1 = await post("/reports/monthly-media-report", new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d])); // {"é":1} in Latin-1
    expect([latin1.status, latin1.answer.error!.code]).toEqual([400, "http.invalid_encoding"]);
  });

  describe("answers 400 for a body that is not I-JSON (RFC 7493), with the strict parser's issue", () => {
    const valid = sample("difficulty-report.valid.json");
    /** The valid sample with `insert` put just before the first occurrence of `marker`'s value text. */
    const withText = (insert: string) => {
      const marker = valid.match(/"description":\s*"/)![0];
      const i = valid.indexOf(marker) + marker.length;
      return { body: valid.slice(0, i) + insert + valid.slice(i), offset: Buffer.byteLength(valid.slice(0, i)) };
    };
    const duplicated = valid.replace("{", '{"schemaVersion": 1,');
    const truncated = `${valid.trimEnd().slice(0, -1)},}`;
    const cases = [
      { name: "a lone surrogate escape", ...withText("\\ud800"), http: "http.invalid_ijson", code: "json.lone_surrogate", path: "/items/0/description" },
      { name: "\\u0000 in free text", ...withText("\\u0000"), http: "http.invalid_ijson", code: "json.control_character", path: "/items/0/description" },
      { name: "a noncharacter", ...withText("\uFFFE"), http: "http.invalid_ijson", code: "json.noncharacter", path: "/items/0/description" },
      { name: "a duplicate member name", body: duplicated, offset: duplicated.indexOf('"schemaVersion"', 2), http: "http.invalid_ijson", code: "json.duplicate_key", path: "/schemaVersion" },
      { name: "a syntax error", body: truncated, offset: Buffer.byteLength(truncated) - 1, http: "http.invalid_json", code: "json.parse_error", path: "" },
    ];
    it.each(cases)("$name: $http with $code at its byte offset", async ({ body, offset, http, code, path }) => {
      const { status, answer } = await post("/reports/difficulty-report?lang=en", body);
      expect(status).toBe(400);
      expect(answer.error).toMatchObject({ code: http, issues: [{ path, code, message: expect.stringContaining(`at byte ${offset}`) }] });
    });

    it("invalid UTF-8 inside a text field: http.invalid_encoding with json.invalid_utf8 at the bad byte, in Vietnamese", async () => {
      const { body, offset } = withText("X");
      const bytes = Buffer.from(body);
      bytes[offset] = 0xff;
      const { status, answer } = await post("/reports/difficulty-report", new Uint8Array(bytes));
      expect(status).toBe(400);
      expect(answer.error).toMatchObject({ code: "http.invalid_encoding", issues: [{ path: "", code: "json.invalid_utf8", message: expect.stringContaining(`(0xFF) tại byte ${offset}`) }] });
    });

    it("the plan's month twice: refused, where a lenient parser would have kept the last one", async () => {
      const body = sample("monthly-media-report.valid.json").replace(/"month":\s*"(\d{4}-\d{2})"/, '"month": "$1", "month": "2026-12"');
      expect(body).toMatch(/"month": "2026-\d\d", "month": "2026-12"/);
      const { status, answer } = await post("/reports/monthly-media-report", body);
      expect(status).toBe(400);
      expect(answer.error!.issues).toEqual([{ path: "/month", code: "json.duplicate_key", message: expect.stringContaining('Tên trường "month" xuất hiện hai lần') }]);
    });
  });

  it("accepts a UTF-8 byte order mark and a charset=UTF-8 parameter", async () => {
    const body = `\uFEFF${sample("difficulty-report.valid.json")}`;
    const { status } = await post("/reports/difficulty-report", body, { "Content-Type": "application/json; charset=UTF-8" });
    expect(status).toBe(200);
  });

  it.each([["text/plain"], ["application/x-www-form-urlencoded"], ["application/json; charset=iso-8859-1"], ["application/jsonp"]])(
    "answers 415 for Content-Type %s",
    async (type) => {
      const { status, answer } = await post("/reports/monthly-media-report", "{}", { "Content-Type": type });
      expect(status).toBe(415);
      expect(answer.error!.code).toBe("http.unsupported_media_type");
    },
  );

  it("answers 415 without a Content-Type", async () => {
    const r = await rawPost(`${server.url}/reports/monthly-media-report`, ["{}"], { "Content-Length": 2 });
    expect(r.status).toBe(415);
  });

  it("answers 413 from Content-Length, before reading the body", async () => {
    const r = await rawPost(`${server.url}/reports/monthly-media-report?lang=en`, [], { ...JSON_TYPE, "Content-Length": LIMIT + 1 });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({ error: { code: "http.payload_too_large", message: `The body exceeds the limit of ${LIMIT} bytes.` } });
    expect(r.headers.connection).toBe("close");
  });

  it("answers 413 for a chunked body that grows past the limit, and keeps serving", async () => {
    const chunk = `[${"0,".repeat(8 * 1024)}`; // 16 kB
    const r = await rawPost(`${server.url}/reports/monthly-media-report`, Array.from({ length: 64 }, () => chunk), JSON_TYPE);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body).error.message).toBe(`Nội dung vượt quá giới hạn ${LIMIT} byte.`);
    expect((await fetch(`${server.url}/schemas`)).status).toBe(200);
  });

  it("survives deeply nested JSON (an answer, not a crash)", async () => {
    const depth = 20_000;
    const { status } = await post("/reports/monthly-media-report", `${"[".repeat(depth)}${"]".repeat(depth)}`);
    expect(status).toBe(422);
    const nested = `{"schemaVersion":1,"extra":[{"key":"x","value":${"[".repeat(depth)}${"]".repeat(depth)}}]}`;
    expect((await post("/reports/monthly-media-report", nested)).status).toBe(422);
  });
});

describe("routes", () => {
  it("GET /schemas/<id> returns the JSON Schema shipped with @cchc/reports", async () => {
    const response = await fetch(`${server.url}/schemas/monthly-media-report`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/schema+json; charset=utf-8");
    const shipped = JSON.parse(readFileSync(new URL("../../../packages/reports/schemas/monthly-media-report.schema.json", import.meta.url), "utf8"));
    expect(await response.json()).toEqual(shipped);
  });

  it("GET /schemas lists the five schemas with their titles", async () => {
    const list = (await (await fetch(`${server.url}/schemas`)).json()) as { id: string; title: { vi: string; en: string } }[];
    expect(list.map((s) => s.id)).toEqual(["monthly-media-report", "agency-communication-report", "synthesis-report", "difficulty-report", "procedure-statistics"]);
    expect(list[0]!.title.vi).toBe("Báo cáo kết quả tuyên truyền CCHC hằng tháng");
  });

  it.each(["/reports/weekly-report", "/reports/__proto__", "/reports/constructor", "/schemas/toString", "/schemas/__proto__"])(
    "answers 404 for the unknown schema in %s",
    async (path) => {
      const response = await fetch(server.url + path, { method: path.startsWith("/reports") ? "POST" : "GET", headers: JSON_TYPE, body: path.startsWith("/reports") ? "{}" : null });
      expect(response.status).toBe(404);
      expect(((await response.json()) as Answer).error!.code).toBe("http.unknown_schema");
    },
  );

  it.each(["/", "/reports", "/reports/monthly-media-report/extra", "/nowhere", "/reports/%E0%A4%A"])("answers 404 for %s", async (path) => {
    const response = await fetch(`${server.url}${path}?lang=en`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as Answer).error!.message).toContain("No route for");
  });

  it("answers 405 with Allow for a wrong method", async () => {
    const get = await fetch(`${server.url}/reports/monthly-media-report`);
    expect([get.status, get.headers.get("allow")]).toEqual([405, "POST"]);
    const del = await fetch(`${server.url}/schemas/monthly-media-report?lang=en`, { method: "DELETE" });
    expect([del.status, del.headers.get("allow")]).toEqual([405, "GET, HEAD"]);
    expect(((await del.json()) as Answer).error!.message).toBe("Method DELETE is not supported here; use GET, HEAD.");
  });
});
