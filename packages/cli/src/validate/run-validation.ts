import * as Effect from "effect/Effect";
import * as Stream from "effect/Stream";
import type { CommandContext } from "../commands/command.js";
import { EXIT_CODES, type ExitCode } from "../exit-codes.js";
import { writeText, type CliOutput } from "../io.js";
import type { SchemaEntry } from "../schemas/schema-entry.js";
import type { ValidationReport } from "../schemas/validation-report.js";
import { describeThrown, OutputError, TooLarge, type InputError } from "./errors.js";
import { formatIssues, lineReport, validateJson } from "./line-report.js";
import { ndjsonReports } from "./ndjson.js";
import { progressBar, type ProgressState } from "./progress.js";
import { openSource, type ByteSource } from "./source.js";

/** Largest single JSON document read whole (bigger inputs belong in NDJSON). */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
/** Longest NDJSON line kept, in bytes; longer lines are reported and skipped. */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

function write(out: CliOutput, text: string): Effect.Effect<void, OutputError> {
  return Effect.tryPromise({ try: () => writeText(out, text), catch: (e) => new OutputError({ reason: describeThrown(e) }) });
}

/** The whole input's bytes, failing with {@link TooLarge} past `max` bytes. */
function readAll(source: ByteSource, max: number): Effect.Effect<Uint8Array, InputError | TooLarge> {
  return Effect.suspend(() => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    return source.chunks.pipe(
      Stream.runForEach((chunk) => {
        total += chunk.byteLength;
        if (total > max) return Effect.fail(new TooLarge({ max }));
        chunks.push(chunk);
        return Effect.void;
      }),
      Effect.map(() => Buffer.concat(chunks, total)),
    );
  });
}

function validateDocument(context: CommandContext, entry: SchemaEntry, path: string): Effect.Effect<ExitCode, InputError | OutputError> {
  const { io, json, lang, t } = context;
  return Effect.gen(function* () {
    const source = yield* openSource(path, io.stdin);
    const report: ValidationReport = yield* readAll(source, MAX_DOCUMENT_BYTES).pipe(
      Effect.map((bytes) => validateJson(bytes, entry, lang)),
      Effect.catchTag("TooLarge", (e) =>
        Effect.succeed({ valid: false, issues: [{ path: "", code: "input.too_large", message: t("input.too_large", { max: e.max }) }] }),
      ),
    );
    const text = json
      ? `${JSON.stringify({ schema: entry.id, valid: report.valid, issues: report.issues }, null, 2)}\n`
      : report.valid
        ? `${t("validate.valid", { schema: entry.id })}\n`
        : `${t("validate.invalid", { schema: entry.id, count: report.issues.length })}\n${formatIssues(report.issues, t)}`;
    yield* write(io.stdout, text);
    return report.valid ? EXIT_CODES.ok : EXIT_CODES.invalid;
  });
}

function validateNdjson(context: CommandContext, entry: SchemaEntry, path: string): Effect.Effect<ExitCode, InputError | OutputError> {
  const { io, json, lang, t } = context;
  return Effect.gen(function* () {
    const started = Date.now();
    const source = yield* openSource(path, io.stdin);
    const tally = { lines: 0, valid: 0, invalid: 0, bytes: 0 };
    const counted = source.chunks.pipe(Stream.tap((chunk) => Effect.sync(() => void (tally.bytes += chunk.byteLength))));
    const reports = ndjsonReports(counted, MAX_LINE_BYTES, (raw) => lineReport(raw, MAX_LINE_BYTES, entry, lang, t));
    const counts = (s: ProgressState): string => t("validate.progress", { lines: s.lines, invalid: s.invalid });
    // The progress bar lives in its own scope: it is cleared before the summary is written.
    yield* Effect.scoped(
      Effect.gen(function* () {
        const progress = yield* progressBar(io.stderr, source.size, counts, io.onInterrupt);
        yield* Stream.runForEachChunk(reports, (chunk) => {
          let out = "";
          for (const report of chunk) {
            tally.lines += 1;
            if (report.valid) tally.valid += 1;
            else tally.invalid += 1;
            if (json) out += `${JSON.stringify(report)}\n`;
            else if (!report.valid) {
              out += `${t("validate.line_invalid", { line: report.line, count: report.issues.length })}\n${formatIssues(report.issues, t)}`;
            }
          }
          if (out !== "") progress.clear();
          progress.update(tally);
          return write(io.stdout, out);
        });
      }),
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const summary = `${t("validate.summary", { lines: tally.lines, valid: tally.valid, invalid: tally.invalid, seconds })}\n`;
    // With --json, stdout carries only the line reports (pure NDJSON); the summary goes to stderr.
    yield* write(json ? io.stderr : io.stdout, summary);
    return tally.invalid === 0 ? EXIT_CODES.ok : EXIT_CODES.invalid;
  });
}

function inputErrorMessage(error: InputError, t: CommandContext["t"]): string {
  if (error.code === "not_a_file") return t("io.not_a_file", { path: error.path });
  const reason =
    error.code === "ENOENT" ? t("io.not_found") : error.code === "EACCES" || error.code === "EPERM" ? t("io.permission_denied") : error.reason;
  return t("io.read_failed", { path: error.path, reason });
}

/**
 * `cchc validate`: one JSON document, or NDJSON streamed line by line. Typed failures map to exit
 * codes: unreadable input or output → 2; invalid data → 1; otherwise 0.
 */
export function runValidation(context: CommandContext, entry: SchemaEntry, path: string, options: { readonly ndjson: boolean }): Promise<ExitCode> {
  const { io, t } = context;
  const program = options.ndjson ? validateNdjson(context, entry, path) : validateDocument(context, entry, path);
  const failed = (message: string) =>
    Effect.promise(() => writeText(io.stderr, `${t("usage.error", { message })}\n`)).pipe(Effect.as(EXIT_CODES.usage));
  return Effect.runPromise(
    program.pipe(
      Effect.catchTags({
        InputError: (error) => failed(inputErrorMessage(error, t)),
        OutputError: (error) => failed(t("io.write_failed", { path: "stdout", reason: error.reason })),
      }),
    ),
  );
}
