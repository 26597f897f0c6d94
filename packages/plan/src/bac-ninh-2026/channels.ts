import type { Citation } from "@cchc/core";
import type { Channel } from "../model/channel.js";
import type { ChannelCode } from "./channel-codes.js";

/**
 * A channel of the 2026 plan, with its code narrowed to {@link ChannelCode}.
 *
 * @example
 * ```ts
 * import { channels, type BacNinhChannel } from "@cchc/plan";
 *
 * const c: BacNinhChannel = channels[0]!;
 * c.code; // => "F1"
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export type BacNinhChannel = Channel & { readonly code: ChannelCode; readonly parent?: ChannelCode };

/** The four press types of the Law on the Press, used to split the plan's "báo chí". */
const PRESS_TYPES: Citation = {
  document: "103/2016/QH13",
  title: "Luật Báo chí",
  article: "3",
  issuer: "Quốc hội",
  confidence: "INFERRED",
  note: "The plan says only 'báo chí'. The split into print, online, radio and television follows the press types of the Law on the Press (báo in, báo điện tử, báo nói, báo hình); the article reference was not re-checked for this dataset.",
};

const REPORT_REFINEMENT: Citation = {
  confidence: "INFERRED",
  note: "A refinement for reports and tagging; the plan names the channel family but not this split.",
};

