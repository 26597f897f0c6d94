import { epochDayToIso, parseIsoDate, toEpochDay, type Citation, type Label } from "@cchc/core";
import { periodBounds, periodLabel, scheduleObligations, type Occurrence } from "@cchc/deadlines";
import type { ReportSchemaId } from "@cchc/reports";
import { Effect } from "effect";
import { IntakeClock, ReportingCalendar, type ReportingCalendarService } from "../effect/services.js";
import { BadRequest, fields, ProcessingFailure, type StorageFailure } from "../errors.js";
import { vietnamEpochDay, vietnamInstant } from "../model/instant.js";
import { reportIdOf } from "../model/report-key.js";
import type { StoredRevision } from "../storage/rows.js";
import type { Storage } from "../effect/services.js";
import { storage } from "./receive.js";
import type { ReceiptTimeliness } from "./timeliness.js";
import { expandParties, unitName } from "./units.js";

/**
 * The state of one cell of the board (obligation × period × unit):
 * - `"on-time"`, `"late"`, `"ambiguous"` — received; the timeliness of its first revision at receipt;
 * - `"missing"` — not received, and past due under every reading of the deadline;
 * - `"overdue-ambiguous"` — not received, past due under some readings only ("trước ngày 10" on the 10th);
 * - `"not-yet-due"` — not received, not yet due.
 *
 * @example
 * ```ts
 * import { BOARD_STATUSES } from "@cchc/intake";
 *
 * BOARD_STATUSES.length; // => 6
 * ```
 *
 * @category Reporting cycle
 */
export const BOARD_STATUSES = ["on-time", "late", "ambiguous", "missing", "overdue-ambiguous", "not-yet-due"] as const;

/**
 * One of {@link BOARD_STATUSES}.
 *
 * @example
 * ```ts
 * import type { BoardStatus } from "@cchc/intake";
 *
 * const s: BoardStatus = "missing";
 * ```
 *
 * @category Reporting cycle
 */
export type BoardStatus = (typeof BOARD_STATUSES)[number];

/**
 * What a board cell and a reminder share: which obligation, period and unit, and when it is due.
 *
 * @example
 * ```ts
 * import type { DueItem } from "@cchc/intake";
 *
 * const line = (d: DueItem): string => `${d.due} ${d.unit} ${d.period}`;
 * ```
 *
 * @category Reporting cycle
 */
export interface DueItem {
  /** The obligation. */
  readonly obligationId: string;
  /** The schema of the report that fulfils it. */
  readonly schema: ReportSchemaId;
  /** The period (`"2026-02"`, `"2026-Q1"`…). */
  readonly period: string;
  /** The period in words. */
  readonly periodLabel: Label;
  /** The unit. */
  readonly unit: string;
  /** The unit's name. */
  readonly unitName: Label;
  /** The due date under the default reading. */
  readonly due: string;
}

/**
 * One cell of the status board.
 *
 * @example
 * ```ts
 * import type { BoardCell } from "@cchc/intake";
 *
 * const late = (c: BoardCell): boolean => c.status === "late" || c.status === "missing";
 * ```
 *
 * @category Reporting cycle
 */
export interface BoardCell extends DueItem {
  /** The earliest admissible due date. */
  readonly earliestSafe: string;
  /** The latest admissible due date. */
  readonly latestSafe: string;
  /** The state. */
  readonly status: BoardStatus;
  /** The report's id when received. */
  readonly reportId: string | null;
  /** When its first revision was received. */
  readonly receivedAt: string | null;
  /** The receipt's sentence on its timeliness (of the first revision), or `null` when not received. */
  readonly explanation: Label | null;
}

/**
 * How the due date of one obligation and period was computed, shared by every unit of that period:
 * the dates, each step of the computation and the sources with their confidence.
 *
 * @example
 * ```ts
 * import type { BoardDeadline } from "@cchc/intake";
 *
 * const why = (d: BoardDeadline): string => d.steps.map((s) => s.en).join(" ");
 * ```
 *
 * @category Reporting cycle
 */
export interface BoardDeadline {
  /** The obligation. */
  readonly obligationId: string;
  /** The schema of the report that fulfils it. */
  readonly schema: ReportSchemaId;
  /** What is owed, in words. */
  readonly what: Label;
  /** The period. */
  readonly period: string;
  /** The period in words. */
  readonly periodLabel: Label;
  /** The due date under the default reading. */
  readonly due: string;
  /** The earliest admissible due date (on time under every reading). */
  readonly earliestSafe: string;
  /** The latest admissible due date. */
  readonly latestSafe: string;
  /** The steps of the computation, in order. */
  readonly steps: readonly Label[];
  /** The obligation's source, then those of the due date, each with its confidence. */
  readonly citations: readonly Citation[];
  /** Whether a day consulted comes from a year without the official schedule. */
  readonly estimated: boolean;
}

/**
 * The status board of a year.
 *
 * @example
 * ```ts
 * import type { StatusBoard } from "@cchc/intake";
 *
 * const missing = (b: StatusBoard): number => b.counts.missing;
 * ```
 *
 * @category Reporting cycle
 */
