import { epochDayToIso, err, makeError, ok, type CchcError, type Result } from "@cchc/core";
import {
  V_APOLOGY_LATE,
  V_APOLOGY_MISSING,
  V_LATE_SUPPLEMENT_REQUEST,
  V_SECOND_RESCHEDULE,
  classifyInto,
  newScratch,
  type Scratch,
} from "./classify-core.js";
import { dossierMessages } from "./messages.js";
import { prepare } from "./prepare.js";
import { DOSSIER_STATUSES, type DossierOptions, type DossierTimeliness, type DossierViolation } from "./types.js";

export function violationList(mask: number): DossierViolation[] {
  const list: DossierViolation[] = [];
  if (mask & V_SECOND_RESCHEDULE) list.push("second-reschedule");
  if (mask & V_APOLOGY_MISSING) list.push("apology-missing");
  if (mask & V_APOLOGY_LATE) list.push("apology-late");
  if (mask & V_LATE_SUPPLEMENT_REQUEST) list.push("late-supplement-request");
  return list;
}

export function scratchError(s: Scratch): CchcError {
  return makeError(dossierMessages, s.errorCode ?? "dossier.invalid_record", s.errorParams);
}

export function outsideCalendar(error: unknown): CchcError {
  return makeError(dossierMessages, "dossier.outside_calendar", { message: error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200) });
}

export function toTimeliness(s: Scratch): DossierTimeliness {
  return {
    id: s.id,
    agency: s.agency,
    periodId: s.periodId,
    status: DOSSIER_STATUSES[s.status]!,
    countFrom: epochDayToIso(s.countFrom),
    originalDue: epochDayToIso(s.originalDue),
    due: epochDayToIso(s.due),
    completed: Number.isNaN(s.completed) ? null : epochDayToIso(s.completed),
    rescheduled: s.rescheduled,
    apologyDueBy: Number.isNaN(s.apologyDueBy) ? null : epochDayToIso(s.apologyDueBy),
    apologyOwed: s.apologyOwed,
    apologySent: s.apologySent,
    workingDaysLate: s.workingDaysLate,
    violations: violationList(s.violations),
  };
}

/**
 * Classifies one administrative-procedure dossier as early / on time / late (trước hạn / đúng hạn /
 * quá hạn), or pending, against its due date: the receipt's return date, or `workingDays` counted
 * from the receipt (a receipt after the procedure's cut-off or on a rest day counts from the next
 * working day; a completed supplement restarts the count, Nghị định 61/2018/NĐ-CP Điều 19 khoản 4).
 * The first rescheduling moves the due date when its apology letter came at the latest one day
 * before the due date (Điều 19 khoản 9); a second rescheduling is reported as a violation and ignored.
 * The result is compared by day in Vietnam time: the due date ends at 24:00.
 *
 * @param record - The dossier (unvalidated input is fine: a bad record gives a typed error).
 * @param options - Calendar and choices (see {@link DossierOptions}).
 * @returns The classification, or a `dossier.*` error.
 * @example
 * ```ts
 * import { classifyDossier, type DeadlineCalendar } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar;
 * const r = classifyDossier(
 *   { agency: "so-tu-phap", receivedAt: "2026-03-02T15:30:00+07:00", workingDays: 0, receiptCutoff: "15:00", completedAt: "2026-03-03T10:00:00+07:00" },
 *   { calendar },
 * );
 * if (r.ok) r.value.status; // => "on-time" (received after 15:00: due the next working day)
 * ```
 *
 * @category Dossier timeliness
 */
export function classifyDossier(record: unknown, options: DossierOptions): Result<DossierTimeliness> {
  const prepared = prepare(options);
  if (!prepared.ok) return prepared;
  const s = newScratch();
  try {
    if (!classifyInto(record, prepared.value, s)) return err(scratchError(s));
  } catch (error) {
    return err(outsideCalendar(error));
  }
  return ok(toTimeliness(s));
}
