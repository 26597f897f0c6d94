/**
 * QĐ 766/QĐ-TTg (23/6/2022): the index set for directing and assessing service quality to citizens and
 * businesses in administrative procedures and public services, in real time — the indicators computed
 * from `procedure-statistics`. The index's structure (groups, components, maximum points) is the plan's:
 * `performanceIndices` of `@cchc/plan`, id `index-766`. Facts: indices-identifiers-units.md §1.5.
 */
import type { Citation, Label } from "@cchc/core";

/** The decision, as cited by every indicator. */
const QD_766 = {
  document: "766/QĐ-TTg",
  title: "Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, DVC",
  issuer: "Thủ tướng Chính phủ",
  date: "2022-06-23",
} as const;

/**
 * The figures of a `procedure-statistics` report that indicator formulas may use, by path, with their
 * names. An indicator defined as data names its inputs from this list.
 *
 * @example
 * ```ts
 * import { STATISTICS_FIGURES } from "@cchc/reports";
 *
 * STATISTICS_FIGURES["dossiers.online"].en; // => "dossiers received online"
 * ```
 *
 * @category Rules and data
 */
export const STATISTICS_FIGURES = {
  "procedures.published": { vi: "tổng số TTHC đã công bố trong kỳ", en: "procedures published in the period" },
  "procedures.publishedOnTime": { vi: "số TTHC công bố đúng hạn", en: "procedures published on time" },
  "dossiers.carriedOver": { vi: "số hồ sơ kỳ trước chuyển sang", en: "dossiers carried over" },
  "dossiers.received": { vi: "số hồ sơ tiếp nhận", en: "dossiers received" },
  "dossiers.online": { vi: "số hồ sơ tiếp nhận trực tuyến", en: "dossiers received online" },
  "dossiers.resolved.total": { vi: "số hồ sơ đã giải quyết", en: "dossiers resolved" },
  "dossiers.resolved.early": { vi: "số hồ sơ giải quyết trước hạn", en: "dossiers resolved early" },
  "dossiers.resolved.onTime": { vi: "số hồ sơ giải quyết đúng hạn", en: "dossiers resolved on time" },
  "dossiers.resolved.late": { vi: "số hồ sơ giải quyết quá hạn", en: "dossiers resolved late" },
  "dossiers.pending.total": { vi: "số hồ sơ đang giải quyết", en: "dossiers pending" },
  "dossiers.pending.overdue": { vi: "số hồ sơ đang giải quyết quá hạn", en: "pending dossiers overdue" },
  "dossiers.apologies": { vi: "số văn bản xin lỗi", en: "apology letters" },
  "payments.eligible": { vi: "số hồ sơ có nghĩa vụ tài chính", en: "dossiers with a payment" },
  "payments.online": { vi: "số hồ sơ thanh toán trực tuyến", en: "dossiers paid online" },
  electronicResults: { vi: "số kết quả điện tử", en: "electronic results" },
  "digitization.dossiers": { vi: "số hồ sơ được số hóa", en: "dossiers digitized" },
  "digitization.results": { vi: "số kết quả được số hóa", en: "results digitized" },
  "digitization.reused": { vi: "số hồ sơ khai thác, sử dụng lại thông tin số hóa", en: "dossiers reusing digitized data" },
  "feedback.received": { vi: "tổng số PAKN thuộc thẩm quyền", en: "feedback and petitions under the agency's authority" },
  "feedback.handledOnTime": { vi: "số PAKN xử lý đúng hoặc trước hạn", en: "feedback handled on time or early" },
  "feedback.handledLate": { vi: "số PAKN xử lý quá hạn", en: "feedback handled late" },
  "feedback.dissatisfiedOrOverdue": { vi: "số PAKN bị phản hồi không hài lòng hoặc quá hạn", en: "feedback with a dissatisfied response or overdue" },
  "satisfaction.surveyed": { vi: "số lượt đánh giá", en: "ratings received" },
  "satisfaction.satisfied": { vi: "số lượt hài lòng", en: "satisfied ratings" },
} as const satisfies Record<string, Label>;

/**
 * A path of {@link STATISTICS_FIGURES}.
 *
 * @example
 * ```ts
 * import type { StatisticsFigure } from "@cchc/reports";
 *
 * const f: StatisticsFigure = "payments.online";
 * ```
 *
 * @category Rules and data
 */
export type StatisticsFigure = keyof typeof STATISTICS_FIGURES;

