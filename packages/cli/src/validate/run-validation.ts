import { defineCatalogue, displayText, formatMessage } from "@cchc/core";
import * as Chunk from "effect/Chunk";
import * as Effect from "effect/Effect";
import * as Stream from "effect/Stream";
import type { CommandContext } from "../commands/command.js";
import { EXIT_CODES, type ExitCode } from "../exit-codes.js";
import { writeText, type CliOutput } from "../io.js";
import type { SchemaEntry } from "../schemas/schema-entry.js";
import type { ValidationReport } from "../schemas/validation-report.js";
import { describeThrown, OutputError, TooLarge, type InputError } from "./errors.js";
import { LineBatcher } from "./line-batch.js";
import { formatIssues, lineReport, validateJson } from "./line-report.js";
import { LineSplitter } from "./lines.js";
import { ndjsonReports } from "./ndjson.js";
import { progressBar, type ProgressState } from "./progress.js";
import { renderReports, type RenderedLines } from "./render-lines.js";
import { openSource, type ByteSource } from "./source.js";
import { openLinePool, workersAvailable } from "./worker-pool.js";

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

/** How `--ndjson` input is validated: in this thread, or on worker threads. */
export interface NdjsonOptions {
  /** `--jobs`: worker threads validating (1: none, this thread validates); `undefined` for the default ({@link NdjsonOptions.workerSchema} permitting). */
  readonly jobs?: number | undefined;
  /** The entry as worker threads rebuild it from the bin's registry; `undefined`: no workers (another registry). */
  readonly workerSchema?: { readonly id: string; readonly shapeOnly: boolean } | undefined;
}

const MAX_JOBS = 64;

/** The message of a bad `--jobs` (here rather than in the CLI's catalogue: the start-up module stays under its budget). */
const jobsMessages = /* @__PURE__ */ defineCatalogue({
  vi: { "jobs.invalid": "\"{input}\" không phải là số luồng hợp lệ: cần một số nguyên từ 1 đến {max}." },
  en: { "jobs.invalid": "\"{input}\" is not a valid number of threads: a whole number from 1 to {max} is needed." },
});

/** `--jobs <n>`: `undefined` when not given, the number for 1–64, `null` for anything else. */
function parseJobs(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  return /^\d{1,2}$/.test(trimmed) && Number(trimmed) >= 1 && Number(trimmed) <= MAX_JOBS ? Number(trimmed) : null;
}

/** Size of a batch of lines, and the batches a worker may hold at once (bounded memory). */
const BATCH_BYTES = 256 * 1024;
const BATCH_LINES = 2048;
const BATCHES_PER_WORKER = 2;

/**
 * Worker threads validating the lines, 1 for none (this thread validates alone). Threads are opt-in
 * (`--jobs <n>`): on the 2-core machine where they were measured, each line costs the workers 30–80 %
 * more CPU (start-up ≈ 0.1 s per worker, warm-up, hand-off), so they win only on an otherwise idle
 * machine; this thread then only reads, splits and writes.
 */
function threadCount(options: NdjsonOptions): number {
  if (options.workerSchema === undefined || !workersAvailable()) return 1;
  return options.jobs ?? 1;
}

/** NDJSON validated in this thread, rendered chunk by chunk. */
function renderedHere(context: CommandContext, entry: SchemaEntry, bytes: Stream.Stream<Uint8Array, InputError>): Stream.Stream<RenderedLines, InputError> {
  const { json, lang, t } = context;
  const reports = ndjsonReports(bytes, MAX_LINE_BYTES, (raw) => lineReport(raw, MAX_LINE_BYTES, entry, lang, t));
  return reports.pipe(Stream.mapChunks((chunk) => Chunk.of(renderReports(chunk, json, t))));
}

/**
 * NDJSON validated on `workers` worker threads: this thread reads the input, splits the lines (as
 * {@link renderedHere} does), packs them into batches and writes the results; the workers validate the
 * batches, round-robin. (This thread validating a share too was measured slower on two cores: while it
 * validates, the workers wait for batches.) `mapEffect` with a concurrency keeps the input order and
 * holds at most {@link BATCHES_PER_WORKER} batches per worker in flight, which bounds memory whatever the
 * input size (reading waits for the workers). Every worker validates with the same entry of the bin's
 * registry and renders with the same code as this thread, so the output is the single-threaded one.
 */
