import { ok, type Result } from "@cchc/core";
import type { Plan } from "@cchc/plan";
import type { ActorId } from "@cchc/plan/codes";
import { validatorFor } from "../plan-rules/validate.js";
import { periodMonthRange } from "../schemas/common.js";
import { SCHEMA_VERSIONS } from "../schemas/versions.js";
import { synthesisReport, type SynthesisReport, type SynthesisReportInput } from "../synthesis-report.js";
import { failure, rejected } from "./failure.js";
import { synthesisSources, unitKey, type SourceKind } from "./synthesis-inputs.js";
import { agencySection, difficultySection, mediaSection, source } from "./synthesis-sections.js";

/**
 * The reports to aggregate. Each may be a parsed report or raw JSON: every input is validated first
 * (an invalid input is an error naming it, never silently skipped).
 *
 * @example
 * ```ts
 * import type { SynthesisInput } from "@cchc/reports";
 *
 * const input: SynthesisInput = { media: [], agencies: [], difficulties: [] };
 * ```
 *
 * @category Calculators
 */
export interface SynthesisInput {
  /** Monthly media reports (`monthly-media-report`). */
  readonly media?: readonly unknown[];
  /** Agency CCHC communication reports (`agency-communication-report`). */
  readonly agencies?: readonly unknown[];
  /**
   * Difficulty reports (`difficulty-report`) that agencies, units and localities sent Sở VHTTDL
   * (closing paragraph of the plan): their items are compiled under `difficulties`.
   */
  readonly difficulties?: readonly unknown[];
}

/**
 * The advice for the next period that V.5 asks of Sở VHTTDL ("tham mưu Chủ tịch UBND tỉnh về định
 * hướng, nội dung và hình thức tuyên truyền CCHC trong thời gian tiếp theo"): the direction (định
 * hướng, at least one point), the content (nội dung, optionally by plan topic) and the forms (hình
 * thức, optionally by plan channel). Written by people, not computed: pass it to
 * {@link synthesizeReports} as `options.advice`.
 *
 * @example
 * ```ts
 * import type { SynthesisAdvice } from "@cchc/reports";
 *
 * const advice: SynthesisAdvice = {
 *   direction: ["Tập trung tuyên truyền kết quả chuyển đổi số trong giải quyết thủ tục hành chính."],
 *   content: [{ text: "Thanh toán trực tuyến phí, lệ phí.", topic: "T4.6" }],
 *   forms: [{ text: "Tăng video ngắn trên mạng xã hội chính danh.", channel: "F1.social" }],
 * };
 * ```
 *
 * @category Calculators
 */
export type SynthesisAdvice = NonNullable<SynthesisReportInput["advice"]>;

/**
 * Options of {@link synthesizeReports}.
 *
 * @example
 * ```ts
 * import type { SynthesisOptions } from "@cchc/reports";
 *
 * const options: SynthesisOptions = { generatedAt: "2026-04-05T08:00:00+07:00", coverage: { from: "2026-01", to: "2026-03" } };
 * ```
 *
 * @category Calculators
 */
export interface SynthesisOptions {
  /** When the synthesis is computed (default: now, in UTC). */
  readonly generatedAt?: string;
  /** Who compiles it (default Sở Văn hóa, Thể thao và Du lịch, `so-vhttdl`). */
  readonly author?: SynthesisReportInput["author"];
  /** Who receives it (default the Chairman of the Provincial People's Committee, `chu-tich-ubnd-tinh`). */
  readonly recipient?: ActorId;
  /** Months covered (default: from the earliest to the latest monthly report). */
  readonly coverage?: { readonly from: string; readonly to: string };
  /** Two reports of the same unit and period: `"error"` (default) or keep the `"last"` one given. */
  readonly duplicates?: "error" | "last";
  /**
   * `true` when every input is already a value returned by this package's validator of its kind (with
   * the rules of `plan`) — as a store that keeps only validated reports (`@cchc/intake`) reads them
   * back — so that the inputs are not validated again (most of the work for many inputs). Default
   * `false`. Only for such values: raw JSON or hand-made objects must be validated (an invalid input
   * would not be named; the result, which is always validated, may then be refused as
   * `synthesis.invalid_output`). The result is the same as with validation, since validating a
   * validated value gives it back unchanged.
   */
  readonly validatedInputs?: boolean;
  /** The synthesis' own reference. */
  readonly reportId?: string;
  /** The synthesis' document number (số, ký hiệu). */
  readonly documentNumber?: string;
  /** Notes. */
  readonly notes?: string;
  /** The advice for the next period (see {@link SynthesisAdvice}); without it the synthesis carries the figures only. */
  readonly advice?: SynthesisAdvice;
  /**
   * The plan whose rules the inputs and the result must keep (`PLAN_RULES`: each source from a sender
   * of its kind, the synthesis from Sở VHTTDL to the Chairman): Bắc Ninh's 2026 plan by default, another
   * plan with the same edge ids, or `false` for the shape alone.
   */
  readonly plan?: Plan | false;
}

