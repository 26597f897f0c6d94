/**
 * Trends of the monthly media reports (GET /media/{year}) as Observable Plot charts, each with its data
 * table: news items and articles per month, airtime per month, items per channel and month, the year's
 * items per channel (F1–F4 and their sub-channels) and per topic of the plan (T1–T5, T4.1–T4.6).
 */
import type { Lang } from "@cchc/core";
import type { MediaTrends } from "@cchc/intake";
import { channels, topics } from "@cchc/plan/codes";
import * as Plot from "@observablehq/plot";
import { h } from "./dom.js";
import { chartFigure, type DataTable } from "./figure.js";
import { formatNumber, monthLabel, monthName } from "./format.js";
import { t } from "./texts.js";

const BLUE = "#1f5fa8";
const ORANGE = "#b35900";
/** Eight colours distinguishable on white and with each other (Observable's "observable10", darkened where needed). */
const SERIES = ["#4269d0", "#c2610a", "#2a8a4a", "#d1364e", "#7c54b0", "#8a6c3a", "#c23ea0", "#5f6b78"];

const channelName = (code: string, lang: Lang): string => channels.find((c) => c.code === code)?.name[lang] ?? code;
const topicName = (code: string, lang: Lang): string => topics.find((c) => c.code === code)?.name[lang] ?? code;

/** The codes above a channel code, nearest first (`F1.press.tv` → `F1.press`, `F1`). */
function ancestors(code: string): string[] {
  const parent = channels.find((c) => c.code === code)?.parent;
  return parent ? [parent, ...ancestors(parent)] : [];
}

/** Month tick labels: `T3`/`Mar`, or just `3` when the chart is narrow. */
export const tick = (month: string, width: number, lang: Lang): string => (width < 480 ? String(Number(month.slice(5))) : monthLabel(month, lang));

function plotOptions(width: number, title: string): Plot.PlotOptions {
  return { width, height: Math.max(220, Math.min(300, width * 0.45)), marginLeft: 48, marginBottom: 36, style: { fontSize: "13px", background: "transparent" }, ariaLabel: title };
}

function itemsPerMonth(media: MediaTrends, width: number, lang: Lang): HTMLElement {
  const title = t(lang, "trends.items");
  const news = t(lang, "trends.newsItems");
  const articles = t(lang, "trends.articles");
  const months = media.months.map((m) => tick(m.month, width, lang));
  const data = media.months.flatMap((m) => [
    { month: tick(m.month, width, lang), series: news, value: m.newsItems },
    { month: tick(m.month, width, lang), series: articles, value: m.articles },
  ]);
  const chart = Plot.plot({
    ...plotOptions(width, title),
    x: { domain: months, label: width < 480 ? t(lang, "trends.month") : null },
    y: { grid: true, label: t(lang, "trends.items.count") },
    color: { domain: [news, articles], range: [BLUE, ORANGE], legend: true },
    marks: [Plot.barY(data, { x: "month", y: "value", fill: "series", title: (d: (typeof data)[number]) => `${d.month} — ${d.series}: ${d.value}` }), Plot.ruleY([0])],
  });
  const table: DataTable = {
    columns: [{ key: "month", label: t(lang, "trends.month") }, { key: "newsItems", label: news }, { key: "articles", label: articles }, { key: "reports", label: t(lang, "trends.reports") }],
    rows: media.months.map((m) => ({ key: m.month, label: monthName(m.month, lang), values: [m.newsItems, m.articles, m.reports] })),
    total: { label: t(lang, "trends.total"), values: [media.total.newsItems, media.total.articles, media.total.reports] },
    format: (v) => formatNumber(v, lang),
  };
  return chartFigure("chart-items", title, chart, table, lang);
}

