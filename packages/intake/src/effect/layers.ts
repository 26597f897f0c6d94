import type { CalendarInput } from "@cchc/deadlines";
import { bacNinh2026Plan, type Plan } from "@cchc/plan";
import { REPORT_SCHEMA_IDS, reportObligation } from "@cchc/reports";
import { Effect, Layer } from "effect";
import { migrate } from "../db/migrate.js";
import { INTAKE_MIGRATIONS } from "../db/migrations/index.js";
import { openPglite } from "../db/pglite.js";
import { openPostgres } from "../db/postgres.js";
import type { SqlClient } from "../db/sql-client.js";
import { fields, StorageFailure } from "../errors.js";
import { sqlStorage } from "../storage/storage.js";
import { Database, IntakeClock, ReportingCalendar, Storage, type ScheduledReport } from "./services.js";

/**
 * Where the intake keeps its data:
 * - `{ kind: "pglite", dataDir }` — embedded PostgreSQL (PGlite) with its files in `dataDir`
 *   (`dataDir` omitted: in memory, gone when closed — for tests and demos);
 *   (`template`: a data directory dumped by PGlite's `dumpDataDir`, to start from instead of running
 *   initdb — much faster for tests);
 * - `{ kind: "postgres", url }` — a PostgreSQL server (`DATABASE_URL`), `max` connections (default 10).
 *
 * @example
 * ```ts
 * import type { DatabaseConfig } from "@cchc/intake";
 *
 * const embedded: DatabaseConfig = { kind: "pglite", dataDir: "./data" };
 * const server: DatabaseConfig = { kind: "postgres", url: "postgres://intake@127.0.0.1:5432/intake" };
 * ```
 *
 * @category Effect services
 */
export type DatabaseConfig =
  | { readonly kind: "pglite"; readonly dataDir?: string; readonly template?: Blob }
  | { readonly kind: "postgres"; readonly url: string; readonly max?: number };

function open(config: DatabaseConfig): Promise<SqlClient> {
  return config.kind === "postgres" ? openPostgres(config.url, config.max) : openPglite(config.dataDir, config.template);
}

/**
 * The database as a scoped resource: opened, then migrated (versioned migrations in one transaction,
 * recorded in `intake_schema_migrations`), and closed when the scope closes. A migration problem (a
 * changed migration, a newer database) fails the layer.
 *
 * @param config - PGlite or PostgreSQL.
 * @returns The layer.
 * @example
 * ```ts
 * import { DatabaseLive } from "@cchc/intake/effect";
 *
 * const layer = DatabaseLive({ kind: "pglite" }); // in memory
 * ```
 *
 * @category Effect services
 */
export function DatabaseLive(config: DatabaseConfig): Layer.Layer<Database, StorageFailure> {
  return Layer.scoped(
    Database,
    Effect.acquireRelease(
      Effect.tryPromise({
        try: async () => {
          const db = await open(config);
          const outcome = await migrate(db, INTAKE_MIGRATIONS).catch(async (error: unknown) => {
            await db.close();
            throw error;
          });
          if ("kind" in outcome) {
            await db.close();
            throw outcome.kind === "mismatch"
              ? new StorageFailure({ ...fields("intake.migration_mismatch", { version: outcome.version, name: outcome.name }), cause: outcome })
              : new StorageFailure({ ...fields("intake.database_newer", { version: outcome.version, known: outcome.known }), cause: outcome });
          }
          return db;
        },
        catch: (cause) => (cause instanceof StorageFailure ? cause : new StorageFailure({ ...fields("intake.storage_failed"), cause })),
      }),
      (db) => Effect.promise(() => db.close()),
    ),
  );
}

/**
 * The storage over the {@link Database}.
 *
 * @example
 * ```ts
 * import { Layer } from "effect";
 * import { DatabaseLive, StorageLive } from "@cchc/intake/effect";
 *
 * const storage = StorageLive.pipe(Layer.provide(DatabaseLive({ kind: "pglite" })));
 * ```
 *
 * @category Effect services
 */
export const StorageLive: Layer.Layer<Storage, never, Database> = /* @__PURE__ */ Layer.effect(Storage, Effect.map(Database, sqlStorage));

