import {
  CONFIDENCE_LEVELS,
  formatCitation,
  messageLabel,
  ok,
  type Citation,
  type Confidence,
  type Label,
  type Lang,
  type Result,
} from "@cchc/core";
import { performanceIndices, type IndexComponent } from "@cchc/plan";
import * as z from "zod/mini";
import {
  CONFIRMED_766_SOURCES,
  STATISTICS_FIGURES,
  UNCONFIRMED_766_INDICATORS,
  type IndicatorDefinition,
  type PointsRule,
  type StatisticsFigure,
} from "../data/index-766.js";
import { reportCalculatorMessages } from "../messages/calculators.js";
import { failure, rejected } from "./failure.js";
import { validateProcedureStatistics, type ProcedureStatistics } from "../procedure-statistics.js";

/**
 * One input of a score: the figure's path in the statistics, its name and its value (`null` when the
 * statistics leave it out, e.g. no `procedures` block).
 *
 * @example
 * ```ts
 * import type { IndicatorInput } from "@cchc/reports";
 *
 * const input: IndicatorInput = { path: "dossiers.online", name: { vi: "số hồ sơ tiếp nhận trực tuyến", en: "dossiers received online" }, value: 812 };
 * ```
 *
 * @category Calculators
 */
export interface IndicatorInput {
  /** Path of the figure in `procedure-statistics`. */
  readonly path: StatisticsFigure;
  /** Its name. */
  readonly name: Label;
  /** Its value. */
  readonly value: number | null;
}

/**
 * A computed indicator that explains itself: value, formula, inputs, points (when a conversion is
 * given), citation, confidence, and a sentence in both languages.
 *
 * @example
 * ```ts
 * import type { IndicatorScore } from "@cchc/reports";
 *
 * const text = (s: IndicatorScore): string => `${s.explanation.vi} [${s.confidence}]`;
 * ```
 *
 * @category Calculators
 */
export interface IndicatorScore {
  /** Stable id, e.g. `"766.feedback-satisfaction"`. */
  readonly id: string;
  /** Name in both languages. */
  readonly name: Label;
  /** The component of the plan's 766 index it measures (with its maximum points when known), or `null`. */
  readonly component: IndexComponent | null;
  /** The rate in percent (unrounded), or `null` when it cannot be computed (zero denominator, missing figures). */
  readonly value: number | null;
  /** Always `"%"`. */
  readonly unit: "%";
  /** The formula in words. */
  readonly formula: Label;
  /** The figures used. */
  readonly inputs: readonly IndicatorInput[];
  /** Points, when a conversion rule is given, with its confidence. */
  readonly points: { readonly value: number; readonly max: number; readonly confidence: Confidence } | null;
  /** Where the formula comes from. */
  readonly citation: Citation;
  /** How sure the formula is (`UNCONFIRMED` for formulas given as data without a confirmed source). */
  readonly confidence: Confidence;
  /** Whether the formula is one of the four the facts confirm (hard-coded), rather than data. */
  readonly hardCoded: boolean;
  /** The computation in words, with its source, ready to paste. */
  readonly explanation: Label;
}

/**
 * Options of {@link computeIndicators}.
 *
 * @example
 * ```ts
 * import type { IndicatorOptions } from "@cchc/reports";
 *
 * const options: IndicatorOptions = { points: { "766.procedures-published-on-time": { maxPoints: 4, scoring: "linear", confidence: "UNCONFIRMED" } } };
 * ```
 *
 * @category Calculators
 */
export interface IndicatorOptions {
  /** The data-defined indicators (default {@link UNCONFIRMED_766_INDICATORS}); validated. */
  readonly definitions?: readonly IndicatorDefinition[];
  /** Points rules by indicator id (weights as data), overriding a definition's own. */
  readonly points?: Readonly<Record<string, PointsRule>>;
}

/**
 * The indicators of one `procedure-statistics` report.
 *
 * @example
 * ```ts
 * import type { IndicatorReport } from "@cchc/reports";
 *
 * const unconfirmed = (r: IndicatorReport) => r.indicators.filter((s) => s.confidence === "UNCONFIRMED").map((s) => s.id);
 * ```
 *
 * @category Calculators
 */
