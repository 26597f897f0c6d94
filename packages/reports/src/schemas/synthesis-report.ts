import { ACTOR_IDS, CHANNEL_CODES, TOPIC_CODES } from "@cchc/plan/codes";
import * as z from "zod/mini";
import { MEDIA_CHANNEL_CODES, PRESENTATION_FORMS } from "./codes.js";
import { checkExtra, checkSum, checkUnique, checkUnit, periodMonthRange, reportFooter, reportHeader, reportingUnit, withRules, type Path, type RuleSink } from "./common.js";
import { difficultyItemFields } from "./difficulty-item.js";
import { count, isoDateTime, list, minutes, monthId, periodId, quarterId, strictObject, text } from "./fields.js";

/** The `schemaVersion` of the synthesis (2: the compiled difficulty reports and the advice for the next period). */
export const SYNTHESIS_REPORT_VERSION = 2;

/** Most source reports one synthesis may cite. */
export const MAX_SYNTHESIS_SOURCES = 5000;

/** The report kinds a synthesis is computed from. */
export const SYNTHESIS_SOURCE_SCHEMAS = ["monthly-media-report", "agency-communication-report", "difficulty-report"] as const;

/** Most entries of each part of the advice. */
const MAX_ADVICE = 50;

/** Largest figure of a synthesis: sums of up to {@link MAX_SYNTHESIS_SOURCES} reports' counts. */
const MAX_SYNTHESIS_COUNT = 1_000_000_000_000;

/** Most airtime a synthesis can total (sums of up to {@link MAX_SYNTHESIS_SOURCES} reports' airtime). */
const MAX_SYNTHESIS_MINUTES = 10_000_000_000;

const sourceIndex = () => z.int().check(z.gte(0), z.lte(MAX_SYNTHESIS_SOURCES - 1));

function synthesisReportShape() {
  const sum = () => count(MAX_SYNTHESIS_COUNT);
  const refs = () => list(sourceIndex(), MAX_SYNTHESIS_SOURCES);
  const figures = {
    newsItems: sum(),
    articles: sum(),
    airtimeMinutes: minutes(MAX_SYNTHESIS_MINUTES),
    sources: refs(),
  };
  const quoted = (max: number) =>
    list(strictObject({ text: text(max), source: sourceIndex() }), MAX_SYNTHESIS_SOURCES);
  return strictObject({
    ...reportHeader(SYNTHESIS_REPORT_VERSION),
    author: reportingUnit(),
    recipient: z.enum(ACTOR_IDS),
    coverage: strictObject({ from: monthId(), to: monthId() }),
    generatedAt: isoDateTime(),
    sources: list(
      strictObject({
        schemaId: z.enum(SYNTHESIS_SOURCE_SCHEMAS),
        unit: reportingUnit(),
        period: periodId(),
        reportId: z.optional(text(100)),
        submittedAt: z.optional(isoDateTime()),
      }),
      MAX_SYNTHESIS_SOURCES,
    ),
    media: strictObject({
      reports: sum(),
      total: strictObject(figures),
      byMonth: list(strictObject({ month: monthId(), ...figures }), 240),
      byQuarter: list(strictObject({ quarter: quarterId(), ...figures }), 80),
      byTopic: list(strictObject({ topic: z.enum(TOPIC_CODES), reports: sum(), items: sum(), sources: refs() }), TOPIC_CODES.length),
      byChannel: list(
        strictObject({ channel: z.enum(MEDIA_CHANNEL_CODES), items: sum(), airtimeMinutes: minutes(MAX_SYNTHESIS_MINUTES), sources: refs() }),
        MEDIA_CHANNEL_CODES.length,
      ),
      byForm: list(strictObject({ form: z.enum(PRESENTATION_FORMS), count: sum(), sources: refs() }), PRESENTATION_FORMS.length),
      feedback: strictObject({
        received: sum(),
        positive: sum(),
        neutral: sum(),
        negative: sum(),
        sources: refs(),
        summaries: quoted(4000),
      }),
      recommendations: quoted(2000),
    }),
    agencies: strictObject({
      reports: sum(),
      total: strictObject({
        directivesPublished: sum(),
        proceduresPosted: sum(),
        proceduresUpdated: sum(),
        briefingSessions: sum(),
        briefingParticipants: sum(),
        pressMaterials: sum(),
        legalActivities: sum(),
        sources: refs(),
      }),
      proposedFocalContent: list(
        strictObject({ topic: z.enum(TOPIC_CODES), content: text(2000), source: sourceIndex() }),
        MAX_SYNTHESIS_SOURCES,
      ),
      difficulties: quoted(2000),
    }),
    difficulties: strictObject({
      reports: sum(),
      items: list(
        strictObject({ ...difficultyItemFields(), source: sourceIndex() }),
        MAX_SYNTHESIS_SOURCES,
      ),
    }),
    advice: z.optional(
      strictObject({
        direction: list(text(4000), MAX_ADVICE).check(z.minLength(1)),
        content: list(strictObject({ text: text(2000), topic: z.optional(z.enum(TOPIC_CODES)) }), MAX_ADVICE),
        forms: list(strictObject({ text: text(2000), channel: z.optional(z.enum(CHANNEL_CODES)) }), MAX_ADVICE),
      }),
    ),
    ...reportFooter(),
  });
}

type Shape = z.output<ReturnType<typeof synthesisReportShape>>;

interface Figure {
  readonly sources: readonly number[];
}

function checkRefs(refs: readonly number[], path: Path, count: number, sink: RuleSink): void {
  refs.forEach((ref, i) => {
    if (ref >= count) sink.add([...path, i], "report.unknown_source", { index: ref, count });
  });
}

