import type { Lang } from "@cchc/core";
import type { MonthlyMediaReport } from "@cchc/reports/monthly-media-report";
import { bodyDate, monthLabel } from "../format/dates.js";
import { formatFigure } from "../format/numbers.js";
import { actorName, channelName, planTitle, reportingEdge, topicName } from "../labels/plan.js";
import { FORM_NAMES, pick, SECTION_KIND_NAMES, term } from "../labels/terms.js";
import { heading, paragraph, sentence, type Block, type DocumentBody } from "./model.js";
import { extraBlocks, itemsOrNone, noneParagraph, table } from "./parts.js";

const WORDS = {
  vi: {
    summary: (month: string) => `Kết quả tuyên truyền cải cách hành chính ${month}`,
    intro: (plan: string, unit: string, month: string) => `Thực hiện ${plan}, ${unit} báo cáo kết quả tuyên truyền cải cách hành chính (CCHC) ${month} như sau:`,
    results: (month: string) => `Kết quả tuyên truyền CCHC ${month}`,
    airtime: (minutes: string) => `Tổng thời lượng phát sóng các tin, bài về CCHC: ${minutes} phút.`,
    items: (news: string, articles: string) => `Tổng số: ${news} tin và ${articles} bài về CCHC.`,
    channel: "Kênh",
    count: "Số tin, bài",
    minutes: "Thời lượng (phút)",
    date: "Ngày",
    slot: "Giờ",
    section: "Chuyên mục",
    title: "Tiêu đề",
    kind: "Loại",
    news: "Số tin",
    articles: "Số bài",
    editions: "Số kỳ",
    broadcasts: "Lịch phát sóng, đăng tải:",
    topic: "Chủ đề",
    content: "Nội dung chính",
    form: "Hình thức",
    quantity: "Số lượng",
    note: "Ghi chú",
    received: "Tổng số ý kiến",
    positive: "Tích cực",
    neutral: "Trung lập",
    negative: "Tiêu cực",
    other: "Nội dung khác",
    closing: (month: string, unit: string) => `Trên đây là báo cáo kết quả tuyên truyền CCHC ${month} của ${unit}./.`,
  },
  en: {
    summary: (month: string) => `Results of administrative reform communication, ${month}`,
    intro: (plan: string, unit: string, month: string) => `Pursuant to ${plan}, ${unit} reports the results of its administrative reform (CCHC) communication in ${month} as follows:`,
    results: (month: string) => `Results of CCHC communication in ${month}`,
    airtime: (minutes: string) => `Total airtime of CCHC news items and articles: ${minutes} minutes.`,
    items: (news: string, articles: string) => `In total: ${news} news items and ${articles} articles on CCHC.`,
    channel: "Channel",
    count: "Items",
    minutes: "Airtime (minutes)",
    date: "Date",
    slot: "Time",
    section: "Section",
    title: "Title",
    kind: "Kind",
    news: "News items",
    articles: "Articles",
    editions: "Editions",
    broadcasts: "Broadcasts and postings:",
    topic: "Topic",
    content: "Main content",
    form: "Form",
    quantity: "Number",
    note: "Note",
    received: "Opinions received",
    positive: "Positive",
    neutral: "Neutral",
    negative: "Negative",
    other: "Other content",
    closing: (month: string, unit: string) => `This concludes the report of ${unit} on CCHC communication in ${month}.`,
  },
};

/** The six contents the plan lists for this report (V.5), in its order, as headings. */
function contentHeadings(lang: Lang): string[] {
  const edge = reportingEdge("media-monthly-report");
  return (edge?.contents ?? []).map((c) => sentence(pick(c.text, lang)));
}

/**
 * The body of the monthly media report (Báo và Phát thanh, Truyền hình Bắc Ninh → Sở VHTTDL): the six
 * contents of the plan's V.5 in the plan's order, each with its figures in a table, then what the plan
 * leaves open ("…": the report's extension fields and notes).
 */