/**
 * The sources of the four indicators whose formula the facts confirm (hard-coded in
 * `computeIndicators`), by indicator id.
 *
 * @example
 * ```ts
 * import { CONFIRMED_766_SOURCES } from "@cchc/reports";
 *
 * CONFIRMED_766_SOURCES["766.feedback-satisfaction"].confidence; // => "VERIFIED"
 * ```
 *
 * @category Rules and data
 */
export const CONFIRMED_766_SOURCES = {
  "766.procedures-published-on-time": {
    ...QD_766,
    url: "https://aita.gov.vn",
    quote: "số TTHC công bố đúng hạn / tổng số TTHC đã công bố trong kỳ × 100%",
    confidence: "SECONDARY",
    note: "Formula from a summary of the decision (aita.gov.vn); \"đúng hạn\" means within the time limit of Điều 15 NĐ 63/2010/NĐ-CP. Worth 4 of the 18 transparency points (baocaotaichinh.vn, SECONDARY).",
  },
  "766.on-time-processing": {
    ...QD_766,
    url: "https://baocaotaichinh.vn",
    quote: "tỷ lệ hồ sơ xử lý trước hạn, đúng hạn",
    confidence: "INFERRED",
    note: "The indicator and its weight (up to 20 points) are reported by the press (baocaotaichinh.vn, SECONDARY); the formula (early + on time) / resolved × 100% is INFERRED from its name — the annex's wording was not seen.",
  },
  "766.feedback-handled-on-time": {
    ...QD_766,
    url: "https://vietjack.me/phap-luat/quyet-dinh-766-qd-ttg-2271.html",
    quote: "số PAKN xử lý đúng hoặc trước hạn / tổng số PAKN thuộc thẩm quyền × 100%",
    confidence: "VERIFIED",
    note: "Formula from a copy of the decision's annex (vietjack.me), as @cchc/plan rates it. Its points within the satisfaction group are UNCONFIRMED.",
  },
  "766.feedback-satisfaction": {
    ...QD_766,
    url: "https://vietjack.me/phap-luat/quyet-dinh-766-qd-ttg-2271.html",
    quote: "(tổng số PAKN − số bị phản hồi không hài lòng hoặc quá hạn) / tổng số PAKN × 100%",
    confidence: "VERIFIED",
    note: "Formula from a copy of the decision's annex (vietjack.me), as @cchc/plan rates it. Its points within the satisfaction group are UNCONFIRMED.",
  },
} as const satisfies Record<string, Citation>;

/**
 * An indicator whose formula and weight are data: a ratio of sums of statistics figures, scaled to a
 * percentage, with optional points. Used for the 766 indicators the facts do not confirm, and for any
 * indicator a province defines itself.
 *
 * @example
 * ```ts
 * import type { IndicatorDefinition } from "@cchc/reports";
 *
 * const online: IndicatorDefinition = {
 *   id: "766.online-dossiers",
 *   name: { vi: "Tỷ lệ hồ sơ trực tuyến", en: "Online dossier rate" },
 *   component: "766.online.services",
 *   numerator: { add: ["dossiers.online"] },
 *   denominator: { add: ["dossiers.received"] },
 *   citation: { document: "766/QĐ-TTg", confidence: "UNCONFIRMED" },
 * };
 * ```
 *
 * @category Rules and data
 */
export interface IndicatorDefinition {
  /** Stable id, e.g. `"766.online-dossiers"`. */
  readonly id: string;
  /** Name in both languages. */
  readonly name: Label;
  /** The component of the plan's 766 index it measures (`performanceIndices` of `@cchc/plan`), e.g. `"766.online.payment"`. */
  readonly component?: string;
  /** Figures added (and optionally subtracted) for the numerator. */
  readonly numerator: { readonly add: readonly StatisticsFigure[]; readonly subtract?: readonly StatisticsFigure[] };
  /** Figures added for the denominator. */
  readonly denominator: { readonly add: readonly StatisticsFigure[] };
  /** How the rate becomes points, if known. */
  readonly points?: PointsRule;
  /** Where the formula comes from, and how sure it is. */
  readonly citation: Citation;
}

/**
 * How a rate (0–100 %) becomes points: `"linear"` (points = rate / 100 × max) or thresholds (the points
 * of the highest threshold the rate reaches, else 0). Always data: no conversion rule of the 766 index
 * is confirmed.
 *
 * @example
 * ```ts
 * import type { PointsRule } from "@cchc/reports";
 *
 * const rule: PointsRule = { maxPoints: 4, scoring: { thresholds: [{ atLeast: 100, points: 4 }, { atLeast: 90, points: 3 }] }, confidence: "UNCONFIRMED" };
 * ```
 *
 * @category Rules and data
 */