export interface StatusBoard {
  /** The year whose periods are shown. */
  readonly year: number;
  /** The instant the board describes. */
  readonly at: string;
  /** One cell per obligation, period and unit, by due date, obligation and unit. */
  readonly cells: readonly BoardCell[];
  /** One entry per obligation and period: how its due date was computed. */
  readonly deadlines: readonly BoardDeadline[];
  /** How many cells have each status. */
  readonly counts: Readonly<Record<BoardStatus, number>>;
}

const dayOf = (iso: string): number => {
  const d = parseIsoDate(iso);
  return d.ok ? toEpochDay(d.value) : Number.NaN;
};

/** The scheduled occurrences of a year, or the first scheduling problem. */
export function occurrencesOf(rules: ReportingCalendarService, year: number): Effect.Effect<Occurrence[], ProcessingFailure> {
  const schedule = scheduleObligations(
    rules.scheduled.map((s) => s.obligation),
    rules.calendar === undefined ? { year } : { year, calendar: rules.calendar },
  );
  if (!schedule.ok) return Effect.fail(new ProcessingFailure(fields("intake.timeliness_failed", { detail: schedule.error.messages.vi })));
  const problem = schedule.value.problems[0];
  if (problem) return Effect.fail(new ProcessingFailure(fields("intake.timeliness_failed", { detail: problem.error.messages.vi })));
  // Only the periods of the plan itself: a 2026 plan owes no report on December 2025.
  const { from, to } = rules.plan.metadata.period;
  return Effect.succeed(
    schedule.value.occurrences.filter((o) => {
      const end = periodBounds(o.period).end;
      return end >= from && end <= to;
    }),
  );
}

/** The key of a received report in the maps of the board and reminders. */
export const cellKey = (schema: string, unit: string, period: string): string => `${schema}\u0000${unit}\u0000${period}`;

/** Years the board can show (those of the working-day calendar). */
export const BOARD_YEARS = { min: 2000, max: 2199 } as const;

/**
 * The status board of a year: for every obligation of the reporting calendar, every period of the year
 * and every unit bound by it (groups expanded to their members), whether the report came in on time,
 * late or ambiguously, or is missing or not yet due — with its due dates.
 *
 * @param year - The year.
 * @returns The board.
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { statusBoard } from "@cchc/intake/effect";
 *
 * const missing = statusBoard(2026).pipe(Effect.map((b) => b.cells.filter((c) => c.status === "missing")));
 * ```
 *
 * @category Reporting cycle
 */
export function statusBoard(year: number): Effect.Effect<StatusBoard, BadRequest | ProcessingFailure | StorageFailure, Storage | IntakeClock | ReportingCalendar> {
  return Effect.gen(function* () {
    if (!Number.isInteger(year) || year < BOARD_YEARS.min || year > BOARD_YEARS.max) {
      return yield* new BadRequest(fields("intake.invalid_year", { input: String(year).slice(0, 20), ...BOARD_YEARS }));
    }
    const rules = yield* ReportingCalendar;
    const now = (yield* IntakeClock).now();
    const occurrences = yield* occurrencesOf(rules, year);
    const received = yield* storage((s) => s.firstRevisionsOfYear(rules.scheduled.map((x) => x.schema), year));
    const byKey = new Map<string, StoredRevision>(received.map((r) => [cellKey(r.key.schema, r.key.unit, r.key.period), r]));
    const schemaOf = new Map(rules.scheduled.map((s) => [s.obligation.id, s.schema]));
    const today = vietnamEpochDay(now);
    const cells: BoardCell[] = [];
    const deadlines: BoardDeadline[] = [];
    const counts = Object.fromEntries(BOARD_STATUSES.map((s) => [s, 0])) as Record<BoardStatus, number>;
    for (const o of occurrences) {
      const schema = schemaOf.get(o.obligationId)!;
      const e = o.evaluation;
      const earliest = Math.min(dayOf(e.earliestSafe), o.dueDay);
      const latest = Math.max(dayOf(e.latestSafe), o.dueDay);
      deadlines.push({
        obligationId: o.obligationId,
        schema,
        what: o.obligation.what,
        period: o.periodId,
        periodLabel: periodLabel(o.period),
        due: o.due,
        earliestSafe: epochDayToIso(earliest),
        latestSafe: epochDayToIso(latest),
        steps: e.steps.map((step) => step.text),
        citations: [o.obligation.source, ...e.citations],
        estimated: e.estimated,
      });
      for (const party of expandParties(rules.plan, o.obligation.who)) {
        const got = byKey.get(cellKey(schema, party.id, o.periodId));
        const status: BoardStatus = got
          ? ((got.timeliness as ReceiptTimeliness).status as BoardStatus)
          : today > latest
            ? "missing"
            : today > earliest
              ? "overdue-ambiguous"
              : "not-yet-due";
        counts[status] += 1;
        cells.push({
          obligationId: o.obligationId,
          schema,
          period: o.periodId,
          periodLabel: periodLabel(o.period),
          unit: party.id,
          unitName: unitName(rules.plan, party.id),
          due: o.due,
          earliestSafe: epochDayToIso(earliest),
          latestSafe: epochDayToIso(latest),
          status,
          reportId: got ? reportIdOf(got.key) : null,
          receivedAt: got ? vietnamInstant(got.receivedAtMs) : null,
          explanation: got ? (got.timeliness as ReceiptTimeliness).explanation : null,
        });
      }
    }
    return { year, at: vietnamInstant(now), cells, deadlines, counts };
  });
}
