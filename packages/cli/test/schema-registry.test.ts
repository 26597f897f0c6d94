import fc from "fast-check";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { defineSchemaEntry, defineSchemaRegistry, isSchemaId } from "@cchc/cli";
import { tallyEntry, validTally } from "./fixtures/test-schema.js";

describe("schema entries", () => {
  it("validate: zod structure first (localized), then the cross-field check", () => {
    expect(tallyEntry.validate(validTally(3))).toEqual({ valid: true, issues: [] });
    const structural = tallyEntry.validate({ ...(validTally(3) as object), total: -1 }, "en");
    expect(structural.valid).toBe(false);
    expect(structural.issues).toEqual([{ path: "/total", code: "too_small", message: "Must not be negative." }]);
    const cross = tallyEntry.validate({ ...(validTally(3) as object), total: 7 }, "vi");
    expect(cross).toEqual({ valid: false, issues: [{ path: "/total", code: "test.total_mismatch", message: "Tổng các mục là 6, không phải 7." }] });
  });

  it("paths are JSON Pointers, escaped per RFC 6901", () => {
    const entry = defineSchemaEntry({ id: "ptr", title: { vi: "p", en: "p" }, schema: z.object({ "a/b": z.array(z.object({ "c~d": z.number() })) }) });
    expect(entry.validate({ "a/b": [{ "c~d": "x" }] }).issues[0]?.path).toBe("/a~1b/0/c~0d");
  });

  it("never throws, whatever the input (fuzzed), and __proto__ keys do not pollute", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const report = tallyEntry.validate(value, "en");
        expect(report.valid).toBe(report.issues.length === 0);
      }),
      { numRuns: 300 },
    );
    const hostile = JSON.parse('{"__proto__":{"polluted":true},"schemaVersion":1}');
    expect(tallyEntry.validate(hostile).valid).toBe(false);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it("a cross-field check that throws becomes an issue, not a crash", () => {
    const entry = defineSchemaEntry({
      id: "boom",
      title: { vi: "b", en: "b" },
      schema: z.object({}),
      crossCheck: () => {
        throw new Error("bug");
      },
    });
    expect(entry.validate({}, "en")).toEqual({
      valid: false,
      issues: [{ path: "", code: "schema.check_failed", message: "The schema's cross-field check failed: bug" }],
    });
  });

  it("generates the JSON Schema (draft 2020-12, input side) once, or uses the shipped one", () => {
    const schema = tallyEntry.jsonSchema();
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema["additionalProperties"]).toBe(false);
    expect(tallyEntry.jsonSchema()).toBe(schema);
    const shipped = { $schema: "https://json-schema.org/draft/2020-12/schema", title: "shipped" };
    expect(defineSchemaEntry({ id: "s", title: { vi: "s", en: "s" }, schema: z.object({}), jsonSchema: shipped }).jsonSchema()).toBe(shipped);
    expect(defineSchemaEntry({ id: "t", title: { vi: "t", en: "t" }, schema: z.object({}), jsonSchema: () => shipped }).jsonSchema()).toBe(shipped);
  });

  it("ids are lower-case kebab case", () => {
    for (const id of ["monthly-media-report", "agency-communication-report", "synthesis-report", "difficulty-report", "procedure-statistics"]) {
      expect(isSchemaId(id)).toBe(true);
    }
    for (const id of ["", "Monthly", "a--b", "-a", "a-", "a b", "__proto__", "x".repeat(101)]) expect(isSchemaId(id)).toBe(false);
    expect(() => defineSchemaEntry({ id: "Bad Id", title: { vi: "", en: "" }, schema: z.object({}) })).toThrow(/kebab/);
  });
});

describe("schema registry", () => {
  it("lists sorted ids and finds entries; unknown and prototype names are undefined", () => {
    const other = defineSchemaEntry({ id: "a-first", title: { vi: "a", en: "a" }, schema: z.object({}) });
    const registry = defineSchemaRegistry([tallyEntry, other]);
    expect(registry.ids).toEqual(["a-first", "test-tally"]);
    expect(registry.get("test-tally")).toBe(tallyEntry);
    for (const id of ["nope", "__proto__", "constructor", "toString"]) expect(registry.get(id)).toBeUndefined();
  });
  it("rejects duplicate ids", () => {
    expect(() => defineSchemaRegistry([tallyEntry, tallyEntry])).toThrow(/Duplicate schema id "test-tally"/);
  });
});
