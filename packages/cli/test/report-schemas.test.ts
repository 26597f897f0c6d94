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
