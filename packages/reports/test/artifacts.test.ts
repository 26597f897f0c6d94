/**
 * The generated files are committed and shipped; these tests fail when one is stale (fix with
 * `pnpm --filter @cchc/reports run generate`, which the build also runs).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { reportSchemaEntries, REPORT_SCHEMA_IDS, SCHEMA_VERSIONS } from "@cchc/reports";
import { describe, expect, it } from "vitest";
import { guideSections, jsonSchemaFiles, packageDir, repoDir, synthesisExample, withGenerated } from "../scripts/artifacts.js";
import { undocumentedFields } from "../src/json-schema/generate.js";

const read = (path: string): string => readFileSync(path, "utf8");

describe("generated artifacts", () => {
  it("the shipped JSON Schema files are up to date with the zod schemas", () => {
    for (const [file, content] of jsonSchemaFiles()) expect(read(join(packageDir, file)), file).toBe(content);
  });

  it("the JSON Schema files are draft 2020-12, with a $id and no date type zod cannot express", () => {
    for (const [file, content] of jsonSchemaFiles()) {
      const schema = JSON.parse(content) as Record<string, unknown>;
      expect(schema["$schema"], file).toBe("https://json-schema.org/draft/2020-12/schema");
      const id = file.slice("schemas/".length, -".schema.json".length) as keyof typeof SCHEMA_VERSIONS;
      expect(schema["$id"]).toBe(`urn:cchc:report:${id}:v${SCHEMA_VERSIONS[id]}`);
      expect((schema["properties"] as Record<string, { const?: number }>)["schemaVersion"]?.const, file).toBe(SCHEMA_VERSIONS[id]);
      expect(content).not.toMatch(/\\\\d/); // digits are [0-9] (portable to Python's re)
    }
  });

  it("every field of every schema is documented (Vietnamese title, English description)", () => {
    for (const entry of reportSchemaEntries()) expect(undocumentedFields(entry), entry.id).toEqual([]);
  });

  it("the synthesis example is the synthesis of the example reports", () => {
    expect(read(join(packageDir, "examples/synthesis-report.valid.json"))).toBe(synthesisExample());
  });

  it("the guides' generated tables are up to date", () => {
    for (const [file, name, generated] of guideSections()) {
      const text = read(join(repoDir, file));
      expect(withGenerated(text, generated, name), `${file} ${name ?? ""}`).toBe(text);
    }
  });

  it("the package ships the schema files and examples and exports every entry point", () => {
    const manifest = JSON.parse(read(join(packageDir, "package.json"))) as {
      files: string[];
      exports: Record<string, unknown>;
      typesVersions: Record<string, Record<string, string[]>>;
    };
    expect(manifest.files).toEqual(expect.arrayContaining(["dist", "schemas", "examples"]));
    for (const id of REPORT_SCHEMA_IDS) {
      expect(manifest.exports[`./${id}`]).toBeDefined();
      expect(manifest.exports[`./schemas/${id}.schema.json`]).toBe(`./schemas/${id}.schema.json`);
      expect(manifest.typesVersions["*"]![id]).toEqual([`./dist/${id}.d.ts`]);
    }
  });
});
