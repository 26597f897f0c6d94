import type { CalendarInput, Obligation } from "@cchc/deadlines";
import type { Plan } from "@cchc/plan";
import type { ReportSchemaId } from "@cchc/reports";
import { Context } from "effect";
import type { SqlClient } from "../db/sql-client.js";
import type { IntakeStorage } from "../storage/storage.js";

/**
 * The database connection (PGlite) or pool (PostgreSQL), a scoped resource: opened and migrated when
 * the layer is built, closed when its scope closes.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { Database } from "@cchc/intake/effect";
 *
 * const kind = Effect.map(Database, (db) => db.kind);
 * ```
 *
 * @category Effect services
 */
export class Database extends Context.Tag("@cchc/intake/Database")<Database, SqlClient>() {}

/**
 * The intake's storage (see `IntakeStorage`), over the {@link Database}.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { Storage } from "@cchc/intake/effect";
 *
 * const firstRevision = Effect.flatMap(Storage, (s) =>
 *   Effect.promise(() => s.revision({ schema: "monthly-media-report", unit: "bao-ptth-bac-ninh", period: "2026-02" }, 1)),
 * );
 * ```
 *
 * @category Effect services
 */
export class Storage extends Context.Tag("@cchc/intake/Storage")<Storage, IntakeStorage>() {}

/**
 * The clock of the intake: the instant of receipt of every submission, "now" for the board and
 * reminders. Injected, so that tests and replays choose the time.
 *
 * @example
 * ```ts
 * import { Layer } from "effect";
 * import { IntakeClock } from "@cchc/intake/effect";
 *
 * const fixed = Layer.succeed(IntakeClock, { now: () => Date.parse("2026-03-06T09:30:00+07:00") });
 * ```
 *
 * @category Effect services
 */
export class IntakeClock extends Context.Tag("@cchc/intake/Clock")<IntakeClock, { readonly now: () => number }>() {}

/**
 * A report schema bound to the obligation that gives its deadline.
 *
 * @example
 * ```ts
 * import type { ScheduledReport } from "@cchc/intake";
 * import { reportObligation } from "@cchc/reports";
 *
 * const media: ScheduledReport = { schema: "monthly-media-report", obligation: reportObligation("monthly-media-report")! };
 * ```
 *
 * @category Effect services
 */
export interface ScheduledReport {
  /** The schema of the reports that fulfil the obligation. */
  readonly schema: ReportSchemaId;
  /** The obligation (who, to whom, the deadline rule, the period kind). */
  readonly obligation: Obligation;
}

/**
 * The reporting calendar: the working-day calendar deadlines are evaluated on, the plan (actors and
 * groups), the obligations behind the report schemas, and the units that receive difficulties.
 *
 * @example
 * ```ts
 * import type { ReportingCalendarService } from "@cchc/intake/effect";
 *
 * const schemas = (c: ReportingCalendarService) => c.scheduled.map((s) => s.schema);
 * ```
 *
 * @category Effect services
 */
export interface ReportingCalendarService {
  /** The working-day calendar (undefined: Vietnam's state bodies' calendar of `@cchc/calendar`). */
  readonly calendar: CalendarInput | undefined;
  /** The plan whose actors are the units. */
  readonly plan: Plan;
  /** Scheduled reports: schema → obligation. */
  readonly scheduled: readonly ScheduledReport[];
  /** Units that may mark difficulties as resolved (the recipients of the plan's difficulty reports). */
  readonly difficultyRecipients: readonly string[];
}

/**
 * The {@link ReportingCalendarService} as an Effect service.
 *
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { ReportingCalendar } from "@cchc/intake/effect";
 *
 * const obligations = Effect.map(ReportingCalendar, (c) => c.scheduled.map((s) => s.obligation.id));
 * ```
 *
 * @category Effect services
 */
export class ReportingCalendar extends Context.Tag("@cchc/intake/ReportingCalendar")<ReportingCalendar, ReportingCalendarService>() {}
