import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tallyEntry } from "./fixtures/test-schema.js";
import { run } from "./helpers.js";

describe("cchc schema <schema> [--out dir]", () => {
  it("prints the JSON Schema on stdout", async () => {
    const r = await run(["schema", "test-tally"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(tallyEntry.jsonSchema());
  });

  it("--out writes <id>.schema.json, creating the folder", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "cchc-schema-")), "nested", "out");
    const r = await run(["schema", "test-tally", "--out", dir]);
    expect(r.code).toBe(0);
    const path = join(dir, "test-tally.schema.json");
    expect(r.stdout).toBe(`Đã ghi ${path}\n`);
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(tallyEntry.jsonSchema());
    const json = await run(["schema", "test-tally", "--out", dir, "--json"]);
    expect(JSON.parse(json.stdout)).toEqual({ schema: "test-tally", written: path });
  });

  it("an unwritable --out is an I/O error (exit 2)", async () => {
    const blocker = join(mkdtempSync(join(tmpdir(), "cchc-schema-")), "file");
    writeFileSync(blocker, "");
    const r = await run(["schema", "test-tally", "--out", join(blocker, "sub"), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Error: Cannot write ".*test-tally\.schema\.json": /);
  });

  it("an unknown schema exits 2 listing the known ids", async () => {
    const r = await run(["schema", "synthesis-report", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Error: No schema "synthesis-report". Known schemas: test-tally.\n');
  });
});
