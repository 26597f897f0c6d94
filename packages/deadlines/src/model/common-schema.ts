import { labelSchema, type Label } from "@cchc/core";
import { z } from "zod";

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * A party to an obligation: who reports, to whom, and who gets a copy. `id` is the caller's stable
 * identifier (for instance an actor id of `@cchc/plan`); `name` is what a reminder or a calendar shows.
 *
 * @example
 * ```ts
 * import type { Party } from "@cchc/deadlines";
 *
 * const culture: Party = { id: "so-vhttdl", name: { vi: "Sở Văn hóa, Thể thao và Du lịch", en: "Department of Culture, Sports and Tourism" } };
 * ```
 *
 * @category Rules and periods
 */
export interface Party {
  /** Stable identifier, e.g. `"so-vhttdl"`. */
  readonly id: string;
  /** Display name in both languages. */
  readonly name: Label;
}

/**
 * zod schema of a {@link Party}.
 *
 * @example
 * ```ts
 * import { partySchema } from "@cchc/deadlines";
 *
 * partySchema.safeParse({ id: "so-noi-vu", name: { vi: "Sở Nội vụ", en: "Department of Home Affairs" } }).success; // => true
 * ```
 *
 * @category Rules and periods
 */
export const partySchema: z.ZodType<Party> = /* @__PURE__ */ (() =>
  z.strictObject({
    id: text(120),
    name: labelSchema,
  }))();
