import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defineSchemaRegistry } from "@cchc/cli";
import { validTally } from "./fixtures/test-schema.js";
import { run } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "cchc-validate-"));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const valid = JSON.stringify(validTally(4));
const badTotal = JSON.stringify({ ...(validTally(1) as object), total: 99 });
const badMonth = JSON.stringify({ ...(validTally(1) as object), month: "2026-13", extra: true });

describe("cchc validate <schema> <file>", () => {
  it("a valid document exits 0 (human output)", async () => {
    const r = await run(["validate", "test-tally", file("ok.json", valid)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("✔ Hợp lệ theo lược đồ test-tally.\n");
  });

  it("--json: { schema, valid, issues } with JSON-Pointer paths", async () => {
    const r = await run(["validate", "test-tally", file("ok2.json", valid), "--json"]);
    expect(JSON.parse(r.stdout)).toEqual({ schema: "test-tally", valid: true, issues: [] });
    const bad = await run(["validate", "test-tally", file("month.json", badMonth), "--json", "--lang", "en"]);
    expect(bad.code).toBe(1);
    const json = JSON.parse(bad.stdout);
    expect(json.valid).toBe(false);
    expect(json.issues).toEqual(
      expect.arrayContaining([
        { path: "/month", code: "invalid_format", message: expect.stringMatching(/^Invalid string/) },
        { path: "", code: "unrecognized_keys", message: expect.stringContaining("extra") },
      ]),
    );
  });

  it("structural issues use zod's Vietnamese locale by default", async () => {
    const r = await run(["validate", "test-tally", file("month-vi.json", badMonth), "--json"]);
    const issues = JSON.parse(r.stdout).issues as { path: string; message: string }[];
    expect(issues.find((i) => i.path === "/month")?.message).toMatch(/^Chuỗi không hợp lệ/);
  });

  it("cross-field rules run after the structure passes (exit 1, human listing)", async () => {
    const r = await run(["validate", "test-tally", file("total.json", badTotal)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✖ Không hợp lệ theo lược đồ test-tally: 1 lỗi.");
    expect(r.stdout).toContain("  /total: Tổng các mục là 4, không phải 99. [test.total_mismatch]");
  });

  it("text that is not JSON is invalid input (exit 1), not a crash", async () => {
    const r = await run(["validate", "test-tally", file("broken.json", "{ \"unit\": "), "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: false, issues: [{ path: "", code: "json.parse_error" }] });
  });

  it("reads standard input for -", async () => {
    const r = await run(["validate", "test-tally", "-", "--json"], { stdin: valid });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).valid).toBe(true);
  });

  it("UTF-8 split across chunks and a byte-order mark are handled", async () => {
    const bytes = Buffer.from(`\uFEFF${valid}`);
    const chunks = [...bytes].map((b) => Uint8Array.of(b));
    const r = await run(["validate", "test-tally", "-"], { stdin: chunks });
    expect(r.code).toBe(0);
  });

  it("a missing file is an I/O error (exit 2), localized", async () => {
    const vi = await run(["validate", "test-tally", join(dir, "nope.json")]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toMatch(/Lỗi: Không đọc được ".*nope\.json": không tìm thấy tệp/);
    const en = await run(["validate", "test-tally", join(dir, "nope.json"), "--lang", "en"]);
    expect(en.stderr).toMatch(/Error: Cannot read ".*nope\.json": no such file/);
  });

  it("a directory is an I/O error (exit 2)", async () => {
    const r = await run(["validate", "test-tally", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("không phải là tệp");
  });

  it("an unknown schema id exits 2 listing the known ids", async () => {
    const r = await run(["validate", "monthly-report", "-"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Không có lược đồ "monthly-report". Các lược đồ đã biết: test-tally.');
  });

  it("with an empty registry, the message says none is registered", async () => {
    const r = await run(["validate", "monthly-media-report", "-", "--lang", "en"], { schemas: defineSchemaRegistry([]) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No schema "monthly-media-report". Known schemas: (none registered yet).');
  });

  it("__proto__ as a schema id is just unknown", async () => {
    const r = await run(["validate", "__proto__", "-"]);
    expect(r.code).toBe(2);
  });
});
