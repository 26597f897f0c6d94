import type { Lang } from "@cchc/core";
import type { AgencyCommunicationReport } from "@cchc/reports/agency-communication-report";
import { bodyDate, periodLabel } from "../format/dates.js";
import { formatFigure } from "../format/numbers.js";
import { actorName, planTitle, reportingEdge, topicName } from "../labels/plan.js";
import { pick } from "../labels/terms.js";
import { heading, paragraph, sentence, type Block, type DocumentBody } from "./model.js";
import { extraBlocks, itemsOrNone, table } from "./parts.js";

const WORDS = {
  vi: {
    summary: (period: string) => `Kết quả thực hiện công tác tuyên truyền về CCHC ${period}`,
    intro: (plan: string, unit: string, period: string, from: string, to: string) =>
      `Thực hiện ${plan}, ${unit} báo cáo kết quả thực hiện công tác tuyên truyền về cải cách hành chính (CCHC) ${period} (số liệu từ ngày ${from} đến ngày ${to}) như sau:`,
    figure: "Nội dung",
    value: "Kết quả",
    directivesPublished: "Văn bản chỉ đạo về CCHC được thông tin, đăng tải",
    proceduresPosted: "Thủ tục hành chính được niêm yết công khai",
    proceduresUpdated: "Thủ tục hành chính được cập nhật",
    feedbackPosted: "Niêm yết nội dung tiếp nhận phản ánh, kiến nghị",
    briefingSessions: "Số buổi quán triệt đến cán bộ, công chức, viên chức",
    briefingParticipants: "Số lượt người tham dự",
    pressMaterials: "Tài liệu cung cấp cho cơ quan báo chí",
    legalIntegrated: "Lồng ghép với phổ biến, giáo dục pháp luật",
    legalActivities: "Số hoạt động lồng ghép",
    yes: "Có",
    no: "Không",
    directives: "Văn bản chỉ đạo đã đăng tải:",
    number: "Số, ký hiệu",
    title: "Trích yếu",
    issuedOn: "Ngày ban hành",
    publishedOn: "Ngày đăng tải",
    outlets: (list: string) => `Các cơ quan báo chí được cung cấp tài liệu: ${list}.`,
    topic: "Chủ đề",
    content: "Nội dung đề xuất",
    difficulties: "Khó khăn, vướng mắc",
    other: "Nội dung khác",
    closing: (period: string, unit: string) => `Trên đây là báo cáo kết quả tuyên truyền về CCHC ${period} của ${unit}./.`,
  },
  en: {
    summary: (period: string) => `Results of administrative reform communication, ${period}`,
    intro: (plan: string, unit: string, period: string, from: string, to: string) =>
      `Pursuant to ${plan}, ${unit} reports the results of its administrative reform (CCHC) communication for ${period} (data from ${from} to ${to}) as follows:`,
    figure: "Item",
    value: "Result",
    directivesPublished: "Directives on CCHC published",
    proceduresPosted: "Administrative procedures posted",
    proceduresUpdated: "Administrative procedures updated",
    feedbackPosted: "Feedback channel posted",
    briefingSessions: "Briefing sessions for staff",
    briefingParticipants: "Participants",
    pressMaterials: "Materials supplied to the press",
    legalIntegrated: "Integrated with legal dissemination",
    legalActivities: "Integrated activities",
    yes: "Yes",
    no: "No",
    directives: "Directives published:",
    number: "Number",
    title: "Title",
    issuedOn: "Issued",
    publishedOn: "Published",
    outlets: (list: string) => `Press outlets supplied: ${list}.`,
    topic: "Topic",
    content: "Proposed content",
    difficulties: "Difficulties and obstacles",
    other: "Other content",
    closing: (period: string, unit: string) => `This concludes the report of ${unit} on CCHC communication for ${period}.`,
  },
};

/**
 * The body of an agency's communication report (V.1 of the plan, to Sở Nội vụ, copy Sở VHTTDL): the two
 * contents the plan lists — results, and the proposed focal content — then difficulties.
 */
export function agencyCommunicationReportBody(report: AgencyCommunicationReport, lang: Lang): DocumentBody {
  const w = WORDS[lang];
  const n = (value: number) => formatFigure(value, lang);
  const yes = (value: boolean) => (value ? w.yes : w.no);
  const unit = report.agency.name ?? actorName(report.agency.actor, lang);
  const period = periodLabel(report.period, lang);
  const [results, focal] = (reportingEdge("agencies-cchc-report")?.contents ?? []).map((c) => sentence(pick(c.text, lang)));
  const { directives, procedures, staffBriefings, pressMaterials, legalDissemination } = report;
  const blocks: Block[] = [
    paragraph(w.intro(planTitle(lang), unit, period, bodyDate(report.window.start, lang), bodyDate(report.window.end, lang))),
    heading(1, results ?? ""),
    table(
      [[w.figure, 75, "left"], [w.value, 25, "right"]],
      [
        [w.directivesPublished, n(directives.published)],
        [w.proceduresPosted, n(procedures.posted)],
        [w.proceduresUpdated, n(procedures.updated)],
        [w.feedbackPosted, yes(procedures.feedbackChannelPosted)],
        [w.briefingSessions, n(staffBriefings.sessions)],
        [w.briefingParticipants, n(staffBriefings.participants)],
        [w.pressMaterials, n(pressMaterials.items)],
        [w.legalIntegrated, yes(legalDissemination.integrated)],
        [w.legalActivities, n(legalDissemination.activities)],
      ],
    ),
  ];
  if (directives.items.length > 0) {
    blocks.push(
      paragraph(w.directives),
      table(
        [[w.number, 20, "left"], [w.title, 48, "left"], [w.issuedOn, 16, "center"], [w.publishedOn, 16, "center"]],
        directives.items.map((d) => [d.documentNumber ?? "", d.title, d.issuedOn === undefined ? "" : bodyDate(d.issuedOn, lang), bodyDate(d.publishedOn, lang)]),
      ),
    );
  }
  if (pressMaterials.outlets.length > 0) blocks.push(paragraph(w.outlets(pressMaterials.outlets.join(", "))));
  if (legalDissemination.note !== undefined) blocks.push(paragraph(legalDissemination.note));
  blocks.push(heading(1, focal ?? ""));
  blocks.push(
    report.proposedFocalContent.length === 0
      ? paragraph(lang === "en" ? "None." : "Không có.")
      : table([[w.topic, 35, "left"], [w.content, 65, "left"]], report.proposedFocalContent.map((p) => [topicName(p.topic, lang), p.content])),
    heading(1, w.difficulties),
    ...itemsOrNone(report.difficulties, lang),
  );
  const extra = extraBlocks(w.other, report.extra, report.notes, lang);
  if (extra.length > 0) blocks.push(heading(1, w.other), ...extra.slice(1));
  blocks.push(paragraph(w.closing(period, unit)));
  return { summary: w.summary(period), blocks };
}
