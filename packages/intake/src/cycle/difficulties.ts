import type { DifficultyReport } from "@cchc/reports";
import { Effect } from "effect";
import { IntakeClock, ReportingCalendar, type Storage } from "../effect/services.js";
import { fields, Forbidden, NotFound, type BadRequest, type StorageFailure } from "../errors.js";
import { vietnamInstant } from "../model/instant.js";
import { parseReportId, reportIdOf } from "../model/report-key.js";
import type { DifficultyRow } from "../storage/storage.js";
import { storage } from "./receive.js";

/**
 * A difficulty report (its latest revision) and whether it is resolved.
 *
 * @example
 * ```ts
 * import type { DifficultyEntry } from "@cchc/intake";
 *
 * const open = (d: DifficultyEntry): boolean => d.resolution === null;
 * ```
 *
 * @category Reporting cycle
 */
export interface DifficultyEntry {
  /** The report's id. */
  readonly id: string;
  /** The unit that raised the difficulties. */
  readonly unit: string;
  /** The report's period. */
  readonly period: string;
  /** Its latest revision. */
  readonly revision: number;
  /** When that revision was received. */
  readonly receivedAt: string;
  /** The resolution of this revision, or `null` while open. A new revision reopens the report. */
  readonly resolution: { readonly resolvedAt: string; readonly resolvedBy: string; readonly note: string | null } | null;
  /** The report. */
  readonly report: DifficultyReport;
}

/**
 * One item of the compiled list for the Chairman, with where it comes from.
 *
 * @example
 * ```ts
 * import type { CompiledDifficulty } from "@cchc/intake";
 *
 * const line = (d: CompiledDifficulty): string => `${d.unit}: ${d.title}`;
 * ```
 *
 * @category Reporting cycle
 */
export interface CompiledDifficulty {
  /** The unit that raised it. */
  readonly unit: string;
  /** The difficulty report's id. */
  readonly reportId: string;
  /** The revision it comes from. */
  readonly revision: number;
  /** The item's title. */
  readonly title: string;
  /** What the difficulty is. */
  readonly description: string;
  /** What the unit proposes. */
  readonly proposal: string | null;
  /** The topic concerned (`T1`…`T5`). */
  readonly topic: string | null;
  /** The channel concerned. */
  readonly channel: string | null;
  /** Since when. */
  readonly since: string | null;
  /** Who should decide. */
  readonly decisionBy: string | null;
}

/**
 * The difficulty reports and the compiled list (tổng hợp khó khăn, vướng mắc) for the Chairman.
 *
 * @example
 * ```ts
 * import type { Difficulties } from "@cchc/intake";
 *
 * const count = (d: Difficulties): number => d.compiled.length;
 * ```
 *
 * @category Reporting cycle
 */
export interface Difficulties {
  /** The instant. */
  readonly at: string;
  /** Whether only open reports are listed. */
  readonly openOnly: boolean;
  /** The reports, oldest first. */
  readonly reports: readonly DifficultyEntry[];
  /** Every item of the listed reports. */
  readonly compiled: readonly CompiledDifficulty[];
}

function entryOf(row: DifficultyRow): DifficultyEntry {
  return {
    id: reportIdOf(row.key),
    unit: row.key.unit,
    period: row.key.period,
    revision: row.revision,
    receivedAt: vietnamInstant(row.receivedAtMs),
    resolution: row.resolution && { resolvedAt: vietnamInstant(row.resolution.resolvedAtMs), resolvedBy: row.resolution.resolvedBy, note: row.resolution.note },
    report: row.payload as DifficultyReport,
  };
}

/**
 * The difficulty reports (open ones only, or all) and the compiled list of their items.
 *
 * @param openOnly - List only the reports whose latest revision is not resolved.
 * @returns The reports and the compiled list.
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { difficulties } from "@cchc/intake/effect";
 *
 * const titles = difficulties(true).pipe(Effect.map((d) => d.compiled.map((c) => c.title)));
 * ```
 *
 * @category Reporting cycle
 */
export function difficulties(openOnly: boolean): Effect.Effect<Difficulties, StorageFailure, Storage | IntakeClock> {
  return Effect.gen(function* () {
    const rows = yield* storage((s) => s.difficulties());
    const now = (yield* IntakeClock).now();
    const reports = rows.map(entryOf).filter((e) => !openOnly || e.resolution === null);
    const compiled = reports.flatMap((e) =>
      e.report.items.map((item) => ({
        unit: e.unit,
        reportId: e.id,
        revision: e.revision,
        title: item.title,
        description: item.description,
        proposal: item.proposal ?? null,
        topic: item.topic ?? null,
        channel: item.channel ?? null,
        since: item.since ?? null,
        decisionBy: item.decisionBy ?? null,
      })),
    );
    return { at: vietnamInstant(now), openOnly, reports, compiled };
  });
}

/**
 * Marks the latest revision of a difficulty report as resolved, by a unit that receives difficulties
 * (Sở VHTTDL in the 2026 plan). Append-only: the resolution is a new row; a later revision of the
 * report is open again.
 *
 * @param id - The report id (`<unit>@<period>`).
 * @param by - The resolving unit (from its token).
 * @param note - An optional note.
 * @returns The entry, now resolved.
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { resolveDifficulty } from "@cchc/intake/effect";
 *
 * const done = resolveDifficulty("ubnd-xa-phuong:07663@2026-Q1", "so-vhttdl", "Đã bố trí kinh phí.");
 * ```
 *
 * @category Reporting cycle
 */
export function resolveDifficulty(
  id: string,
  by: string,
  note: string | null,
): Effect.Effect<DifficultyEntry, Forbidden | NotFound | BadRequest | StorageFailure, Storage | IntakeClock | ReportingCalendar> {
  return Effect.gen(function* () {
    const rules = yield* ReportingCalendar;
    if (!rules.difficultyRecipients.includes(by)) {
      return yield* new Forbidden(fields("intake.not_resolver", { unit: by, resolvers: rules.difficultyRecipients.join(", ") }));
    }
    const parsed = parseReportId(id);
    const notFound = new NotFound(fields("intake.report_not_found", { schema: "difficulty-report", id: id.slice(0, 100) }));
    if (!parsed) return yield* notFound;
    const key = { schema: "difficulty-report" as const, ...parsed };
    const latest = yield* storage((s) => s.latest(key));
    if (!latest) return yield* notFound;
    const now = (yield* IntakeClock).now();
    yield* storage((s) => s.resolve(key, latest.revision, by, now, note));
    const rows = yield* storage((s) => s.difficulties());
    const row = rows.find((r) => r.key.unit === key.unit && r.key.period === key.period);
    return entryOf(row ?? { ...latest, resolution: { resolvedAtMs: now, resolvedBy: by, note } });
  });
}