function renderedOnWorkers(
  context: CommandContext,
  schema: NonNullable<NdjsonOptions["workerSchema"]>,
  workers: number,
  bytes: Stream.Stream<Uint8Array, InputError>,
): Stream.Stream<RenderedLines, InputError> {
  const setup = { schemaId: schema.id, shapeOnly: schema.shapeOnly, lang: context.lang, json: context.json, maxLineBytes: MAX_LINE_BYTES };
  return Stream.unwrapScoped(
    openLinePool(workers, setup).pipe(
      Effect.map((pool) =>
        Stream.suspend(() => {
          const splitter = new LineSplitter(MAX_LINE_BYTES);
          const batcher = new LineBatcher(BATCH_BYTES, BATCH_LINES);
          return bytes.pipe(
            Stream.mapConcat((chunk) => batcher.add(splitter.push(chunk))),
            Stream.concat(Stream.suspend(() => Stream.fromIterable([...batcher.add(splitter.end()), ...batcher.flush()]))),
            Stream.mapEffect((batch) => Effect.promise(() => pool.validate(batch)), { concurrency: workers * BATCHES_PER_WORKER }),
          );
        }),
      ),
    ),
  );
}

function validateNdjson(context: CommandContext, entry: SchemaEntry, path: string, options: NdjsonOptions): Effect.Effect<ExitCode, InputError | OutputError> {
  const { io, json, t } = context;
  return Effect.gen(function* () {
    const started = Date.now();
    const source = yield* openSource(path, io.stdin);
    const tally = { lines: 0, valid: 0, invalid: 0, bytes: 0 };
    const counted = source.chunks.pipe(Stream.tap((chunk) => Effect.sync(() => void (tally.bytes += chunk.byteLength))));
    const workers = threadCount(options);
    const rendered =
      workers > 1 && options.workerSchema !== undefined
        ? renderedOnWorkers(context, options.workerSchema, workers, counted)
        : renderedHere(context, entry, counted);
    const counts = (s: ProgressState): string => t("validate.progress", { lines: s.lines, invalid: s.invalid });
    // The progress bar lives in its own scope: it is cleared before the summary is written.
    yield* Effect.scoped(
      Effect.gen(function* () {
        const progress = yield* progressBar(io.stderr, source.size, counts, io.onInterrupt);
        yield* Stream.runForEach(rendered, (part) => {
          tally.lines += part.lines;
          tally.valid += part.valid;
          tally.invalid += part.invalid;
          if (part.text !== "") progress.clear();
          progress.update(tally);
          return write(io.stdout, part.text);
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
export function runValidation(
  context: CommandContext,
  entry: SchemaEntry,
  path: string,
  options: { readonly ndjson: boolean; readonly jobs: string | undefined; readonly workerSchema: NdjsonOptions["workerSchema"] },
): Promise<ExitCode> {
  const { io, lang, t } = context;
  const failed = (message: string) =>
    Effect.promise(() => writeText(io.stderr, `${t("usage.error", { message })}\n`)).pipe(Effect.as(EXIT_CODES.usage));
  const jobs = parseJobs(options.jobs);
  if (jobs === null) {
    return Effect.runPromise(failed(formatMessage(jobsMessages, "jobs.invalid", { input: displayText(options.jobs ?? ""), max: MAX_JOBS }, lang)));
  }
  const program = options.ndjson ? validateNdjson(context, entry, path, { jobs, workerSchema: options.workerSchema }) : validateDocument(context, entry, path);
  return Effect.runPromise(
    program.pipe(
      Effect.catchTags({
        InputError: (error) => failed(inputErrorMessage(error, t)),
        OutputError: (error) => failed(t("io.write_failed", { path: "stdout", reason: error.reason })),
      }),
    ),
  );
}