function airtimePerMonth(media: MediaTrends, width: number, lang: Lang): HTMLElement {
  const title = t(lang, "trends.airtime");
  // A month without a report is a gap, not a zero.
  const data = media.months.map((m) => ({ month: tick(m.month, width, lang), value: m.reports > 0 ? m.airtimeMinutes : Number.NaN }));
  const chart = Plot.plot({
    ...plotOptions(width, title),
    x: { domain: data.map((d) => d.month), label: width < 480 ? t(lang, "trends.month") : null, type: "point", inset: 12 },
    y: { grid: true, zero: true, label: t(lang, "trends.airtimeMinutes") },
    marks: [Plot.lineY(data, { x: "month", y: "value", stroke: BLUE, strokeWidth: 2 }), Plot.dot(data, { x: "month", y: "value", fill: BLUE, r: 4, title: (d: (typeof data)[number]) => `${d.month}: ${d.value}` }), Plot.ruleY([0])],
  });
  const table: DataTable = {
    columns: [{ key: "month", label: t(lang, "trends.month") }, { key: "airtimeMinutes", label: t(lang, "trends.airtimeMinutes") }],
    rows: media.months.map((m) => ({ key: m.month, label: monthName(m.month, lang), values: [m.reports > 0 ? m.airtimeMinutes : null] })),
    total: { label: t(lang, "trends.total"), values: [media.total.airtimeMinutes] },
    format: (v) => formatNumber(v, lang),
  };
  return chartFigure("chart-airtime", title, chart, table, lang);
}

/** The channel codes present in the year, in the plan's order. */
function channelsOf(media: MediaTrends): string[] {
  const present = new Set(media.total.byChannel.map((c) => c.channel));
  return channels.map((c) => c.code).filter((code) => present.has(code));
}

function channelsPerMonth(media: MediaTrends, width: number, lang: Lang): HTMLElement {
  const title = t(lang, "trends.channels");
  const codes = channelsOf(media);
  const names = codes.map((c) => channelName(c, lang));
  const items = (m: MediaTrends["months"][number], code: string) => m.byChannel.find((c) => c.channel === code)?.items ?? 0;
  const data = media.months.flatMap((m) => codes.map((code) => ({ month: tick(m.month, width, lang), channel: channelName(code, lang), value: items(m, code) })));
  const chart = Plot.plot({
    ...plotOptions(width, title),
    x: { domain: media.months.map((m) => tick(m.month, width, lang)), label: width < 480 ? t(lang, "trends.month") : null },
    y: { grid: true, label: t(lang, "trends.items.count") },
    color: { domain: names, range: SERIES, legend: true },
    marks: [Plot.barY(data, { x: "month", y: "value", fill: "channel", order: names, title: (d: (typeof data)[number]) => `${d.month} — ${d.channel}: ${d.value}` }), Plot.ruleY([0])],
  });
  const table: DataTable = {
    columns: [{ key: "month", label: t(lang, "trends.month") }, ...codes.map((code) => ({ key: code, label: `${channelName(code, lang)} (${code})` }))],
    rows: media.months.map((m) => ({ key: m.month, label: monthName(m.month, lang), values: codes.map((code) => items(m, code)) })),
    total: { label: t(lang, "trends.total"), values: codes.map((code) => media.total.byChannel.find((c) => c.channel === code)?.items ?? 0) },
    format: (v) => formatNumber(v, lang),
  };
  return chartFigure("chart-channels", title, chart, table, lang);
}