/**
 * Aggregates any number of monthly media reports, agency CCHC communication reports and difficulty
 * reports into the synthesis report of Sở Văn hóa, Thể thao và Du lịch to the Chairman (plan V.2, V.5,
 * closing paragraph): totals by month, quarter, topic, channel and form of presentation, feedback,
 * recommendations, the agencies' totals, proposals and difficulties, the difficulties the agencies,
 * units and localities raised, and — when given — the advice on the direction, content and forms of
 * communication for the next period. Every figure lists the sources that fed it, as indices into
 * `sources` (sorted by period and unit, so the output does not depend on the input order). The inputs
 * are validated first (shape and, unless `plan: false`, the plan's rules) and the output is validated
 * before it is returned. Errors count the inputs of each kind from 1.
 *
 * @param input - The reports (parsed or raw JSON).
 * @param options - Coverage, author, recipient, time of computation, duplicate policy, advice, plan.
 * @returns The synthesis, or an error (`synthesis.invalid_input`, `synthesis.duplicate_report`,
 *   `synthesis.duplicate_report_id`, `synthesis.outside_coverage`, `synthesis.empty`,
 *   `synthesis.invalid_output`).
 * @example
 * ```ts
 * import { synthesizeReports } from "@cchc/reports";
 *
 * declare const january: unknown, february: unknown; // two monthly media reports (JSON)
 * const r = synthesizeReports({ media: [january, february] }, { generatedAt: "2026-03-12T08:00:00+07:00" });
 * if (r.ok) r.value.media.byMonth.map((m) => [m.month, m.newsItems, m.sources]);
 * ```
 *
 * @category Calculators
 */
export function synthesizeReports(input: SynthesisInput, options: SynthesisOptions = {}): Result<SynthesisReport> {
  const checked = synthesisSources(input, options.plan, options.duplicates ?? "error", options.validatedInputs === true);
  if (!checked.ok) return checked;
  const { media: mediaInputs, agencies: agencyInputs, difficulties: difficultyInputs } = checked.value;

  const months = mediaInputs.map((r) => r.month).sort(compare);
  const coverage = options.coverage ?? (months.length > 0 ? { from: months[0]!, to: months.at(-1)! } : undefined);
  if (!coverage) return failure("synthesis.empty", {});
  const outside = outsideCoverage(checked.value, coverage);
  if (outside) return outside;

  const media = [...mediaInputs].sort((a, b) => compare(a.month, b.month) || compare(unitKey(a.unit), unitKey(b.unit)));
  const agencies = [...agencyInputs].sort(
    (a, b) => compare(periodMonthRange(a.period).first, periodMonthRange(b.period).first) || compare(a.period, b.period) || compare(unitKey(a.agency), unitKey(b.agency)),
  );
  const difficulties = [...difficultyInputs].sort(
    (a, b) => compare(a.reportedOn, b.reportedOn) || compare(unitKey(a.from), unitKey(b.from)) || compare(a.reportId ?? "", b.reportId ?? ""),
  );
  const synthesis: SynthesisReportInput = {
    schemaVersion: SCHEMA_VERSIONS["synthesis-report"],
    ...(options.reportId !== undefined && { reportId: options.reportId }),
    ...(options.documentNumber !== undefined && { documentNumber: options.documentNumber }),
    author: options.author ?? { actor: "so-vhttdl" },
    recipient: options.recipient ?? "chu-tich-ubnd-tinh",
    coverage: { from: coverage.from, to: coverage.to },
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    sources: [
      ...media.map((r) => source("monthly-media-report", r.unit, r.month, r)),
      ...agencies.map((r) => source("agency-communication-report", r.agency, r.period, r)),
      ...difficulties.map((r) => source("difficulty-report", r.from, r.period ?? r.reportedOn.slice(0, 7), r)),
    ],
    media: mediaSection(media),
    agencies: agencySection(agencies, media.length),
    difficulties: difficultySection(difficulties, media.length + agencies.length),
    ...(options.advice !== undefined && { advice: options.advice }),
    ...(options.notes !== undefined && { notes: options.notes }),
  };
  const validate = validatorFor(synthesisReport, options.plan);
  const result = validate(synthesis, "vi");
  if (!result.valid) return rejected("synthesis.invalid_output", {}, synthesis, validate, result);
  return ok(result.value);
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The first input outside the coverage, as an error (inputs of each kind counted from 1). */
function outsideCoverage(inputs: ReturnType<typeof synthesisSources> extends Result<infer S> ? S : never, coverage: { from: string; to: string }) {
  const { from, to } = coverage;
  const outside = (kind: SourceKind, index: number, period: string) =>
    failure("synthesis.outside_coverage", { kind, index, number: index + 1, period, from, to });
  for (const [index, r] of inputs.media.entries()) {
    if (r.month < from || r.month > to) return outside("monthly-media-report", index, r.month);
  }
  for (const [index, r] of inputs.agencies.entries()) {
    const { first, last } = periodMonthRange(r.period);
    if (last < from || first > to) return outside("agency-communication-report", index, r.period);
  }
  for (const [index, r] of inputs.difficulties.entries()) {
    // The period the difficulties concern, else the month they were reported in.
    const { first, last } = r.period === undefined ? { first: r.reportedOn.slice(0, 7), last: r.reportedOn.slice(0, 7) } : periodMonthRange(r.period);
    if (last < from || first > to) return outside("difficulty-report", index, r.period ?? r.reportedOn);
  }
  return undefined;
}

