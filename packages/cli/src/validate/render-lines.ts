import type { Lang } from "@cchc/core";
import type { SchemaEntry } from "../schemas/schema-entry.js";
import type { LineReport } from "../schemas/validation-report.js";
import { formatIssues, lineReport, type Text } from "./line-report.js";
import type { RawLine } from "./lines.js";

/** What a run of NDJSON lines comes to: the output text and the counts of the summary. */
export interface RenderedLines {
  /** Reported lines (non-blank). */
  readonly lines: number;
  readonly valid: number;
  readonly invalid: number;
  /** `--json`: one `LineReport` per line; human: the invalid lines with their issues. */
  readonly text: string;
}

/** Renders line reports as `cchc validate --ndjson` prints them. */
export function renderReports(reports: Iterable<LineReport>, json: boolean, t: Text): RenderedLines {
  let text = "";
  let lines = 0;
  let valid = 0;
  for (const report of reports) {
    lines += 1;
    if (report.valid) valid += 1;
    if (json) text += `${JSON.stringify(report)}\n`;
    else if (!report.valid) text += `${t("validate.line_invalid", { line: report.line, count: report.issues.length })}\n${formatIssues(report.issues, t)}`;
  }
  return { lines, valid, invalid: lines - valid, text };
}

/** Validates raw lines and renders their reports (what a worker thread does with a batch). */
export function validateLines(raws: readonly RawLine[], maxLineBytes: number, entry: SchemaEntry, lang: Lang, json: boolean, t: Text): RenderedLines {
  const reports: LineReport[] = [];
  for (const raw of raws) {
    const report = lineReport(raw, maxLineBytes, entry, lang, t);
    if (report !== undefined) reports.push(report);
  }
  return renderReports(reports, json, t);
}
