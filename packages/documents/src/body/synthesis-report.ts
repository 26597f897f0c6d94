import type { Lang } from "@cchc/core";
import type { SynthesisReport } from "@cchc/reports/synthesis-report";
import { bodyDate, monthLabel, monthSpanLabel, periodLabel } from "../format/dates.js";
import { civilDateOf } from "../format/civil.js";
import { formatFigure } from "../format/numbers.js";
import { actorName, channelName, planTitle, topicName } from "../labels/plan.js";
import { FORM_NAMES, pick, term } from "../labels/terms.js";
import { heading, item, paragraph, sentence, type Block, type DocumentBody } from "./model.js";
import { extraBlocks, noneParagraph, table } from "./parts.js";

const WORDS = {
  vi: {
    summary: (span: string) => `Tổng hợp kết quả tuyên truyền cải cách hành chính ${span}`,
    intro: (plan: string, unit: string, span: string) =>
      `Thực hiện ${plan}, trên cơ sở báo cáo của các cơ quan, đơn vị, ${unit} tổng hợp kết quả tuyên truyền cải cách hành chính (CCHC) ${span} như sau:`,
    sources: "Tình hình tiếp nhận báo cáo",
    sourcesCount: (n: string) => `Đã tiếp nhận ${n} báo cáo:`,
    no: "STT",
    unit: "Đơn vị",
    report: "Báo cáo",
    period: "Kỳ báo cáo",
    submitted: "Ngày gửi",
    schemas: {
      "monthly-media-report": "Kết quả tuyên truyền hằng tháng",
      "agency-communication-report": "Kết quả tuyên truyền về CCHC",
      "difficulty-report": "Phản ánh khó khăn, vướng mắc",
    } as Record<string, string>,
    media: "Kết quả tuyên truyền trên báo chí, phát thanh, truyền hình",
    mediaTotal: (reports: string, news: string, articles: string, minutes: string) =>
      `Tổng hợp từ ${reports} báo cáo tháng: ${news} tin, ${articles} bài; tổng thời lượng phát sóng ${minutes} phút.`,
    byMonth: "Số lượng tin, bài và thời lượng theo tháng",
    byQuarter: "Theo quý",
    byTopic: "Nội dung tuyên truyền theo chủ đề",
    byChannel: "Theo kênh tuyên truyền",
    byForm: "Theo hình thức thể hiện",
    feedback: "Phản hồi của người dân và doanh nghiệp",
    recommendations: "Kiến nghị, đề xuất của các cơ quan báo chí",
    month: "Tháng",
    quarter: "Quý",
    news: "Số tin",
    articles: "Số bài",
    minutes: "Thời lượng (phút)",
    topic: "Chủ đề",
    reports: "Số báo cáo",
    items: "Số tin, bài",
    channel: "Kênh",
    form: "Hình thức",
    quantity: "Số lượng",
    received: "Tổng số ý kiến",
    positive: "Tích cực",
    neutral: "Trung lập",
    negative: "Tiêu cực",
    agencies: "Kết quả tuyên truyền của các cơ quan, đơn vị",
    agenciesCount: (n: string) => `Tổng hợp từ ${n} báo cáo của các cơ quan, đơn vị:`,
    figure: "Nội dung",
    value: "Kết quả",
    directivesPublished: "Văn bản chỉ đạo về CCHC được thông tin, đăng tải",
    proceduresPosted: "Thủ tục hành chính được niêm yết công khai",
    proceduresUpdated: "Thủ tục hành chính được cập nhật",
    briefingSessions: "Số buổi quán triệt đến cán bộ, công chức, viên chức",
    briefingParticipants: "Số lượt người tham dự",
    pressMaterials: "Tài liệu cung cấp cho cơ quan báo chí",
    legalActivities: "Hoạt động lồng ghép phổ biến, giáo dục pháp luật",
    focal: "Nội dung tuyên truyền trọng tâm được đề xuất",
    content: "Nội dung",
    proposedBy: "Đơn vị đề xuất",
    difficulties: "Khó khăn, vướng mắc",
    proposal: "Đề xuất",
    advice: "Đề xuất định hướng, nội dung và hình thức tuyên truyền CCHC trong thời gian tiếp theo",
    direction: "Định hướng",
    adviceContent: "Nội dung tuyên truyền",
    adviceForms: "Hình thức tuyên truyền",
    other: "Nội dung khác",
    closing: (unit: string, recipient: string) => `Trên đây là báo cáo tổng hợp kết quả tuyên truyền CCHC của ${unit}, kính báo cáo ${recipient} xem xét, chỉ đạo./.`,
  },
  en: {
    summary: (span: string) => `Synthesis of administrative reform communication, ${span}`,
    intro: (plan: string, unit: string, span: string) =>
      `Pursuant to ${plan}, and on the basis of the reports of agencies and units, ${unit} presents the synthesis of administrative reform (CCHC) communication for ${span} as follows:`,
    sources: "Reports received",
    sourcesCount: (n: string) => `Reports received: ${n}.`,
    no: "No.",
    unit: "Unit",
    report: "Report",
    period: "Period",
    submitted: "Submitted",
    schemas: {
      "monthly-media-report": "Monthly media report",
      "agency-communication-report": "CCHC communication report",
      "difficulty-report": "Difficulties and obstacles",
    } as Record<string, string>,
    media: "Communication in the press, on radio and television",
    mediaTotal: (reports: string, news: string, articles: string, minutes: string) =>
      `From ${reports} monthly reports: ${news} news items, ${articles} articles; ${minutes} minutes of airtime.`,
    byMonth: "News items, articles and airtime by month",
    byQuarter: "By quarter",
    byTopic: "Content by topic",
    byChannel: "By channel",
    byForm: "By form of presentation",
    feedback: "Feedback from citizens and businesses",
    recommendations: "Recommendations of the press",
    month: "Month",
    quarter: "Quarter",
    news: "News items",
    articles: "Articles",
    minutes: "Airtime (minutes)",
    topic: "Topic",
    reports: "Reports",
    items: "Items",
    channel: "Channel",
    form: "Form",
    quantity: "Number",
    received: "Opinions received",
    positive: "Positive",
    neutral: "Neutral",
    negative: "Negative",
    agencies: "Communication by agencies and units",
    agenciesCount: (n: string) => `From ${n} reports of agencies and units:`,
    figure: "Item",
    value: "Result",
    directivesPublished: "Directives on CCHC published",
    proceduresPosted: "Administrative procedures posted",
    proceduresUpdated: "Administrative procedures updated",
    briefingSessions: "Briefing sessions for staff",
    briefingParticipants: "Participants",
    pressMaterials: "Materials supplied to the press",
    legalActivities: "Activities integrated with legal dissemination",
    focal: "Proposed focal content",
    content: "Content",
    proposedBy: "Proposed by",
    difficulties: "Difficulties and obstacles",
    proposal: "Proposal",
    advice: "Proposed direction, content and forms of CCHC communication for the next period",
    direction: "Direction",
    adviceContent: "Content",
    adviceForms: "Forms of communication",
    other: "Other content",
    closing: (unit: string, recipient: string) => `This concludes the synthesis of CCHC communication by ${unit}, submitted to the ${recipient} for consideration and direction.`,
  },
};

