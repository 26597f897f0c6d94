/**
 * `@cchc/intake`: the reporting cycle of Bắc Ninh's 2026 CCHC communication plan as a service to embed —
 * receive the plan's reports (validated by `@cchc/reports`) as append-only revisions on PostgreSQL
 * (PGlite embedded by default, or a server), judge their timeliness at receipt on the working-day
 * calendar, and answer the status board, reminders (JSON and iCalendar), the synthesis with provenance
 * and the difficulties.
 *
 * - {@link createIntake}: the plain Promise API (results, never exceptions, for bad input);
 * - {@link createIntakeHandler}: the HTTP API as a Web-standard `Request → Response` handler, with its
 *   OpenAPI 3.1 document ({@link intakeOpenApi});
 * - `@cchc/intake/effect`: the Effect services, layers and operations underneath.
 *
 * @packageDocumentation
 */
export { createIntake, type Intake, type IntakeOptions } from "./intake.js";
export { createIntakeHandler, DEFAULT_MAX_BODY_BYTES, type IntakeHandlerOptions } from "./http/handler.js";
export { intakeOpenApi } from "./http/openapi.js";
export { intakeMessages, type IntakeMessageCode } from "./messages.js";
export { httpStatusOf, type IntakeError } from "./errors.js";
export { createTokenRegistry, bearerToken, MIN_TOKEN_LENGTH, type TokenRegistry } from "./auth/tokens.js";
export { isUnitId, unitIdOf, type UnitId } from "./model/units.js";
export { reportKeyOf, reportIdOf, parseReportId, type ReportKey } from "./model/report-key.js";
export { canonicalJson } from "./model/canonical.js";
export { vietnamInstant } from "./model/instant.js";
export type { Receipt } from "./cycle/receipt.js";
export type { ReceiptTimeliness } from "./cycle/timeliness.js";
export type { SubmitOutcome } from "./cycle/receive.js";
export type { StoredReport } from "./cycle/reads.js";
export { BOARD_STATUSES, type BoardStatus, type BoardCell, type BoardDeadline, type DueItem, type StatusBoard } from "./cycle/board.js";
export type { MediaFigures, MediaTrends } from "./cycle/media.js";
export type { ProcedureIndicatorEntry, ProcedureIndicators } from "./cycle/indicators.js";
export { MAX_REMINDER_DAYS, type IntakeReminder, type Reminders } from "./cycle/reminders.js";
export type { PeriodSynthesis, SynthesisProvenance } from "./cycle/synthesis.js";
export type { Difficulties, DifficultyEntry, CompiledDifficulty } from "./cycle/difficulties.js";
export { defaultScheduledReports, type DatabaseConfig, type ReportingCalendarOptions } from "./effect/layers.js";
export type { ScheduledReport } from "./effect/services.js";
export { INTAKE_MIGRATIONS, type Migration } from "./db/migrations/index.js";
export type { SqlClient, SqlExecutor } from "./db/sql-client.js";
export { sqlStorage, type IntakeStorage, type NewRevision, type DifficultyRow, type SqlStorageOptions } from "./storage/storage.js";
export { DEFAULT_PAYLOAD_CACHE_BYTES } from "./storage/payload-cache.js";
export type { StoredRevision, StoredRevisionWithPayload } from "./storage/rows.js";
