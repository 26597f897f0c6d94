// The Python recipe of "Validating payloads from any language", run as a reader would run it: the
// script copied from the guide, the schemas where `npm install @cchc/reports` puts them, the published
// issue-code catalogue beside it, and Debian's Python with python3-jsonschema (scripts/system-requirements.mjs).
// On every example payload @cchc/reports ships it must report the same paths and codes as the
// TypeScript validators, except the cross-field rules that a JSON Schema cannot express.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateReport } from "@cchc/reports";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueCatalogue } from "../build/issue-codes.js";
import { reportExamples, reportsDir, schemaFiles } from "../build/reports.js";
import { docsRoot } from "../build/structure.js";

/** Debian's Python, which python3-jsonschema serves (installed by `pnpm test` when missing, as root). */
const PYTHON = "/usr/bin/python3";

/** The ```python block of a guide. */
export function pythonBlock(markdown: string): string {
  const start = markdown.indexOf("```python\n");
  const end = markdown.indexOf("\n```", start);
  if (start < 0 || end < 0) throw new Error("no ```python block");
  return markdown.slice(start + "```python\n".length, end + 1);
}

let dir: string;
const catalogue = issueCatalogue();
const kindOf = new Map(catalogue.codes.map((c) => [c.code, c.kind]));

beforeAll(() => {
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: apt-get install python3-jsonschema (pnpm test does it as root)`);
  dir = mkdtempSync(join(tmpdir(), "cchc-python-recipe-"));
  const guide = readFileSync(join(docsRoot, "guides", "validating-from-any-language.md"), "utf8");
  writeFileSync(join(dir, "validate_report.py"), pythonBlock(guide));
  const schemas = join(dir, "node_modules", "@cchc", "reports", "schemas");
  mkdirSync(schemas, { recursive: true });
  for (const file of schemaFiles()) copyFileSync(join(reportsDir, "schemas", file), join(schemas, file));
  writeFileSync(join(dir, "issue-codes.json"), JSON.stringify(catalogue));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function python(schema: string, file: string, lang: string): { status: number | null; lines: string[][] } {
  const r = spawnSync(PYTHON, ["validate_report.py", schema, join(reportsDir, "examples", file), lang], { cwd: dir, encoding: "utf8" });
  if (r.stderr.includes("No module named")) throw new Error(`${PYTHON} has no jsonschema: apt-get install python3-jsonschema\n${r.stderr}`);
  expect(r.stderr).toBe("");
  return { status: r.status, lines: r.stdout.split("\n").filter(Boolean).map((l) => l.split("\t")) };
}

describe("the guide's Python recipe (jsonschema) agrees with the validators", () => {
  it.each(reportExamples().map((e) => [e.file, e] as const))("%s", (_file, example) => {
    const payload = JSON.parse(readFileSync(join(reportsDir, "examples", example.file), "utf8")) as unknown;
    const expected = validateReport(example.schema, payload, "en").issues.filter((i) => ["structure", "field"].includes(kindOf.get(i.code) ?? ""));
    const { status, lines } = python(example.schema, example.file, "en");
    expect(status).toBe(expected.length > 0 ? 1 : 0);
    const got = lines.map(([path, code]) => `${path === "(root)" ? "" : path} ${code}`).sort();
    expect(got).toEqual(expected.map((i) => `${i.path} ${i.code}`).sort());
    // A field's own code carries the validators' own message; in Vietnamese too.
    for (const issue of expected.filter((i) => kindOf.get(i.code) === "field")) {
      expect(lines.find(([path, code]) => path === issue.path && code === issue.code)?.[2]).toBe(issue.message);
    }
  });
  it("answers in Vietnamese by default", () => {
    const { lines } = python("monthly-media-report", "monthly-media-report.invalid.json", "vi");
    const month = lines.find(([path]) => path === "/month");
    expect(month?.[1]).toBe("report.invalid_month");
    expect(month?.[2]).toBe(validateReport("monthly-media-report", { month: "2026-13" }, "vi").issues.find((i) => i.path === "/month")?.message);
  });
});
