import type { Label } from "@cchc/core";
import type { ReportValidationCode } from "../messages/validation.js";
import type { ReportSchemaId } from "../validate/definition.js";

/**
 * A rule of a report schema that its JSON Schema cannot express (a relation between fields): the zod
 * validators enforce it, a JSON Schema validator (ajv, Python `jsonschema`) accepts payloads that break
 * it. Integrators who validate with the JSON Schema alone must check these themselves, or call the
 * validators (`cchc validate`).
 *
 * @example
 * ```ts
 * import type { CrossFieldRule } from "@cchc/reports";
 *
 * const rule: CrossFieldRule = {
 *   schemaId: "monthly-media-report",
 *   code: "report.sum_mismatch",
 *   path: "/totals/newsItems",
 *   description: { vi: "Tổng số tin của các chuyên mục bằng tổng số tin.", en: "The sections' news items add up to the total." },
 * };
 * ```
 *
 * @category Rules and data
 */
export interface CrossFieldRule {
  /** The schema the rule belongs to. */
  readonly schemaId: ReportSchemaId;
  /** The issue code a violation is reported with. */
  readonly code: ReportValidationCode;
  /** Where a violation is reported (JSON Pointer, `*` for every array item). */
  readonly path: string;
  /** What the rule requires. */
  readonly description: Label;
}

const unit = (schemaId: ReportSchemaId, at: string): CrossFieldRule[] => [
  {
    schemaId,
    code: "report.commune_code_required",
    path: `${at}/actor`,
    description: {
      vi: "Đơn vị cấp xã (ubnd-xa-phuong, dang-uy-xa-phuong, trung-tam-phvhcc-xa) ghi mã xã, phường.",
      en: "A commune-level unit (ubnd-xa-phuong, dang-uy-xa-phuong, trung-tam-phvhcc-xa) gives its commune code.",
    },
  },
  {
    schemaId,
    code: "report.commune_code_not_allowed",
    path: `${at}/communeCode`,
    description: { vi: "Chỉ đơn vị cấp xã mới ghi mã xã, phường.", en: "Only commune-level units give a commune code." },
  },
];

const extraKeys = (schemaId: ReportSchemaId): CrossFieldRule => ({
  schemaId,
  code: "report.duplicate",
  path: "/extra/*/key",
  description: { vi: "Khóa của các trường bổ sung không trùng nhau.", en: "Extension keys are unique." },
});

const window = (schemaId: ReportSchemaId): CrossFieldRule[] => [
  {
    schemaId,
    code: "report.window_order",
    path: "/window/start",
    description: { vi: "Ngày bắt đầu kỳ chốt số liệu không sau ngày kết thúc.", en: "The data window starts on or before its end." },
  },
  {
    schemaId,
    code: "report.window_outside_period",
    path: "/window/end",
    description: {
      vi: "Kỳ chốt số liệu kết thúc trong tháng cuối của kỳ báo cáo và bắt đầu không sớm hơn ngày 1 của tháng trước kỳ (ví dụ 15/12 → 14/3 cho quý I).",
      en: "The data window ends in the period's last month and starts no earlier than the 1st of the month before the period (e.g. 15/12 → 14/3 for quarter I).",
    },
  },
];

const atMost = (schemaId: ReportSchemaId, path: string, vi: string, en: string): CrossFieldRule => ({
  schemaId,
  code: "report.parts_exceed_total",
  path,
  description: { vi, en },
});

const sum = (schemaId: ReportSchemaId, path: string, vi: string, en: string): CrossFieldRule => ({
  schemaId,
  code: "report.sum_mismatch",
  path,
  description: { vi, en },
});

const airtime = (schemaId: ReportSchemaId, list: string, vi: string, en: string): CrossFieldRule[] => [
  {
    schemaId,
    code: "report.airtime_without_air",
    path: `/${list}/*/airtimeMinutes`,
    description: {
      vi: `Chỉ ${vi} trên kênh phát thanh, truyền hình (F1.press.radio, F1.press.tv) mới có thời lượng; trên kênh khác thời lượng là 0 hoặc để trống.`,
      en: `Only a ${en} on radio or television (F1.press.radio, F1.press.tv) has airtime; on any other channel it is 0 or absent.`,
    },
  },
];

