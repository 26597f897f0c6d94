import type { Label, Lang } from "@cchc/core";
import { periodLabel, reminderList, toICalendar, type Occurrence, type Submission } from "@cchc/deadlines";
import { Effect } from "effect";
import { IntakeClock, ReportingCalendar, type Storage } from "../effect/services.js";
import { BadRequest, fields, ProcessingFailure, type StorageFailure } from "../errors.js";
import { vietnamInstant } from "../model/instant.js";
import { occurrencesOf, type DueItem } from "./board.js";
import { storage } from "./receive.js";
import { expandParties, unitName } from "./units.js";

/**
 * A reminder (nhắc hạn, đôn đốc): a unit that has not sent a report that falls due within the next N
 * working days (`"due-soon"`) or is already past due (`"overdue"`), with a ready-to-send text.
 *
 * @example
 * ```ts
 * import type { IntakeReminder } from "@cchc/intake";
 *
 * const line = (r: IntakeReminder): string => `${r.due} ${r.unit}: ${r.text.vi}`;
 * ```
 *
 * @category Reporting cycle
 */
export interface IntakeReminder extends DueItem {
  /** Due soon or overdue. */
  readonly status: "due-soon" | "overdue";
  /** Working days left until the due date (due soon). */
  readonly workingDaysLeft: number;
  /** Working days late (overdue). */
  readonly workingDaysLate: number;
  /** The reminder, in both languages. */
  readonly text: Label;
}

/**
 * The reminders at an instant and the occurrences they are about (for the iCalendar file).
 *
 * @example
 * ```ts
 * import type { Reminders } from "@cchc/intake";
 *
 * const count = (r: Reminders): number => r.reminders.length;
 * ```
 *
 * @category Reporting cycle
 */
export interface Reminders {
  /** The instant. */
  readonly at: string;
  /** The lead time asked for, in working days. */
  readonly days: number;
  /** Overdue first (oldest first), then due soon by due date. */
  readonly reminders: readonly IntakeReminder[];
}

/**
 * Largest lead time of the reminders, in working days.
 *
 * @example
 * ```ts
 * import { MAX_REMINDER_DAYS } from "@cchc/intake";
 *
 * MAX_REMINDER_DAYS; // => 60
 * ```
 *
 * @category Reporting cycle
 */
export const MAX_REMINDER_DAYS = 60;

function remindersAndOccurrences(days: number) {
  return Effect.gen(function* () {
    if (!Number.isInteger(days) || days < 0 || days > MAX_REMINDER_DAYS) {
      return yield* new BadRequest(fields("intake.invalid_days", { input: String(days).slice(0, 20), max: MAX_REMINDER_DAYS }));
    }
    const rules = yield* ReportingCalendar;
    const now = (yield* IntakeClock).now();
    const year = Number(vietnamInstant(now).slice(0, 4));
    const schemaOf = new Map(rules.scheduled.map((s) => [s.obligation.id, s.schema]));
    // Last year's periods too: the December report is due in January.
    const occurrences: Occurrence[] = [];
    for (const y of [year - 1, year]) {
      for (const o of yield* occurrencesOf(rules, y)) {
        occurrences.push({ ...o, obligation: { ...o.obligation, who: expandParties(rules.plan, o.obligation.who) } });
      }
    }
    const received = [
      ...(yield* storage((s) => s.firstRevisionsOfYear([...schemaOf.values()], year - 1))),
      ...(yield* storage((s) => s.firstRevisionsOfYear([...schemaOf.values()], year))),
    ];
    const obligationOf = new Map(rules.scheduled.map((s) => [s.schema, s.obligation.id]));
    const submissions: Submission[] = received.flatMap((r) => {
      const obligationId = obligationOf.get(r.key.schema);
      return obligationId ? [{ obligationId, periodId: r.key.period, partyId: r.key.unit, submittedAt: new Date(r.receivedAtMs).toISOString() }] : [];
    });
    const list = reminderList(occurrences, {
      at: new Date(now).toISOString(),
      submissions,
      dueSoonDays: days,
      ...(rules.calendar === undefined ? {} : { calendar: rules.calendar }),
    });
    if (!list.ok) return yield* new ProcessingFailure(fields("intake.timeliness_failed", { detail: list.error.messages.vi }));
    const kept = list.value;
    const reminders: IntakeReminder[] = kept.map((r) => ({
      obligationId: r.occurrence.obligationId,
      schema: schemaOf.get(r.occurrence.obligationId)!,
      period: r.occurrence.periodId,
      periodLabel: periodLabel(r.occurrence.period),
      unit: r.party.id,
      unitName: unitName(rules.plan, r.party.id),
      due: r.occurrence.due,
      status: r.status,
      workingDaysLeft: r.workingDaysLeft,
      workingDaysLate: r.workingDaysLate,
      text: r.text,
    }));
    const seen = new Set<string>();
    const dueOccurrences = kept.map((r) => r.occurrence).filter((o) => !seen.has(`${o.obligationId} ${o.periodId}`) && seen.add(`${o.obligationId} ${o.periodId}`));
    return { result: { at: vietnamInstant(now), days, reminders }, occurrences: dueOccurrences, now, calendar: rules.calendar };
  });
}

/**
 * The reminders at the clock's instant: every unit that owes a report due within `days` working days,
 * or already overdue, and has not sent it.
 *
 * @param days - Lead time in working days (0–60).
 * @returns The reminders.
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { reminders } from "@cchc/intake/effect";
 *
 * const texts = reminders(5).pipe(Effect.map((r) => r.reminders.map((x) => x.text.vi)));
 * ```
 *
 * @category Reporting cycle
 */
export function reminders(days: number): Effect.Effect<Reminders, BadRequest | ProcessingFailure | StorageFailure, Storage | IntakeClock | ReportingCalendar> {
  return Effect.map(remindersAndOccurrences(days), (r) => r.result);
}

/**
 * The same reminders as an iCalendar file (RFC 5545), one event per report due, written by
 * `toICalendar` of `@cchc/deadlines` with its alarms.
 *
 * @param days - Lead time in working days (0–60).
 * @param lang - Language of the texts.
 * @returns The `.ics` text.
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { remindersICalendar } from "@cchc/intake/effect";
 *
 * const ics = remindersICalendar(5, "vi"); // Effect<string, …>
 * ```
 *
 * @category Reporting cycle
 */
export function remindersICalendar(days: number, lang: Lang): Effect.Effect<string, BadRequest | ProcessingFailure | StorageFailure, Storage | IntakeClock | ReportingCalendar> {
  return Effect.flatMap(remindersAndOccurrences(days), ({ occurrences, now, calendar }) => {
    const ics = toICalendar(occurrences, {
      lang,
      dtstamp: new Date(now).toISOString(),
      name: lang === "en" ? "CCHC reports due" : "Báo cáo CCHC đến hạn",
      ...(calendar === undefined ? {} : { calendar }),
    });
    return ics.ok ? Effect.succeed(ics.value) : Effect.fail(new ProcessingFailure(fields("intake.timeliness_failed", { detail: ics.error.messages.vi })));
  });
}