type Words = (typeof WORDS)["vi"];

/** What every section of the synthesis gets. */
interface SectionContext {
  readonly report: SynthesisReport;
  readonly lang: Lang;
  readonly w: Words;
  readonly n: (value: number) => string;
  /** "Báo và Phát thanh, Truyền hình Bắc Ninh, tháng 02 năm 2026": who sent source `i`, for which period. */
  readonly source: (index: number) => string;
}

/** One section of the synthesis (a level-1 heading and its content); `[]` when it has nothing to say. */
type SynthesisSection = (context: SectionContext) => Block[];

function sourcesSection({ report, lang, w, n }: SectionContext): Block[] {
  if (report.sources.length === 0) return [];
  return [
    heading(1, w.sources),
    paragraph(w.sourcesCount(n(report.sources.length))),
    table(
      [[w.no, 8, "center"], [w.unit, 34, "left"], [w.report, 24, "left"], [w.period, 18, "left"], [w.submitted, 16, "center"]],
      report.sources.map((s, i) => [
        n(i + 1),
        s.unit.name ?? actorName(s.unit.actor, lang),
        w.schemas[s.schemaId] ?? s.schemaId,
        sentence(periodLabel(s.period, lang)),
        s.submittedAt === undefined ? "" : bodyDate(civilDateOf(s.submittedAt), lang),
      ]),
    ),
  ];
}

