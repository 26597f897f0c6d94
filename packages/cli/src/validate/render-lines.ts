import type { Lang } from "@cchc/core";
import type { SchemaEntry } from "../schemas/schema-entry.js";
import type { LineReport } from "../schemas/validation-report.js";
import { formatIssues, lineReport, type Text } from "./line-report.js";
import { forEachLine, type LineBlock } from "./line-blocks.js";

/** What a run of NDJSON lines comes to: the output text and the counts of the summary. */
export interface RenderedLines {
  /** Reported lines (non-blank). */
  readonly lines: number;
  readonly valid: number;
  readonly invalid: number;
  /** `--json`: one `LineReport` per line; human: the invalid lines with their issues. */
  readonly text: string;
  /** The same text as UTF-8 (from a worker thread, which encodes it: the bytes are transferred, a string would be copied twice); `text` is then `""`. */
  readonly bytes?: Uint8Array;
}

/** Counts and renders line reports as `cchc validate --ndjson` prints them, one at a time. */
class LineRenderer {
  private text = "";
  private lines = 0;
  private valid = 0;

  constructor(
    private readonly json: boolean,
    private readonly t: Text,
  ) {}

  add(report: LineReport): void {
    this.lines += 1;
    if (report.valid) this.valid += 1;
    if (this.json) this.text += `${JSON.stringify(report)}\n`;
    else if (!report.valid) this.text += `${this.t("validate.line_invalid", { line: report.line, count: report.issues.length })}\n${formatIssues(report.issues, this.t)}`;
  }

  done(): RenderedLines {
    return { lines: this.lines, valid: this.valid, invalid: this.lines - this.valid, text: this.text };
  }
}

/**
 * Validates the lines of one {@link LineBlock} and renders their reports: what a worker thread does with
 * each block it is sent, and what this thread does when it validates alone.
 */
export function validateBlock(block: LineBlock, maxLineBytes: number, entry: SchemaEntry, lang: Lang, json: boolean, t: Text): RenderedLines {
  const renderer = new LineRenderer(json, t);
  // A Node Buffer view (no copy): the strict JSON decoder searches a Buffer's bytes natively.
  const buffer = block.tooLong ? block : { ...block, bytes: Buffer.from(block.bytes.buffer, block.bytes.byteOffset, block.bytes.length) };
  // Each report is rendered as soon as it is made, so that it dies young: a block's worth of reports kept
  // to the end would be copied by every young-generation collection, then promoted.
  forEachLine(buffer, maxLineBytes, (raw) => {
    const report = lineReport(raw, maxLineBytes, entry, lang, t);
    if (report !== undefined) renderer.add(report);
  });
  return renderer.done();
}
