import { err, ok, type Lang, type Result } from "@cchc/core";
import { Cause, Effect, Either, Exit, Layer, ManagedRuntime, Option } from "effect";
import { createTokenRegistry, type TokenRegistry } from "./auth/tokens.js";
import { statusBoard, type StatusBoard } from "./cycle/board.js";
import { difficulties, resolveDifficulty, type Difficulties, type DifficultyEntry } from "./cycle/difficulties.js";
import { procedureIndicators, type ProcedureIndicators } from "./cycle/indicators.js";
import { mediaTrends, type MediaTrends } from "./cycle/media.js";
import { getReport, listReports, reportRevisions, type StoredReport } from "./cycle/reads.js";
import type { Receipt } from "./cycle/receipt.js";
import { receiveReport, type SubmitOutcome } from "./cycle/receive.js";
import { reminders, remindersICalendar, type Reminders } from "./cycle/reminders.js";
import { periodSynthesis, type PeriodSynthesis } from "./cycle/synthesis.js";
import { IntakeLive, type DatabaseConfig, type ReportingCalendarOptions } from "./effect/layers.js";
import type { Database, IntakeClock, ReportingCalendar, Storage } from "./effect/services.js";
import type { IntakeError } from "./errors.js";
import type { UnitId } from "./model/units.js";

/**
 * Options of {@link createIntake}.
 *
 * @example
 * ```ts
 * import type { IntakeOptions } from "@cchc/intake";
 *
 * const options: IntakeOptions = {
 *   database: { kind: "pglite", dataDir: "./data" },
 *   tokens: { "token-of-bao-ptth-0123456789": "bao-ptth-bac-ninh" },
 *   readAccess: "token",
 * };
 * ```
 *
 * @category Promise API
 */
export interface IntakeOptions extends ReportingCalendarOptions {
  /** Where the data lives (default: PGlite in memory — pass a `dataDir` to keep it). */
  readonly database?: DatabaseConfig;
  /** The units' bearer tokens (token or `sha256:` digest → unit id), or a registry. */
  readonly tokens?: Readonly<Record<string, string>> | TokenRegistry;
  /** The clock, epoch milliseconds (default `Date.now`): the instant of receipt and "now". */
  readonly clock?: () => number;
  /** Reads (lists, board, reminders, synthesis, difficulties): `"open"` (default) or `"token"` (any unit's token). */
  readonly readAccess?: "open" | "token";
}

/**
 * The reporting cycle, as promises of `Result`s of `@cchc/core`: every method resolves to `{ ok: true, value }`
 * or `{ ok: false, error }` with a typed {@link IntakeError} (vi/en message, code, HTTP status through
 * `httpStatusOf`); nothing rejects except a defect. Built on the Effect API of
 * `@cchc/intake/effect`, which callers never need to see.
 *
 * @example
 * ```ts
 * import type { Intake } from "@cchc/intake";
 *
 * declare const intake: Intake;
 * const board = await intake.statusBoard(2026);
 * if (board.ok) console.log(board.value.counts.missing);
 * else console.log(board.error.messages.en);
 * ```
 *
 * @category Promise API
 */
export interface Intake {
  /** Receives a report of a schema, sent by a unit (already authenticated). */
  submit(schema: string, body: unknown, submittedBy: UnitId): Promise<Result<SubmitOutcome, IntakeError>>;
  /** The reports of a schema (latest revisions), optionally of one unit or period. */
  list(schema: string, filter?: { readonly unit?: string; readonly period?: string }): Promise<Result<Receipt[], IntakeError>>;
  /** A report's latest revision, or a chosen one, with the report. */
  get(schema: string, id: string, revision?: number): Promise<Result<StoredReport, IntakeError>>;
  /** Every revision of a report. */
  revisions(schema: string, id: string): Promise<Result<Receipt[], IntakeError>>;
  /** The status board of a year. */
  statusBoard(year: number): Promise<Result<StatusBoard, IntakeError>>;
  /** Reports due within `days` working days, or overdue, not yet received. */
  reminders(days: number): Promise<Result<Reminders, IntakeError>>;
  /** The same as an iCalendar file. */
  remindersICalendar(days: number, lang?: Lang): Promise<Result<string, IntakeError>>;
  /** The synthesis of a period with provenance. */
  synthesis(period: string): Promise<Result<PeriodSynthesis, IntakeError>>;
  /** The monthly media reports' figures of a year, per month and for the year (by channel, topic, form). */
  mediaTrends(year: number): Promise<Result<MediaTrends, IntakeError>>;
  /** The procedure statistics of a year with their QĐ 766 indicators and rates. */
  procedureIndicators(year: number): Promise<Result<ProcedureIndicators, IntakeError>>;
  /** Difficulty reports (open only by default) and the compiled list. */
  difficulties(options?: { readonly openOnly?: boolean }): Promise<Result<Difficulties, IntakeError>>;
  /** Marks a difficulty report's latest revision resolved, by a receiving unit. */
  resolveDifficulty(id: string, by: UnitId, note?: string): Promise<Result<DifficultyEntry, IntakeError>>;
  /** The unit of a bearer token, or `undefined`. */
  authenticate(token: string): Promise<UnitId | undefined>;
  /** Whether reads need a token. */
  readonly readAccess: "open" | "token";
  /** Runs any Effect of `@cchc/intake/effect` on this intake's services. */
  run<A, E>(effect: Effect.Effect<A, E, Database | Storage | IntakeClock | ReportingCalendar>): Promise<Result<A, E>>;
  /** Closes the database (waits for running queries). */
  close(): Promise<void>;
}