export interface PointsRule {
  /** Maximum points. */
  readonly maxPoints: number;
  /** The conversion. */
  readonly scoring: "linear" | { readonly thresholds: readonly { readonly atLeast: number; readonly points: number }[] };
  /** How sure the conversion is. */
  readonly confidence: Citation["confidence"];
}

const unconfirmed = (note: string): Citation => ({ ...QD_766, confidence: "UNCONFIRMED", note });

/**
 * The 766 indicators whose formulas the facts do **not** confirm (indices-identifiers-units.md §1.5:
 * "formulas UNCONFIRMED"), defined as data with the most literal reading of their names and flagged
 * UNCONFIRMED — replace them with `computeIndicators(stats, { definitions })` when the annex is read.
 * No points are computed by default: where the plan knows a component's maximum (online payment 10,
 * SECONDARY) the score shows it, but the rate-to-points conversion is UNCONFIRMED — give a
 * {@link PointsRule} to compute points.
 *
 * @example
 * ```ts
 * import { UNCONFIRMED_766_INDICATORS } from "@cchc/reports";
 *
 * UNCONFIRMED_766_INDICATORS.every((d) => d.citation.confidence === "UNCONFIRMED"); // => true
 * ```
 *
 * @category Rules and data
 */
export const UNCONFIRMED_766_INDICATORS: readonly IndicatorDefinition[] = [
  {
    id: "766.online-dossiers",
    name: { vi: "Tỷ lệ hồ sơ trực tuyến", en: "Online dossier rate" },
    component: "766.online.services",
    numerator: { add: ["dossiers.online"] },
    denominator: { add: ["dossiers.received"] },
    citation: /* @__PURE__ */ unconfirmed("Indicator named in provincial targets (baogialai.com.vn); formula UNCONFIRMED (literal reading: online / received)."),
  },
  {
    id: "766.online-payment",
    name: { vi: "Tỷ lệ thanh toán trực tuyến", en: "Online payment rate" },
    component: "766.online.payment",
    numerator: { add: ["payments.online"] },
    denominator: { add: ["payments.eligible"] },
    citation: /* @__PURE__ */ unconfirmed("Shown on the portal out of 10 points (SECONDARY); formula and conversion UNCONFIRMED (literal reading: paid online / with a payment)."),
  },
  {
    id: "766.electronic-results",
    name: { vi: "Tỷ lệ cấp kết quả điện tử", en: "Electronic result rate" },
    component: "766.digitisation.e-results",
    numerator: { add: ["electronicResults"] },
    denominator: { add: ["dossiers.resolved.total"] },
    citation: /* @__PURE__ */ unconfirmed("Indicator named in provincial targets (baogialai.com.vn); formula and points UNCONFIRMED."),
  },
  {
    id: "766.digitized-dossiers",
    name: { vi: "Tỷ lệ số hóa thành phần hồ sơ", en: "Dossier digitization rate" },
    component: "766.digitisation.components",
    numerator: { add: ["digitization.dossiers"] },
    denominator: { add: ["dossiers.carriedOver", "dossiers.received"] },
    citation: /* @__PURE__ */ unconfirmed("Indicator named in provincial targets (baogialai.com.vn); formula and points UNCONFIRMED."),
  },
  {
    id: "766.digitized-results",
    name: { vi: "Tỷ lệ số hóa kết quả giải quyết TTHC", en: "Result digitization rate" },
    component: "766.digitisation.components",
    numerator: { add: ["digitization.results"] },
    denominator: { add: ["dossiers.resolved.total"] },
    citation: /* @__PURE__ */ unconfirmed("Indicator named in provincial targets (baogialai.com.vn); formula and points UNCONFIRMED."),
  },
  {
    id: "766.digital-reuse",
    name: { vi: "Tỷ lệ khai thác, sử dụng lại thông tin số hóa", en: "Reuse rate of digitized data" },
    component: "766.digitisation.reuse",
    numerator: { add: ["digitization.reused"] },
    denominator: { add: ["dossiers.received"] },
    citation: /* @__PURE__ */ unconfirmed("Indicator named in provincial targets (baogialai.com.vn); formula and points UNCONFIRMED."),
  },
  {
    id: "766.procedure-satisfaction",
    name: { vi: "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", en: "Satisfaction with procedure handling" },
    component: "766.satisfaction.procedures",
    numerator: { add: ["satisfaction.satisfied"] },
    denominator: { add: ["satisfaction.surveyed"] },
    citation: /* @__PURE__ */ unconfirmed("Worth 6 of the 18 satisfaction points (baocaotaichinh.vn, SECONDARY); its formula is cut off in the source (vietjack.me): UNCONFIRMED."),
  },
];
