import type { Lang } from "@cchc/core";
import type { DifficultyReport } from "@cchc/reports/difficulty-report";
import { bodyDate, periodLabel } from "../format/dates.js";
import { formatFigure } from "../format/numbers.js";
import { actorName, channelName, planTitle, topicName } from "../labels/plan.js";
import { heading, item, paragraph, type Block, type DocumentBody } from "./model.js";
import { extraBlocks, noneParagraph } from "./parts.js";

const WORDS = {
  vi: {
    summary: (period: string) => `Khó khăn, vướng mắc trong tổ chức thực hiện Kế hoạch tuyên truyền CCHC${period}`,
    intro: (plan: string, unit: string, period: string) =>
      `Thực hiện ${plan}, ${unit} báo cáo khó khăn, vướng mắc trong quá trình tổ chức thực hiện${period} như sau:`,
    periodSuffix: (period: string) => ` ${period}`,
    difficulties: "Khó khăn, vướng mắc",
    count: (count: string) => `Tổng số khó khăn, vướng mắc: ${count}.`,
    no: "STT",
    title: "Khó khăn, vướng mắc",
    topic: "Chủ đề",
    channel: "Hình thức, kênh",
    since: "Phát sinh từ",
    details: "Nội dung cụ thể",
    proposals: "Đề xuất, kiến nghị",
    decisionBy: (who: string) => ` (đề nghị ${who} xem xét, giải quyết)`,
    other: "Nội dung khác",
    closing: (unit: string) => `Trên đây là báo cáo khó khăn, vướng mắc của ${unit}, kính đề nghị cấp có thẩm quyền xem xét, giải quyết./.`,
  },
  en: {
    summary: (period: string) => `Difficulties and obstacles in carrying out the CCHC communication plan${period}`,
    intro: (plan: string, unit: string, period: string) =>
      `Pursuant to ${plan}, ${unit} reports the difficulties and obstacles met in carrying it out${period} as follows:`,
    periodSuffix: (period: string) => `, ${period}`,
    difficulties: "Difficulties and obstacles",
    count: (count: string) => `Difficulties reported: ${count}.`,
    no: "No.",
    title: "Difficulty",
    topic: "Topic",
    channel: "Form or channel",
    since: "Since",
    details: "Details",
    proposals: "Proposals",
    decisionBy: (who: string) => ` (for the ${who} to consider and resolve)`,
    other: "Other content",
    closing: (unit: string) => `This concludes the report of ${unit} on difficulties and obstacles, submitted for consideration and resolution.`,
  },
};

/**
 * The body of a difficulty report (khó khăn, vướng mắc — any unit → Sở VHTTDL, the plan's closing
 * paragraph): the difficulties in a table, each described, then the proposals with who should decide.
 */
export function difficultyReportBody(report: DifficultyReport, lang: Lang): DocumentBody {
  const w = WORDS[lang];
  const unit = report.from.name ?? actorName(report.from.actor, lang);
  const period = report.period === undefined ? "" : w.periodSuffix(periodLabel(report.period, lang));
  const blocks: Block[] = [
    paragraph(w.intro(planTitle(lang), unit, period)),
    heading(1, w.difficulties),
    paragraph(w.count(formatFigure(report.items.length, lang))),
    {
      kind: "table",
      columns: [
        { header: w.no, width: 7, align: "center" },
        { header: w.title, width: 33, align: "left" },
        { header: w.topic, width: 27, align: "left" },
        { header: w.channel, width: 17, align: "left" },
        { header: w.since, width: 16, align: "center" },
      ],
      rows: report.items.map((d, i) => [
        formatFigure(i + 1, lang),
        d.title,
        d.topic === undefined ? "" : topicName(d.topic, lang),
        d.channel === undefined ? "" : channelName(d.channel, lang),
        d.since === undefined ? "" : bodyDate(d.since, lang),
      ]),
    },
    heading(2, w.details),
    ...report.items.map((d) => item(`${d.title}: ${d.description}`)),
    heading(1, w.proposals),
  ];
  const proposals = report.items.filter((d) => d.proposal !== undefined);
  if (proposals.length === 0) blocks.push(noneParagraph(lang));
  for (const d of proposals) {
    blocks.push(item(`${d.proposal}${d.decisionBy === undefined ? "" : w.decisionBy(actorName(d.decisionBy, lang))}`));
  }
  const extra = extraBlocks(w.other, report.extra, report.notes, lang);
  if (extra.length > 0) blocks.push(heading(1, w.other), ...extra.slice(1));
  blocks.push(paragraph(w.closing(unit)));
  return { summary: w.summary(period), blocks };
}
