import { err, interpolate, ok, type Result, type Label } from "@cchc/core";
import { resolveCalendar, type CalendarInput } from "../calendar/types.js";
import type { Party } from "../model/common-schema.js";
import { periodLabel } from "../model/period.js";
import { formatDay } from "../time/format.js";
import { parseMoment, type DateInput } from "../time/instant.js";
import { calendarError } from "../evaluate/evaluate.js";
import { obligationMessages } from "./messages.js";
import type { Occurrence } from "./schedule.js";

/**
 * The status of one party's occurrence at an instant: not yet due (`"upcoming"`), due within the lead
 * time (`"due-soon"`), past due without a submission (`"overdue"`), or submitted — before the due date
 * ended at 24:00 (`"submitted-on-time"`) or after (`"submitted-late"`).
 *
 * @example
 * ```ts
 * import { OCCURRENCE_STATUSES } from "@cchc/deadlines";
 *
 * OCCURRENCE_STATUSES.length; // => 5
 * ```
 *
 * @category Obligations
 */
export const OCCURRENCE_STATUSES = ["upcoming", "due-soon", "overdue", "submitted-on-time", "submitted-late"] as const;

/**
 * One of {@link OCCURRENCE_STATUSES}.
 *
 * @example
 * ```ts
 * import type { OccurrenceStatus } from "@cchc/deadlines";
 *
 * const s: OccurrenceStatus = "due-soon";
 * ```
 *
 * @category Obligations
 */
export type OccurrenceStatus = (typeof OCCURRENCE_STATUSES)[number];

/**
 * A report or task received: which obligation, which period, from whom (optional: without `partyId` it
 * counts for every party of the obligation), and when.
 *
 * @example
 * ```ts
 * import type { Submission } from "@cchc/deadlines";
 *
 * const s: Submission = { obligationId: "media-monthly-report", periodId: "2026-02", partyId: "bao-ptth", submittedAt: "2026-03-06T10:00:00+07:00" };
 * ```
 *
 * @category Obligations
 */
export interface Submission {
  /** The obligation's id. */
  readonly obligationId: string;
  /** The period's id. */
  readonly periodId: string;
  /** The party that submitted; absent = for every party of the obligation. */
  readonly partyId?: string;
  /** When it was received (an instant; a plain date counts as its start, 00:00 Vietnam time). */
  readonly submittedAt: DateInput;
}

/**
 * Options of {@link occurrenceStatuses} and {@link reminderList}.
 *
 * @example
 * ```ts
 * import type { DeadlineCalendar, StatusOptions } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar;
 * const options: StatusOptions = { calendar, at: "2026-03-05T09:00:00+07:00", dueSoonDays: 3 };
 * ```
 *
 * @category Obligations
 */
export interface StatusOptions {
  /** The working-day calendar (default: `vietnamCalendar()` of `@cchc/calendar`, state bodies; pass an agency's own to override). */
  readonly calendar?: CalendarInput;
  /** The instant at which the status is wanted. Submissions after it are ignored. */
  readonly at: DateInput;
  /** Submissions received. */
  readonly submissions?: Iterable<Submission>;
  /** Lead time in working days before the due date for "due soon" (default 3; an obligation's `dueSoonDays` wins). */
  readonly dueSoonDays?: number;
}

/**
 * The status of one party for one occurrence.
 *
 * @example
 * ```ts
 * import type { PartyStatus } from "@cchc/deadlines";
 *
 * function late(s: PartyStatus): boolean {
 *   return s.status === "overdue" || s.status === "submitted-late";
 * }
 * ```
 *
 * @category Obligations
 */
export interface PartyStatus {
  /** The occurrence. */
  readonly occurrence: Occurrence;
  /** The party concerned. */
  readonly party: Party;
  /** Its status at the instant. */
  readonly status: OccurrenceStatus;
  /** When its submission was received (ISO instant), if any counted. */
  readonly submittedAt: string | null;
  /** Working days from the instant's day to the due date, both included (0 once past due). */
  readonly workingDaysLeft: number;
  /** Working days after the due date until the submission or the instant (0 when on time). */
  readonly workingDaysLate: number;
}

/** Default lead time of "due soon", in working days. */
const DEFAULT_DUE_SOON_DAYS = 3;

/**
 * The status of every party of every occurrence at an instant, given the submissions received.
 * Submissions received after the instant are ignored, so the function answers "what was the status
 * then?" as well as "what is it now?".
 *
 * @param occurrences - Occurrences from {@link scheduleObligations}.
 * @param options - Calendar, instant, submissions and lead time.
 * @returns One status per occurrence and party, or a typed error for an invalid instant or submission date.
 * @example
 * ```ts
 * import { occurrenceStatuses, type DeadlineCalendar, type Schedule } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar;
 * declare const schedule: Schedule;
 * const r = occurrenceStatuses(schedule.occurrences, { calendar, at: "2026-03-05T09:00:00+07:00" });
 * if (r.ok) r.value.filter((s) => s.status === "overdue");
 * ```
 *
 * @category Obligations
 */
export function occurrenceStatuses(occurrences: Iterable<Occurrence>, options: StatusOptions): Result<PartyStatus[]> {
  try {
    return statuses(occurrences, options);
  } catch (error) {
    return err(calendarError(error));
  }
}

