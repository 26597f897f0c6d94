import type { ActorId, ChannelCode } from "@cchc/plan/codes";

/**
 * Forms of presentation (hình thức thể hiện) a media report counts: news (tin), article (bài),
 * report / reportage (phóng sự), talk show (tọa đàm, giao lưu), infographic, video, podcast and other.
 * The plan names "hình thức thể hiện" without listing them (V.5); these codes are this package's.
 *
 * TODO(plan): `@cchc/plan` has no codes for forms of presentation (its `F1`–`F4` are the plan's forms
 * of communication, Mục III). Move this list there if the plan package adopts it.
 *
 * @example
 * ```ts
 * import { PRESENTATION_FORMS } from "@cchc/reports";
 *
 * PRESENTATION_FORMS.includes("reportage"); // => true
 * ```
 *
 * @category Report schemas
 */
export const PRESENTATION_FORMS = ["news", "article", "reportage", "talk-show", "infographic", "video", "podcast", "other"] as const;

/**
 * One of {@link PRESENTATION_FORMS}.
 *
 * @example
 * ```ts
 * import type { PresentationForm } from "@cchc/reports";
 *
 * const form: PresentationForm = "talk-show";
 * ```
 *
 * @category Report schemas
 */
export type PresentationForm = (typeof PRESENTATION_FORMS)[number];

/**
 * Kinds of section in a media report: a regular section (chuyên mục), a special page (chuyên trang),
 * or `"none"` for items published outside any named section — so that the sections always add up to
 * the report's totals.
 *
 * @example
 * ```ts
 * import { SECTION_KINDS } from "@cchc/reports";
 *
 * SECTION_KINDS; // => ["section", "page", "none"]
 * ```
 *
 * @category Report schemas
 */
export const SECTION_KINDS = ["section", "page", "none"] as const;

/**
 * One of {@link SECTION_KINDS}.
 *
 * @example
 * ```ts
 * import type { SectionKind } from "@cchc/reports";
 *
 * const kind: SectionKind = "page";
 * ```
 *
 * @category Report schemas
 */
export type SectionKind = (typeof SECTION_KINDS)[number];

/**
 * The plan's channel codes a media outlet publishes on: print (báo in), e-newspaper (báo điện tử),
 * radio, television and verified social accounts (mạng xã hội chính danh), plus its web portal. A
 * subset of `CHANNEL_CODES` of `@cchc/plan` (checked at compile time).
 *
 * @example
 * ```ts
 * import { MEDIA_CHANNEL_CODES } from "@cchc/reports";
 *
 * MEDIA_CHANNEL_CODES.includes("F1.press.tv"); // => true
 * ```
 *
 * @category Report schemas
 */
export const MEDIA_CHANNEL_CODES = [
  "F1.press.print",
  "F1.press.online",
  "F1.press.radio",
  "F1.press.tv",
  "F1.social",
  "F1.social.facebook",
  "F1.social.zalo",
  "F1.social.tiktok",
  "F1.social.other",
  "F1.portal",
] as const satisfies readonly ChannelCode[];

/**
 * The channels that have airtime (thời lượng phát sóng): radio (phát thanh, báo nói) and television
 * (truyền hình, báo hình). A section, broadcast or channel entry of a monthly media report on any other
 * channel (print, e-newspaper, social accounts, portal) states no airtime: 0 or, where the field is
 * optional, nothing.
 *
 * @example
 * ```ts
 * import { AIR_CHANNEL_CODES } from "@cchc/reports";
 *
 * AIR_CHANNEL_CODES; // => ["F1.press.radio", "F1.press.tv"]
 * ```
 *
 * @category Rules and data
 */
export const AIR_CHANNEL_CODES = ["F1.press.radio", "F1.press.tv"] as const satisfies readonly ChannelCode[];

/**
 * Which total of a monthly media report each form of presentation counts toward — the mapping of the
 * cross-field rule "forms of presentation against the totals": news (tin) are the news items
 * (`totals.newsItems`); articles (bài), reportages (phóng sự) and talk shows (tọa đàm, giao lưu) are
 * the articles (`totals.articles`). So in a report with forms, the `news` count equals the news items
 * and `article` + `reportage` + `talk-show` equal the articles. Infographics, videos, podcasts and
 * other forms are further ways the month's content was presented (often the same items re-cut for
 * social platforms) and are tied to no total.
 *
 * @example
 * ```ts
 * import { FORM_TOTALS } from "@cchc/reports";
 *
 * FORM_TOTALS.reportage; // => "articles"
 * Object.hasOwn(FORM_TOTALS, "video"); // => false
 * ```
 *
 * @category Rules and data
 */
export const FORM_TOTALS: Readonly<Partial<Record<PresentationForm, "newsItems" | "articles">>> = {
  news: "newsItems",
  article: "articles",
  reportage: "articles",
  "talk-show": "articles",
};

/**
 * One of {@link MEDIA_CHANNEL_CODES}.
 *
 * @example
 * ```ts
 * import type { MediaChannelCode } from "@cchc/reports";
 *
 * const channel: MediaChannelCode = "F1.press.radio";
 * ```
 *
 * @category Report schemas
 */
export type MediaChannelCode = (typeof MEDIA_CHANNEL_CODES)[number];

/**
 * The plan's actor ids of commune-level units (UBND, Đảng ủy and Trung tâm Phục vụ hành chính công of
 * each xã or phường): a report from one of them names its commune with `communeCode`.
 *
 * @example
 * ```ts
 * import { COMMUNE_LEVEL_ACTOR_IDS } from "@cchc/reports";
 *
 * COMMUNE_LEVEL_ACTOR_IDS.includes("ubnd-xa-phuong"); // => true
 * ```
 *
 * @category Report schemas
 */
export const COMMUNE_LEVEL_ACTOR_IDS = ["ubnd-xa-phuong", "dang-uy-xa-phuong", "trung-tam-phvhcc-xa"] as const satisfies readonly ActorId[];
