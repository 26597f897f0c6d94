import type { ReportingEdge } from "../model/reporting.js";

/**
 * The reporting edges of the 2026 plan:
 * - `media-monthly-report` — Báo và Phát thanh, Truyền hình Bắc Ninh → Sở VHTTDL, every month before the
 *   10th (V.5), with the six listed contents and an open list ("…");
 * - `agencies-cchc-report` — agencies under the PPC and the five provincial branches → Sở Nội vụ, copy
 *   Sở VHTTDL, folded into the periodic CCHC reports (V.1);
 * - `culture-synthesis-to-chairman` — Sở VHTTDL → the PPC Chairman, the synthesis and advice (V.5);
 * - `difficulties-escalation` — any agency, unit or locality → Sở VHTTDL, when difficulties arise
 *   (closing paragraph);
 * - `difficulties-to-chairman` — Sở VHTTDL → the PPC Chairman, the compiled difficulties (closing).
 *
 * @example
 * ```ts
 * import { bacNinh2026Reporting } from "@cchc/plan";
 *
 * bacNinh2026Reporting.map((e) => `${e.from.join("+")} → ${e.to.join("+")}`)[0];
 * // => "bao-ptth-bac-ninh → so-vhttdl"
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const bacNinh2026Reporting: readonly ReportingEdge[] = [
  {
    id: "media-monthly-report",
    kind: "periodic-report",
    from: ["bao-ptth-bac-ninh"],
    to: ["so-vhttdl"],
    copy: [],
    what: { vi: "Báo cáo kết quả tuyên truyền CCHC", en: "Report on the results of reform communication" },
    contents: [
      { id: "media.airtime", text: { vi: "thời gian phát sóng/đăng tải", en: "broadcast or posting time" }, source: ["V.5"] },
      { id: "media.items", text: { vi: "số lượng tin/bài, chuyên mục", en: "number of news items, articles and sections" }, source: ["V.5"] },
      { id: "media.content", text: { vi: "nội dung chính đã tuyên truyền", en: "main content communicated" }, source: ["V.5"] },
      { id: "media.forms", text: { vi: "hình thức thể hiện", en: "forms of presentation" }, source: ["V.5"] },
      {
        id: "media.feedback",
        text: { vi: "đánh giá phản hồi của người dân và doanh nghiệp", en: "evaluation of feedback from citizens and businesses" },
        source: ["V.5"],
      },
      { id: "media.proposals", text: { vi: "kiến nghị, đề xuất", en: "recommendations and proposals" }, source: ["V.5"] },
    ],
    contentsOpenEnded: true,
    purpose: {
      vi: "để tổng hợp, báo cáo và tham mưu Chủ tịch UBND tỉnh về định hướng, nội dung và hình thức tuyên truyền CCHC trong thời gian tiếp theo",
      en: "so that the department can compile, report to and advise the PPC Chairman on the next period",
    },
    timing: { vi: "Định kỳ trước ngày 10 hằng tháng", en: "Every month, before the 10th" },
    schedule: {
      periodKind: "month",
      // "trước ngày 10": reading and rest-day policy left to the documented defaults of @cchc/deadlines
      // (strictly before; a rest day moves to the previous working day), so every reading stays available.
      rule: { kind: "day-of-month", day: 10, wording: "before", monthsAfterPeriodEnd: 1 },
      confidence: "INFERRED",
      note: {
        vi: "Báo cáo kết quả tháng M nộp trước ngày 10 tháng M+1 (cách hiểu: một tháng chỉ kết thúc vào cuối tháng). \"Trước ngày 10\" theo mặc định của @cchc/deadlines (trước hẳn ngày 10, tức chậm nhất ngày 9; rơi vào ngày nghỉ thì lùi về ngày làm việc liền trước); cách hiểu \"đến hết ngày 10\" vẫn được liệt kê khi tính hạn.",
        en: "The report on month M is due before the 10th of month M+1 (a reading: a month's results exist only once it ends). \"Before the 10th\" follows the documented default of @cchc/deadlines (strictly before: the 9th at the latest; a rest day moves to the previous working day); the on-or-before reading is still listed when the date is evaluated.",
      },
    },
    source: ["V.5"],
  },
  {
    id: "agencies-cchc-report",
    kind: "periodic-report",
    from: ["co-quan-thuoc-ubnd-tinh", "cong-an-tinh", "buu-dien-tinh", "thue-tinh", "bhxh-tinh", "dien-luc-tinh"],
    to: ["so-noi-vu"],
    copy: ["so-vhttdl"],
    what: {
      vi: "Báo cáo kết quả thực hiện công tác tuyên truyền về CCHC, và lựa chọn, đề xuất nội dung tuyên truyền trọng tâm",
      en: "Results of reform communication, with proposed focal content",
    },
    contents: [
      { id: "agencies.results", text: { vi: "kết quả thực hiện công tác tuyên truyền về CCHC", en: "results of reform communication" }, source: ["V.1"] },
      { id: "agencies.focal-content", text: { vi: "lựa chọn, đề xuất nội dung tuyên truyền trọng tâm", en: "proposed focal content" }, source: ["V.1"] },
    ],
    contentsOpenEnded: false,
    purpose: { vi: "để theo dõi, tổng hợp và thực hiện tuyên truyền", en: "for monitoring, compiling and communicating" },
    embeddedIn: { vi: "báo cáo CCHC định kỳ", en: "the periodic administrative-reform (CCHC) reports" },
    timing: {
      vi: "lồng ghép trong báo cáo CCHC định kỳ",
      en: "Within the periodic CCHC reports; the plan sets no date of its own",
    },
    schedule: {
      periodKind: "cchc-cycle",
      rule: { kind: "reporting-period", regime: "cchc" },
      confidence: "UNCONFIRMED",
      note: {
        vi: "Theo chu kỳ báo cáo CCHC định kỳ (quý I, 6 tháng, quý III, năm). Hạn mặc định của chế độ này (ngày 20 tháng cuối kỳ, 581/BNV-CCHC) là hạn của tỉnh gửi Bộ Nội vụ; hạn các cơ quan gửi Sở Nội vụ do tỉnh quy định (chưa xác nhận) — hãy thay bằng hạn thực tế (trường `due`).",
        en: "Follows the periodic CCHC reporting cycle (Q1, 6 months, Q3, year). The regime's default deadline (day 20 of the period's last month, 581/BNV-CCHC) is the province's deadline to the Ministry of Home Affairs; the agencies' own deadline to Sở Nội vụ is set by the province and is UNCONFIRMED — supply it as the rule's `due`.",
      },
    },
    source: ["V.1"],
  },
  {
    id: "culture-synthesis-to-chairman",
    kind: "synthesis",
    from: ["so-vhttdl"],
    to: ["chu-tich-ubnd-tinh"],
    copy: [],
    what: {
      vi: "Tổng hợp, báo cáo và tham mưu về định hướng, nội dung và hình thức tuyên truyền CCHC trong thời gian tiếp theo",
      en: "Synthesis of the media reports, with advice on the direction, content and forms of communication for the next period",
    },
    contents: [],
    contentsOpenEnded: true,
    timing: { vi: "Kế hoạch không quy định thời hạn", en: "The plan sets no deadline (after the monthly media reports)" },
    source: ["V.5"],
  },
  {
    id: "difficulties-escalation",
    kind: "escalation",
    from: ["co-quan-don-vi-dia-phuong"],
    to: ["so-vhttdl"],
    copy: [],
    what: { vi: "Phản ánh khó khăn, vướng mắc trong quá trình tổ chức thực hiện", en: "Difficulties and obstacles met in carrying out the plan" },
    contents: [],
    contentsOpenEnded: true,
    timing: { vi: "Khi có khó khăn, vướng mắc", en: "Whenever difficulties arise" },
    source: ["closing"],
  },
  {
    id: "difficulties-to-chairman",
    kind: "escalation",
    from: ["so-vhttdl"],
    to: ["chu-tich-ubnd-tinh"],
    copy: [],
    what: { vi: "Tổng hợp, báo cáo khó khăn, vướng mắc để xem xét, giải quyết", en: "Compiled difficulties, for the Chairman to consider and resolve" },
    contents: [],
    contentsOpenEnded: false,
    timing: { vi: "Kế hoạch không quy định thời hạn", en: "The plan sets no deadline" },
    source: ["closing"],
  },
];
