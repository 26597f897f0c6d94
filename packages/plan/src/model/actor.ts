import { z } from "zod";
import { citationSchema, labelSchema } from "@cchc/core";
import { planIdSchema, sourceClausesSchema } from "./common.js";

/**
 * The kinds of body or group a plan names:
 * - `central-body`: a national body (Chính phủ, Bộ Nội vụ);
 * - `party-body`: a Party committee or one of its boards (Tỉnh ủy, Ban Tuyên giáo và Dân vận Tỉnh ủy);
 * - `people-council`: a People's Council or its standing board (HĐND, TT HĐND);
 * - `people-committee`: a People's Committee (UBND tỉnh);
 * - `leader`: a post held by a person (Chủ tịch UBND tỉnh, the Phó Chủ tịch);
 * - `department`: a specialised agency under the People's Committee (sở, Văn phòng UBND, Thanh tra);
 * - `office-unit`: a unit inside an agency (the divisions of the PPC Office named in nơi nhận);
 * - `sector-agency`: a provincial branch of a central agency or state company (Công an, Thuế, Bảo hiểm
 *   xã hội, Bưu điện, Điện lực);
 * - `press`: a press or broadcasting agency;
 * - `service-centre`: a public administrative service centre (Trung tâm Phục vụ hành chính công);
 * - `group`: a collective the plan addresses as one ("các cơ quan, đơn vị thuộc UBND tỉnh",
 *   "UBND các xã, phường").
 *
 * @example
 * ```ts
 * import { ACTOR_KINDS } from "@cchc/plan";
 *
 * ACTOR_KINDS.includes("press"); // => true
 * ```
 *
 * @category Plan model
 */
export const ACTOR_KINDS = [
  "central-body",
  "party-body",
  "people-council",
  "people-committee",
  "leader",
  "department",
  "office-unit",
  "sector-agency",
  "press",
  "service-centre",
  "group",
] as const;

/**
 * One of {@link ACTOR_KINDS}.
 *
 * @example
 * ```ts
 * import type { ActorKind } from "@cchc/plan";
 *
 * const k: ActorKind = "department";
 * ```
 *
 * @category Plan model
 */
export type ActorKind = (typeof ACTOR_KINDS)[number];

/**
 * The levels of government after 1 July 2025 (chính quyền địa phương 02 cấp: province and commune, no
 * district level), plus the central level.
 *
 * @example
 * ```ts
 * import { GOVERNMENT_LEVELS } from "@cchc/plan";
 *
 * GOVERNMENT_LEVELS; // => ["central", "province", "commune"]
 * ```
 *
 * @category Plan model
 */
export const GOVERNMENT_LEVELS = ["central", "province", "commune"] as const;

/**
 * One of {@link GOVERNMENT_LEVELS}.
 *
 * @example
 * ```ts
 * import type { GovernmentLevel } from "@cchc/plan";
 *
 * const level: GovernmentLevel = "commune";
 * ```
 *
 * @category Plan model
 */
export type GovernmentLevel = (typeof GOVERNMENT_LEVELS)[number];

/**
 * A zod schema for an actor: a body, post or group the plan names. `name.vi` is the name as the plan
 * writes it; `officialName` is the body's full official name when it differs and is known; `aliases` are
 * other spellings and abbreviations (for matching free text). `parent` links a unit to the body it
 * belongs to, `members` lists the actors a group stands for (a group whose members are every commune and
 * ward sets `membersAreAdminUnits`). `citation` says how sure the existence and name are — an UNCONFIRMED
 * name is flagged there and in the docs.
 *
 * @example
 * ```ts
 * import { actorSchema } from "@cchc/plan";
 *
 * actorSchema.parse({
 *   id: "so-noi-vu",
 *   kind: "department",
 *   level: "province",
 *   name: { vi: "Sở Nội vụ", en: "Department of Home Affairs" },
 *   aliases: ["SNV"],
 *   parent: "ubnd-tinh",
 *   members: [],
 *   source: ["V.3"],
 *   citation: { document: "150/2025/NĐ-CP", confidence: "VERIFIED" },
 * });
 * ```
 *
 * @category Plan model
 */
export const actorSchema = /* @__PURE__ */ (() =>
  z.object({
    id: planIdSchema,
    kind: z.enum(ACTOR_KINDS),
    level: z.enum(GOVERNMENT_LEVELS),
    name: labelSchema,
    officialName: z.string().min(1).optional(),
    aliases: z.array(z.string().min(1)),
    parent: planIdSchema.optional(),
    members: z.array(planIdSchema),
    membersAreAdminUnits: z.boolean().optional(),
    source: sourceClausesSchema,
    citation: citationSchema,
  }))();

/**
 * A body, post or group named by a plan (see {@link actorSchema}).
 *
 * @example
 * ```ts
 * import type { Actor } from "@cchc/plan";
 *
 * const a: Actor = {
 *   id: "so-vhttdl", kind: "department", level: "province",
 *   name: { vi: "Sở Văn hóa, Thể thao và Du lịch", en: "Department of Culture, Sports and Tourism" },
 *   aliases: ["Sở VHTTDL"], members: [], source: ["V.2"], citation: { confidence: "VERIFIED" },
 * };
 * ```
 *
 * @category Plan model
 */
export type Actor = z.infer<typeof actorSchema>;