export interface IndicatorReport {
  /** The agency. */
  readonly agency: ProcedureStatistics["agency"];
  /** The period. */
  readonly period: string;
  /** The 766 indicators: the four confirmed ones first, then the data-defined ones. */
  readonly indicators: readonly IndicatorScore[];
  /** Plain procedure rates (shares of resolved dossiers, apologies): arithmetic on the statistics, not legal indicators. */
  readonly rates: readonly IndicatorScore[];
}

/** The four indicators the facts confirm, hard-coded (their formulas are not data and cannot be replaced). */
const CONFIRMED: readonly (Omit<IndicatorDefinition, "citation"> & { readonly id: keyof typeof CONFIRMED_766_SOURCES })[] = [
  {
    id: "766.procedures-published-on-time",
    name: { vi: "Tỷ lệ TTHC công bố đúng hạn", en: "Procedures published on time" },
    component: "766.transparency.published-on-time",
    numerator: { add: ["procedures.publishedOnTime"] },
    denominator: { add: ["procedures.published"] },
  },
  {
    id: "766.on-time-processing",
    name: { vi: "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", en: "Dossiers processed early or on time" },
    component: "766.progress.on-time",
    numerator: { add: ["dossiers.resolved.early", "dossiers.resolved.onTime"] },
    denominator: { add: ["dossiers.resolved.total"] },
  },
  {
    id: "766.feedback-handled-on-time",
    name: { vi: "Tỷ lệ PAKN xử lý đúng hạn", en: "Feedback handled on time" },
    component: "766.satisfaction.feedback-on-time",
    numerator: { add: ["feedback.handledOnTime"] },
    denominator: { add: ["feedback.received"] },
  },
  {
    id: "766.feedback-satisfaction",
    name: { vi: "Tỷ lệ hài lòng trong xử lý PAKN", en: "Satisfaction with feedback handling" },
    component: "766.satisfaction.feedback",
    numerator: { add: ["feedback.received"], subtract: ["feedback.dissatisfiedOrOverdue"] },
    denominator: { add: ["feedback.received"] },
  },
];

const RATE_CITATION: Citation = {
  title: "Tính từ số liệu procedure-statistics",
  confidence: "INFERRED",
  note: "A share computed from the reported figures; not an indicator of a legal text.",
};

const share = (id: string, vi: string, en: string, figure: StatisticsFigure): IndicatorDefinition => ({
  id,
  name: { vi, en },
  numerator: { add: [figure] },
  denominator: { add: ["dossiers.resolved.total"] },
  citation: RATE_CITATION,
});

/** Plain procedure rates (shares), computed by the same machinery, INFERRED (arithmetic, not law). */
const RATES: readonly IndicatorDefinition[] = [
  /* @__PURE__ */ share("rate.resolved-early", "Tỷ lệ hồ sơ giải quyết trước hạn", "Share of dossiers resolved early", "dossiers.resolved.early"),
  /* @__PURE__ */ share("rate.resolved-on-time", "Tỷ lệ hồ sơ giải quyết đúng hạn", "Share of dossiers resolved on the due day", "dossiers.resolved.onTime"),
  /* @__PURE__ */ share("rate.resolved-late", "Tỷ lệ hồ sơ giải quyết quá hạn", "Share of dossiers resolved late", "dossiers.resolved.late"),
];

const APOLOGY_RATE: IndicatorDefinition = {
  id: "rate.apologies",
  name: { vi: "Tỷ lệ hồ sơ quá hạn có văn bản xin lỗi", en: "Late dossiers with an apology" },
  numerator: { add: ["dossiers.apologies"] },
  denominator: { add: ["dossiers.resolved.late", "dossiers.pending.overdue"] },
  citation: RATE_CITATION,
};

let definitionSchema: z.ZodMiniType<IndicatorDefinition> | undefined;

