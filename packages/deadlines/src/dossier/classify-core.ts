/**
 * The hot path of dossier classification: integers only, no allocation per valid record (results go
 * into a reusable scratch object), O(1) calendar calls. The public functions wrap it.
 */
import { daysInMonth, describeValue, fromEpochDay, toEpochDay, type MessageParams } from "@cchc/core";
import type { DeadlineCalendar } from "../calendar/types.js";
import { DAY_MS, VN_OFFSET_MS, parseInstantMs } from "../time/instant.js";
import type { DossierErrorCode } from "./messages.js";

export const STATUS_EARLY = 0;
export const STATUS_ON_TIME = 1;
export const STATUS_LATE = 2;
export const STATUS_PENDING = 3;
export const STATUS_PENDING_OVERDUE = 4;

export const V_SECOND_RESCHEDULE = 1;
export const V_APOLOGY_MISSING = 2;
export const V_APOLOGY_LATE = 4;
export const V_LATE_SUPPLEMENT_REQUEST = 8;

export interface Prepared {
  readonly cal: DeadlineCalendar;
  readonly asOfDay: number; // NaN when absent
  readonly periodKind: "month" | "quarter" | "year";
  readonly byReceived: boolean;
  readonly apologyWorking: boolean;
  readonly acceptLateReschedule: boolean;
  readonly restart: boolean;
  readonly supplementDays: number;
  readonly periodIds: Map<number, string>;
  readonly cutoffs: Map<string, number>;
}

export interface Scratch {
  status: number;
  countFrom: number;
  originalDue: number;
  due: number;
  completed: number; // NaN when pending
  rescheduled: boolean;
  apologyDueBy: number; // NaN when not rescheduled
  apologyOwed: boolean;
  apologySent: boolean;
  workingDaysLate: number;
  violations: number;
  periodId: string;
  agency: string;
  id: string | null;
  errorCode: DossierErrorCode | null;
  errorParams: MessageParams;
}

export function newScratch(): Scratch {
  return {
    status: 0,
    countFrom: 0,
    originalDue: 0,
    due: 0,
    completed: Number.NaN,
    rescheduled: false,
    apologyDueBy: Number.NaN,
    apologyOwed: false,
    apologySent: false,
    workingDaysLate: 0,
    violations: 0,
    periodId: "",
    agency: "",
    id: null,
    errorCode: null,
    errorParams: {},
  };
}

const EMPTY: MessageParams = {};

function reject(s: Scratch, code: DossierErrorCode, params: MessageParams = EMPTY): false {
  s.errorCode = code;
  s.errorParams = params;
  return false;
}

/** Epoch milliseconds of an instant given as ISO text, a plain date (00:00 Vietnam time) or a number; NaN if invalid. */
export function instantMs(value: unknown): number {
  if (typeof value === "string") {
    if (value.length === 10) {
      const day = parseDay(value);
      return Number.isNaN(day) ? Number.NaN : day * DAY_MS - VN_OFFSET_MS;
    }
    return parseInstantMs(value);
  }
  if (typeof value === "number" && Number.isFinite(value) && Math.abs(value) <= 8.64e15) return value;
  return Number.NaN;
}

const d2 = (s: string, i: number): number => {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
};

