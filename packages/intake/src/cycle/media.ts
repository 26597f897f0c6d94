import { synthesizeReports, type SynthesisReport } from "@cchc/reports";
import { Effect } from "effect";
import { IntakeClock, type Storage } from "../effect/services.js";
import { BadRequest, fields, ProcessingFailure, type StorageFailure } from "../errors.js";
import { vietnamInstant } from "../model/instant.js";
import { reportIdOf } from "../model/report-key.js";
import type { StoredRevisionWithPayload } from "../storage/rows.js";
import { BOARD_YEARS } from "./board.js";
import { storage } from "./receive.js";

type Media = SynthesisReport["media"];

/**
 * The figures of the monthly media reports of one month (or of the year, without `month`): totals,
 * by channel, by topic and by form of presentation, as `synthesizeReports` of `@cchc/reports` adds
 * them up — and which report revisions they come from.
 *
 * @example
 * ```ts
 * import type { MediaFigures } from "@cchc/intake";
 *
 * const tv = (f: MediaFigures): number => f.byChannel.find((c) => c.channel === "F1.press.tv")?.items ?? 0;
 * ```
 *
 * @category Reporting cycle
 */
export interface MediaFigures {
  /** How many monthly media reports were added up. */
  readonly reports: number;
  /** News items (tin), from each report's `totals`. */
  readonly newsItems: number;
  /** Articles (bài), from each report's `totals`. */
  readonly articles: number;
  /** Airtime in minutes, from each report's `totals`. */
  readonly airtimeMinutes: number;
  /** Items and airtime per channel code (`F1.press.tv`, `F1.social.zalo`…), from each report's `channels`. */
  readonly byChannel: readonly { readonly channel: string; readonly items: number; readonly airtimeMinutes: number }[];
  /** Per plan topic (`T1`–`T5`, `T4.1`–`T4.6`): how many reports cover it and their items, from `content`. */
  readonly byTopic: readonly { readonly topic: string; readonly reports: number; readonly items: number }[];
  /** Per form of presentation (news, article, reportage…), from `forms`. */
  readonly byForm: readonly { readonly form: string; readonly count: number }[];
  /** The revisions added up (the latest of each report). */
  readonly sources: readonly { readonly id: string; readonly unit: string; readonly revision: number; readonly receivedAt: string }[];
}

/**
 * The media figures of a year: one entry per month (all twelve, empty months with zeros) and the year.
 *
 * @example
 * ```ts
 * import type { MediaTrends } from "@cchc/intake";
 *
 * const perMonth = (t: MediaTrends): number[] => t.months.map((m) => m.newsItems);
 * ```
 *
 * @category Reporting cycle
 */
export interface MediaTrends {
  /** The year. */
  readonly year: number;
  /** January to December. */
  readonly months: readonly (MediaFigures & { readonly month: string })[];
  /** The whole year. */
  readonly total: MediaFigures;
}

function figuresOf(media: Media, rows: readonly StoredRevisionWithPayload[]): MediaFigures {
  return {
    reports: media.reports,
    newsItems: media.total.newsItems,
    articles: media.total.articles,
    airtimeMinutes: media.total.airtimeMinutes,
    byChannel: media.byChannel.map(({ channel, items, airtimeMinutes }) => ({ channel, items, airtimeMinutes })),
    byTopic: media.byTopic.map(({ topic, reports, items }) => ({ topic, reports, items })),
    byForm: media.byForm.map(({ form, count }) => ({ form, count })),
    sources: rows.map((r) => ({ id: reportIdOf(r.key), unit: r.key.unit, revision: r.revision, receivedAt: vietnamInstant(r.receivedAtMs) })),
  };
}

/**
 * The trends of the monthly media reports of a year — news items, articles and airtime per month, per
 * channel and per topic — from the latest revision of every stored `monthly-media-report`, each month
 * added up by `synthesizeReports` of `@cchc/reports` (the same arithmetic as the synthesis).
 *
 * @param year - The year.
 * @returns The figures per month and for the year.
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { mediaTrends } from "@cchc/intake/effect";
 *
 * const airtime = mediaTrends(2026).pipe(Effect.map((t) => t.months.map((m) => m.airtimeMinutes)));
 * ```
 *
 * @category Reporting cycle
 */
export function mediaTrends(year: number): Effect.Effect<MediaTrends, BadRequest | ProcessingFailure | StorageFailure, Storage | IntakeClock> {
  return Effect.gen(function* () {
    if (!Number.isInteger(year) || year < BOARD_YEARS.min || year > BOARD_YEARS.max) {
      return yield* new BadRequest(fields("intake.invalid_year", { input: String(year).slice(0, 20), ...BOARD_YEARS }));
    }
    const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
    const rows = yield* storage((s) => s.latestInPeriods("monthly-media-report", months));
    rows.sort((a, b) => (a.key.period < b.key.period ? -1 : a.key.period > b.key.period ? 1 : a.key.unit < b.key.unit ? -1 : 1));
    const generatedAt = vietnamInstant((yield* IntakeClock).now());
    const add = (from: string, to: string, selected: readonly StoredRevisionWithPayload[]) => {
      const built = synthesizeReports({ media: selected.map((r) => r.payload) }, { coverage: { from, to }, generatedAt });
      return built.ok ? Effect.succeed(figuresOf(built.value.media, selected)) : Effect.fail(new ProcessingFailure(fields("intake.synthesis_failed", { period: from === to ? from : String(year), detail: built.error.messages.vi })));
    };
    const perMonth: (MediaFigures & { month: string })[] = [];
    for (const month of months) perMonth.push({ month, ...(yield* add(month, month, rows.filter((r) => r.key.period === month))) });
    return { year, months: perMonth, total: yield* add(months[0]!, months[11]!, rows) };
  });
}
