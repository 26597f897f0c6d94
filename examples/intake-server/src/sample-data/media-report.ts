/** A plausible monthly media report of Báo và Phát thanh, Truyền hình Bắc Ninh (monthly-media-report). */
import type { TopicCode } from "@cchc/plan/codes";
import type { MonthlyMediaReportInput } from "@cchc/reports";
import { SAMPLE_NOTE, SAMPLE_REPORT_ID_PREFIX } from "./marker.js";
import { random } from "./random.js";

/** More in the busy months, less around Tết (February). */
const SEASON = [0.95, 0.75, 1, 1.05, 1.1, 1, 1.05, 1.1, 1.15, 1.2, 1.1, 1] as const;

const TOPIC_SUMMARIES: Readonly<Partial<Record<TopicCode, readonly string[]>>> = {
  T1: ["Quán triệt các nghị quyết, chỉ thị về cải cách hành chính.", "Chủ trương của Tỉnh ủy về đẩy mạnh cải cách hành chính."],
  T2: ["Chỉ đạo, điều hành cải cách hành chính của UBND tỉnh.", "Vận hành chính quyền địa phương hai cấp."],
  T3: ["Mô hình Trung tâm Phục vụ hành chính công cấp xã.", "Kết quả thực hiện Kế hoạch cải cách hành chính của các sở, ngành."],
  "T4.1": ["Văn bản quy phạm pháp luật mới của tỉnh."],
  "T4.2": ["Cải cách thủ tục hành chính; tỷ lệ hồ sơ giải quyết đúng hạn.", "Xin lỗi người dân khi hồ sơ trễ hạn."],
  "T4.3": ["Sắp xếp tổ chức bộ máy sau hợp nhất tỉnh."],
  "T4.4": ["Kỷ luật, kỷ cương hành chính; văn hóa công vụ."],
  "T4.5": ["Thanh toán trực tuyến phí, lệ phí; tự chủ tài chính."],
  "T4.6": ["Chuyển đổi số: hồ sơ trực tuyến, kết quả điện tử.", "Ứng dụng định danh điện tử VNeID trong dịch vụ công."],
  T5: ["Gương điển hình trong giải quyết thủ tục hành chính.", "Cán bộ một cửa tận tụy phục vụ người dân."],
};

const TV_TITLES = [
  "Trung tâm Phục vụ hành chính công cấp xã sau sắp xếp",
  "Thanh toán trực tuyến phí, lệ phí: người dân được gì?",
  "Dịch vụ công trực tuyến toàn trình",
  "Chỉ số phục vụ người dân, doanh nghiệp",
  "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
  "Một cửa liên thông: rút ngắn thời gian chờ",
] as const;

const FEEDBACK = [
  "Người dân quan tâm đến thanh toán trực tuyến và thời gian giải quyết hồ sơ.",
  "Nhiều ý kiến đề nghị có thêm video hướng dẫn ngắn về dịch vụ công trực tuyến.",
  "Doanh nghiệp đánh giá cao việc trả kết quả điện tử, đề nghị rút ngắn thời gian đất đai.",
] as const;

const RECOMMENDATIONS = [
  "Đề nghị các sở, ngành cung cấp số liệu giải quyết hồ sơ hằng tuần để kịp đưa tin.",
  "Đề nghị Sở Nội vụ cung cấp kết quả Chỉ số 766 của tỉnh hằng tháng.",
  "Đề nghị tăng kinh phí sản xuất video ngắn trên nền tảng số.",
] as const;

