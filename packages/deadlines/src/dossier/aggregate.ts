import type { CchcError, Result } from "@cchc/core";
import { ok } from "@cchc/core";
import {
  STATUS_EARLY,
  STATUS_LATE,
  STATUS_ON_TIME,
  STATUS_PENDING,
  V_APOLOGY_LATE,
  V_APOLOGY_MISSING,
  V_LATE_SUPPLEMENT_REQUEST,
  V_SECOND_RESCHEDULE,
  classifyInto,
  newScratch,
  type Prepared,
} from "./classify-core.js";
import { outsideCalendar, scratchError } from "./classify.js";
import { prepare } from "./prepare.js";
import type { DossierOptions } from "./types.js";

/**
 * Timeliness rates of one agency in one period.
 *
 * @example
 * ```ts
 * import type { DossierRate } from "@cchc/deadlines";
 *
 * function percent(r: DossierRate): string {
 *   return r.onTimeRate === null ? "—" : `${(r.onTimeRate * 100).toFixed(1)}%`;
 * }
 * ```
 *
 * @category Dossier timeliness
 */
export interface DossierRate {
  /** The agency. */
  readonly agency: string;
  /** The period (`"2026-03"`, `"2026-Q1"`, `"2026"`). */
  readonly periodId: string;
  /** Dossiers counted. */
  readonly total: number;
  /** Returned before the due date (trước hạn). */
  readonly early: number;
  /** Returned on the due date (đúng hạn). */
  readonly onTime: number;
  /** Returned after the due date (quá hạn). */
  readonly late: number;
  /** Still being handled, within the due date. */
  readonly pending: number;
  /** Still being handled, past the due date. */
  readonly pendingOverdue: number;
  /** (early + on time) / returned; `null` when none was returned. */
  readonly onTimeRate: number | null;
  /** Apology letters owed (rescheduled or late dossiers). */
  readonly apologiesOwed: number;
  /** Apology letters sent. */
  readonly apologiesSent: number;
  /** Dossiers rescheduled more than once. */
  readonly secondReschedules: number;
  /** Dossiers whose apology was missing. */
  readonly apologiesMissing: number;
  /** Dossiers whose apology came too late. */
  readonly apologiesLate: number;
  /** Dossiers whose supplement request came after the allowed working days. */
  readonly lateSupplementRequests: number;
}

/**
 * A rejected record: its position in the input, its id if readable, and the typed reason.
 *
 * @example
 * ```ts
 * import type { RejectedDossier } from "@cchc/deadlines";
 *
 * function line(r: RejectedDossier): string {
 *   return `#${r.index} ${r.id ?? ""}: ${r.error.localized("en")}`;
 * }
 * ```
 *
 * @category Dossier timeliness
 */
export interface RejectedDossier {
  /** 0-based position in the input. */
  readonly index: number;
  /** The record's `id`, if it had a string one. */
  readonly id: string | null;
  /** Why it was rejected. */
  readonly error: CchcError;
}

/**
 * Rates per agency and period, with the rejected records.
 *
 * @example
 * ```ts
 * import type { DossierReport } from "@cchc/deadlines";
 *
 * function summary(r: DossierReport): string {
 *   return `${r.classified} classified, ${r.rejectedCount} rejected`;
 * }
 * ```
 *
 * @category Dossier timeliness
 */
export interface DossierReport {
  /** One row per agency and period, sorted by agency then period. */
  readonly groups: readonly DossierRate[];
  /** Records classified. */
  readonly classified: number;
  /** Records rejected. */
  readonly rejectedCount: number;
  /** The first rejected records (at most `maxRejected`, so memory stays flat). */
  readonly rejected: readonly RejectedDossier[];
}

/**
 * A streaming aggregator: feed records one at a time, read the report at any point. Memory grows
 * with the number of agency × period groups, not with the number of records.
 *
 * @example
 * ```ts
 * import { createDossierAggregator, type DeadlineCalendar } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar;
 * const agg = createDossierAggregator({ calendar });
 * if (agg.ok) {
 *   agg.value.add({ agency: "so-tu-phap", receivedAt: "2026-03-02T09:00:00+07:00", workingDays: 3, completedAt: "2026-03-04T10:00:00+07:00" });
 *   agg.value.report().groups[0]?.early; // => 1
 * }
 * ```
 *
 * @category Dossier timeliness
 */
export interface DossierAggregator {
  /** Classifies and counts one record; a bad record is counted as rejected. Returns whether it was accepted. */
  add(record: unknown): boolean;
  /** The report so far. */
  report(): DossierReport;
}

interface Counters {
  agency: string;
  periodId: string;
  counts: Int32Array; // early, onTime, late, pending, pendingOverdue, owed, sent, second, missing, lateApology, lateSupplement
}

/**
 * Options of the aggregators: the classification options plus how many rejected records to keep.
 *
 * @example
 * ```ts
 * import type { DeadlineCalendar, DossierAggregateOptions } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar;
 * const options: DossierAggregateOptions = { calendar, periodKind: "quarter", maxRejected: 100 };
 * ```
 *
 * @category Dossier timeliness
 */
export interface DossierAggregateOptions extends DossierOptions {
  /** How many rejected records to keep in the report (default 1000; all are counted). */
  readonly maxRejected?: number;
}

