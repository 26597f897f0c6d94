import { synthesizeReports, type SynthesisReport } from "@cchc/reports";
import { Effect } from "effect";
import { periodId } from "@cchc/deadlines";
import { IntakeClock, type Storage } from "../effect/services.js";
import { fields, ProcessingFailure, type BadRequest, type StorageFailure } from "../errors.js";
import { vietnamInstant } from "../model/instant.js";
import { reportIdOf } from "../model/report-key.js";
import { unitIdOf } from "../model/units.js";
import { monthIdsOf, strictPeriod } from "./period.js";
import { storage } from "./receive.js";

/**
 * Where one source of a synthesis comes from: the stored revision that fed `synthesis.sources[source]`.
 *
 * @example
 * ```ts
 * import type { SynthesisProvenance } from "@cchc/intake";
 *
 * const link = (p: SynthesisProvenance): string => `/reports/${p.schema}/${p.id}/revisions/${p.revision}`;
 * ```
 *
 * @category Reporting cycle
 */
export interface SynthesisProvenance {
  /** Index into `synthesis.sources`. */
  readonly source: number;
  /** The report's schema. */
  readonly schema: "monthly-media-report" | "agency-communication-report";
  /** The report's id. */
  readonly id: string;
  /** The revision used. */
  readonly revision: number;
  /** Its content hash. */
  readonly contentHash: string;
  /** When it was received. */
  readonly receivedAt: string;
}

/**
 * The synthesis of a period with its provenance.
 *
 * @example
 * ```ts
 * import type { PeriodSynthesis } from "@cchc/intake";
 *
 * const news = (s: PeriodSynthesis): number => s.synthesis.media.total.newsItems;
 * ```
 *
 * @category Reporting cycle
 */
export interface PeriodSynthesis {
  /** The period synthesised. */
  readonly period: string;
  /** The `synthesis-report` (valid against its schema), built by `synthesizeReports` of `@cchc/reports`. */
  readonly synthesis: SynthesisReport;
  /** One entry per source of the synthesis. */
  readonly provenance: readonly SynthesisProvenance[];
}

/**
 * The synthesis report of Sở VHTTDL for a period, built from the latest revision of every stored
 * monthly media report of the period's months and every agency report of exactly that period (a
 * quarter's, a half-year's or the year's — so that no figure is counted twice), with the revisions
 * used. The stored reports were validated when received, so `synthesizeReports` does not validate them
 * again (`validatedInputs`); the synthesis itself is validated against its schema.
 *
 * @param period - `2026-02`, `2026-Q1`, `2026-H1`, `2026-9M` or `2026`.
 * @returns The synthesis with provenance.
 * @example
 * ```ts
 * import { Effect } from "effect";
 * import { periodSynthesis } from "@cchc/intake/effect";
 *
 * const news = periodSynthesis("2026-Q1").pipe(Effect.map((s) => s.synthesis.media.total.newsItems));
 * ```
 *
 * @category Reporting cycle
 */
export function periodSynthesis(period: string): Effect.Effect<PeriodSynthesis, BadRequest | ProcessingFailure | StorageFailure, Storage | IntakeClock> {
  return Effect.gen(function* () {
    const parsed = yield* strictPeriod(period);
    const months = monthIdsOf(parsed);
    const media = yield* storage((s) => s.latestInPeriods("monthly-media-report", months));
    const agencies = yield* storage((s) => s.latestInPeriods("agency-communication-report", [periodId(parsed)]));
    const now = (yield* IntakeClock).now();
    const built = synthesizeReports(
      { media: media.map((r) => r.payload), agencies: agencies.map((r) => r.payload) },
      // The stored payloads are validator output (receiveReport stores nothing else): not validated again.
      { coverage: { from: months[0]!, to: months.at(-1)! }, generatedAt: vietnamInstant(now), reportId: `intake-synthesis-${period}`, validatedInputs: true },
    );
    if (!built.ok) return yield* new ProcessingFailure(fields("intake.synthesis_failed", { period, detail: built.error.messages.vi }));
    const stored = new Map([...media, ...agencies].map((r) => [`${r.key.schema}\u0000${r.key.unit}\u0000${r.key.period}`, r]));
    const provenance = built.value.sources.map((source, index): SynthesisProvenance => {
      const r = stored.get(`${source.schemaId}\u0000${unitIdOf(source.unit)}\u0000${source.period}`)!;
      return {
        source: index,
        schema: source.schemaId as SynthesisProvenance["schema"],
        id: reportIdOf(r.key),
        revision: r.revision,
        contentHash: r.contentHash,
        receivedAt: vietnamInstant(r.receivedAtMs),
      };
    });
    return { period, synthesis: built.value, provenance };
  });
}