/** The report of a month (`2026-04`), submitted at `submittedAt`; `variant` makes a corrected revision differ. */
export function monthlyMediaReport(month: string, submittedAt: string, variant = 0): MonthlyMediaReportInput {
  const r = random(`media ${month}`);
  const season = SEASON[Number(month.slice(5)) - 1]!;
  const scaled = (min: number, max: number) => Math.round(r.int(min, max) * season);
  const tvEditions = r.int(4, 5);
  const radioEditions = r.int(4, 5);
  const sections = [
    { name: "Cải cách hành chính", kind: "section" as const, channel: "F1.press.tv" as const, newsItems: scaled(6, 10), articles: r.int(1, 3), airtimeMinutes: tvEditions * 18, editions: tvEditions },
    { name: "Chính quyền số", kind: "section" as const, channel: "F1.press.radio" as const, newsItems: scaled(4, 8), articles: r.int(0, 2), airtimeMinutes: radioEditions * 11.5, editions: radioEditions },
    { name: "Chuyên trang Cải cách hành chính", kind: "page" as const, channel: "F1.press.print" as const, newsItems: scaled(3, 5), articles: r.int(2, 4), airtimeMinutes: 0, editions: 2 },
    { name: "Tin ngoài chuyên mục", kind: "none" as const, channel: "F1.press.online" as const, newsItems: scaled(10, 18) + variant, articles: r.int(1, 3), airtimeMinutes: 0 },
  ];
  const sum = (key: "newsItems" | "articles" | "airtimeMinutes") => sections.reduce((t, s) => t + s[key], 0);
  const [tv, radio, print, online] = sections as [(typeof sections)[number], (typeof sections)[number], (typeof sections)[number], (typeof sections)[number]];
  const day = (n: number) => `${month}-${String(n).padStart(2, "0")}`;
  const broadcasts = [
    ...Array.from({ length: tvEditions }, (_, i) => ({ date: day(3 + i * 6), slot: "19:45", channel: "F1.press.tv" as const, section: tv.name, title: TV_TITLES[(i + Number(month.slice(5))) % TV_TITLES.length]!, airtimeMinutes: 18 })),
    ...Array.from({ length: radioEditions }, (_, i) => ({ date: day(5 + i * 5), slot: "06:30", channel: "F1.press.radio" as const, section: radio.name, airtimeMinutes: 11.5 })),
  ];
  const topics = r.some(Object.keys(TOPIC_SUMMARIES) as TopicCode[], r.int(4, 6));
  const newsItems = sum("newsItems");
  const articles = sum("articles");
  const received = r.int(40, 90);
  const negative = r.int(1, 5);
  const neutral = r.int(5, 12);
  const reportages = Math.min(r.int(1, 3), articles);
  return {
    schemaVersion: 2,
    reportId: `${SAMPLE_REPORT_ID_PREFIX}BPTTH-CCHC-${month}`,
    documentNumber: `${r.int(10, 60)}/BC-BPTTH`,
    unit: { actor: "bao-ptth-bac-ninh", name: "Báo và Phát thanh, Truyền hình Bắc Ninh" },
    month,
    submittedAt,
    totals: { newsItems, articles, airtimeMinutes: sum("airtimeMinutes") },
    sections,
    broadcasts,
    content: topics.map((topic) => ({ topic, summary: r.pick(TOPIC_SUMMARIES[topic]!), items: r.int(2, 12) })),
    // The forms agree with the totals: news = the news items; articles and reportages = the articles.
    forms: [
      { form: "news", count: newsItems },
      { form: "article", count: articles - reportages },
      { form: "reportage", count: reportages },
      { form: "infographic", count: r.int(2, 5) },
      { form: "video", count: r.int(3, 8) },
    ],
    channels: [
      { channel: "F1.press.tv", items: tv.newsItems + tv.articles, airtimeMinutes: tv.airtimeMinutes },
      { channel: "F1.press.radio", items: radio.newsItems + radio.articles, airtimeMinutes: radio.airtimeMinutes },
      { channel: "F1.press.print", items: print.newsItems + print.articles },
      { channel: "F1.press.online", items: online.newsItems + online.articles + r.int(4, 10) },
      { channel: "F1.social.facebook", items: scaled(12, 20), accounts: ["Báo Bắc Ninh"] },
      { channel: "F1.social.zalo", items: scaled(8, 14), accounts: ["Báo và Phát thanh, Truyền hình Bắc Ninh"] },
      { channel: "F1.social.tiktok", items: scaled(3, 8) },
    ],
    feedback: { summary: r.pick(FEEDBACK), received, positive: received - negative - neutral, neutral, negative },
    recommendations: r.some(RECOMMENDATIONS, r.int(1, 2)),
    notes: SAMPLE_NOTE,
  };
}