function channelsOfYear(media: MediaTrends, width: number, lang: Lang): HTMLElement {
  const title = t(lang, "trends.channelYear");
  const leaves = channelsOf(media);
  const data = leaves.map((code) => ({ channel: channelName(code, lang), group: channelName(ancestors(code)[0] ?? code, lang), value: media.total.byChannel.find((c) => c.channel === code)!.items }));
  const chart = Plot.plot({
    ...plotOptions(width, title),
    height: 40 + leaves.length * 30,
    marginLeft: width < 480 ? 120 : 170,
    x: { grid: true, label: t(lang, "trends.items.count") },
    y: { domain: data.map((d) => d.channel), label: null, tickFormat: (d: string) => (width < 480 && d.length > 17 ? `${d.slice(0, 16)}…` : d) },
    color: { range: SERIES, legend: true },
    marks: [Plot.barX(data, { y: "channel", x: "value", fill: "group", title: (d: (typeof data)[number]) => `${d.channel}: ${d.value}` }), Plot.ruleX([0])],
  });
  // The table lists the plan's forms F1–F4 and their sub-channels: sums for groups, "—" where the monthly report has nothing.
  const sum = (code: string, key: "items" | "airtimeMinutes") =>
    media.total.byChannel.filter((c) => c.channel === code || ancestors(c.channel).includes(code)).reduce((total, c) => total + c[key], 0);
  const reported = new Set(leaves.flatMap((code) => [code, ...ancestors(code)]));
  const rows = channels
    .filter((c) => reported.has(c.code) || !c.parent)
    .map((c) => ({
      key: c.code,
      label: `${"  ".repeat(ancestors(c.code).length)}${c.code} — ${c.name[lang]}`,
      values: reported.has(c.code) ? [sum(c.code, "items"), sum(c.code, "airtimeMinutes")] : [t(lang, "trends.notInReport"), null],
    }));
  const table: DataTable = {
    columns: [{ key: "channel", label: t(lang, "trends.channel") }, { key: "items", label: t(lang, "trends.items.count") }, { key: "airtimeMinutes", label: t(lang, "trends.airtimeMinutes") }],
    rows,
    format: (v) => formatNumber(v, lang),
  };
  return chartFigure("chart-channel-year", title, chart, table, lang, t(lang, "trends.channelNote"));
}

function topicsOfYear(media: MediaTrends, width: number, lang: Lang): HTMLElement {
  const title = t(lang, "trends.topics");
  const present = new Map(media.total.byTopic.map((x) => [x.topic, x]));
  const rows = topics.filter((x) => present.has(x.code) || !x.parent);
  // Narrow: the codes only (the table names them); wide: the code and the beginning of the name.
  const narrow = width < 520;
  const short = (code: string) => {
    const label = `${code} ${topicName(code, lang)}`;
    return narrow ? code : label.length > 27 ? `${label.slice(0, 26)}…` : label;
  };
  const data = rows.filter((x) => present.has(x.code)).map((x) => ({ topic: short(x.code), value: present.get(x.code)!.items }));
  const chart = Plot.plot({
    ...plotOptions(width, title),
    height: 40 + data.length * 30,
    marginLeft: narrow ? 48 : 236,
    x: { grid: true, label: t(lang, "trends.items.count") },
    y: { domain: data.map((d) => d.topic), label: null },
    marks: [Plot.barX(data, { y: "topic", x: "value", fill: BLUE, title: (d: (typeof data)[number]) => `${d.topic}: ${d.value}` }), Plot.ruleX([0])],
  });
  const table: DataTable = {
    columns: [{ key: "topic", label: t(lang, "trends.topic") }, { key: "items", label: t(lang, "trends.items.count") }, { key: "reports", label: t(lang, "trends.reports") }],
    rows: rows.map((x) => ({ key: x.code, label: `${x.code} — ${topicName(x.code, lang)}`, values: present.has(x.code) ? [present.get(x.code)!.items, present.get(x.code)!.reports] : [0, 0] })),
    total: { label: t(lang, "trends.total"), values: [media.total.byTopic.reduce((s, x) => s + x.items, 0), null] },
    format: (v) => formatNumber(v, lang),
  };
  return chartFigure("chart-topics", title, chart, table, lang);
}

/** The trends section's content, charts `width` pixels wide. */
export function renderTrends(media: MediaTrends, width: number, lang: Lang): HTMLElement {
  return h(
    "div",
    { class: "charts" },
    itemsPerMonth(media, width, lang),
    airtimePerMonth(media, width, lang),
    channelsPerMonth(media, width, lang),
    channelsOfYear(media, width, lang),
    topicsOfYear(media, width, lang),
  );
}