/** Epoch day of a `YYYY-MM-DD` string; NaN if invalid. */
export function parseDay(value: unknown): number {
  if (typeof value !== "string" || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return Number.NaN;
  const year = d2(value, 0) * 100 + d2(value, 2);
  const month = d2(value, 5);
  const day = d2(value, 8);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return Number.NaN;
  return toEpochDay({ year, month, day });
}

const vnDay = (ms: number): number => Math.floor((ms + VN_OFFSET_MS) / DAY_MS);
const msOfDay = (ms: number): number => {
  const local = ms + VN_OFFSET_MS;
  return local - Math.floor(local / DAY_MS) * DAY_MS;
};

function cutoffMs(p: Prepared, value: string): number {
  const cached = p.cutoffs.get(value);
  if (cached !== undefined) return cached;
  let result = Number.NaN;
  if (value.length === 5 && value.charCodeAt(2) === 58) {
    const h = d2(value, 0);
    const m = d2(value, 3);
    if (h <= 23 && m <= 59) result = (h * 60 + m) * 60_000;
  }
  if (p.cutoffs.size < 1000) p.cutoffs.set(value, result);
  return result;
}

function periodIdOf(p: Prepared, day: number): string {
  const cached = p.periodIds.get(day);
  if (cached !== undefined) return cached;
  const { year, month } = fromEpochDay(day);
  const id =
    p.periodKind === "year" ? String(year) : p.periodKind === "quarter" ? `${year}-Q${Math.ceil(month / 3)}` : `${year}-${String(month).padStart(2, "0")}`;
  if (p.periodIds.size < 100_000) p.periodIds.set(day, id);
  return id;
}

function startDay(cal: DeadlineCalendar, ms: number, cutoff: number): number {
  const day = vnDay(ms);
  if (!cal.isWorkingDay(day)) return cal.nextWorkingDay(day, false);
  if (cutoff === cutoff && msOfDay(ms) > cutoff) return cal.nextWorkingDay(day, false);
  return day;
}

/**
 * Classifies one record into `s`. Returns `false` with `s.errorCode` set for a bad record. May throw
 * when the calendar does (a date outside its range); the callers turn that into a typed rejection.
 */
export function classifyInto(record: unknown, p: Prepared, s: Scratch): boolean {
  s.errorCode = null;
  s.violations = 0;
  if (typeof record !== "object" || record === null || Array.isArray(record)) return reject(s, "dossier.invalid_record");
  const r = record as Record<string, unknown>;
  const agency = r["agency"];
  if (typeof agency !== "string" || agency.length === 0 || agency.length > 200) return reject(s, "dossier.invalid_agency");
  s.agency = agency;
  const id = r["id"];
  s.id = typeof id === "string" ? id : null;
  const receivedMs = instantMs(r["receivedAt"]);
  if (Number.isNaN(receivedMs)) return reject(s, "dossier.invalid_received_at", { value: describeValue(r["receivedAt"]) });
  const cal = p.cal;

  let cutoff = Number.NaN;
  const rawCutoff = r["receiptCutoff"];
  if (rawCutoff !== undefined && rawCutoff !== null) {
    cutoff = typeof rawCutoff === "string" ? cutoffMs(p, rawCutoff) : Number.NaN;
    if (Number.isNaN(cutoff)) return reject(s, "dossier.invalid_cutoff", { value: describeValue(rawCutoff) });
  }

  let countFromMs = receivedMs;
  const supplements = r["supplements"];
  if (supplements !== undefined && supplements !== null) {
    if (!Array.isArray(supplements)) return reject(s, "dossier.invalid_supplement", { index: 1 });
    const receiptDay = startDay(cal, receivedMs, cutoff);
    const latestRequest = cal.addWorkingDays(receiptDay, p.supplementDays);
    for (let i = 0; i < supplements.length; i++) {
      const sup = supplements[i] as Record<string, unknown> | null;
      if (typeof sup !== "object" || sup === null) return reject(s, "dossier.invalid_supplement", { index: i + 1 });
      const requested = instantMs(sup["requestedAt"]);
      if (Number.isNaN(requested) || requested < receivedMs) return reject(s, "dossier.invalid_supplement", { index: i + 1 });
      if (vnDay(requested) > latestRequest) s.violations |= V_LATE_SUPPLEMENT_REQUEST;
      const done = sup["completedAt"];
      if (done !== undefined && done !== null) {
        const doneMs = instantMs(done);
        if (Number.isNaN(doneMs) || doneMs < requested) return reject(s, "dossier.invalid_supplement", { index: i + 1 });
        if (p.restart && doneMs > countFromMs) countFromMs = doneMs;
      }
    }
  }
  const from = startDay(cal, countFromMs, cutoff);
  s.countFrom = from;

  let due: number;
  const dueDate = r["dueDate"];
  if (dueDate !== undefined && dueDate !== null) {
    due = parseDay(dueDate);
    if (Number.isNaN(due)) return reject(s, "dossier.invalid_due_date", { value: describeValue(dueDate) });
  } else {
    const wd = r["workingDays"];
    if (wd === undefined || wd === null) return reject(s, "dossier.missing_due");
    if (typeof wd !== "number" || !Number.isInteger(wd) || wd < 0 || wd > 3650) return reject(s, "dossier.invalid_working_days", { value: describeValue(wd) });
    due = wd === 0 ? from : cal.addWorkingDays(from, wd);
  }
  s.originalDue = due;

  let apologySent = false;
  let attempted = false;
  s.rescheduled = false;
  s.apologyDueBy = Number.NaN;
  const reschedules = r["reschedules"];
  if (reschedules !== undefined && reschedules !== null) {
    if (!Array.isArray(reschedules)) return reject(s, "dossier.invalid_reschedule", { index: 1 });
    for (let i = 0; i < reschedules.length; i++) {
      const x = reschedules[i] as Record<string, unknown> | null;
      if (typeof x !== "object" || x === null) return reject(s, "dossier.invalid_reschedule", { index: i + 1 });
      const newDue = parseDay(x["newDueDate"]);
      if (Number.isNaN(newDue)) return reject(s, "dossier.invalid_reschedule", { index: i + 1 });
      const apology = x["apologyAt"];
      let apologyMs = Number.NaN;
      if (apology !== undefined && apology !== null) {
        apologyMs = instantMs(apology);
        if (Number.isNaN(apologyMs)) return reject(s, "dossier.invalid_reschedule", { index: i + 1 });
        apologySent = true;
      }
      if (i > 0) {
        s.violations |= V_SECOND_RESCHEDULE;
        continue;
      }
      attempted = true;
      const latest = p.apologyWorking ? cal.previousWorkingDay(due, false) : due - 1;
      s.apologyDueBy = latest;
      let valid: boolean;
      if (Number.isNaN(apologyMs)) {
        s.violations |= V_APOLOGY_MISSING;
        valid = p.acceptLateReschedule;
      } else if (vnDay(apologyMs) > latest) {
        s.violations |= V_APOLOGY_LATE;
        valid = p.acceptLateReschedule;
      } else {
        valid = true;
      }
      if (valid) {
        due = newDue;
        s.rescheduled = true;
      }
    }
  }
  const looseApology = r["apologyAt"];
  if (looseApology !== undefined && looseApology !== null) {
    if (Number.isNaN(instantMs(looseApology))) return reject(s, "dossier.invalid_reschedule", { index: 0 });
    apologySent = true;
  }
  s.due = due;

  const completed = r["completedAt"];
  const receivedDay = vnDay(receivedMs);
  let periodDay = receivedDay;
  if (completed !== undefined && completed !== null) {
    const completedMs = instantMs(completed);
    if (Number.isNaN(completedMs)) return reject(s, "dossier.invalid_completed_at", { value: describeValue(completed) });
    if (completedMs < receivedMs) return reject(s, "dossier.completed_before_received");
    const day = vnDay(completedMs);
    s.completed = day;
    if (day < due) {
      s.status = STATUS_EARLY;
      s.workingDaysLate = 0;
    } else if (day === due) {
      s.status = STATUS_ON_TIME;
      s.workingDaysLate = 0;
    } else {
      s.status = STATUS_LATE;
      s.workingDaysLate = cal.countWorkingDays(due + 1, day);
    }
    if (!p.byReceived) periodDay = day;
  } else {
    s.completed = Number.NaN;
    if (p.asOfDay > due) {
      s.status = STATUS_PENDING_OVERDUE;
      s.workingDaysLate = cal.countWorkingDays(due + 1, p.asOfDay);
    } else {
      s.status = STATUS_PENDING;
      s.workingDaysLate = 0;
    }
  }
  const owed = attempted || s.status === STATUS_LATE || s.status === STATUS_PENDING_OVERDUE;
  s.apologyOwed = owed;
  s.apologySent = apologySent;
  if (owed && !apologySent) s.violations |= V_APOLOGY_MISSING;
  s.periodId = periodIdOf(p, periodDay);
  return true;
}