function indicatorDefinitionSchema(): z.ZodMiniType<IndicatorDefinition> {
  if (definitionSchema) return definitionSchema;
  const figure = z.enum(Object.keys(STATISTICS_FIGURES) as [StatisticsFigure, ...StatisticsFigure[]]);
  const figures = (min: number) => z.array(figure).check(z.minLength(min), z.maxLength(20));
  const nonEmpty = () => z.string().check(z.minLength(1));
  const percent = () => z.number().check(z.gte(0), z.lte(100));
  const label = z.strictObject({ vi: nonEmpty(), en: nonEmpty() });
  const confidence = z.enum(CONFIDENCE_LEVELS as [Confidence, ...Confidence[]]);
  const thresholds = z.array(z.strictObject({ atLeast: percent(), points: percent() })).check(z.maxLength(50));
  definitionSchema = z.strictObject({
    id: nonEmpty().check(z.maxLength(100)),
    name: label,
    component: z.optional(z.enum(index766Components().map((c) => c.id) as [string, ...string[]])),
    numerator: z.strictObject({ add: figures(1), subtract: z.optional(figures(0)) }),
    denominator: z.strictObject({ add: figures(1) }),
    points: z.optional(
      z.strictObject({
        maxPoints: percent(),
        scoring: z.union([z.literal("linear"), z.strictObject({ thresholds })]),
        confidence,
      }),
    ),
    citation: z.looseObject({ confidence }),
  }) as unknown as z.ZodMiniType<IndicatorDefinition>;
  return definitionSchema;
}

let components766: readonly IndexComponent[] | undefined;

/** The components of the plan's 766 index (`performanceIndices` of `@cchc/plan`, id `index-766`). */
function index766Components(): readonly IndexComponent[] {
  components766 ??= performanceIndices.find((i) => i.id === "index-766")?.components ?? [];
  return components766;
}

function figureValue(stats: ProcedureStatistics, path: StatisticsFigure): number | null {
  let node: unknown = stats;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return null;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === "number" ? node : null;
}

function formatNumber(value: number, lang: Lang): string {
  const text = Number.isInteger(value) ? String(value) : (Math.round(value * 100) / 100).toFixed(2);
  return lang === "vi" ? text.replace(".", ",") : text;
}

function expression(add: readonly string[], subtract: readonly string[] = []): string {
  const text = [add.join(" + "), ...subtract].join(" − ");
  return add.length + subtract.length > 1 ? `(${text})` : text;
}

function applyPoints(rate: number, rule: PointsRule): number {
  if (rule.scoring === "linear") return Math.round((Math.min(100, rate) / 100) * rule.maxPoints * 100) / 100;
  const reached = rule.scoring.thresholds.filter((t) => rate >= t.atLeast).sort((a, b) => b.atLeast - a.atLeast)[0];
  return Math.min(rule.maxPoints, reached?.points ?? 0);
}

function score(stats: ProcedureStatistics, def: IndicatorDefinition, hardCoded: boolean, pointsRule: PointsRule | undefined): IndicatorScore {
  const subtract = def.numerator.subtract ?? [];
  const paths = [...new Set([...def.numerator.add, ...subtract, ...def.denominator.add])];
  const inputs = paths.map((path) => ({ path, name: STATISTICS_FIGURES[path], value: figureValue(stats, path) }));
  const valueOf = new Map(inputs.map((i) => [i.path, i.value]));
  const name = (lang: Lang) => (p: StatisticsFigure) => STATISTICS_FIGURES[p][lang];
  const formulaText = (lang: Lang) =>
    `${expression(def.numerator.add.map(name(lang)), subtract.map(name(lang)))} / ${expression(def.denominator.add.map(name(lang)))} × 100%`;
  const formula = { vi: formulaText("vi"), en: formulaText("en") };
  const source = { vi: formatCitation(def.citation, "vi"), en: formatCitation(def.citation, "en") };
  const missing = inputs.find((i) => i.value === null);
  const sum = (list: readonly StatisticsFigure[]) => list.reduce((s, p) => s + (valueOf.get(p) ?? 0), 0);
  const numerator = sum(def.numerator.add) - sum(subtract);
  const denominator = sum(def.denominator.add);
  const value = missing || denominator === 0 ? null : (numerator / denominator) * 100;
  const points = value !== null && pointsRule ? { value: applyPoints(value, pointsRule), max: pointsRule.maxPoints, confidence: pointsRule.confidence } : null;
  const explain = (lang: Lang): string => {
    const label = def.name[lang];
    let text: string;
    if (value === null) {
      const reason = missing
        ? messageLabel(reportCalculatorMessages, "indicator.missing_input", { path: missing.path })[lang]
        : messageLabel(reportCalculatorMessages, "indicator.zero_denominator", { denominator: expression(def.denominator.add.map(name(lang))) })[lang];
      text = messageLabel(reportCalculatorMessages, "indicator.no_value", { name: label, reason })[lang];
    } else {
      const v = (p: StatisticsFigure) => formatNumber(valueOf.get(p) ?? 0, lang);
      const computation = `${expression(def.numerator.add.map(v), subtract.map(v))} / ${expression(def.denominator.add.map(v))} × 100%`;
      text = messageLabel(reportCalculatorMessages, "indicator.value", { name: label, formula: formula[lang], computation, value: `${formatNumber(value, lang)}%` })[lang];
    }
    if (points) {
      const scoring = pointsRule!.scoring === "linear" ? (lang === "vi" ? "tuyến tính" : "linear") : lang === "vi" ? "theo ngưỡng" : "threshold";
      text += ` ${messageLabel(reportCalculatorMessages, "indicator.points", { points: formatNumber(points.value, lang), max: points.max, scoring, confidence: points.confidence })[lang]}`;
    }
    return `${text} ${messageLabel(reportCalculatorMessages, "indicator.source", { citation: source[lang] })[lang]}`;
  };
  return {
    id: def.id,
    name: def.name,
    component: def.component === undefined ? null : (index766Components().find((c) => c.id === def.component) ?? null),
    value,
    unit: "%",
    formula,
    inputs,
    points,
    citation: def.citation,
    confidence: def.citation.confidence,
    hardCoded,
    explanation: { vi: explain("vi"), en: explain("en") },
  };
}

