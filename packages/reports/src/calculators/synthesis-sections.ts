/**
 * The sections of a synthesis, each computed from its validated, deduplicated and sorted source
 * reports: the media figures (by month, quarter, topic, channel, form), the agencies' figures and the
 * compiled difficulties. `offset` is the index in `sources` of a section's first report.
 */
import { TOPIC_CODES } from "@cchc/plan/codes";
import type { AgencyCommunicationReport } from "../agency-communication-report.js";
import type { DifficultyReport } from "../difficulty-report.js";
import type { MonthlyMediaReport } from "../monthly-media-report.js";
import { MEDIA_CHANNEL_CODES, PRESENTATION_FORMS } from "../schemas/codes.js";
import { total } from "../schemas/common.js";
import type { SourceKind, Unit } from "./synthesis-inputs.js";

export const quarterOf = (month: string): string => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;

interface MediaFigures {
  newsItems: number;
  articles: number;
  airtime: number[];
  sources: number[];
}

function mediaRows<K extends string>(groups: Map<K, MediaFigures>, keyName: string) {
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, f]) => ({ [keyName]: key, newsItems: f.newsItems, articles: f.articles, airtimeMinutes: total(f.airtime), sources: f.sources }));
}

function add(groups: Map<string, MediaFigures>, key: string, r: MonthlyMediaReport, source: number): void {
  const f = groups.get(key) ?? { newsItems: 0, articles: 0, airtime: [], sources: [] };
  f.newsItems += r.totals.newsItems;
  f.articles += r.totals.articles;
  f.airtime.push(r.totals.airtimeMinutes);
  f.sources.push(source);
  groups.set(key, f);
}

function byCode<C extends string>(codes: readonly C[]): Map<C, { a: number; b: number[]; sources: number[]; reports: number }> {
  return new Map(codes.map((c) => [c, { a: 0, b: [], sources: [], reports: 0 }]));
}

/** The media section: totals, breakdowns, feedback and recommendations of the monthly media reports. */
export function mediaSection(media: readonly MonthlyMediaReport[]) {
  const months = new Map<string, MediaFigures>();
  const quarters = new Map<string, MediaFigures>();
  const topics = byCode(TOPIC_CODES);
  const channels = byCode(MEDIA_CHANNEL_CODES);
  const forms = byCode(PRESENTATION_FORMS);
  const feedback = { received: 0, positive: 0, neutral: 0, negative: 0 };
  const summaries: { text: string; source: number }[] = [];
  const recommendations: { text: string; source: number }[] = [];
  media.forEach((r, source) => {
    add(months, r.month, r, source);
    add(quarters, quarterOf(r.month), r, source);
    for (const c of r.content) {
      const t = topics.get(c.topic)!;
      t.a += c.items ?? 0;
      t.reports += 1;
      t.sources.push(source);
    }
    for (const c of r.channels) {
      const t = channels.get(c.channel)!;
      t.a += c.items;
      t.b.push(c.airtimeMinutes ?? 0);
      t.sources.push(source);
    }
    for (const f of r.forms) {
      const t = forms.get(f.form)!;
      t.a += f.count;
      t.sources.push(source);
    }
    feedback.received += r.feedback.received ?? 0;
    feedback.positive += r.feedback.positive ?? 0;
    feedback.neutral += r.feedback.neutral ?? 0;
    feedback.negative += r.feedback.negative ?? 0;
    summaries.push({ text: r.feedback.summary, source });
    for (const text of r.recommendations) recommendations.push({ text, source });
  });
  const all = media.map((_, i) => i);
  type Tally = { a: number; b: number[]; sources: number[]; reports: number };
  const used = <C extends string>(m: Map<C, Tally>) => [...m.entries()].filter(([, v]) => v.sources.length > 0);
  return {
    reports: media.length,
    total: {
      newsItems: media.reduce((s, r) => s + r.totals.newsItems, 0),
      articles: media.reduce((s, r) => s + r.totals.articles, 0),
      airtimeMinutes: total(media.map((r) => r.totals.airtimeMinutes)),
      sources: all,
    },
    byMonth: mediaRows(months, "month") as { month: string; newsItems: number; articles: number; airtimeMinutes: number; sources: number[] }[],
    byQuarter: mediaRows(quarters, "quarter") as { quarter: string; newsItems: number; articles: number; airtimeMinutes: number; sources: number[] }[],
    byTopic: used(topics).map(([topic, v]) => ({ topic, reports: v.reports, items: v.a, sources: v.sources })),
    byChannel: used(channels).map(([channel, v]) => ({ channel, items: v.a, airtimeMinutes: total(v.b), sources: v.sources })),
    byForm: used(forms).map(([form, v]) => ({ form, count: v.a, sources: v.sources })),
    feedback: { ...feedback, sources: all, summaries },
    recommendations,
  };
}

/** The agencies' section: their totals, proposals and difficulties. */
export function agencySection(agencies: readonly AgencyCommunicationReport[], offset: number) {
  const sum = (pick: (r: AgencyCommunicationReport) => number) => agencies.reduce((s, r) => s + pick(r), 0);
  return {
    reports: agencies.length,
    total: {
      directivesPublished: sum((r) => r.directives.published),
      proceduresPosted: sum((r) => r.procedures.posted),
      proceduresUpdated: sum((r) => r.procedures.updated),
      briefingSessions: sum((r) => r.staffBriefings.sessions),
      briefingParticipants: sum((r) => r.staffBriefings.participants),
      pressMaterials: sum((r) => r.pressMaterials.items),
      legalActivities: sum((r) => r.legalDissemination.activities),
      sources: agencies.map((_, i) => offset + i),
    },
    proposedFocalContent: agencies.flatMap((r, i) => r.proposedFocalContent.map((p) => ({ topic: p.topic, content: p.content, source: offset + i }))),
    difficulties: agencies.flatMap((r, i) => r.difficulties.map((text) => ({ text, source: offset + i }))),
  };
}

/** The `sources` entry of one report. */
export function source(kind: SourceKind, unit: Unit, period: string, r: { reportId?: string | undefined; submittedAt?: string | undefined }) {
  return {
    schemaId: kind,
    unit: { actor: unit.actor, ...(unit.name !== undefined && { name: unit.name }), ...(unit.communeCode !== undefined && { communeCode: unit.communeCode }) },
    period,
    ...(r.reportId !== undefined && { reportId: r.reportId }),
    ...(r.submittedAt !== undefined && { submittedAt: r.submittedAt }),
  };
}

/**
 * The compiled difficulties (closing paragraph: "các cơ quan, đơn vị, địa phương có khó khăn, vướng mắc
 * thì phản ánh về Sở Văn hóa, Thể thao và Du lịch để tổng hợp, báo cáo Chủ tịch UBND tỉnh"): every item
 * of every difficulty report, with its source.
 */
export function difficultySection(difficulties: readonly DifficultyReport[], offset: number) {
  return {
    reports: difficulties.length,
    items: difficulties.flatMap((r, i) =>
      r.items.map((item) => ({
        title: item.title,
        description: item.description,
        ...(item.topic !== undefined && { topic: item.topic }),
        ...(item.channel !== undefined && { channel: item.channel }),
        ...(item.since !== undefined && { since: item.since }),
        ...(item.proposal !== undefined && { proposal: item.proposal }),
        ...(item.decisionBy !== undefined && { decisionBy: item.decisionBy }),
        source: offset + i,
      })),
    ),
  };
}