/**
 * The clock: the system's by default, or any function returning epoch milliseconds.
 *
 * @param now - The clock (default `Date.now`).
 * @returns The layer.
 * @example
 * ```ts
 * import { ClockLive } from "@cchc/intake/effect";
 *
 * const fixed = ClockLive(() => Date.parse("2026-03-10T08:00:00+07:00"));
 * ```
 *
 * @category Effect services
 */
export function ClockLive(now: () => number = Date.now): Layer.Layer<IntakeClock> {
  return Layer.succeed(IntakeClock, { now });
}

/**
 * Options of {@link ReportingCalendarLive}.
 *
 * @example
 * ```ts
 * import type { ReportingCalendarOptions } from "@cchc/intake";
 *
 * const options: ReportingCalendarOptions = {}; // the 2026 plan, the state calendar
 * ```
 *
 * @category Effect services
 */
export interface ReportingCalendarOptions {
  /** The working-day calendar (default: Vietnam's state bodies' calendar, `vietnamCalendar()` of `@cchc/calendar`). */
  readonly calendar?: CalendarInput;
  /** The plan (default: Bắc Ninh 2026, `bacNinh2026Plan()`). */
  readonly plan?: Plan;
  /** The obligations behind the schemas (default: the plan's, `reportObligation` of `@cchc/reports`). */
  readonly scheduled?: readonly ScheduledReport[];
  /** The units that may resolve difficulties (default: the recipients of the plan's `difficulties-escalation`). */
  readonly difficultyRecipients?: readonly string[];
}

/**
 * The plan's obligations for the report schemas that have one (the monthly media report, the agencies'
 * report).
 *
 * @returns Schema → obligation.
 * @example
 * ```ts
 * import { defaultScheduledReports } from "@cchc/intake";
 *
 * defaultScheduledReports().map((s) => s.schema); // => ["monthly-media-report", "agency-communication-report"]
 * ```
 *
 * @category Effect services
 */
export function defaultScheduledReports(): ScheduledReport[] {
  return REPORT_SCHEMA_IDS.flatMap((schema) => {
    const obligation = reportObligation(schema);
    return obligation ? [{ schema, obligation }] : [];
  });
}

/**
 * The reporting calendar.
 *
 * @param options - Calendar, plan, obligations, difficulty recipients.
 * @returns The layer.
 * @example
 * ```ts
 * import { ReportingCalendarLive } from "@cchc/intake/effect";
 *
 * const layer = ReportingCalendarLive(); // Bắc Ninh 2026 on the state calendar
 * ```
 *
 * @category Effect services
 */
export function ReportingCalendarLive(options: ReportingCalendarOptions = {}): Layer.Layer<ReportingCalendar> {
  return Layer.sync(ReportingCalendar, () => {
    const plan = options.plan ?? bacNinh2026Plan();
    const escalation = plan.reporting.find((e) => e.id === "difficulties-escalation");
    return {
      calendar: options.calendar,
      plan,
      scheduled: options.scheduled ?? defaultScheduledReports(),
      difficultyRecipients: options.difficultyRecipients ?? escalation?.to ?? [],
    };
  });
}

/**
 * Everything the intake's operations need, in one layer: database (scoped), storage, clock and
 * reporting calendar.
 *
 * @param options - The database, the clock, and the reporting calendar's options.
 * @returns The layer.
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { IntakeLive, statusBoard } from "@cchc/intake/effect";
 *
 * const board = statusBoard(2026).pipe(Effect.provide(IntakeLive({ database: { kind: "pglite" } })), Effect.scoped);
 * ```
 *
 * @category Effect services
 */
export function IntakeLive(
  options: { readonly database: DatabaseConfig; readonly clock?: () => number } & ReportingCalendarOptions,
): Layer.Layer<Database | Storage | IntakeClock | ReportingCalendar, StorageFailure> {
  const database = DatabaseLive(options.database);
  return Layer.mergeAll(StorageLive.pipe(Layer.provideMerge(database)), ClockLive(options.clock), ReportingCalendarLive(options));
}
