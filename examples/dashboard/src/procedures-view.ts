/**
 * Procedure figures and the QĐ 766 indicators (GET /indicators/{year}): one statistics report at a time
 * (the provincial centre's latest by default), its dossier figures, every indicator with its value,
 * confidence (UNCONFIRMED shown, never hidden) and explanation; and the provincial centre's on-time
 * processing rate per month as a chart with its table.
 */
import type { Lang } from "@cchc/core";
import type { ProcedureIndicatorEntry, ProcedureIndicators } from "@cchc/intake";
import * as Plot from "@observablehq/plot";
import { citationItem } from "./board-view.js";
import { h } from "./dom.js";
import { chartFigure, type DataTable } from "./figure.js";
import { formatNumber, formatPercent, monthName } from "./format.js";
import { t, type TextKey } from "./texts.js";
import { tick } from "./trends-view.js";

type Score = ProcedureIndicatorEntry["indicators"][number];

/** One indicator as a card: name, value (and points), confidence — UNCONFIRMED shown, never hidden — formula, explanation, source. */
function scoreCard(score: Score, lang: Lang): HTMLLIElement {
  const flagged = score.confidence === "UNCONFIRMED";
  return h(
    "li",
    { class: `score${flagged ? " unconfirmed" : ""}`, "data-indicator": score.id, "data-confidence": score.confidence },
    h(
      "div",
      { class: "score-head" },
      h("h4", {}, score.name[lang]),
      h("span", { class: "value", "data-value": score.value ?? "" }, formatPercent(score.value, lang)),
      h("span", { class: `badge confidence-${score.confidence.toLowerCase()}`, "data-confidence": score.confidence }, t(lang, `confidence.${score.confidence}` as TextKey)),
    ),
    ...(score.points ? [h("p", { class: "note" }, `${formatNumber(score.points.value, lang, 2)}/${formatNumber(score.points.max, lang)} ${lang === "vi" ? "điểm" : "points"}`)] : []),
    h("p", { class: "formula" }, score.formula[lang]),
    h("p", { class: "explanation" }, score.explanation[lang]),
    h("ul", { class: "sources" }, citationItem(score.citation, lang)),
  );
}

function scoreList(scores: readonly Score[], lang: Lang): HTMLElement {
  return h("ul", { class: "scores" }, ...scores.map((s) => scoreCard(s, lang)));
}

function figures(entry: ProcedureIndicatorEntry, lang: Lang): HTMLElement {
  const d = entry.statistics.dossiers;
  const n = (v: number) => formatNumber(v, lang, 0);
  const rows: [TextKey, number, boolean][] = [
    ["figure.carriedOver", d.carriedOver, false],
    ["figure.received", d.received, false],
    ["figure.online", d.online, true],
    ["figure.resolved", d.resolved.total, false],
    ["figure.early", d.resolved.early, true],
    ["figure.onTime", d.resolved.onTime, true],
    ["figure.lateResolved", d.resolved.late, true],
    ["figure.pending", d.pending.total, false],
    ["figure.overdue", d.pending.overdue, true],
    ["figure.apologies", d.apologies, false],
  ];
  return h("dl", { class: "figures" }, ...rows.map(([key, value, sub]) => h("div", { class: sub ? "sub" : "" }, h("dt", {}, t(lang, key)), h("dd", { "data-figure": key }, n(value)))));
}

function onTimeTrend(data: ProcedureIndicators, width: number, lang: Lang): HTMLElement | null {
  const monthly = data.reports.filter((r) => r.unit === "trung-tam-phvhcc-tinh" && /^\d{4}-\d{2}$/.test(r.period));
  if (monthly.length === 0) return null;
  const value = (r: ProcedureIndicatorEntry) => r.indicators.find((s) => s.id === "766.on-time-processing")?.value ?? null;
  const title = t(lang, "procedures.trend", { unit: monthly[0]!.unitName[lang] });
  const points = monthly.filter((r) => value(r) !== null).map((r) => ({ month: tick(r.period, width, lang), value: value(r)! }));
  const chart = Plot.plot({
    width,
    height: 220,
    marginLeft: 48,
    style: { fontSize: "13px", background: "transparent" },
    ariaLabel: title,
    x: { domain: points.map((p) => p.month), type: "point", inset: 12, label: null },
    y: { grid: true, label: "%", domain: [Math.floor(Math.min(...points.map((p) => p.value)) - 1), 100] },
    marks: [Plot.lineY(points, { x: "month", y: "value", stroke: "#2a8a4a", strokeWidth: 2 }), Plot.dot(points, { x: "month", y: "value", fill: "#2a8a4a", r: 4, title: (p: (typeof points)[number]) => `${p.month}: ${p.value.toFixed(1)} %` })],
  });
  const table: DataTable = {
    columns: [{ key: "month", label: t(lang, "trends.month") }, { key: "766.on-time-processing", label: "%" }],
    rows: monthly.map((r) => ({ key: r.period, label: monthName(r.period, lang), values: [value(r)] })),
    format: (v) => formatPercent(v, lang),
  };
  return chartFigure("chart-on-time", title, chart, table, lang);
}

/** The procedures section's content; `selected` is a report id, `onSelect` re-renders. */
export function renderProcedures(data: ProcedureIndicators, selected: string, width: number, lang: Lang, onSelect: (id: string) => void): HTMLElement {
  if (data.reports.length === 0) return h("p", {}, t(lang, "procedures.none"));
  const provincial = data.reports.filter((r) => r.unit === "trung-tam-phvhcc-tinh");
  const entry = data.reports.find((r) => r.id === selected) ?? provincial.at(-1) ?? data.reports.at(-1)!;
  const picker = h("select", { id: "procedure-report" }, ...data.reports.map((r) => h("option", { value: r.id, selected: r.id === entry.id }, `${r.unitName[lang]} — ${r.periodLabel[lang]}`)));
  picker.addEventListener("change", () => onSelect(picker.value));
  const trend = onTimeTrend(data, width, lang);
  return h(
    "div",
    {},
    h("label", { class: "filter", for: "procedure-report" }, h("span", {}, t(lang, "procedures.report")), picker),
    h("div", { class: "procedure", "data-report": entry.id }, h("h3", {}, t(lang, "procedures.figures")), figures(entry, lang), h("h3", {}, t(lang, "procedures.indicators")), scoreList(entry.indicators, lang), h("h3", {}, t(lang, "procedures.rates")), scoreList(entry.rates, lang)),
    ...(trend ? [trend] : []),
  );
}
