import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { REPORT_SCHEMA_IDS } from "@cchc/reports";
import { describe, expect, it } from "vitest";
import { defaultSchemaRegistry } from "../src/schemas/default-registry.js";
import { run } from "./helpers.js";

const reports = fileURLToPath(new URL("../../reports/", import.meta.url));
const example = (name: string) => join(reports, "examples", `${name}.json`);
const schemas = async () => defaultSchemaRegistry();

describe("the bin's registry: the report schemas of @cchc/reports", () => {
  it("holds the five stable ids", () => {
    expect(defaultSchemaRegistry().ids).toEqual([...REPORT_SCHEMA_IDS].sort());
  });

  it.each(REPORT_SCHEMA_IDS)("validate %s: the shipped valid example exits 0", async (id) => {
    const r = await run(["validate", id, example(`${id}.valid`), "--json"], { schemas });
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ schema: id, valid: true, issues: [] });
  });

  it("validate: structural issues in zod's vi/en wording, cross-field rules with their report.* codes", async () => {
    const r = await run(["validate", "monthly-media-report", example("monthly-media-report.invalid-totals"), "--json", "--lang", "en"], { schemas });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).issues).toContainEqual({
      path: "/totals/newsItems",
      code: "report.sum_mismatch",
      message: "Σ /sections/*/newsItems = 14, which does not match /totals/newsItems = 20.",
    });
    const vi = await run(["validate", "monthly-media-report", example("monthly-media-report.invalid")], { schemas });
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain('/month: Tháng "2026-13" không hợp lệ');
  });

  it("validate checks who reports (the plan's rules) by default; --shape-only checks the shape alone", async () => {
    // Plan V.5: only Báo và Phát thanh, Truyền hình Bắc Ninh sends the monthly media report.
    const fromSoTuPhap = example("monthly-media-report.invalid-sender");
    const r = await run(["validate", "monthly-media-report", fromSoTuPhap, "--json", "--lang", "en"], { schemas });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).issues).toEqual([
      {
        path: "/unit/actor",
        code: "report.sender_not_obliged",
        message: '"so-tu-phap" does not send "Report on the results of reform communication" under the plan (V.5); it is sent by: bao-ptth-bac-ninh.',
      },
    ]);
    const vi = await run(["validate", "monthly-media-report", fromSoTuPhap], { schemas });
    expect(vi.stdout).toContain('/unit/actor: "so-tu-phap" không phải đơn vị gửi');
    const shape = await run(["validate", "monthly-media-report", fromSoTuPhap, "--shape-only", "--json"], { schemas });
    expect(shape.code, shape.stdout).toBe(0);
    expect(JSON.parse(shape.stdout)).toEqual({ schema: "monthly-media-report", valid: true, issues: [] });
    const line = JSON.stringify(JSON.parse(readFileSync(fromSoTuPhap, "utf8")));
    const ndjson = await run(["validate", "monthly-media-report", "-", "--ndjson", "--json"], { schemas, stdin: `${line}\n` });
    expect(JSON.parse(ndjson.stdout.trim()).issues[0].code).toBe("report.sender_not_obliged");
    const ndjsonShape = await run(["validate", "monthly-media-report", "-", "--ndjson", "--json", "--shape-only"], { schemas, stdin: `${line}\n` });
    expect(ndjsonShape.code).toBe(0);
  });

  it("validate: the figures of a monthly report stated twice agree (airtime only where there is air)", async () => {
    const r = await run(["validate", "monthly-media-report", example("monthly-media-report.invalid-figures"), "--json"], { schemas });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).issues.map((i: { code: string }) => i.code)).toEqual([
      "report.airtime_without_air",
      "report.channel_mismatch",
      "report.broadcasts_exceed_editions",
      "report.parts_exceed_total",
      "report.sum_mismatch",
      "report.sum_mismatch",
    ]);
  });

  it("validate --ndjson: monthly media reports line by line", async () => {
    const valid = JSON.stringify(JSON.parse(readFileSync(example("monthly-media-report.valid"), "utf8")));
    const invalid = JSON.stringify(JSON.parse(readFileSync(example("monthly-media-report.invalid-totals"), "utf8")));
    const r = await run(["validate", "monthly-media-report", "-", "--ndjson", "--json"], { schemas, stdin: `${valid}\n${invalid}\n${valid}\n` });
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).valid)).toEqual([true, false, true]);
  });

  it.each(REPORT_SCHEMA_IDS)("schema %s prints the JSON Schema shipped in @cchc/reports/schemas", async (id) => {
    const r = await run(["schema", id], { schemas });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(reports, "schemas", `${id}.schema.json`), "utf8")));
  });
});
