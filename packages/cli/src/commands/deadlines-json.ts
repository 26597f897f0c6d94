import type { Citation, Label } from "@cchc/core";
import type { DeadlineEvaluation } from "@cchc/deadlines";

/**
 * A party of an obligation (who reports, to whom, in copy): the plan's actor id and name.
 *
 * @example
 * ```ts
 * import type { PartyJson } from "@cchc/cli";
 *
 * const to: PartyJson = { id: "so-vhttdl", name: { vi: "Sở Văn hóa, Thể thao và Du lịch", en: "Department of Culture, Sports and Tourism" } };
 * ```
 *
 * @category JSON output
 */
export interface PartyJson {
  /** The plan's actor id (`so-vhttdl`). */
  readonly id: string;
  /** The actor's name. */
  readonly name: Label;
}

/**
 * One occurrence of `cchc deadlines <year> --json` (a contract: fields may be added, never removed or
 * renamed): an obligation of the plan for one reporting period, with its due date.
 *
 * @example
 * ```ts
 * import type { DeadlineJson } from "@cchc/cli";
 *
 * const late = (d: DeadlineJson, submitted: string) => submitted > d.due;
 * ```
 *
 * @category JSON output
 */
export interface DeadlineJson {
  /** The obligation id (`bac-ninh-2026.media-monthly-report`); `cchc explain` takes it. */
  readonly obligation: string;
  /** The reporting period id (`2026-02`, `2026-Q1`, `2026-H1`, `2026`); `cchc explain` takes it. */
  readonly period: string;
  /** The due date, `YYYY-MM-DD`: the last day on which the obligation is met (selected reading). */
  readonly due: string;
  /** When the due date ends: 24:00 Vietnam time, written as the next day's `T00:00:00+07:00`. */
  readonly endsAt: string;
  /** The period in words. */
  readonly periodLabel: Label;
  /** What is due. */
  readonly what: Label;
  /** Who must report. */
  readonly who: readonly PartyJson[];
  /** To whom. */
  readonly to: readonly PartyJson[];
  /** In copy (empty when none). */
  readonly copyTo: readonly PartyJson[];
  /** The selected reading of "trước ngày N" (`strictly-before`, `on-or-before`), `null` when the rule has none. */
  readonly reading: string | null;
  /** The rest-day policy applied (`previous-working-day`, …), `null` for working-day counts. */
  readonly policy: string | null;
  /** Whether admissible readings of the wording give different dates. */
  readonly ambiguous: boolean;
  /** On time under every reading when submitted by this date. */
  readonly earliestSafe: string;
  /** The latest due date under some admissible reading. */
  readonly latestSafe: string;
  /** Whether a day consulted comes from a year without an official holiday schedule. */
  readonly estimated: boolean;
  /**
   * The clause of the plan that creates the obligation, with `confidence`: how sure the rule is as a
   * reading of the text (`UNCONFIRMED` for the agencies' date, which the province sets and which is not
   * known — the date is then an assumption).
   */
  readonly source: Citation;
}

/**
 * `cchc explain <obligation> <period> --json` (a contract: fields may be added, never removed or
 * renamed): the occurrence, the explanation as text in the `--lang` language, and the evaluation data
 * of `@cchc/deadlines` (readings, steps in both languages, holidays on the way, citations).
 *
 * @example
 * ```ts
 * import type { ExplainJson } from "@cchc/cli";
 *
 * const sources = (e: ExplainJson) => e.evaluation.citations.map((c) => c.document ?? c.title);
 * ```
 *
 * @category JSON output
 */
export interface ExplainJson extends DeadlineJson {
  /** The explanation, paste-ready, in the `--lang` language. */
  readonly explanation: string;
  /** The full evaluation: `rule`, `window`, `readings`, `restDays`, `workingDaysToDue`, `steps`, `citations`, … */
  readonly evaluation: DeadlineEvaluation;
  /** When the obligation overrides default rules: why its own rule prevails, in both languages; else `null`. */
  readonly precedence: Label | null;
}
