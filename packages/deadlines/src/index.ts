/**
 * `@cchc/deadlines`: deadline rules as data, evaluated on a Vietnamese working-day calendar.
 *
 * - rules: day of month ("trước ngày N", "chậm nhất ngày N") with an explicit reading and rest-day
 *   policy, Civil Code periods (Điều 144–148), working days with a receipt cut-off and restart on
 *   supplement, reporting periods (Nghị định 09/2019, the CCHC regime, calendar periods);
 * - periods (`"2026-02"`, `"2026-Q1"`, `"2026-H1"`, `"2026-9M"`, `"2026"`) and obligations;
 * - documented defaults with their legal basis and confidence.
 *
 * @packageDocumentation
 */
export { partySchema, type Party } from "./model/common-schema.js";
export {
  PERIOD_KINDS,
  RECURRENCE_KINDS,
  periodSchema,
  periodIdSchema,
  parsePeriodId,
  periodId,
  periodMonths,
  periodBounds,
  periodEpochBounds,
  periodLabel,
  periodsOfYear,
  type Period,
  type PeriodKind,
  type RecurrenceKind,
} from "./model/period.js";
export {
  DAY_READINGS,
  REST_DAY_POLICIES,
  DAY_WORDINGS,
  PERIOD_UNITS,
  RULE_ANCHORS,
  REPORTING_REGIMES,
  dayOfMonthRuleSchema,
  civilPeriodRuleSchema,
  workingDaysRuleSchema,
  reportingWindowSchema,
  submissionRuleSchema,
  reportingPeriodRuleSchema,
  deadlineRuleSchema,
  type DayReading,
  type RestDayPolicy,
  type DayWording,
  type PeriodUnit,
  type RuleAnchor,
  type ReportingRegime,
  type DayOfMonthRule,
  type CivilPeriodRule,
  type WorkingDaysRule,
  type ReportingWindow,
  type ReportingWindows,
  type SubmissionRule,
  type ReportingPeriodRule,
  type DeadlineRule,
} from "./model/rule-schema.js";
export { precedenceSchema, obligationSchema, type Precedence, type OverriddenRule, type Obligation } from "./model/obligation-schema.js";
export { DEADLINE_CITATIONS } from "./data/citations.js";
export { DEADLINE_DEFAULTS, type DocumentedDefault } from "./data/defaults.js";
export {
  REPORTING_REGIME_DATA,
  type RegimeData,
  type RegimeWindow,
  type RegimeWindowKey,
} from "./data/reporting-regimes.js";
export { deadlineMessages } from "./messages.js";
export {
  resolveCalendar,
  type CalendarInput,
  type DeadlineCalendar,
  type DeadlineDayInfo,
} from "./calendar/types.js";
export {
  parseInstantMs,
  parseMoment,
  vietnamDay,
  vietnamMinuteOfDay,
  type DateInput,
  type ParsedMoment,
} from "./time/instant.js";
export { formatDay, formatShortDay, endOfDayIso } from "./time/format.js";
export { deadlineStepMessages, type DeadlineStepCode } from "./evaluate/step-messages.js";
export type { DeadlineStep } from "./evaluate/labels.js";
export type { DeadlineEvaluation, ReadingOutcome, RestDaySpan } from "./evaluate/types.js";
export { evaluateDeadline, type EvaluateOptions } from "./evaluate/evaluate.js";
export { explainDeadline } from "./evaluate/explain.js";
export { obligationMessages } from "./obligations/messages.js";
export {
  evaluateObligation,
  type ObligationEvaluation,
  type ObligationEvaluateOptions,
  type PrecedenceOutcome,
} from "./obligations/evaluate-obligation.js";
export { scheduleObligations, type Occurrence, type Schedule, type ScheduleOptions, type ScheduleProblem } from "./obligations/schedule.js";
export {
  OCCURRENCE_STATUSES,
  occurrenceStatuses,
  reminderList,
  type OccurrenceStatus,
  type PartyStatus,
  type Reminder,
  type StatusOptions,
  type Submission,
} from "./obligations/status.js";
export { toICalendar, type ICalendarAlarm, type ICalendarOptions } from "./ical/ical.js";
export { escapeText as escapeICalText, foldLine as foldICalLine } from "./ical/rfc5545.js";
export { dossierMessages, type DossierErrorCode } from "./dossier/messages.js";
export {
  DOSSIER_STATUSES,
  DOSSIER_VIOLATIONS,
  type DossierOptions,
  type DossierRecord,
  type DossierReschedule,
  type DossierStatus,
  type DossierSupplement,
  type DossierTimeliness,
  type DossierViolation,
} from "./dossier/types.js";
export { classifyDossier } from "./dossier/classify.js";
export {
  aggregateDossiers,
  aggregateDossiersAsync,
  createDossierAggregator,
  type DossierAggregateOptions,
  type DossierAggregator,
  type DossierRate,
  type DossierReport,
  type RejectedDossier,
} from "./dossier/aggregate.js";
