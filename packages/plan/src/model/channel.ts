import { z } from "zod";
import { citationSchema, labelSchema } from "@cchc/core";
import { planIdSchema, sourceClausesSchema } from "./common.js";
import { statementSchema } from "./statement.js";

/**
 * A zod schema for a form or channel of communication (hình thức tuyên truyền): a form such as `F1`
 * (mass media and digital platforms) or one of its sub-channels (`F1.social.zalo`), with its bilingual
 * name, the parent it refines, Vietnamese aliases used to recognise it in free text, and the clauses it
 * comes from. A sub-channel that the plan does not spell out (for instance splitting "báo chí" into print,
 * online, radio and television) carries a `citation` saying where the split comes from and how sure it is.
 * A form of Mục III carries in `guidance` what its clause says to do through it, verbatim — so that a
 * condition such as "phù hợp với từng nhóm đối tượng" (III.3: materials suited to each audience) is not
 * lost behind the heading.
 *
 * @example
 * ```ts
 * import { channelSchema } from "@cchc/plan";
 *
 * channelSchema.parse({
 *   code: "F1.grassroots-radio",
 *   parent: "F1",
 *   name: { vi: "Truyền thanh cơ sở", en: "Grassroots radio" },
 *   aliases: ["đài truyền thanh xã"],
 *   source: ["III.1"],
 * });
 * ```
 *
 * @category Plan model
 */
export const channelSchema = /* @__PURE__ */ (() =>
  z.object({
    code: planIdSchema,
    parent: planIdSchema.optional(),
    name: labelSchema,
    aliases: z.array(z.string().min(1)),
    source: sourceClausesSchema,
    citation: citationSchema.optional(),
    guidance: z.array(statementSchema).optional(),
  }))();

/**
 * A form or channel of communication (see {@link channelSchema}).
 *
 * @example
 * ```ts
 * import type { Channel } from "@cchc/plan";
 *
 * const c: Channel = { code: "F3", name: { vi: "Ấn phẩm, tài liệu trực quan", en: "Printed and visual materials" }, aliases: [], source: ["III.3"] };
 * ```
 *
 * @category Plan model
 */
export type Channel = z.infer<typeof channelSchema>;
