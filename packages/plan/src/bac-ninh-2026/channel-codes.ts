import { z } from "zod";

/**
 * The stable codes of the 2026 plan's forms of communication (Mục III, hình thức tuyên truyền) and their
 * sub-channels. A code's parent is the code without its last dot-separated segment
 * (`F1.social.zalo` → `F1.social` → `F1`).
 *
 * - `F1` mass media and digital platforms: press (`F1.press`, split into print, online, radio and
 *   television), grassroots radio, web portals (the provincial portal and agencies' portals), verified
 *   social accounts (Facebook, Zalo, TikTok and others);
 * - `F2` publishing and updating administrative procedures (TTHC): at the province's and communes'
 *   reception and result-return units, at agencies' premises, on the provincial TTHC system, on the public
 *   service portal (Cổng Dịch vụ công), on web portals;
 * - `F3` printed and visual materials: leaflets, panels, posters, other documents;
 * - `F4` communicators, conferences, seminars, contests, training courses and community meetings.
 *
 * @example
 * ```ts
 * import { CHANNEL_CODES } from "@cchc/plan";
 *
 * CHANNEL_CODES.includes("F1.social.tiktok"); // => true
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const CHANNEL_CODES = [
  "F1",
  "F1.press",
  "F1.press.print",
  "F1.press.online",
  "F1.press.radio",
  "F1.press.tv",
  "F1.grassroots-radio",
  "F1.portal",
  "F1.portal.province",
  "F1.portal.agency",
  "F1.social",
  "F1.social.facebook",
  "F1.social.zalo",
  "F1.social.tiktok",
  "F1.social.other",
  "F2",
  "F2.service-centre-province",
  "F2.service-centre-commune",
  "F2.agency-premises",
  "F2.tthc-system",
  "F2.public-service-portal",
  "F2.portal",
  "F3",
  "F3.leaflet",
  "F3.panel",
  "F3.poster",
  "F3.document",
  "F4",
  "F4.communicators",
  "F4.conference",
  "F4.seminar",
  "F4.contest",
  "F4.training",
  "F4.community-meeting",
] as const;

/**
 * A channel code of the 2026 plan (one of {@link CHANNEL_CODES}).
 *
 * @example
 * ```ts
 * import type { ChannelCode } from "@cchc/plan";
 *
 * const code: ChannelCode = "F1.press.tv";
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export type ChannelCode = (typeof CHANNEL_CODES)[number];

/**
 * A zod schema accepting exactly the {@link CHANNEL_CODES}.
 *
 * @example
 * ```ts
 * import { channelCodeSchema } from "@cchc/plan";
 *
 * channelCodeSchema.safeParse("F1.grassroots-radio").success; // => true
 * channelCodeSchema.safeParse("F5").success; // => false
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const channelCodeSchema = /* @__PURE__ */ (() => z.enum(CHANNEL_CODES))();