function mediaSection({ report, lang, w, n, source }: SectionContext): Block[] {
  const { media } = report;
  if (media.reports === 0) return [];
  const mediaRow = (label: string, f: { newsItems: number; articles: number; airtimeMinutes: number }) => [label, n(f.newsItems), n(f.articles), n(f.airtimeMinutes)];
  const total = mediaRow(term("total", lang), media.total);
  const figures = (first: string): [string, number, "left" | "right"][] => [[first, 40, "left"], [w.news, 20, "right"], [w.articles, 20, "right"], [w.minutes, 20, "right"]];
  const fb = media.feedback;
  const blocks: Block[] = [
    heading(1, w.media),
    paragraph(w.mediaTotal(n(media.reports), n(media.total.newsItems), n(media.total.articles), n(media.total.airtimeMinutes))),
    heading(2, w.byMonth),
    table(figures(w.month), media.byMonth.map((m) => mediaRow(sentence(monthLabel(m.month, lang)), m)), total),
  ];
  if (media.byQuarter.length > 1) {
    blocks.push(heading(2, w.byQuarter), table(figures(w.quarter), media.byQuarter.map((q) => mediaRow(sentence(periodLabel(q.quarter, lang)), q)), total));
  }
  blocks.push(
    heading(2, w.byTopic),
    table([[w.topic, 60, "left"], [w.reports, 20, "right"], [w.items, 20, "right"]], media.byTopic.map((t) => [topicName(t.topic, lang), n(t.reports), n(t.items)])),
    heading(2, w.byChannel),
    table([[w.channel, 50, "left"], [w.items, 25, "right"], [w.minutes, 25, "right"]], media.byChannel.map((c) => [channelName(c.channel, lang), n(c.items), n(c.airtimeMinutes)])),
    heading(2, w.byForm),
    media.byForm.length === 0
      ? noneParagraph(lang)
      : table([[w.form, 60, "left"], [w.quantity, 40, "right"]], media.byForm.map((f) => [pick(FORM_NAMES[f.form] ?? { vi: f.form, en: f.form }, lang), n(f.count)])),
    heading(2, w.feedback),
    table(
      [[w.received, 28, "right"], [w.positive, 24, "right"], [w.neutral, 24, "right"], [w.negative, 24, "right"]],
      [[n(fb.received), n(fb.positive), n(fb.neutral), n(fb.negative)]],
    ),
    ...fb.summaries.map((s) => item(`${s.text} (${source(s.source)})`)),
    heading(2, w.recommendations),
    ...(media.recommendations.length === 0 ? [noneParagraph(lang)] : media.recommendations.map((r) => item(`${r.text} (${source(r.source)})`))),
  );
  return blocks;
}

