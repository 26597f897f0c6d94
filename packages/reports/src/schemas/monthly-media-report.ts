import { TOPIC_CODES } from "@cchc/plan/codes";
import * as z from "zod/mini";
import { MEDIA_CHANNEL_CODES, PRESENTATION_FORMS, SECTION_KINDS } from "./codes.js";
import { checkAtMost, checkExtra, checkSum, checkUnique, checkUnit, reportFooter, reportHeader, reportingUnit, sameTextKey, withRules, type RuleSink } from "./common.js";
import { checkAirtime, checkChannelAirtime, checkForms, checkSectionBroadcasts } from "./media-figures.js";
import { count, isoDate, isoDateTime, list, minutes, monthId, strictObject, text } from "./fields.js";

/** The `schemaVersion` of the monthly media report (2: airtime only where there is air; figures stated twice agree). */
export const MONTHLY_MEDIA_REPORT_VERSION = 2;

/** Most airtime a whole report can total (several channels over a month). */
const MAX_TOTAL_MINUTES = 1_000_000;

function monthlyMediaReportShape() {
  const channel = z.enum(MEDIA_CHANNEL_CODES);
  return strictObject({
    ...reportHeader(MONTHLY_MEDIA_REPORT_VERSION),
    unit: reportingUnit(),
    month: monthId(),
    submittedAt: z.optional(isoDateTime()),
    totals: strictObject({
      newsItems: count(),
      articles: count(),
      airtimeMinutes: minutes(MAX_TOTAL_MINUTES),
    }),
    sections: list(
      strictObject({
        name: text(300),
        kind: z.enum(SECTION_KINDS),
        channel,
        newsItems: count(),
        articles: count(),
        airtimeMinutes: minutes(),
        editions: z.optional(count()),
      }),
      200,
    ),
    broadcasts: list(
      strictObject({
        date: isoDate(),
        slot: z.optional(text(100)),
        channel,
        section: z.optional(text(300)),
        title: z.optional(text(500)),
        airtimeMinutes: z.optional(minutes()),
        url: z.optional(text(2000)),
      }),
      3000,
    ),
    content: list(
      strictObject({
        topic: z.enum(TOPIC_CODES),
        summary: text(4000),
        items: z.optional(count()),
      }),
      50,
    ).check(z.minLength(1)),
    forms: list(strictObject({ form: z.enum(PRESENTATION_FORMS), count: count(), note: z.optional(text(500)) }), 20),
    channels: list(
      strictObject({
        channel,
        items: count(),
        airtimeMinutes: z.optional(minutes()),
        accounts: z.optional(list(text(300), 50)),
      }),
      20,
    ),
    feedback: strictObject({
      summary: text(4000),
      received: z.optional(count()),
      positive: z.optional(count()),
      neutral: z.optional(count()),
      negative: z.optional(count()),
    }),
    recommendations: list(text(2000), 50),
    ...reportFooter(),
  });
}

type Shape = z.output<ReturnType<typeof monthlyMediaReportShape>>;

/**
 * The section index of each broadcast's `section` (by exact name, else ignoring case and spacing), or
 * `undefined`; an unknown name is reported.
 */
function broadcastSections(report: Shape, sink: RuleSink): (number | undefined)[] {
  const { sections, broadcasts } = report;
  const exact = new Map<string, number>();
  for (let i = sections.length - 1; i >= 0; i--) exact.set(sections[i]!.name, i); // the first of equal names wins
  let folded: Map<string, number> | undefined; // the folded names, built only if some reference is not exact
  const sectionOf = new Array<number | undefined>(broadcasts.length);
  for (let i = 0; i < broadcasts.length; i++) {
    const name = broadcasts[i]!.section;
    if (name === undefined) continue;
    let at = exact.get(name);
    if (at === undefined) {
      if (!folded) {
        folded = new Map();
        for (let j = sections.length - 1; j >= 0; j--) folded.set(sameTextKey(sections[j]!.name), j);
      }
      at = folded.get(sameTextKey(name));
      if (at === undefined) sink.add(["broadcasts", i, "section"], "report.unknown_reference", { value: name, list: "/sections/*/name" });
    }
    sectionOf[i] = at;
  }
  return sectionOf;
}

function monthlyMediaReportRules(report: Shape, sink: RuleSink): void {
  checkUnit(report.unit, ["unit"], sink);
  const { sections, totals } = report;
  checkSum(sections.map((s) => s.newsItems), "Σ /sections/*/newsItems", totals.newsItems, ["totals", "newsItems"], sink);
  checkSum(sections.map((s) => s.articles), "Σ /sections/*/articles", totals.articles, ["totals", "articles"], sink);
  checkSum(sections.map((s) => s.airtimeMinutes), "Σ /sections/*/airtimeMinutes", totals.airtimeMinutes, ["totals", "airtimeMinutes"], sink);
  checkUnique(sections, ["sections"], "name", (s) => sameTextKey(s.name), sink);
  const monthPrefix = `${report.month}-`;
  report.broadcasts.forEach((b, i) => {
    if (!b.date.startsWith(monthPrefix)) sink.add(["broadcasts", i, "date"], "report.date_outside_month", { date: b.date, month: report.month });
  });
  const sectionOf = broadcastSections(report, sink);
  checkAirtime(report, sink);
  checkSectionBroadcasts(report, sectionOf, sink);
  checkChannelAirtime(report, sink);
  checkUnique(report.content, ["content"], "topic", (c) => c.topic, sink);
  checkUnique(report.forms, ["forms"], "form", (f) => f.form, sink);
  checkForms(report, sink);
  checkUnique(report.channels, ["channels"], "channel", (c) => c.channel, sink);
  const { feedback } = report;
  if (feedback.received !== undefined) {
    const parts = [feedback.positive ?? 0, feedback.neutral ?? 0, feedback.negative ?? 0];
    checkAtMost(parts, "/feedback/positive + /feedback/neutral + /feedback/negative", feedback.received, ["feedback", "received"], ["feedback"], sink);
  }
  checkExtra(report.extra, sink);
}

/** @internal Builds the schema (called once, lazily, by the entry point). */
export function monthlyMediaReportZod() {
  return withRules(monthlyMediaReportShape(), monthlyMediaReportRules);
}