/**
 * Computes the QĐ 766/QĐ-TTg indicators and the plain procedure rates of one `procedure-statistics`
 * report. Four formulas are hard-coded because the facts confirm them (indices-identifiers-units.md
 * §1.5): procedures published on time, dossiers processed early or on time (its denominator INFERRED
 * from the name), feedback handled on time, satisfaction with feedback handling. Every other indicator
 * is data ({@link UNCONFIRMED_766_INDICATORS} by default, or your own `definitions`), and so are the
 * points: no rate-to-points conversion is confirmed, so points appear only where a rule is given.
 * Each score explains itself in Vietnamese and English with its citation and confidence.
 *
 * @param stats - Procedure statistics (validated first: raw JSON is fine).
 * @param options - Data-defined indicators and points rules.
 * @returns The scores, or an error (`synthesis.invalid_input` for invalid statistics,
 *   `indicator.invalid_definition` for an invalid definition).
 * @example
 * ```ts
 * import { computeIndicators } from "@cchc/reports";
 *
 * declare const stats: unknown; // a procedure-statistics payload
 * const r = computeIndicators(stats);
 * if (r.ok) r.value.indicators.find((s) => s.id === "766.feedback-satisfaction")?.explanation.vi;
 * ```
 *
 * @category Calculators
 */
export function computeIndicators(stats: unknown, options: IndicatorOptions = {}): Result<IndicatorReport> {
  const checked = validateProcedureStatistics(stats, "vi");
  if (!checked.valid) return rejected("synthesis.invalid_input", { kind: "procedure-statistics", index: 0 }, stats, validateProcedureStatistics, checked);
  const definitions = options.definitions ?? UNCONFIRMED_766_INDICATORS;
  for (const def of definitions) {
    const parsed = indicatorDefinitionSchema().safeParse(def);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const id = typeof (def as { id?: unknown })?.id === "string" ? (def as { id: string }).id.slice(0, 100) : "?";
      const path = issue.path.join(".");
      return failure("indicator.invalid_definition", { id, path, message: issue.message });
    }
  }
  const value = checked.value;
  const rule = (def: { id: string; points?: PointsRule }) => (Object.hasOwn(options.points ?? {}, def.id) ? options.points![def.id] : def.points);
  const indicators = [
    ...CONFIRMED.map((def) => score(value, { ...def, citation: CONFIRMED_766_SOURCES[def.id] }, true, rule(def))),
    ...definitions.map((def) => score(value, def, false, rule(def))),
  ];
  const rates = [...RATES, APOLOGY_RATE].map((def) => score(value, def, false, undefined));
  return ok({ agency: value.agency, period: value.period, indicators, rates });
}
