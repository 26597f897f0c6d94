/**
 * The reporting obligations of the plan that the report schemas carry, as `@cchc/deadlines` data.
 *
 * TODO(plan): these belong to `@cchc/plan` (its responsibilities and obligations); when the plan package
 * ships them, import them from there and delete this file.
 */
import type { Obligation, Party } from "@cchc/deadlines";
import type { ReportSchemaId } from "../validate/definition.js";

const PLAN_TITLE = "Kế hoạch tuyên truyền cải cách hành chính nhà nước tỉnh Bắc Ninh năm 2026";

const party = (id: string, vi: string, en: string): Party => ({ id, name: { vi, en } });

const CULTURE = party("so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism");
const HOME_AFFAIRS = party("so-noi-vu", "Sở Nội vụ", "Department of Home Affairs");

/**
 * The obligations behind the report schemas, by schema id. Only two reports have a deadline in the
 * plan's text:
 *
 * - `monthly-media-report` — V.5: "Định kỳ trước ngày 10 hằng tháng, báo cáo kết quả tuyên truyền …
 *   gửi Sở Văn hóa, Thể thao và Du lịch" (VERIFIED, the plan's text);
 * - `agency-communication-report` — V.1: "gửi về Sở Nội vụ, đồng gửi Sở Văn hóa, Thể thao và Du lịch …
 *   (lồng ghép trong báo cáo CCHC định kỳ)". The plan gives no date of its own; the rule is the CCHC
 *   reporting regime's (quarter I, 6 months, quarter III, year; no later than day 20 of the period's
 *   last month per 581/BNV-CCHC). Whether the province sets an earlier internal deadline for agencies'
 *   reports to Sở Nội vụ is **UNCONFIRMED**: replace the rule when it is known.
 *
 * The synthesis, the difficulty report and the procedure statistics have no deadline in the plan; pass
 * your own obligation to the timeliness calculator for them.
 *
 * @example
 * ```ts
 * import { REPORT_OBLIGATIONS } from "@cchc/reports";
 *
 * REPORT_OBLIGATIONS["monthly-media-report"]?.rule; // => { kind: "day-of-month", day: 10, wording: "before", monthsAfterPeriodEnd: 1 }
 * REPORT_OBLIGATIONS["difficulty-report"]; // => undefined
 * ```
 */
export const REPORT_OBLIGATIONS: Readonly<Partial<Record<ReportSchemaId, Obligation>>> = {
  "monthly-media-report": {
    id: "bac-ninh-2026.monthly-media-report",
    who: [party("bao-ptth-bac-ninh", "Báo và Phát thanh, Truyền hình Bắc Ninh", "Bắc Ninh Newspaper, Radio and Television")],
    what: { vi: "Báo cáo kết quả tuyên truyền CCHC hằng tháng", en: "Monthly report on CCHC communication results" },
    to: [CULTURE],
    rule: { kind: "day-of-month", day: 10, wording: "before", monthsAfterPeriodEnd: 1 },
    periodKind: "month",
    source: {
      title: PLAN_TITLE,
      issuer: "UBND tỉnh Bắc Ninh",
      clause: "V.5",
      quote: "Định kỳ trước ngày 10 hằng tháng, báo cáo kết quả tuyên truyền",
      confidence: "VERIFIED",
    },
  },
  "agency-communication-report": {
    id: "bac-ninh-2026.agency-communication-report",
    who: [party("co-quan-thuoc-ubnd-tinh", "Các cơ quan, đơn vị thuộc UBND tỉnh", "Agencies under the Provincial People's Committee")],
    what: {
      vi: "Báo cáo kết quả thực hiện công tác tuyên truyền về CCHC và đề xuất nội dung tuyên truyền trọng tâm",
      en: "Report on CCHC communication and proposed focal content",
    },
    to: [HOME_AFFAIRS],
    copyTo: [CULTURE],
    rule: { kind: "reporting-period", regime: "cchc" },
    periodKind: "cchc-cycle",
    embeddedIn: { vi: "Báo cáo CCHC định kỳ", en: "The periodic CCHC report" },
    source: {
      title: PLAN_TITLE,
      issuer: "UBND tỉnh Bắc Ninh",
      clause: "V.1",
      quote: "gửi về Sở Nội vụ, đồng gửi Sở Văn hóa, Thể thao và Du lịch để theo dõi, tổng hợp và thực hiện tuyên truyền (lồng ghép trong báo cáo CCHC định kỳ)",
      confidence: "UNCONFIRMED",
      note: "The plan fixes no date; the CCHC regime's default (581/BNV-CCHC, SECONDARY) is used until the province's own deadline for agencies is confirmed.",
    },
  },
};
