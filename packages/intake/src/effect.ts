/**
 * `@cchc/intake/effect`: the intake's Effect API. Services — {@link Database} (the pool, a scoped
 * resource), {@link Storage}, {@link IntakeClock}, {@link ReportingCalendar} — provided by layers
 * ({@link IntakeLive} or one by one), operations as Effects with typed errors ({@link ReportRejected},
 * {@link Unauthenticated}, {@link Forbidden}, {@link NotFound}, {@link BadRequest},
 * {@link StorageFailure}, {@link ProcessingFailure}). `createIntake` of `@cchc/intake` runs these.
 *
 * @packageDocumentation
 */
export { Database, Storage, IntakeClock, ReportingCalendar, type ReportingCalendarService } from "./effect/services.js";
export { DatabaseLive, StorageLive, ClockLive, ReportingCalendarLive, IntakeLive } from "./effect/layers.js";
export { ReportRejected, Unauthenticated, Forbidden, NotFound, BadRequest, StorageFailure, ProcessingFailure } from "./errors.js";
export { receiveReport } from "./cycle/receive.js";
export { listReports, getReport, reportRevisions } from "./cycle/reads.js";
export { statusBoard } from "./cycle/board.js";
export { reminders, remindersICalendar } from "./cycle/reminders.js";
export { periodSynthesis } from "./cycle/synthesis.js";
export { mediaTrends } from "./cycle/media.js";
export { procedureIndicators } from "./cycle/indicators.js";
export { difficulties, resolveDifficulty } from "./cycle/difficulties.js";
