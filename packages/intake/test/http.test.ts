import { Effect } from "effect";
import { afterAll, describe, expect, it } from "vitest";
import { createIntakeHandler, type Intake } from "@cchc/intake";
import { Database } from "@cchc/intake/effect";
import { DATABASES } from "./support/databases.js";
import { intakes } from "./support/intake.js";
import { checked, conforms } from "./support/openapi-check.js";
import { movableClock, sample } from "./support/samples.js";

const TOKENS = {
  "token-bao-ptth-000000000000": "bao-ptth-bac-ninh",
  "token-so-tu-phap-0000000000": "so-tu-phap",
  "token-so-vhttdl-00000000000": "so-vhttdl",
  "token-tuan-dao-00000000000": "ubnd-xa-phuong:07663",
  "token-centre-0000000000000": "trung-tam-phvhcc-tinh",
};
const BAO = "Bearer token-bao-ptth-000000000000";
const BASE = "http://intake.test";

async function tableCount(intake: Intake): Promise<number> {
  const r = await intake.run(Effect.flatMap(Database, (db) => Effect.promise(() => db.query<{ n: number }>("SELECT count(*)::int AS n FROM intake_revision"))));
  return r.ok ? r.value[0]!.n : -1;
}

function client(intake: Intake, maxBodyBytes?: number) {
  const handle = createIntakeHandler(intake, maxBodyBytes === undefined ? {} : { maxBodyBytes });
  return async (path: string, init: RequestInit & { json?: unknown } = {}) => {
    const { json, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (json !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
    const make = () => new Request(`${BASE}${path}`, { ...rest, headers, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) });
    const request = make();
    const response = await handle(make());
    const status = response.status;
    const responseHeaders = response.headers;
    const body = (await conforms(request, response)) as Record<string, unknown> & { error?: { code: string; message: string; issues?: unknown[] } };
    return { status, headers: responseHeaders, body };
  };
}

describe.each(DATABASES.map((kind) => [kind().name, kind] as const))("the HTTP API on %s", (_name, kind) => {
  const db = intakes(kind);

  it("receives a report: 201 with the receipt and Location, 200 with the same receipt for an identical resubmission", async () => {
    const intake = await db.open({ tokens: TOKENS, clock: movableClock("2026-03-06T09:30:00+07:00").now });
    const call = client(intake);
    const first = await call("/reports/monthly-media-report", { method: "POST", headers: { authorization: BAO }, json: sample("monthly-media-report.valid") });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id: "bao-ptth-bac-ninh@2026-02", revision: 1, unit: "bao-ptth-bac-ninh", period: "2026-02", timeliness: { status: "on-time" } });
    expect(first.headers.get("location")).toBe("/reports/monthly-media-report/bao-ptth-bac-ninh%402026-02/revisions/1");
    const again = await call("/reports/monthly-media-report", { method: "POST", headers: { authorization: BAO }, json: sample("monthly-media-report.valid") });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const list = await call("/reports/monthly-media-report?period=2026-02");
    expect(list.body).toEqual([first.body]);
    const latest = await call("/reports/monthly-media-report/bao-ptth-bac-ninh@2026-02");
    expect(latest.status).toBe(200);
    expect((latest.body as { report: { month: string } }).report.month).toBe("2026-02");
    expect((await call("/reports/monthly-media-report/bao-ptth-bac-ninh@2026-02/revisions")).body).toEqual([first.body]);
    expect((await call("/reports/monthly-media-report/bao-ptth-bac-ninh@2026-02/revisions/1")).status).toBe(200);
    expect((await call("/reports/monthly-media-report/bao-ptth-bac-ninh@2026-02/revisions/2")).status).toBe(404);
    expect((await call("/reports/monthly-media-report/so-tu-phap@2026-02")).status).toBe(404);
  });

  it("refuses without storing: 401 without or with a wrong token, 403 for another unit's report, 422 with issues, vi or en", async () => {
    const intake = await db.open({ tokens: TOKENS, clock: movableClock("2026-03-06T09:30:00+07:00").now });
    const call = client(intake);
    const report = sample("monthly-media-report.valid");
    const none = await call("/reports/monthly-media-report", { method: "POST", json: report });
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(none.body.error!.code).toBe("intake.token_missing");
    const wrong = await call("/reports/monthly-media-report?lang=en", { method: "POST", headers: { authorization: "Bearer token-bao-ptth-000000000001" }, json: report });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error!.message).toBe("The token is not valid.");
    const basic = await call("/reports/monthly-media-report", { method: "POST", headers: { authorization: "Basic dXNlcjpwYXNz" }, json: report });
    expect(basic.status).toBe(401);
    const foreign = await call("/reports/monthly-media-report", { method: "POST", headers: { authorization: "Bearer token-so-tu-phap-0000000000", "accept-language": "en-GB,en;q=0.9" }, json: report });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error!.message).toBe("The token of unit so-tu-phap may not submit a report of unit bao-ptth-bac-ninh.");
    const invalid = await call("/reports/monthly-media-report", { method: "POST", headers: { authorization: BAO }, json: sample("monthly-media-report.invalid") });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error!.issues!.length).toBeGreaterThan(0);
    expect(invalid.headers.get("content-language")).toBe("vi");
    const invalidEn = await call("/reports/monthly-media-report?lang=en", { method: "POST", headers: { authorization: BAO }, json: sample("monthly-media-report.invalid") });
    expect(invalidEn.body.error!.message).toMatch(/^The report is invalid/);
    // Well-formed, from its own unit, but the plan (V.5) does not ask Sở Tư pháp for the monthly media report.
    const notOwed = await call("/reports/monthly-media-report", { method: "POST", headers: { authorization: "Bearer token-so-tu-phap-0000000000" }, json: sample("monthly-media-report.invalid-sender") });
    expect(notOwed.status).toBe(422);
    expect(notOwed.body.error!.issues).toEqual([expect.objectContaining({ path: "/unit/actor", code: "report.sender_not_obliged" })]);
    expect(await tableCount(intake)).toBe(0);
  });

  it("answers 400, 413 and 415 for bodies that are not JSON, not UTF-8, not I-JSON, too large, or hold what PostgreSQL cannot store — storing nothing", async () => {
    const intake = await db.open({ tokens: TOKENS, clock: movableClock("2026-03-06T09:30:00+07:00").now });
    const call = client(intake, 4096);
    const post = (body: BodyInit, type = "application/json") => call("/reports/difficulty-report", { method: "POST", headers: { authorization: "Bearer token-tuan-dao-00000000000", "content-type": type }, body });
    const difficulty = JSON.stringify(sample("difficulty-report.valid"));
    const withText = (text: string) => difficulty.replace('"Thiếu thiết bị phát thanh cơ sở"', text);
    // [body, status, the answer's code, the strict decoder's issue code, Content-Type]
    const cases: [BodyInit, number, string, string | undefined, string?][] = [
      ["{", 400, "http.invalid_json", "json.parse_error"],
      ["", 400, "http.invalid_json", "json.parse_error"],
      [new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]), 400, "http.invalid_encoding", "json.invalid_utf8"],
      [new Uint8Array([0x22, 0xed, 0xa0, 0x80, 0x22]), 400, "http.invalid_encoding", "json.invalid_utf8"], // CESU-8 surrogate
      [withText('"Thiếu\\u0000thiết bị"'), 400, "http.invalid_ijson", "json.control_character"], // PostgreSQL cannot store U+0000
      [withText('"Thiếu\\ud800"'), 400, "http.invalid_ijson", "json.lone_surrogate"],
      [withText('"Thiếu\\udfff thiết bị"'), 400, "http.invalid_ijson", "json.lone_surrogate"],
      [withText('"Thiếu\uFDD0 thiết bị"'), 400, "http.invalid_ijson", "json.noncharacter"],
      [`{"schemaVersion": 2, ${difficulty.slice(1)}`, 400, "http.invalid_ijson", "json.duplicate_key"],
      [`{"__proto__": {"x": 1}, ${difficulty.slice(1)}`, 422, "intake.invalid_report", undefined],
      [difficulty, 415, "http.unsupported_media_type", undefined, "text/plain"],
      [difficulty, 415, "http.unsupported_media_type", undefined, "application/json; charset=latin1"],
      [`{"items": "${"x".repeat(5000)}"}`, 413, "http.payload_too_large", undefined],
    ];
    for (const [body, status, code, issue, type] of cases) {
      const r = await post(body, type);
      const issues = r.body.error?.issues as { code: string }[] | undefined;
      expect([r.status, r.body.error?.code, status === 400 ? issues?.map((i) => i.code) : undefined], String(body).slice(0, 60)).toEqual([status, code, issue && [issue]]);
    }
    expect(await tableCount(intake)).toBe(0);
    expect((await post(difficulty)).status).toBe(201);
  });

  it("answers a body that is not I-JSON (RFC 7493) with the strict decoder's issue — code, JSON Pointer, byte offset, vi/en message — storing nothing", async () => {
    const intake = await db.open({ tokens: TOKENS, clock: movableClock("2026-03-06T09:30:00+07:00").now });
    const call = client(intake);
    const post = (body: BodyInit, lang = "vi") =>
      call(`/reports/monthly-media-report?lang=${lang}`, { method: "POST", headers: { authorization: BAO, "content-type": "application/json" }, body });
    const report = JSON.stringify(sample("monthly-media-report.valid"));
    const bytes = (text: string) => new TextEncoder().encode(text);

    // A member name twice: JSON.parse would keep the last "month" silently; the intake refuses the body.
    const twice = report.replace('"month":', '"month": "2026-01", "month":');
    const duplicate = await post(twice);
    const offset = bytes(twice.slice(0, twice.indexOf('"month"', twice.indexOf('"month"') + 1))).length;
    expect([duplicate.status, duplicate.body.error!.code]).toEqual([400, "http.invalid_ijson"]);
    expect(duplicate.body.error!.message).toMatch(/^Nội dung là JSON nhưng không theo I-JSON/);
    expect(duplicate.body.error!.issues).toEqual([{ path: "/month", code: "json.duplicate_key", offset, message: expect.stringContaining(`Tên trường "month" xuất hiện hai lần`) }]);
    expect(duplicate.body.error!.issues![0]).toMatchObject({ message: expect.stringContaining(`byte ${offset}`) });
    const duplicateEn = await post(twice, "en");
    expect(duplicateEn.body.error!.message).toMatch(/^The body is JSON but not I-JSON/);
    expect(duplicateEn.body.error!.issues).toEqual([expect.objectContaining({ message: expect.stringContaining(`The member name "month" appears twice in the same object at byte ${offset}`) })]);

    // A lone surrogate escape (Vietnamese text before it, so that bytes and characters differ).
    const lone = report.replace('"documentNumber":"', '"documentNumber":"Số \\udc00 ');
    const surrogate = await post(lone, "en");
    const loneAt = bytes(lone.slice(0, lone.indexOf("\\udc00"))).length;
    expect([surrogate.status, surrogate.body.error!.code]).toEqual([400, "http.invalid_ijson"]);
    expect(surrogate.body.error!.issues).toEqual([{ path: "/documentNumber", code: "json.lone_surrogate", offset: loneAt, message: expect.stringContaining(`byte ${loneAt}`) }]);

    // Bytes that are not UTF-8: the offset of the first bad byte.
    const latin1 = new Uint8Array([...bytes('{"a": "Th'), 0xe9, ...bytes('"}')]);
    const encoding = await post(latin1, "en");
    expect([encoding.status, encoding.body.error!.code]).toEqual([400, "http.invalid_encoding"]);
    expect(encoding.body.error!.issues).toEqual([{ path: "", code: "json.invalid_utf8", offset: 9, message: "The data is not valid UTF-8 text: invalid byte sequence (0xE9) at byte 9." }]);

    expect(await tableCount(intake)).toBe(0);
    expect((await post(report)).status).toBe(201);
  });

  it("answers 400 for a body the client cuts short, storing nothing (the body is read by @cchc/http's readBodyWithin)", async () => {
    const intake = await db.open({ tokens: TOKENS, clock: movableClock("2026-03-06T09:30:00+07:00").now });
    const handle = createIntakeHandler(intake);
    const cutShort = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"schemaVersion": 1, '));
        controller.error(new Error("the client went away"));
      },
    });
    const url = `${BASE}/reports/monthly-media-report`;
    const headers = { authorization: BAO, "content-type": "application/json" };
    const response = await handle(new Request(url, { method: "POST", headers, body: cutShort, duplex: "half" } as RequestInit));
    const body = (await conforms(new Request(url, { method: "POST" }), response)) as { error: { code: string } };
    expect([response.status, body.error.code]).toEqual([400, "http.invalid_json"]);
    expect(await tableCount(intake)).toBe(0);
  });

  it("serves the board, reminders (JSON and iCalendar), synthesis with provenance and difficulties", async () => {
    const clock = movableClock("2026-03-06T09:30:00+07:00");
    const intake = await db.open({ tokens: TOKENS, clock: clock.now });
    const call = client(intake);
    await call("/reports/monthly-media-report", { method: "POST", headers: { authorization: BAO }, json: sample("monthly-media-report.valid") });
    await call("/reports/monthly-media-report", { method: "POST", headers: { authorization: BAO }, json: sample("monthly-media-report.valid-january") });
    expect(
      (await call("/reports/agency-communication-report", { method: "POST", headers: { authorization: "Bearer token-so-tu-phap-0000000000" }, json: sample("agency-communication-report.valid") })).status,
    ).toBe(201);
    const board = await call("/status/2026");
    expect(board.status).toBe(200);
    const cells = board.body["cells"] as { unit: string; period: string; schema: string; status: string }[];
    expect(cells.find((c) => c.unit === "bao-ptth-bac-ninh" && c.period === "2026-02")!.status).toBe("on-time");
    expect(cells.find((c) => c.unit === "bao-ptth-bac-ninh" && c.period === "2026-01")!.status).toBe("late"); // received 6 March, due 9 February
    expect(cells.find((c) => c.unit === "so-tu-phap" && c.period === "2026-Q1")!.status).toBe("on-time");
    expect(cells.find((c) => c.unit === "so-noi-vu" && c.period === "2026-Q1")!.status).toBe("not-yet-due");
    expect((await call("/status/abcd")).status).toBe(400);
    const reminders = await call("/reminders?days=15&lang=en");
    expect(reminders.status).toBe(200);
    const due = reminders.body["reminders"] as { unit: string; status: string; period: string }[];
    expect(due.some((r) => r.unit === "so-noi-vu" && r.period === "2026-Q1" && r.status === "due-soon")).toBe(true);
    expect(due.some((r) => r.unit === "so-tu-phap")).toBe(false);
    const ics = await call("/reminders.ics?days=15");
    expect(ics.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(String(ics.body)).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect((await call("/reminders?days=-1")).status).toBe(400);
    const synthesis = await call("/synthesis/2026-Q1");
    expect(synthesis.status).toBe(200);
    expect(synthesis.body["provenance"]).toHaveLength(3);
    expect((await call("/synthesis/2026-13")).status).toBe(400);
    await call("/reports/difficulty-report", { method: "POST", headers: { authorization: "Bearer token-tuan-dao-00000000000" }, json: sample("difficulty-report.valid") });
    const open = await call("/difficulties");
    expect((open.body["compiled"] as unknown[]).length).toBe(2);
    expect((await call("/difficulties/ubnd-xa-phuong:07663@2026-Q1/resolution", { method: "POST", headers: { authorization: BAO } })).status).toBe(403);
    const resolved = await call("/difficulties/ubnd-xa-phuong:07663@2026-Q1/resolution", {
      method: "POST",
      headers: { authorization: "Bearer token-so-vhttdl-00000000000" },
      json: { note: "Đã bố trí kinh phí." },
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body["resolution"]).toMatchObject({ resolvedBy: "so-vhttdl", note: "Đã bố trí kinh phí." });
    expect((await call("/difficulties?open=true")).body["reports"]).toEqual([]);
    expect((await call("/difficulties?open=false")).body["reports"]).toHaveLength(1);
  });

  it("explains the board's due dates, and serves the media trends and the procedure indicators of a year", async () => {
    const clock = movableClock("2026-03-06T09:30:00+07:00");
    const intake = await db.open({ tokens: TOKENS, clock: clock.now });
    const call = client(intake);
    const feb = await call("/reports/monthly-media-report", { method: "POST", headers: { authorization: BAO }, json: sample("monthly-media-report.valid") });
    await call("/reports/monthly-media-report", { method: "POST", headers: { authorization: BAO }, json: sample("monthly-media-report.valid-january") });
    const centre = "Bearer token-centre-0000000000000";
    expect((await call("/reports/procedure-statistics", { method: "POST", headers: { authorization: centre }, json: sample("procedure-statistics.valid") })).status).toBe(201);

    // The board: every cell says why (received) and every obligation × period how its due date came about.
    const board = (await call("/status/2026")).body as unknown as {
      cells: { unit: string; period: string; explanation: { vi: string; en: string } | null }[];
      deadlines: { obligationId: string; period: string; due: string; steps: { vi: string; en: string }[]; citations: { confidence?: string }[] }[];
    };
    const february = board.cells.find((c) => c.unit === "bao-ptth-bac-ninh" && c.period === "2026-02")!;
    expect(february.explanation).toEqual((feb.body["timeliness"] as { explanation: unknown }).explanation);
    expect(board.cells.find((c) => c.unit === "so-noi-vu" && c.period === "2026-Q1")!.explanation).toBeNull();
    expect(board.deadlines).toHaveLength(12 + 4); // the twelve monthly reports and the four CCHC periods
    const febDeadline = board.deadlines.find((d) => d.period === "2026-02")!;
    expect(febDeadline.due).toBe("2026-03-09");
    expect(febDeadline.steps.map((s) => s.en).join(" ")).toContain("\"before day 10\"");
    expect(febDeadline.citations.some((c) => c.confidence === "UNCONFIRMED")).toBe(true); // the reading of "trước ngày 10"

    // Media trends: per month as the reports say, the year as their sum.
    const trends = (await call("/media/2026")).body as unknown as {
      months: { month: string; reports: number; newsItems: number; byChannel: { channel: string; items: number }[]; byTopic: { topic: string; items: number }[] }[];
      total: { reports: number; newsItems: number; articles: number; airtimeMinutes: number; byChannel: { channel: string; items: number }[]; sources: { id: string }[] };
    };
    expect(trends.months.map((m) => m.newsItems)).toEqual([27, 31, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(trends.months[1]!.byTopic.find((t) => t.topic === "T4.2")!.items).toBe(12);
    expect(trends.total).toMatchObject({ reports: 2, newsItems: 58, articles: 16, airtimeMinutes: 214.5 });
    expect(trends.total.byChannel.find((c) => c.channel === "F1.press.tv")!.items).toBe(21);
    expect(trends.total.sources.map((s) => s.id)).toEqual(["bao-ptth-bac-ninh@2026-01", "bao-ptth-bac-ninh@2026-02"]);
    expect((await call("/media/abcd")).status).toBe(400);
    expect((await call("/media/2026", { method: "POST" })).status).toBe(405);

    // Procedure indicators: the confirmed four first, the data-defined ones flagged UNCONFIRMED.
    const indicators = (await call("/indicators/2026?lang=en")).body as unknown as {
      reports: { id: string; periodLabel: { en: string }; indicators: { id: string; confidence: string; hardCoded: boolean; explanation: { en: string } }[]; rates: unknown[] }[];
    };
    expect(indicators.reports.map((r) => r.id)).toEqual(["trung-tam-phvhcc-tinh@2026-Q1"]);
    const scores = indicators.reports[0]!.indicators;
    expect(scores.slice(0, 4).every((s) => s.hardCoded)).toBe(true);
    expect(scores.some((s) => !s.hardCoded && s.confidence === "UNCONFIRMED")).toBe(true);
    expect(scores.every((s) => s.explanation.en.length > 0)).toBe(true);
    expect((await call("/indicators/2025")).body["reports"]).toEqual([]);
    expect((await call("/indicators/1999")).status).toBe(400);
  });

  it("answers 404 and 405 on the document's terms, protects reads when configured, and serves the OpenAPI document", async () => {
    const intake = await db.open({ tokens: TOKENS, readAccess: "token" });
    const call = client(intake);
    expect((await call("/nowhere")).status).toBe(404);
    expect((await call("/reports/nope", { method: "POST", headers: { authorization: BAO }, json: {} })).status).toBe(404);
    expect((await call("/reports/monthly-media-report", { method: "DELETE" })).status).toBe(405);
    expect((await call("/status/2026")).status).toBe(401);
    expect((await call("/status/2026", { headers: { authorization: BAO } })).status).toBe(200);
    expect((await call("/openapi.json")).body["openapi"]).toBe("3.1.0");
    expect((await call("/reports/monthly-media-report", { method: "HEAD", headers: { authorization: BAO } })).status).toBe(200);
  });
});

afterAll(() => {
  // The OpenAPI check really ran, over many routes and statuses.
  expect(checked.count).toBeGreaterThan(40);
  expect(checked.statuses.size).toBeGreaterThan(20);
});