/**
 * Starts the intake: opens the database (PGlite in memory by default), applies the migrations, and
 * binds the tokens, clock and reporting calendar.
 *
 * @param options - Database, tokens, clock, read access, calendar and plan.
 * @returns The intake; rejects when the database cannot be opened or migrated, or the tokens are invalid.
 * @example
 * ```ts
 * import { createIntake } from "@cchc/intake";
 *
 * declare const report: unknown; // a monthly media report, e.g. packages/reports/examples/monthly-media-report.valid.json
 * const intake = await createIntake({
 *   database: { kind: "pglite", dataDir: "./data" },
 *   tokens: { "token-of-bao-ptth-0123456789": "bao-ptth-bac-ninh" },
 * });
 * const r = await intake.submit("monthly-media-report", report, "bao-ptth-bac-ninh");
 * if (r.ok) r.value.receipt.id; // => "bao-ptth-bac-ninh@2026-02"
 * await intake.close();
 * ```
 *
 * @category Promise API
 */
export async function createIntake(options: IntakeOptions = {}): Promise<Intake> {
  let tokens: TokenRegistry;
  if (options.tokens && typeof (options.tokens as TokenRegistry).authenticate === "function") tokens = options.tokens as TokenRegistry;
  else {
    const built = await createTokenRegistry(options.tokens ?? {});
    if (!built.ok) throw built.error;
    tokens = built.value;
  }
  const layer = IntakeLive({ ...options, database: options.database ?? { kind: "pglite" } });
  const runtime = ManagedRuntime.make(layer as Layer.Layer<Database | Storage | IntakeClock | ReportingCalendar, unknown>);
  // Build the layer now: a database that cannot be opened or migrated fails createIntake, not the first request.
  const started = await runtime.runPromiseExit(Effect.void);
  if (Exit.isFailure(started)) {
    await runtime.dispose();
    throw Option.getOrElse(Cause.failureOption(started.cause), () => Cause.squash(started.cause));
  }
  const run = async <A, E>(effect: Effect.Effect<A, E, Database | Storage | IntakeClock | ReportingCalendar>): Promise<Result<A, E>> => {
    const either = await runtime.runPromise(Effect.either(effect));
    return Either.isRight(either) ? ok(either.right) : err(either.left);
  };
  return {
    submit: (schema, body, submittedBy) => run(receiveReport(schema, body, submittedBy)),
    list: (schema, filter) => run(listReports(schema, filter)),
    get: (schema, id, revision) => run(getReport(schema, id, revision)),
    revisions: (schema, id) => run(reportRevisions(schema, id)),
    statusBoard: (year) => run(statusBoard(year)),
    reminders: (days) => run(reminders(days)),
    remindersICalendar: (days, lang = "vi") => run(remindersICalendar(days, lang)),
    synthesis: (period) => run(periodSynthesis(period)),
    mediaTrends: (year) => run(mediaTrends(year)),
    procedureIndicators: (year) => run(procedureIndicators(year)),
    difficulties: (o = {}) => run(difficulties(o.openOnly ?? true)),
    resolveDifficulty: (id, by, note) => run(resolveDifficulty(id, by, note ?? null)),
    authenticate: (token) => tokens.authenticate(token),
    readAccess: options.readAccess ?? "open",
    run,
    close: () => runtime.dispose(),
  };
}
