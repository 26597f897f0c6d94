import { z } from "zod";

/**
 * The stable ids of every body, post and group the 2026 plan names (plus the provincial departments that
 * exist after the 2025 restructuring, which the plan addresses collectively as "các cơ quan, đơn vị thuộc
 * UBND tỉnh"). Kebab-case ASCII built from the usual Vietnamese abbreviations, so that a provincial
 * engineer recognises them: `so-vhttdl` is Sở Văn hóa, Thể thao và Du lịch, `bhxh-tinh` is Bảo hiểm xã
 * hội tỉnh, `vpubnd-kgvx` is the KGVX division of the PPC Office. Ids never change once published.
 *
 * @example
 * ```ts
 * import { ACTOR_IDS } from "@cchc/plan";
 *
 * ACTOR_IDS.includes("bao-ptth-bac-ninh"); // => true
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const ACTOR_IDS = [
  // central level
  "chinh-phu",
  "bo-noi-vu",
  // provincial Party and People's Council
  "tinh-uy",
  "tt-tinh-uy",
  "ban-tgdv-tinh-uy",
  "hdnd-tinh",
  "tt-hdnd-tinh",
  // Provincial People's Committee and its leaders
  "ubnd-tinh",
  "chu-tich-ubnd-tinh",
  "pho-chu-tich-ubnd-tinh",
  // agencies under the PPC
  "co-quan-thuoc-ubnd-tinh",
  "van-phong-ubnd-tinh",
  "so-noi-vu",
  "so-vhttdl",
  "so-tu-phap",
  "so-tai-chinh",
  "so-cong-thuong",
  "so-nnmt",
  "so-xay-dung",
  "so-khcn",
  "so-gddt",
  "so-y-te",
  "thanh-tra-tinh",
  "so-dan-toc-ton-giao",
  "ban-quan-ly-kcn",
  "trung-tam-phvhcc-tinh",
  // divisions of the PPC Office named in the distribution list
  "vpubnd-ldvp",
  "vpubnd-th",
  "vpubnd-tttt",
  "vpubnd-vt",
  "vpubnd-kgvx",
  // provincial branches named in V.1
  "cong-an-tinh",
  "buu-dien-tinh",
  "thue-tinh",
  "bhxh-tinh",
  "dien-luc-tinh",
  // press
  "bao-ptth-bac-ninh",
  "co-quan-bao-chi",
  // communes and wards
  "ubnd-xa-phuong",
  "dang-uy-xa-phuong",
  "trung-tam-phvhcc-xa",
  // everyone implementing the plan
  "co-quan-don-vi-dia-phuong",
  // the agencies concerned by a duty (V.2: inspection)
  "co-quan-don-vi-lien-quan",
] as const;

/**
 * An actor id of the 2026 plan (one of {@link ACTOR_IDS}).
 *
 * @example
 * ```ts
 * import type { ActorId } from "@cchc/plan";
 *
 * const recipient: ActorId = "so-vhttdl";
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export type ActorId = (typeof ACTOR_IDS)[number];

/**
 * A zod schema accepting exactly the {@link ACTOR_IDS}.
 *
 * @example
 * ```ts
 * import { actorIdSchema } from "@cchc/plan";
 *
 * actorIdSchema.safeParse("so-noi-vu").success; // => true
 * actorIdSchema.safeParse("Sở Nội vụ").success; // => false
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const actorIdSchema = /* @__PURE__ */ (() => z.enum(ACTOR_IDS))();
