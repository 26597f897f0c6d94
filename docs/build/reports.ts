// What the site publishes of @cchc/reports, discovered from the package itself: the per-report entry
// points (each a browser bundle with one validator), the JSON Schema files and the example payloads.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repositoryRoot } from "./structure.js";

/** The reports package's folder. */
export const reportsDir = join(repositoryRoot, "packages", "reports");

/** A shipped example payload: `monthly-media-report.invalid-totals.json` → schema, label, validity. */
export interface ReportExample {
  readonly file: string;
  readonly schema: string;
  readonly label: string;
  readonly valid: boolean;
}

/** The ids of the per-report entry points (`@cchc/reports/<id>`), in the order of the exports map. */
export function reportEntryIds(dir = reportsDir): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  return Object.entries(manifest.exports ?? {})
    .filter(([subpath, target]) => subpath !== "." && !subpath.endsWith(".json") && typeof (target as { import?: { types?: string } })?.import?.types === "string")
    .map(([subpath]) => subpath.slice(2));
}

/** The JSON Schema files the package ships (`schemas/<id>.schema.json`). */
export function schemaFiles(dir = reportsDir): string[] {
  const schemas = join(dir, "schemas");
  return existsSync(schemas) ? readdirSync(schemas).filter((f) => f.endsWith(".schema.json")).sort() : [];
}

/** The example payloads the package ships (`examples/<id>.<label>.json`). */
export function reportExamples(dir = reportsDir): ReportExample[] {
  const examples = join(dir, "examples");
  if (!existsSync(examples)) return [];
  return readdirSync(examples)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const [schema = "", label = ""] = file.replace(/\.json$/, "").split(".");
      return { file, schema, label, valid: label.startsWith("valid") };
    });
}

/** The virtual module `virtual:cchc-reports`: a loader per report entry point and the examples. */
export function reportsModuleSource(): string {
  const loaders = reportEntryIds().map((id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(`@cchc/reports/${id}`)}),`);
  return [`export const reportEntries = {`, ...loaders, `};`, `export const reportExamples = ${JSON.stringify(reportExamples())};`, ""].join("\n");
}