function agenciesSection({ report, lang, w, n, source }: SectionContext): Block[] {
  const { agencies } = report;
  if (agencies.reports === 0) return [];
  const t = agencies.total;
  const blocks: Block[] = [
    heading(1, w.agencies),
    paragraph(w.agenciesCount(n(agencies.reports))),
    table(
      [[w.figure, 75, "left"], [w.value, 25, "right"]],
      [
        [w.directivesPublished, n(t.directivesPublished)],
        [w.proceduresPosted, n(t.proceduresPosted)],
        [w.proceduresUpdated, n(t.proceduresUpdated)],
        [w.briefingSessions, n(t.briefingSessions)],
        [w.briefingParticipants, n(t.briefingParticipants)],
        [w.pressMaterials, n(t.pressMaterials)],
        [w.legalActivities, n(t.legalActivities)],
      ],
    ),
  ];
  if (agencies.proposedFocalContent.length > 0) {
    blocks.push(
      heading(2, w.focal),
      table(
        [[w.topic, 30, "left"], [w.content, 45, "left"], [w.proposedBy, 25, "left"]],
        agencies.proposedFocalContent.map((p) => [topicName(p.topic, lang), p.content, source(p.source)]),
      ),
    );
  }
  return blocks;
}

function difficultiesSection({ report, w, source }: SectionContext): Block[] {
  const fromAgencies = report.agencies.difficulties;
  const raised = report.difficulties.items;
  if (fromAgencies.length === 0 && raised.length === 0) return [];
  return [
    heading(1, w.difficulties),
    ...fromAgencies.map((d) => item(`${d.text} (${source(d.source)})`)),
    // Raised under the plan's closing paragraph, with the proposal when there is one.
    ...raised.map((d) => item(`${d.title}: ${d.description}${d.proposal === undefined ? "" : ` ${w.proposal}: ${d.proposal}`} (${source(d.source)})`)),
  ];
}

/** The advice V.5 asks of Sở VHTTDL: direction, content and forms for the next period (when given). */
function adviceSection({ report, lang, w }: SectionContext): Block[] {
  const { advice } = report;
  if (advice === undefined) return [];
  const blocks: Block[] = [heading(1, w.advice), heading(2, w.direction), ...advice.direction.map((d) => item(d))];
  if (advice.content.length > 0) {
    blocks.push(heading(2, w.adviceContent), ...advice.content.map((c) => item(c.topic === undefined ? c.text : `${c.text} (${topicName(c.topic, lang)})`)));
  }
  if (advice.forms.length > 0) {
    blocks.push(heading(2, w.adviceForms), ...advice.forms.map((f) => item(f.channel === undefined ? f.text : `${f.text} (${channelName(f.channel, lang)})`)));
  }
  return blocks;
}

function otherSection({ report, lang, w }: SectionContext): Block[] {
  const extra = extraBlocks(w.other, report.extra, report.notes, lang);
  return extra.length === 0 ? [] : [heading(1, w.other), ...extra.slice(1)];
}

/**
 * The sections of the synthesis, in order. A new content of the synthesis is one function above and one
 * line here.
 */
const SECTIONS: readonly SynthesisSection[] = [sourcesSection, mediaSection, agenciesSection, difficultiesSection, adviceSection, otherSection];

/**
 * The body of Sở VHTTDL's synthesis for the PPC Chairman (V.5 of the plan): the reports received, the
 * media figures by month, topic, channel and form with feedback and recommendations, the agencies'
 * figures and proposed focal content, the difficulties (the agencies' and those raised in difficulty
 * reports) — each quoted item naming its source — and the advice on the direction, content and forms of
 * communication for the next period.
 */
export function synthesisReportBody(report: SynthesisReport, lang: Lang): DocumentBody {
  const w = WORDS[lang];
  const n = (value: number) => formatFigure(value, lang);
  const unit = report.author.name ?? actorName(report.author.actor, lang);
  const span = monthSpanLabel(report.coverage.from, report.coverage.to, lang);
  const source = (index: number): string => {
    const s = report.sources[index];
    return s === undefined ? String(index) : `${s.unit.name ?? actorName(s.unit.actor, lang)}, ${periodLabel(s.period, lang)}`;
  };
  const context: SectionContext = { report, lang, w, n, source };
  const blocks: Block[] = [paragraph(w.intro(planTitle(lang), unit, span)), ...SECTIONS.flatMap((section) => section(context))];
  blocks.push(paragraph(w.closing(unit, actorName(report.recipient, lang))));
  return { summary: w.summary(span), blocks };
}