function makeAggregator(p: Prepared, maxRejected: number): DossierAggregator {
  const groups = new Map<string, Map<string, Counters>>();
  const rejected: RejectedDossier[] = [];
  let rejectedCount = 0;
  let classified = 0;
  let index = 0;
  const s = newScratch();
  return {
    add(record: unknown): boolean {
      const i = index++;
      let accepted: boolean;
      let error: CchcError | null = null;
      try {
        accepted = classifyInto(record, p, s);
        if (!accepted) error = scratchError(s);
      } catch (e) {
        accepted = false;
        error = outsideCalendar(e);
      }
      if (!accepted) {
        rejectedCount++;
        if (rejected.length < maxRejected) {
          const id = (record as { id?: unknown } | null)?.id;
          rejected.push({ index: i, id: typeof id === "string" ? id.slice(0, 200) : null, error: error! });
        }
        return false;
      }
      classified++;
      let byPeriod = groups.get(s.agency);
      if (byPeriod === undefined) {
        byPeriod = new Map();
        groups.set(s.agency, byPeriod);
      }
      let g = byPeriod.get(s.periodId);
      if (g === undefined) {
        g = { agency: s.agency, periodId: s.periodId, counts: new Int32Array(11) };
        byPeriod.set(s.periodId, g);
      }
      const c = g.counts;
      c[s.status]!++;
      if (s.apologyOwed) c[5]!++;
      if (s.apologySent) c[6]!++;
      const v = s.violations;
      if (v !== 0) {
        if (v & V_SECOND_RESCHEDULE) c[7]!++;
        if (v & V_APOLOGY_MISSING) c[8]!++;
        if (v & V_APOLOGY_LATE) c[9]!++;
        if (v & V_LATE_SUPPLEMENT_REQUEST) c[10]!++;
      }
      return true;
    },
    report(): DossierReport {
      const rows: DossierRate[] = [];
      for (const g of [...groups.values()].flatMap((m) => [...m.values()])) {
        const c = g.counts;
        const early = c[STATUS_EARLY]!;
        const onTime = c[STATUS_ON_TIME]!;
        const late = c[STATUS_LATE]!;
        const returned = early + onTime + late;
        rows.push({
          agency: g.agency,
          periodId: g.periodId,
          total: returned + c[STATUS_PENDING]! + c[4]!,
          early,
          onTime,
          late,
          pending: c[STATUS_PENDING]!,
          pendingOverdue: c[4]!,
          onTimeRate: returned === 0 ? null : (early + onTime) / returned,
          apologiesOwed: c[5]!,
          apologiesSent: c[6]!,
          secondReschedules: c[7]!,
          apologiesMissing: c[8]!,
          apologiesLate: c[9]!,
          lateSupplementRequests: c[10]!,
        });
      }
      rows.sort((a, b) => (a.agency < b.agency ? -1 : a.agency > b.agency ? 1 : a.periodId < b.periodId ? -1 : a.periodId > b.periodId ? 1 : 0));
      return { groups: rows, classified, rejectedCount, rejected: [...rejected] };
    },
  };
}

/**
 * Creates a streaming {@link DossierAggregator}.
 *
 * @param options - Calendar, classification choices, `maxRejected`.
 * @returns The aggregator, or a typed error for an invalid `asOf`.
 * @example
 * ```ts
 * import { createDossierAggregator, type DeadlineCalendar } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar;
 * const agg = createDossierAggregator({ calendar, periodKind: "quarter" });
 * ```
 *
 * @category Dossier timeliness
 */
export function createDossierAggregator(options: DossierAggregateOptions): Result<DossierAggregator> {
  const p = prepare(options);
  if (!p.ok) return p;
  const max = options.maxRejected ?? 1000;
  return ok(makeAggregator(p.value, Number.isInteger(max) && max >= 0 ? max : 1000));
}

/**
 * Rates per agency and period over any iterable of records (an array, a generator reading a file
 * line by line): early + on-time share, late count, pending, apologies owed vs sent, violations.
 * Records are classified as they stream by (see {@link classifyDossier}); a bad record is rejected
 * with a typed reason and never stops the batch.
 *
 * @param records - Any iterable of records.
 * @param options - Calendar, classification choices, `maxRejected`.
 * @returns The report, or a typed error for invalid options.
 * @example
 * ```ts
 * import { aggregateDossiers, type DeadlineCalendar, type DossierRecord } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar;
 * declare const records: DossierRecord[];
 * const r = aggregateDossiers(records, { calendar, asOf: "2026-04-01T00:00:00+07:00" });
 * if (r.ok) for (const g of r.value.groups) console.log(g.agency, g.periodId, g.onTimeRate);
 * ```
 *
 * @category Dossier timeliness
 */
export function aggregateDossiers(records: Iterable<unknown>, options: DossierAggregateOptions): Result<DossierReport> {
  const agg = createDossierAggregator(options);
  if (!agg.ok) return agg;
  for (const record of records) agg.value.add(record);
  return ok(agg.value.report());
}

/**
 * {@link aggregateDossiers} over an async iterable (a stream of NDJSON lines, a database cursor) or a
 * plain iterable.
 *
 * @param records - Any async or sync iterable of records.
 * @param options - Calendar, classification choices, `maxRejected`.
 * @returns A promise of the report, or of a typed error for invalid options.
 * @example
 * ```ts
 * import { aggregateDossiersAsync, type DeadlineCalendar } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar;
 * declare const stream: AsyncIterable<unknown>;
 * const r = await aggregateDossiersAsync(stream, { calendar });
 * ```
 *
 * @category Dossier timeliness
 */
export async function aggregateDossiersAsync(
  records: AsyncIterable<unknown> | Iterable<unknown>,
  options: DossierAggregateOptions,
): Promise<Result<DossierReport>> {
  const agg = createDossierAggregator(options);
  if (!agg.ok) return agg;
  for await (const record of records) agg.value.add(record);
  return ok(agg.value.report());
}