export function monthlyMediaReportBody(report: MonthlyMediaReport, lang: Lang): DocumentBody {
  const w = WORDS[lang];
  const n = (value: number) => formatFigure(value, lang);
  const unit = report.unit.name ?? actorName(report.unit.actor, lang);
  const month = monthLabel(report.month, lang);
  const [airtime, items, content, forms, feedback, proposals] = contentHeadings(lang);
  const { totals, feedback: fb } = report;
  const blocks: Block[] = [
    paragraph(w.intro(planTitle(lang), unit, month)),
    heading(1, w.results(month)),
    heading(2, airtime ?? ""),
    paragraph(w.airtime(n(totals.airtimeMinutes))),
    table(
      [[w.channel, 50, "left"], [w.count, 20, "right"], [w.minutes, 30, "right"]],
      report.channels.map((c) => [channelName(c.channel, lang), n(c.items), c.airtimeMinutes === undefined ? "" : n(c.airtimeMinutes)]),
    ),
  ];
  if (report.broadcasts.length > 0) {
    blocks.push(
      paragraph(w.broadcasts),
      table(
        [[w.date, 15, "center"], [w.slot, 10, "center"], [w.channel, 20, "left"], [w.section, 20, "left"], [w.title, 23, "left"], [w.minutes, 12, "right"]],
        report.broadcasts.map((b) => [bodyDate(b.date, lang), b.slot ?? "", channelName(b.channel, lang), b.section ?? "", b.title ?? "", b.airtimeMinutes === undefined ? "" : n(b.airtimeMinutes)]),
      ),
    );
  }
  blocks.push(
    heading(2, items ?? ""),
    paragraph(w.items(n(totals.newsItems), n(totals.articles))),
    table(
      [[w.section, 26, "left"], [w.kind, 14, "left"], [w.channel, 18, "left"], [w.news, 10, "right"], [w.articles, 10, "right"], [w.minutes, 12, "right"], [w.editions, 10, "right"]],
      report.sections.map((s) => [
        s.name,
        pick(SECTION_KIND_NAMES[s.kind] ?? { vi: s.kind, en: s.kind }, lang),
        channelName(s.channel, lang),
        n(s.newsItems),
        n(s.articles),
        n(s.airtimeMinutes),
        s.editions === undefined ? "" : n(s.editions),
      ]),
      [term("total", lang), "", "", n(totals.newsItems), n(totals.articles), n(totals.airtimeMinutes), ""],
    ),
    heading(2, content ?? ""),
    table(
      [[w.topic, 30, "left"], [w.content, 55, "left"], [w.count, 15, "right"]],
      report.content.map((c) => [topicName(c.topic, lang), c.summary, c.items === undefined ? "" : n(c.items)]),
    ),
    heading(2, forms ?? ""),
  );
  blocks.push(
    report.forms.length === 0
      ? noneParagraph(lang)
      : table(
          [[w.form, 35, "left"], [w.quantity, 20, "right"], [w.note, 45, "left"]],
          report.forms.map((f) => [pick(FORM_NAMES[f.form] ?? { vi: f.form, en: f.form }, lang), n(f.count), f.note ?? ""]),
        ),
    heading(2, feedback ?? ""),
    paragraph(fb.summary),
  );
  if (fb.received !== undefined) {
    blocks.push(
      table(
        [[w.received, 28, "right"], [w.positive, 24, "right"], [w.neutral, 24, "right"], [w.negative, 24, "right"]],
        [[n(fb.received), n(fb.positive ?? 0), n(fb.neutral ?? 0), n(fb.negative ?? 0)]],
      ),
    );
  }
  blocks.push(heading(2, proposals ?? ""));
  blocks.push(...itemsOrNone(report.recommendations, lang));
  blocks.push(...extraBlocks(w.other, report.extra, report.notes, lang));
  blocks.push(paragraph(w.closing(month, unit)));
  return { summary: w.summary(month), blocks };
}
