/**
 * Legal sources of the deadline rules, each with its confidence (facts:
 * ../shared/domain/calendar-and-deadlines.md §5–6). Plain literals: nothing runs at import time.
 */
import type { Citation } from "@cchc/core";

const CIVIL_CODE = {
  document: "91/2015/QH13",
  title: "Bộ luật Dân sự 2015",
  issuer: "Quốc hội",
  date: "2015-11-24",
  confidence: "VERIFIED",
} as const;

/**
 * The legal sources this package cites, by key. Confidence labels follow the project's fact files:
 * Civil Code and Nghị định 61/2018 wording VERIFIED; reporting windows and the CCHC due day SECONDARY;
 * the meaning of "trước ngày N" and the default submission deadline of Nghị định 09/2019 UNCONFIRMED.
 *
 * @example
 * ```ts
 * import { formatCitation } from "@cchc/core";
 * import { DEADLINE_CITATIONS } from "@cchc/deadlines";
 *
 * formatCitation(DEADLINE_CITATIONS.civilCodeRestDay, "en"); // => "Article 148(5), Bộ luật Dân sự 2015 (91/2015/QH13), Quốc hội, dated 2015-11-24"
 * ```
 *
 * @category Defaults and sources
 */
export const DEADLINE_CITATIONS = {
  /** BLDS 2015 Điều 145 khoản 1: the counting rules apply unless agreed or another law provides otherwise. */
  civilCodeScope: { ...CIVIL_CODE, article: "145", clause: "1" },
  /** BLDS 2015 Điều 146 khoản 2: fixed points (đầu / giữa / cuối tháng, năm). */
  civilCodeFixedPoints: { ...CIVIL_CODE, article: "146", clause: "2" },
  /** BLDS 2015 Điều 147 khoản 2: for days, weeks, months, years the first day is not counted. */
  civilCodeStart: {
    ...CIVIL_CODE,
    article: "147",
    clause: "2",
    quote: "Khi thời hạn được xác định bằng ngày, tuần, tháng, năm thì ngày đầu tiên của thời hạn không được tính mà tính từ ngày tiếp theo liền kề ngày được xác định.",
  },
  /** BLDS 2015 Điều 147 khoản 3: a period started by an event excludes the day of the event. */
  civilCodeEventStart: {
    ...CIVIL_CODE,
    article: "147",
    clause: "3",
    quote: "Khi thời hạn bắt đầu bằng một sự kiện thì ngày xảy ra sự kiện không được tính mà tính từ ngày tiếp theo liền kề của ngày xảy ra sự kiện đó.",
  },
  /** BLDS 2015 Điều 148 khoản 1–4: end of a period of days, weeks, months, years. */
  civilCodeEnd: { ...CIVIL_CODE, article: "148", clause: "1–4" },
  /** BLDS 2015 Điều 148 khoản 3: a month period ends on the corresponding day or the month's last day. */
  civilCodeMonthEnd: { ...CIVIL_CODE, article: "148", clause: "3" },
  /** BLDS 2015 Điều 148 khoản 5: a last day on a rest day moves to the next working day. */
  civilCodeRestDay: {
    ...CIVIL_CODE,
    article: "148",
    clause: "5",
    quote: "Khi ngày cuối cùng của thời hạn là ngày nghỉ cuối tuần hoặc ngày nghỉ lễ thì thời hạn kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo ngày nghỉ đó.",
  },
  /** BLDS 2015 Điều 148 khoản 6: the last day ends at 24:00. */
  civilCodeEndOfDay: {
    ...CIVIL_CODE,
    article: "148",
    clause: "6",
    quote: "Thời điểm kết thúc ngày cuối cùng của thời hạn vào lúc hai mươi tư giờ của ngày đó.",
  },
  /** "Trước ngày N": no authoritative definition found. */
  beforeDayReading: {
    title: "Cách hiểu \"trước ngày N\" (meaning of \"before day N\")",
    confidence: "UNCONFIRMED",
    note: "Bộ luật Dân sự 2015 does not define \"trước ngày X\"; administrative texts use both \"chậm nhất vào ngày X\" and \"trước ngày X\". No authoritative reading found (calendar-and-deadlines.md §5.1).",
  },
  /** NĐ 61/2018 Điều 18 khoản 2–3: forwarding the same day, or the next working day after 15:00. */
  oneStopForwarding: {
    document: "61/2018/NĐ-CP",
    title: "Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
    article: "18",
    clause: "2–3",
    issuer: "Chính phủ",
    date: "2018-04-23",
    quote: "chuyển vào đầu giờ ngày làm việc tiếp theo đối với trường hợp tiếp nhận sau 15 giờ hàng ngày",
    confidence: "VERIFIED",
    note: "Governs forwarding; a general rule that the processing period starts the next working day is UNCONFIRMED, so the 15:00 cut-off is set per procedure (e.g. hộ tịch, chứng thực: SECONDARY). NĐ 118/2025/NĐ-CP (in force 2025-07-01) may replace it: UNCONFIRMED.",
  },
  /** NĐ 61/2018 Điều 19 khoản 4: the processing period restarts once the dossier is complete. */
  oneStopRestart: {
    document: "61/2018/NĐ-CP",
    article: "19",
    clause: "4",
    issuer: "Chính phủ",
    date: "2018-04-23",
    quote: "Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ",
    confidence: "VERIFIED",
  },
  /** NĐ 61/2018 Điều 19 khoản 9: apology at the latest one day before the due date; reschedule once. */
  oneStopApology: {
    document: "61/2018/NĐ-CP",
    article: "19",
    clause: "9",
    issuer: "Chính phủ",
    date: "2018-04-23",
    quote: "Việc hẹn lại ngày trả kết quả được thực hiện không quá một lần",
    confidence: "VERIFIED",
    note: "Wording as amended by NĐ 107/2021/NĐ-CP (probably); whether NĐ 118/2025/NĐ-CP keeps it is UNCONFIRMED.",
  },
  /** Early / on time / late: only the implied meaning (before, on, after the date on the receipt). */
  oneStopTimeliness: {
    document: "61/2018/NĐ-CP",
    article: "20",
    clause: "4",
    issuer: "Chính phủ",
    date: "2018-04-23",
    confidence: "UNCONFIRMED",
    note: "No explicit legal definition of đúng hạn / trước hạn / quá hạn was found; the implied meaning is used (result returned before, on, or after the receipt's date; a one-time rescheduled date replaces it).",
  },
  /** NĐ 09/2019 reporting windows (15 → 14). */
  nd09Windows: {
    document: "09/2019/NĐ-CP",
    title: "Nghị định quy định về chế độ báo cáo của cơ quan hành chính nhà nước",
    article: "12",
    issuer: "Chính phủ",
    date: "2019-01-24",
    confidence: "SECONDARY",
    note: "Điều 12 itself was not retrieved; the windows recur in the decisions implementing it (e.g. Khánh Hòa QĐ 01/2023/QĐ-UBND).",
  },
  /** NĐ 09/2019 windows that are UNCONFIRMED in the decree itself (9 months, second half-year). */
  nd09UnconfirmedWindows: {
    document: "09/2019/NĐ-CP",
    article: "12",
    issuer: "Chính phủ",
    date: "2019-01-24",
    confidence: "UNCONFIRMED",
    note: "9-month window 15/12 → 14/9 seen in Khánh Hòa QĐ 01/2023/QĐ-UBND only; second half-year window 15/6 → 14/12 not found. Configurable per rule.",
  },
  /** NĐ 09/2019 default submission deadline "chậm nhất vào ngày 20 của tháng cuối kỳ báo cáo". */
  nd09DefaultDue: {
    document: "09/2019/NĐ-CP",
    issuer: "Chính phủ",
    date: "2019-01-24",
    quote: "chậm nhất vào ngày 20 của tháng cuối kỳ báo cáo",
    confidence: "UNCONFIRMED",
    note: "Commonly quoted for reports to the Government / Prime Minister but not confirmed as the decree's text; the decree leaves submission deadlines to the body that creates each report. Override with the rule's `due`.",
  },
  /** Bộ Nội vụ 581/BNV-CCHC: CCHC reports due no later than day 20 of the period's last month. */
  cchcReports: {
    document: "581/BNV-CCHC",
    title: "Hướng dẫn thực hiện chế độ báo cáo cải cách hành chính định kỳ",
    issuer: "Bộ Nội vụ",
    url: "https://sonoivu.namdinh.gov.vn/cai-cach-hanh-chinh/bo-noi-vu-huong-dan-thuc-hien-che-do-bao-cao-cai-cach-hanh-chinh-dinh-ky-2627",
    quote: "chậm nhất ngày 20 của tháng cuối kỳ báo cáo",
    confidence: "SECONDARY",
    note: "Summary by Sở Nội vụ Nam Định; the letter's date was not seen (probably 2019). A newer Bộ Nội vụ instruction (2024–2026) is UNCONFIRMED.",
  },
} as const satisfies Record<string, Citation>;