function statuses(occurrences: Iterable<Occurrence>, options: StatusOptions): Result<PartyStatus[]> {
  const cal = resolveCalendar(options.calendar);
  const at = parseMoment(options.at);
  if (!at.ok) return at;
  const atMs = at.value.ms ?? at.value.day * 86_400_000 - 7 * 3_600_000;
  const atDay = at.value.day;
  const earliest = new Map<string, number>();
  for (const s of options.submissions ?? []) {
    const m = parseMoment(s.submittedAt);
    if (!m.ok) return err(m.error);
    const ms = m.value.ms ?? m.value.day * 86_400_000 - 7 * 3_600_000;
    if (ms > atMs) continue;
    const key = `${s.obligationId}\u0000${s.periodId}\u0000${s.partyId ?? ""}`;
    const prev = earliest.get(key);
    if (prev === undefined || ms < prev) earliest.set(key, ms);
  }
  const result: PartyStatus[] = [];
  for (const occurrence of occurrences) {
    const lead = occurrence.obligation.dueSoonDays ?? options.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
    const soonFrom = lead <= 0 ? occurrence.dueDay : cal.addWorkingDays(occurrence.dueDay, -lead);
    const base = `${occurrence.obligationId}\u0000${occurrence.periodId}\u0000`;
    const shared = earliest.get(base);
    for (const party of occurrence.obligation.who) {
      const own = earliest.get(base + party.id);
      const sub = own === undefined ? shared : shared === undefined ? own : Math.min(own, shared);
      let status: OccurrenceStatus;
      let late = 0;
      if (sub !== undefined) {
        status = sub < occurrence.endsAtMs ? "submitted-on-time" : "submitted-late";
        if (status === "submitted-late") late = cal.countWorkingDays(occurrence.dueDay + 1, Math.floor((sub + 7 * 3_600_000) / 86_400_000));
      } else if (atMs >= occurrence.endsAtMs) {
        status = "overdue";
        late = cal.countWorkingDays(occurrence.dueDay + 1, atDay);
      } else {
        status = atDay >= soonFrom ? "due-soon" : "upcoming";
      }
      result.push({
        occurrence,
        party,
        status,
        submittedAt: sub === undefined ? null : new Date(sub).toISOString(),
        workingDaysLeft: atMs >= occurrence.endsAtMs ? 0 : cal.countWorkingDays(atDay, occurrence.dueDay),
        workingDaysLate: late,
      });
    }
  }
  return ok(result);
}

/**
 * A line of the urging unit's reminder list (danh sách đôn đốc).
 *
 * @example
 * ```ts
 * import type { Reminder } from "@cchc/deadlines";
 *
 * function print(r: Reminder): string {
 *   return r.text.vi;
 * }
 * ```
 *
 * @category Obligations
 */
export interface Reminder extends PartyStatus {
  /** `"overdue"` or `"due-soon"`. */
  readonly status: "overdue" | "due-soon";
  /** The reminder, ready to send, in both languages. */
  readonly text: Label;
}

const names = (parties: readonly Party[], lang: "vi" | "en"): string => parties.map((p) => (lang === "en" ? p.name.en : p.name.vi)).join(", ");

function reminderText(s: PartyStatus, urgingUnit: Party | undefined, lang: "vi" | "en"): string {
  const o = s.occurrence;
  const cat = obligationMessages[lang];
  const key = s.status === "overdue" ? "obligation.reminder_overdue" : "obligation.reminder_due_soon";
  const what = lang === "en" ? o.obligation.what.en : o.obligation.what.vi;
  const text = interpolate(cat[key], {
    party: lang === "en" ? s.party.name.en : s.party.name.vi,
    what: lang === "en" ? what : what.charAt(0).toLocaleLowerCase("vi") + what.slice(1),
    period: lang === "en" ? periodLabel(o.period).en : periodLabel(o.period).vi,
    to: names(o.obligation.to, lang),
    date: formatDay(o.dueDay, lang),
    days: s.status === "overdue" ? s.workingDaysLate : s.workingDaysLeft,
  });
  if (!urgingUnit) return text;
  return interpolate(cat["obligation.reminder_from"], { unit: lang === "en" ? urgingUnit.name.en : urgingUnit.name.vi, text });
}

/**
 * The reminder list of the urging unit (đơn vị đôn đốc, for instance the department that "theo dõi,
 * đôn đốc, tổng hợp" a plan): every party that has not submitted and is overdue or due soon at the
 * instant, overdue first (oldest first), then due soon by due date, each with a ready-to-send text.
 *
 * @param occurrences - Occurrences from {@link scheduleObligations}.
 * @param options - As for {@link occurrenceStatuses}, plus the urging unit named in the texts.
 * @returns The reminders, or a typed error.
 * @example
 * ```ts
 * import { reminderList, type DeadlineCalendar, type Schedule } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar;
 * declare const schedule: Schedule;
 * const r = reminderList(schedule.occurrences, { calendar, at: "2026-03-05T09:00:00+07:00" });
 * if (r.ok) for (const line of r.value) console.log(line.text.vi);
 * ```
 *
 * @category Obligations
 */
export function reminderList(occurrences: Iterable<Occurrence>, options: StatusOptions & { readonly urgingUnit?: Party }): Result<Reminder[]> {
  const statuses = occurrenceStatuses(occurrences, options);
  if (!statuses.ok) return statuses;
  const reminders: Reminder[] = [];
  for (const s of statuses.value) {
    if (s.status !== "overdue" && s.status !== "due-soon") continue;
    const status = s.status;
    reminders.push({ ...s, status, text: { vi: reminderText(s, options.urgingUnit, "vi"), en: reminderText(s, options.urgingUnit, "en") } });
  }
  const rank = (r: Reminder): number => (r.status === "overdue" ? 0 : 1);
  reminders.sort((a, b) => rank(a) - rank(b) || a.occurrence.dueDay - b.occurrence.dueDay || a.party.id.localeCompare(b.party.id));
  return ok(reminders);
}