/**
 * The forms and channels of the 2026 plan (Mục III), in order, each form followed by its sub-channels.
 * Sub-channels the plan does not spell out carry a `citation` saying where the split comes from.
 *
 * @example
 * ```ts
 * import { channels } from "@cchc/plan";
 *
 * channels.filter((c) => c.parent === "F1.social").map((c) => c.code);
 * // => ["F1.social.facebook", "F1.social.zalo", "F1.social.tiktok", "F1.social.other"]
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const channels: readonly BacNinhChannel[] = /* @__PURE__ */ (() => [
  {
    code: "F1",
    name: { vi: "Tuyên truyền qua phương tiện thông tin đại chúng và nền tảng số", en: "Mass media and digital platforms" },
    aliases: ["phương tiện thông tin đại chúng", "nền tảng số"],
    source: ["III.1"],
    guidance: [
      {
        id: "F1.guidance",
        text: {
          vi: "Phát huy vai trò của báo chí; truyền thanh cơ sở; cổng/trang thông tin điện tử; mạng xã hội chính danh của các cơ quan, đơn vị, địa phương (như Facebook, Zalo, TikTok...).",
          en: "Make full use of the press, grassroots radio, web portals and the verified social media accounts of agencies, units and localities (such as Facebook, Zalo, TikTok…).",
        },
        openEnded: true,
        source: ["III.1"],
      },
    ],
  },
  {
    code: "F1.press",
    parent: "F1",
    name: { vi: "Báo chí", en: "Press" },
    aliases: ["báo chí", "cơ quan báo chí"],
    source: ["III.1", "V.2", "V.5"],
  },
  {
    code: "F1.press.print",
    parent: "F1.press",
    name: { vi: "Báo in", en: "Print newspaper" },
    aliases: ["báo in", "báo giấy"],
    source: ["III.1"],
    citation: PRESS_TYPES,
  },
  {
    code: "F1.press.online",
    parent: "F1.press",
    name: { vi: "Báo điện tử", en: "Online newspaper" },
    aliases: ["báo điện tử", "báo mạng"],
    source: ["III.1"],
    citation: PRESS_TYPES,
  },
  {
    code: "F1.press.radio",
    parent: "F1.press",
    name: { vi: "Phát thanh (báo nói)", en: "Radio (broadcast press)" },
    aliases: ["phát thanh", "báo nói"],
    source: ["III.1", "V.5"],
    citation: PRESS_TYPES,
  },
  {
    code: "F1.press.tv",
    parent: "F1.press",
    name: { vi: "Truyền hình (báo hình)", en: "Television (broadcast press)" },
    aliases: ["truyền hình", "báo hình"],
    source: ["III.1", "V.5"],
    citation: PRESS_TYPES,
  },
  {
    code: "F1.grassroots-radio",
    parent: "F1",
    name: { vi: "Truyền thanh cơ sở", en: "Grassroots radio (commune loudspeaker and radio stations)" },
    aliases: ["truyền thanh cơ sở", "đài truyền thanh", "hệ thống thông tin cơ sở"],
    source: ["III.1", "I.1", "V.2"],
  },
  {
    code: "F1.portal",
    parent: "F1",
    name: { vi: "Cổng/trang thông tin điện tử", en: "Web portals and pages" },
    aliases: ["cổng thông tin điện tử", "trang thông tin điện tử", "Cổng TTĐT"],
    source: ["III.1"],
  },
  {
    code: "F1.portal.province",
    parent: "F1.portal",
    name: { vi: "Cổng Thông tin điện tử tỉnh (chuyên mục CCHC)", en: "Provincial web portal (its CCHC section)" },
    aliases: ["Cổng TTĐT tỉnh", "chuyên mục CCHC"],
    source: ["V.4"],
  },
  {
    code: "F1.portal.agency",
    parent: "F1.portal",
    name: { vi: "Cổng/trang thông tin điện tử của cơ quan, đơn vị, địa phương", en: "Web portals of agencies, units and localities" },
    aliases: ["cổng thông tin điện tử của cơ quan, đơn vị"],
    source: ["V.1", "III.1"],
  },
  {
    code: "F1.social",
    parent: "F1",
    name: { vi: "Mạng xã hội chính danh của các cơ quan, đơn vị, địa phương", en: "Verified official social media accounts" },
    aliases: ["mạng xã hội chính danh", "mạng xã hội", "fanpage"],
    source: ["III.1"],
  },
  {
    code: "F1.social.facebook",
    parent: "F1.social",
    name: { vi: "Facebook", en: "Facebook" },
    aliases: ["Facebook", "fanpage"],
    source: ["III.1"],
  },
  {
    code: "F1.social.zalo",
    parent: "F1.social",
    name: { vi: "Zalo", en: "Zalo" },
    aliases: ["Zalo", "Zalo OA"],
    source: ["III.1"],
  },
  {
    code: "F1.social.tiktok",
    parent: "F1.social",
    name: { vi: "TikTok", en: "TikTok" },
    aliases: ["TikTok"],
    source: ["III.1"],
  },
  {
    code: "F1.social.other",
    parent: "F1.social",
    name: { vi: "Mạng xã hội chính danh khác", en: "Other verified social accounts" },
    aliases: ["YouTube"],
    source: ["III.1"],
    citation: { ...REPORT_REFINEMENT, quote: "(như Facebook, Zalo, TikTok...)", note: "The plan's list ends with '...': other platforms are allowed." },
  },
  {
    code: "F2",
    name: { vi: "Công khai, cập nhật thủ tục hành chính", en: "Publishing and updating administrative procedures" },
    aliases: ["công khai thủ tục hành chính", "niêm yết thủ tục hành chính", "niêm yết TTHC"],
    source: ["III.2"],
    guidance: [
      {
        id: "F2.guidance",
        text: {
          vi: "Niêm yết đầy đủ, kịp thời các nội dung theo quy định tại Bộ phận tiếp nhận và trả kết quả TTHC - Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã; trên Hệ thống Thông tin giải quyết TTHC tỉnh Bắc Ninh và trên Trang/Cổng Thông tin điện tử của các cơ quan, đơn vị, địa phương; đảm bảo kịp thời, thuận tiện tra cứu.",
          en: "Post the required contents fully and promptly at the procedure desks of the provincial and commune Public Administrative Service Centres, on Bắc Ninh's administrative-procedure information system and on the web portals of agencies, units and localities, so that they are up to date and easy to look up.",
        },
        source: ["III.2"],
      },
    ],
  },
  {
    code: "F2.service-centre-province",
    parent: "F2",
    name: {
      vi: "Bộ phận tiếp nhận và trả kết quả TTHC - Trung tâm Phục vụ hành chính công cấp tỉnh",
      en: "Reception and result-return unit of the provincial Public Administrative Service Centre",
    },
    aliases: ["Trung tâm Phục vụ hành chính công tỉnh", "bộ phận một cửa tỉnh"],
    source: ["III.2"],
  },
  {
    code: "F2.service-centre-commune",
    parent: "F2",
    name: {
      vi: "Bộ phận tiếp nhận và trả kết quả TTHC - Trung tâm Phục vụ hành chính công cấp xã",
      en: "Reception and result-return unit of a commune's Public Administrative Service Centre",
    },
    aliases: ["Trung tâm Phục vụ hành chính công xã", "Trung tâm Phục vụ hành chính công phường", "bộ phận một cửa xã"],
    source: ["III.2"],
  },
  {
    code: "F2.agency-premises",
    parent: "F2",
    name: { vi: "Niêm yết công khai tại trụ sở cơ quan, đơn vị", en: "Posted at the agency's own premises" },
    aliases: ["niêm yết công khai tại cơ quan"],
    source: ["V.1"],
  },
  {
    code: "F2.tthc-system",
    parent: "F2",
    name: { vi: "Hệ thống Thông tin giải quyết TTHC tỉnh Bắc Ninh", en: "Bắc Ninh's provincial administrative-procedure information system" },
    aliases: ["Hệ thống thông tin giải quyết TTHC"],
    source: ["III.2", "V.4"],
  },
  {
    code: "F2.public-service-portal",
    parent: "F2",
    name: { vi: "Cổng Dịch vụ công", en: "Public Service Portal (national and provincial)" },
    aliases: ["Cổng Dịch vụ công quốc gia", "Cổng DVC", "dịch vụ công trực tuyến"],
    source: ["V.4", "II.4.2"],
  },
  {
    code: "F2.portal",
    parent: "F2",
    name: { vi: "Trang/Cổng Thông tin điện tử của các cơ quan, đơn vị, địa phương", en: "Web portals of agencies, units and localities (procedure pages)" },
    aliases: [],
    source: ["III.2"],
  },
  {
    code: "F3",
    name: { vi: "Tuyên truyền qua ấn phẩm, tài liệu trực quan", en: "Printed and visual materials" },
    aliases: ["ấn phẩm", "tài liệu trực quan"],
    source: ["III.3"],
    guidance: [
      {
        id: "F3.guidance",
        text: {
          vi: "Biên soạn, phát hành tờ gấp, pano, áp phích, tài liệu tuyên truyền... phù hợp với từng nhóm đối tượng.",
          en: "Write and issue leaflets, panels, posters and other communication materials suited to each target group.",
        },
        openEnded: true,
        source: ["III.3"],
      },
    ],
  },
  { code: "F3.leaflet", parent: "F3", name: { vi: "Tờ gấp", en: "Leaflets" }, aliases: ["tờ gấp", "tờ rơi"], source: ["III.3"] },
  { code: "F3.panel", parent: "F3", name: { vi: "Pano", en: "Panels (billboards)" }, aliases: ["pano", "panô"], source: ["III.3"] },
  { code: "F3.poster", parent: "F3", name: { vi: "Áp phích", en: "Posters" }, aliases: ["áp phích", "băng rôn"], source: ["III.3"] },
  {
    code: "F3.document",
    parent: "F3",
    name: { vi: "Tài liệu tuyên truyền khác", en: "Other communication documents" },
    aliases: ["tài liệu tuyên truyền", "sổ tay"],
    source: ["III.3"],
  },
  {
    code: "F4",
    name: {
      vi: "Tuyên truyền thông qua đội ngũ tuyên truyền viên, các hội nghị, hội thảo, hội thi, lớp tập huấn và các buổi sinh hoạt cộng đồng",
      en: "Communicators, conferences, seminars, contests, training courses and community meetings",
    },
    aliases: [],
    source: ["III.4"],
    guidance: [
      {
        id: "F4.guidance",
        text: {
          vi: "Tổ chức hội nghị, hội thảo, tập huấn, hội thi; phát huy vai trò của báo cáo viên, cán bộ, công chức, viên chức, tuyên truyền viên ở cơ sở.",
          en: "Hold conferences, seminars, training courses and contests; make full use of official speakers, cadres, civil servants and public employees, and grassroots communicators.",
        },
        source: ["III.4"],
      },
    ],
  },
  {
    code: "F4.communicators",
    parent: "F4",
    name: {
      vi: "Báo cáo viên, cán bộ, công chức, viên chức, tuyên truyền viên ở cơ sở",
      en: "Official speakers, cadres, civil servants and public employees, and grassroots communicators",
    },
    aliases: ["báo cáo viên", "tuyên truyền viên"],
    source: ["III.4"],
  },
  { code: "F4.conference", parent: "F4", name: { vi: "Hội nghị", en: "Conferences" }, aliases: ["hội nghị"], source: ["III.4"] },
  { code: "F4.seminar", parent: "F4", name: { vi: "Hội thảo", en: "Seminars" }, aliases: ["hội thảo", "tọa đàm"], source: ["III.4"] },
  { code: "F4.contest", parent: "F4", name: { vi: "Hội thi", en: "Contests" }, aliases: ["hội thi", "cuộc thi"], source: ["III.4"] },
  { code: "F4.training", parent: "F4", name: { vi: "Lớp tập huấn", en: "Training courses" }, aliases: ["tập huấn", "lớp tập huấn"], source: ["III.4"] },
  {
    code: "F4.community-meeting",
    parent: "F4",
    name: { vi: "Sinh hoạt cộng đồng", en: "Community meetings" },
    aliases: ["sinh hoạt cộng đồng", "họp thôn", "họp tổ dân phố"],
    source: ["III.4"],
  },
])();
