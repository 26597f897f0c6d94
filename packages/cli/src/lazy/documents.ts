/**
 * `cchc render`, loaded only when it runs: @cchc/documents (docx, zod, the plan's labels). Reads the
 * report (and the metadata, or drafts it from the report and the plan), renders, and writes the .docx
 * atomically — to a temporary file beside the target, then renamed — so that an invalid input or a
 * failed write never leaves a partial or stale file.
 */
import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { formatMessage, parseStrictJson, strictJsonIssue, type MessageParams } from "@cchc/core";
import { DOCUMENT_SCHEMA_IDS, draftDocumentMeta, renderDocument, type DocumentIssue } from "@cchc/documents";
import type { CommandContext } from "../commands/command.js";
import { jsonText } from "../commands/outcome.js";
import { renderMessages } from "../commands/render.js";
import { EXIT_CODES, type ExitCode } from "../exit-codes.js";
import { writeText } from "../io.js";

/** The paths of one `cchc render` run. */
export interface RenderRequest {
  readonly schema: string;
  readonly report: string;
  readonly out: string;
  readonly meta: string | undefined;
}

/** The `--json` outcome of `cchc render`. */
export interface RenderJson {
  readonly schema: string;
  readonly valid: boolean;
  readonly out: string | null;
  readonly bytes: number;
  readonly draft: boolean;
  readonly issues: readonly DocumentIssue[];
}

/** The message of a thrown value (this module stays free of effect, unlike the validation pipeline). */
function describeThrown(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

class ReadFailure {
  constructor(readonly message: string) {}
}

async function readBytes(path: string, context: CommandContext): Promise<Uint8Array> {
  try {
    if (path === "-") {
      const chunks: Uint8Array[] = [];
      for await (const chunk of context.io.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
      return Buffer.concat(chunks);
    }
    return await readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === "ENOENT" ? context.t("io.not_found") : code === "EISDIR" ? context.t("io.not_a_file", { path }) : describeThrown(error);
    throw new ReadFailure(context.t("io.read_failed", { path, reason }));
  }
}

/**
 * JSON bytes → value, or the refusal as an issue of `input`: decoded strictly, like `cchc validate`
 * (`parseStrictJson`: UTF-8, I-JSON), so that a report rendered is one that validates.
 */
function parseJson(bytes: Uint8Array, input: DocumentIssue["input"], context: CommandContext): { value: unknown } | { issue: DocumentIssue } {
  const parsed = parseStrictJson(bytes);
  return parsed.ok ? { value: parsed.value } : { issue: { input, ...strictJsonIssue(parsed.error, context.lang) } };
}

async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: "wx" });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function report(context: CommandContext, outcome: RenderJson, message: string | undefined): Promise<ExitCode> {
  const text = (key: keyof typeof renderMessages.vi, params: MessageParams = {}) => formatMessage(renderMessages, key, params, context.lang);
  if (context.json) {
    await writeText(context.io.stdout, jsonText(outcome));
  } else if (outcome.valid) {
    const draft = outcome.draft ? text("draft") : "";
    await writeText(context.io.stdout, `${text("written", { out: outcome.out ?? "", bytes: outcome.bytes, schema: outcome.schema, draft })}\n`);
  } else {
    const lines = outcome.issues.map((i) => text("issue", { input: i.input, path: i.path, message: i.message, code: i.code }));
    await writeText(context.io.stderr, `${[text("invalid", { message: message ?? "", out: outcome.out ?? "" }), ...lines].join("\n")}\n`);
  }
  return outcome.valid ? EXIT_CODES.ok : EXIT_CODES.invalid;
}

/** Runs `cchc render`: exit 0 with the file written, 1 on invalid input (no file), 2 on usage or I/O errors. */
export async function runRender(context: CommandContext, request: RenderRequest): Promise<ExitCode> {
  const { io, lang, t } = context;
  const usage = async (message: string) => {
    await writeText(io.stderr, `${t("usage.error", { message })}\n`);
    return EXIT_CODES.usage;
  };
  if (!(DOCUMENT_SCHEMA_IDS as readonly string[]).includes(request.schema)) {
    return usage(formatMessage(renderMessages, "unsupported", { id: request.schema, ids: DOCUMENT_SCHEMA_IDS.join(", ") }, lang));
  }
  const failed = (issues: readonly DocumentIssue[], message: string | undefined, draft: boolean) =>
    report(context, { schema: request.schema, valid: false, out: request.out, bytes: 0, draft, issues }, message);
  let reportBytes: Uint8Array;
  let metaBytes: Uint8Array | undefined;
  try {
    reportBytes = await readBytes(request.report, context);
    metaBytes = request.meta === undefined ? undefined : await readBytes(request.meta, context);
  } catch (error) {
    if (error instanceof ReadFailure) return usage(error.message);
    throw error;
  }
  const parsedReport = parseJson(reportBytes, "report", context);
  if ("issue" in parsedReport) return failed([parsedReport.issue], parsedReport.issue.message, request.meta === undefined);
  let meta: unknown;
  if (metaBytes === undefined) {
    const drafted = draftDocumentMeta(request.schema, parsedReport.value, { lang });
    if (!drafted.ok) return failed(drafted.error.issues, drafted.error.message, true);
    meta = drafted.value;
  } else {
    const parsedMeta = parseJson(metaBytes, "meta", context);
    if ("issue" in parsedMeta) return failed([parsedMeta.issue], parsedMeta.issue.message, false);
    meta = parsedMeta.value;
  }
  const draft = (meta as { draft?: unknown } | null)?.draft === true;
  const rendered = await renderDocument(request.schema, parsedReport.value, meta, { lang });
  if (!rendered.ok) return failed(rendered.error.issues, rendered.error.message, draft);
  try {
    await writeAtomically(request.out, rendered.value);
  } catch (error) {
    return usage(t("io.write_failed", { path: request.out, reason: describeThrown(error) }));
  }
  return report(context, { schema: request.schema, valid: true, out: request.out, bytes: rendered.value.byteLength, draft, issues: [] }, undefined);
}