const unique = (schemaId: ReportSchemaId, path: string, vi: string, en: string): CrossFieldRule => ({
  schemaId,
  code: "report.duplicate",
  path,
  description: { vi, en },
});

/**
 * Every cross-field rule of the five report schemas — the rules JSON Schema cannot express — as data:
 * the guide "Validating payloads from any language" prints this list, and the differential test
 * (ajv on the JSON Schema against zod on ≥10 000 payloads per schema) accepts a disagreement only when
 * every issue zod reports is one of these rules.
 *
 * @example
 * ```ts
 * import { CROSS_FIELD_RULES } from "@cchc/reports";
 *
 * CROSS_FIELD_RULES.filter((r) => r.schemaId === "monthly-media-report").map((r) => r.path);
 * ```
 *
 * @category Rules and data
 */
export const CROSS_FIELD_RULES: readonly CrossFieldRule[] = [
  // monthly-media-report
  ...unit("monthly-media-report", "/unit"),
  sum(
    "monthly-media-report",
    "/totals/newsItems",
    "Tổng số tin của các chuyên mục, chuyên trang bằng tổng số tin của báo cáo (tin ngoài chuyên mục khai ở mục loại \"none\").",
    "The sections' news items add up to the total (items outside any section go in a section of kind \"none\").",
  ),
  sum("monthly-media-report", "/totals/articles", "Tổng số bài của các chuyên mục bằng tổng số bài.", "The sections' articles add up to the total."),
  sum(
    "monthly-media-report",
    "/totals/airtimeMinutes",
    "Tổng thời lượng của các chuyên mục bằng tổng thời lượng (sai lệch dưới 0,01 phút).",
    "The sections' airtime adds up to the total (within 0.01 minute).",
  ),
  unique("monthly-media-report", "/sections/*/name", "Tên chuyên mục không trùng nhau (không phân biệt hoa thường, khoảng trắng).", "Section names are unique (ignoring case and spacing)."),
  {
    schemaId: "monthly-media-report",
    code: "report.date_outside_month",
    path: "/broadcasts/*/date",
    description: { vi: "Ngày phát sóng, đăng tải thuộc tháng báo cáo.", en: "Broadcast and posting dates fall in the reporting month." },
  },
  {
    schemaId: "monthly-media-report",
    code: "report.unknown_reference",
    path: "/broadcasts/*/section",
    description: { vi: "Chuyên mục của một lần phát sóng có trong danh sách chuyên mục.", en: "A broadcast's section is one of the listed sections." },
  },
  ...airtime("monthly-media-report", "sections", "chuyên mục", "section"),
  ...airtime("monthly-media-report", "broadcasts", "lần phát sóng, đăng tải", "broadcast or posting"),
  ...airtime("monthly-media-report", "channels", "kênh", "channel entry"),
  {
    schemaId: "monthly-media-report",
    code: "report.channel_mismatch",
    path: "/broadcasts/*/channel",
    description: {
      vi: "Một lần phát sóng, đăng tải thuộc chuyên mục nào thì cùng kênh với chuyên mục đó.",
      en: "A broadcast or posting listed under a section is on that section's channel.",
    },
  },
  {
    schemaId: "monthly-media-report",
    code: "report.broadcasts_exceed_editions",
    path: "/sections/*/editions",
    description: {
      vi: "Số lần phát sóng, đăng tải liệt kê cho một chuyên mục không vượt quá số kỳ (editions) của chuyên mục đó.",
      en: "No more broadcasts or postings are listed under a section than its editions.",
    },
  },
  atMost(
    "monthly-media-report",
    "/sections/*/airtimeMinutes",
    "Tổng thời lượng các lần phát sóng liệt kê cho một chuyên mục không vượt quá thời lượng của chuyên mục đó.",
    "The airtime of the broadcasts listed under a section does not exceed the section's airtime.",
  ),
  sum(
    "monthly-media-report",
    "/channels/*/airtimeMinutes",
    "Thời lượng khai cho kênh phát thanh, truyền hình bằng tổng thời lượng các chuyên mục trên kênh đó.",
    "A radio or television channel's stated airtime equals the airtime of its sections.",
  ),
  unique("monthly-media-report", "/content/*/topic", "Mỗi chủ đề của Kế hoạch xuất hiện một lần.", "Each plan topic appears once."),
  unique("monthly-media-report", "/forms/*/form", "Mỗi hình thức thể hiện xuất hiện một lần.", "Each form of presentation appears once."),
  {
    schemaId: "monthly-media-report",
    code: "report.forms_required",
    path: "/forms",
    description: {
      vi: "Đã đăng, phát tin, bài (tổng số tin + bài > 0) thì phải khai hình thức thể hiện — một trong các nội dung báo cáo của mục V.5.",
      en: "When news items or articles were published, the forms of presentation are given — one of the report's contents under V.5.",
    },
  },
  sum(
    "monthly-media-report",
    "/forms",
    "Hình thức thể hiện khớp với tổng số: số tin (news) bằng totals.newsItems; bài (article) + phóng sự (reportage) + tọa đàm (talk-show) bằng totals.articles; infographic, video, podcast, other không gắn với tổng nào (FORM_TOTALS).",
    "The forms of presentation agree with the totals: news = totals.newsItems; article + reportage + talk-show = totals.articles; infographic, video, podcast and other are tied to no total (FORM_TOTALS).",
  ),
  unique("monthly-media-report", "/channels/*/channel", "Mỗi kênh xuất hiện một lần.", "Each channel appears once."),
  atMost(
    "monthly-media-report",
    "/feedback",
    "Số phản hồi tích cực + trung lập + tiêu cực không vượt quá số phản hồi nhận được.",
    "Positive + neutral + negative feedback do not exceed the feedback received.",
  ),
  extraKeys("monthly-media-report"),
  // agency-communication-report
  ...unit("agency-communication-report", "/agency"),
  ...window("agency-communication-report"),
  {
    schemaId: "agency-communication-report",
    code: "report.list_exceeds_count",
    path: "/directives/items",
    description: { vi: "Số văn bản liệt kê không vượt quá số văn bản đã đăng tải.", en: "No more directives are listed than were published." },
  },
  {
    schemaId: "agency-communication-report",
    code: "report.date_outside_window",
    path: "/directives/items/*/publishedOn",
    description: { vi: "Ngày đăng tải văn bản nằm trong kỳ chốt số liệu.", en: "Directives were published inside the data window." },
  },
  {
    schemaId: "agency-communication-report",
    code: "report.date_before",
    path: "/directives/items/*/publishedOn",
    description: { vi: "Văn bản được đăng tải không trước ngày ban hành.", en: "A directive is not published before it was issued." },
  },
  {
    schemaId: "agency-communication-report",
    code: "report.requires_nonzero",
    path: "/staffBriefings/participants",
    description: { vi: "Có người tham dự thì có ít nhất một buổi quán triệt.", en: "Participants imply at least one briefing session." },
  },
  {
    schemaId: "agency-communication-report",
    code: "report.requires_nonzero",
    path: "/legalDissemination/activities",
    description: {
      vi: "Có hoạt động lồng ghép thì legalDissemination.integrated là true.",
      en: "Integration activities imply legalDissemination.integrated = true.",
    },
  },
  extraKeys("agency-communication-report"),
  // synthesis-report
  ...unit("synthesis-report", "/author"),
  ...unit("synthesis-report", "/sources/*/unit"),
  {
    schemaId: "synthesis-report",
    code: "report.coverage_order",
    path: "/coverage/from",
    description: { vi: "Tháng bắt đầu không sau tháng kết thúc.", en: "The coverage starts on or before its end." },
  },
  {
    schemaId: "synthesis-report",
    code: "report.month_outside_coverage",
    path: "/media/byMonth/*/month",
    description: { vi: "Các tháng, quý của bảng số liệu nằm trong phạm vi tổng hợp.", en: "Months and quarters of the breakdowns fall in the coverage." },
  },
  sum(
    "synthesis-report",
    "/*/reports",
    "Số báo cáo của media, agencies, difficulties bằng số nguồn loại tương ứng (monthly-media-report, agency-communication-report, difficulty-report).",
    "The report counts of media, agencies and difficulties equal the number of sources of each kind (monthly-media-report, agency-communication-report, difficulty-report).",
  ),
  sum(
    "synthesis-report",
    "/media/total",
    "Tổng theo tháng và tổng theo quý bằng tổng chung (tin, bài, thời lượng).",
    "The monthly and the quarterly rows each add up to the total (items, articles, airtime).",
  ),
  {
    schemaId: "synthesis-report",
    code: "report.unknown_source",
    path: "/media/*/sources/*",
    description: {
      vi: "Mọi chỉ số nguồn (sources, source của các trích dẫn, đề xuất và khó khăn) trỏ tới một mục của sources.",
      en: "Every source index (sources, and the source of each quotation, proposal and difficulty) points into sources.",
    },
  },
  {
    schemaId: "synthesis-report",
    code: "report.missing_provenance",
    path: "/media/*/sources",
    description: { vi: "Số liệu khác 0 ghi ít nhất một báo cáo nguồn.", en: "A non-zero figure names at least one source report." },
  },
  unique("synthesis-report", "/media/by*/*", "Mỗi tháng, quý, chủ đề, kênh, hình thức xuất hiện một lần.", "Each month, quarter, topic, channel and form appears once."),
  extraKeys("synthesis-report"),
  // difficulty-report
  ...unit("difficulty-report", "/from"),
  {
    schemaId: "difficulty-report",
    code: "report.date_before",
    path: "/reportedOn",
    description: { vi: "Khó khăn không phát sinh sau ngày báo cáo.", en: "No difficulty starts after the report date." },
  },
  extraKeys("difficulty-report"),
  // procedure-statistics
  ...unit("procedure-statistics", "/agency"),
  ...window("procedure-statistics"),
  sum("procedure-statistics", "/dossiers/resolved/total", "Đã giải quyết = trước hạn + đúng hạn + quá hạn.", "Resolved = early + on time + late."),
  sum("procedure-statistics", "/dossiers/pending/total", "Đang giải quyết = trong hạn + quá hạn.", "Pending = within deadline + overdue."),
  atMost(
    "procedure-statistics",
    "/dossiers",
    "Đã giải quyết + đang giải quyết không vượt quá kỳ trước chuyển sang + tiếp nhận mới.",
    "Resolved + pending do not exceed carried over + received.",
  ),
  atMost("procedure-statistics", "/dossiers/online", "Hồ sơ trực tuyến không vượt quá hồ sơ tiếp nhận.", "Online dossiers do not exceed dossiers received."),
  atMost(
    "procedure-statistics",
    "/dossiers/apologies",
    "Văn bản xin lỗi không nhiều hơn hồ sơ quá hạn (đã giải quyết quá hạn + đang quá hạn).",
    "Apologies do not exceed late dossiers (resolved late + pending overdue).",
  ),
  atMost("procedure-statistics", "/procedures/publishedOnTime", "TTHC công bố đúng hạn không vượt quá TTHC đã công bố.", "Procedures published on time do not exceed procedures published."),
  atMost("procedure-statistics", "/payments/online", "Thanh toán trực tuyến không vượt quá hồ sơ có nghĩa vụ tài chính.", "Online payments do not exceed dossiers with a payment."),
  atMost("procedure-statistics", "/electronicResults", "Kết quả điện tử không vượt quá hồ sơ đã giải quyết.", "Electronic results do not exceed resolved dossiers."),
  atMost(
    "procedure-statistics",
    "/digitization/dossiers",
    "Hồ sơ được số hóa không vượt quá hồ sơ chuyển sang + tiếp nhận; kết quả số hóa không vượt quá hồ sơ đã giải quyết.",
    "Digitized dossiers do not exceed carried over + received; digitized results do not exceed resolved dossiers.",
  ),
  atMost(
    "procedure-statistics",
    "/feedback",
    "PAKN xử lý đúng hạn + quá hạn, và PAKN không hài lòng hoặc quá hạn, không vượt quá PAKN tiếp nhận.",
    "Feedback handled on time + late, and dissatisfied-or-overdue feedback, do not exceed feedback received.",
  ),
  atMost("procedure-statistics", "/satisfaction/satisfied", "Số hài lòng không vượt quá số được khảo sát.", "Satisfied do not exceed surveyed."),
  extraKeys("procedure-statistics"),
];