function checkProvenance(figure: Figure, values: readonly number[], path: Path, sourceCount: number, sink: RuleSink): void {
  checkRefs(figure.sources, [...path, "sources"], sourceCount, sink);
  const nonZero = values.find((v) => v > 0);
  if (nonZero !== undefined && figure.sources.length === 0) sink.add([...path, "sources"], "report.missing_provenance", { value: nonZero });
}

function mediaValues(f: { newsItems: number; articles: number; airtimeMinutes: number }): number[] {
  return [f.newsItems, f.articles, f.airtimeMinutes];
}

function checkBreakdownSums(
  rows: readonly { newsItems: number; articles: number; airtimeMinutes: number }[],
  rowsPath: string,
  whole: { newsItems: number; articles: number; airtimeMinutes: number },
  sink: RuleSink,
): void {
  if (rows.length === 0) return;
  for (const key of ["newsItems", "articles", "airtimeMinutes"] as const) {
    checkSum(rows.map((r) => r[key]), `Σ ${rowsPath}/*/${key}`, whole[key], ["media", "total", key], sink);
  }
}

function checkCoverage(report: Shape, sink: RuleSink): void {
  const { from, to } = report.coverage;
  if (from > to) {
    sink.add(["coverage", "from"], "report.coverage_order", { from, to });
    return;
  }
  report.media.byMonth.forEach((row, i) => {
    if (row.month < from || row.month > to) sink.add(["media", "byMonth", i, "month"], "report.month_outside_coverage", { month: row.month, from, to });
  });
  report.media.byQuarter.forEach((row, i) => {
    const { first, last } = periodMonthRange(row.quarter);
    if (last < from || first > to) sink.add(["media", "byQuarter", i, "quarter"], "report.month_outside_coverage", { month: row.quarter, from, to });
  });
}

/** Each section's report count is the number of sources of its kind. */
function checkReportCounts(report: Shape, sink: RuleSink): void {
  const sections = [
    ["media", "monthly-media-report", report.media.reports],
    ["agencies", "agency-communication-report", report.agencies.reports],
    ["difficulties", "difficulty-report", report.difficulties.reports],
  ] as const;
  for (const [section, schemaId, declared] of sections) {
    const counted = report.sources.filter((s) => s.schemaId === schemaId).length;
    if (declared !== counted) {
      sink.add([section, "reports"], "report.sum_mismatch", { parts: `count(/sources/*[schemaId=${schemaId}])`, sum: counted, whole: `/${section}/reports`, total: declared });
    }
  }
}

function synthesisReportRules(report: Shape, sink: RuleSink): void {
  checkUnit(report.author, ["author"], sink);
  report.sources.forEach((source, i) => checkUnit(source.unit, ["sources", i, "unit"], sink));
  checkCoverage(report, sink);
  checkReportCounts(report, sink);
  const n = report.sources.length;
  const { media, agencies } = report;
  checkProvenance(media.total, mediaValues(media.total), ["media", "total"], n, sink);
  media.byMonth.forEach((row, i) => checkProvenance(row, mediaValues(row), ["media", "byMonth", i], n, sink));
  media.byQuarter.forEach((row, i) => checkProvenance(row, mediaValues(row), ["media", "byQuarter", i], n, sink));
  media.byTopic.forEach((row, i) => checkProvenance(row, [row.reports, row.items], ["media", "byTopic", i], n, sink));
  media.byChannel.forEach((row, i) => checkProvenance(row, [row.items, row.airtimeMinutes], ["media", "byChannel", i], n, sink));
  media.byForm.forEach((row, i) => checkProvenance(row, [row.count], ["media", "byForm", i], n, sink));
  const fb = media.feedback;
  checkProvenance(fb, [fb.received, fb.positive, fb.neutral, fb.negative], ["media", "feedback"], n, sink);
  const t = agencies.total;
  const agencyValues = [t.directivesPublished, t.proceduresPosted, t.proceduresUpdated, t.briefingSessions, t.briefingParticipants, t.pressMaterials, t.legalActivities];
  checkProvenance(t, agencyValues, ["agencies", "total"], n, sink);
  const quotedLists: [readonly { source: number }[], Path][] = [
    [fb.summaries, ["media", "feedback", "summaries"]],
    [media.recommendations, ["media", "recommendations"]],
    [agencies.proposedFocalContent, ["agencies", "proposedFocalContent"]],
    [agencies.difficulties, ["agencies", "difficulties"]],
    [report.difficulties.items, ["difficulties", "items"]],
  ];
  for (const [items, path] of quotedLists) {
    items.forEach((item, i) => {
      if (item.source >= n) sink.add([...path, i, "source"], "report.unknown_source", { index: item.source, count: n });
    });
  }
  checkBreakdownSums(media.byMonth, "/media/byMonth", media.total, sink);
  checkBreakdownSums(media.byQuarter, "/media/byQuarter", media.total, sink);
  checkUnique(media.byMonth, ["media", "byMonth"], "month", (r) => r.month, sink);
  checkUnique(media.byQuarter, ["media", "byQuarter"], "quarter", (r) => r.quarter, sink);
  checkUnique(media.byTopic, ["media", "byTopic"], "topic", (r) => r.topic, sink);
  checkUnique(media.byChannel, ["media", "byChannel"], "channel", (r) => r.channel, sink);
  checkUnique(media.byForm, ["media", "byForm"], "form", (r) => r.form, sink);
  checkExtra(report.extra, sink);
}

/** @internal Builds the schema (called once by the entry point). */
export function synthesisReportZod() {
  return withRules(synthesisReportShape(), synthesisReportRules);
}
