import { availableParallelism } from "node:os";
import { defineCatalogue, displayText, formatMessage } from "@cchc/core";
import * as Effect from "effect/Effect";
import * as Stream from "effect/Stream";
import type { CommandContext } from "../commands/command.js";
import { EXIT_CODES, type ExitCode } from "../exit-codes.js";
import { writeBytes, writeText, type CliOutput } from "../io.js";
import type { SchemaEntry } from "../schemas/schema-entry.js";
import type { ValidationReport } from "../schemas/validation-report.js";
import { describeThrown, OutputError, TooLarge, type InputError } from "./errors.js";
import { formatIssues, validateJson } from "./line-report.js";
import { LineBlockCutter, type LineBlock } from "./line-blocks.js";
import { progressBar, type ProgressState } from "./progress.js";
import { validateBlock, type RenderedLines } from "./render-lines.js";
import { BlockBuffers } from "./block-buffers.js";
import { CHUNK_BYTES, openSource, type ByteSource } from "./source.js";
import { openLinePool, workersAvailable } from "./worker-pool.js";

/** Largest single JSON document read whole (bigger inputs belong in NDJSON). */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
/** Longest NDJSON line kept, in bytes; longer lines are reported and skipped. */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

function write(out: CliOutput, text: string | Uint8Array): Effect.Effect<void, OutputError> {
  return Effect.tryPromise({
    try: () => (typeof text === "string" ? writeText(out, text) : writeBytes(out, text)),
    catch: (e) => new OutputError({ reason: describeThrown(e) }),
  });
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
        chunks.push(Buffer.from(chunk)); // a copy: the reader reuses its buffer
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

/** Size of the recycled block buffers: a read chunk plus as much again for the line carried over from the chunk before. */
const BLOCK_BUFFER_BYTES = 2 * CHUNK_BYTES;

/**
 * Blocks validated on this thread before the workers take over. The workers start with the second block
 * and warm up meanwhile; an input of at most this many blocks (4 MiB) is validated here alone, since a
 * worker's start-up (≈ 0.1 s, its own copy of the schemas) costs more than it saves on so little
 * (measured: 600 valid reports, 2.6 MB, 0.22 s in one thread against 0.31 s with two workers from the
 * second block).
 */
const LOCAL_BLOCKS = 4;

/** Blocks a worker may hold at once (bounded memory: a block is about one read chunk, 1 MiB). */
const BLOCKS_PER_WORKER = 2;

/**
 * Worker threads validating the lines; 1 for none (this thread validates alone). By default one per
 * core the process may use (`os.availableParallelism()`, at most {@link MAX_DEFAULT_JOBS}); `--jobs <n>`
 * sets it. Workers start only when the input has a second block of lines, so a small input never pays
 * for them, and take over after {@link LOCAL_BLOCKS} blocks.
 */
function threadCount(options: NdjsonOptions): number {
  if (options.workerSchema === undefined || !workersAvailable()) return 1;
  return options.jobs ?? Math.min(MAX_DEFAULT_JOBS, Math.max(1, availableParallelism()));
}

/** Most worker threads started without `--jobs`. */
const MAX_DEFAULT_JOBS = 4;

/**
 * The input's bytes cut into blocks of whole lines (see {@link LineBlockCutter}), in order, in constant
 * memory, each in a buffer of `buffers` (give it back once the block is validated).
 */
function lineBlocks(bytes: Stream.Stream<Uint8Array, InputError>, buffers: BlockBuffers): Stream.Stream<LineBlock, InputError> {
  return Stream.suspend(() => {
    const cutter = new LineBlockCutter(MAX_LINE_BYTES, buffers.take);
    return bytes.pipe(
      Stream.mapConcat((chunk) => cutter.push(chunk)),
      Stream.concat(Stream.suspend(() => Stream.fromIterable(cutter.end()))),
    );
  });
}

/** Validates a block in this thread, then gives its buffer back to `buffers`. */
function validatorHere(context: CommandContext, entry: SchemaEntry, buffers: BlockBuffers): (block: LineBlock) => RenderedLines {
  const { json, lang, t } = context;
  return (block) => {
    const rendered = validateBlock(block, MAX_LINE_BYTES, entry, lang, json, t);
    if (block.bytes) buffers.give(block.bytes.buffer);
    return rendered;
  };
}

/** NDJSON validated in this thread, block by block. */
function renderedHere(context: CommandContext, entry: SchemaEntry, bytes: Stream.Stream<Uint8Array, InputError>): Stream.Stream<RenderedLines, InputError> {
  const buffers = new BlockBuffers(BLOCK_BUFFER_BYTES);
  return lineBlocks(bytes, buffers).pipe(Stream.map(validatorHere(context, entry, buffers)));
}

/**
 * NDJSON validated on `workers` worker threads: this thread reads the input, cuts it into blocks of
 * whole lines and writes the results; the workers split, validate and render the blocks, round-robin,
 * with the same code as {@link renderedHere}, so the output is the single-threaded one. The first
 * {@link LOCAL_BLOCKS} blocks are validated here while the workers start (an input of one block never
 * starts them). `mapEffect` with a concurrency keeps the input order and holds at most {@link BLOCKS_PER_WORKER} blocks per worker in
 * flight, which bounds memory whatever the input size (reading waits for the workers).
 */
function renderedOnWorkers(
  context: CommandContext,
  entry: SchemaEntry,
  schema: NonNullable<NdjsonOptions["workerSchema"]>,
  workers: number,
  bytes: Stream.Stream<Uint8Array, InputError>,
): Stream.Stream<RenderedLines, InputError> {
  const setup = { schemaId: schema.id, shapeOnly: schema.shapeOnly, lang: context.lang, json: context.json, maxLineBytes: MAX_LINE_BYTES };
  return Stream.unwrapScoped(
    openLinePool(workers, setup).pipe(
      Effect.map((pool) =>
        Stream.suspend(() => {
          const buffers = new BlockBuffers(BLOCK_BUFFER_BYTES);
          const here = validatorHere(context, entry, buffers);
          let blocks = 0;
          const validate = (block: LineBlock): Effect.Effect<RenderedLines> => {
            const index = blocks++;
            if (index === 1) pool.start();
            if (index >= LOCAL_BLOCKS) return Effect.promise(() => pool.validate(block, (buffer) => buffers.give(buffer)));
            return Effect.sync(() => here(block));
          };
          return lineBlocks(bytes, buffers).pipe(Stream.mapEffect(validate, { concurrency: workers * BLOCKS_PER_WORKER }));
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
        ? renderedOnWorkers(context, entry, options.workerSchema, workers, counted)
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
          if (part.text !== "" || (part.bytes?.length ?? 0) > 0) progress.clear();
          progress.update(tally);
          return write(io.stdout, part.bytes ?? part.text);
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
