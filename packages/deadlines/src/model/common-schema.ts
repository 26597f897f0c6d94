import { CONFIDENCE_LEVELS, type Citation, type Confidence, type Label } from "@cchc/core";
import { z } from "zod";

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * zod schema of a bilingual label (`{ vi, en }`), as used for what an obligation asks and for notes.
 * Both texts are required and non-empty.
 *
 * @example
 * ```ts
 * import { labelSchema } from "@cchc/deadlines";
 *
 * labelSchema.parse({ vi: "Báo cáo kết quả tuyên truyền", en: "Report on communication results" });
 * ```
 */
export const labelSchema: z.ZodType<Label> = /* @__PURE__ */ (() =>
  z.strictObject({
    vi: text(2000),
    en: text(2000),
  }))();

/**
 * zod schema of a legal citation, the JSON form of `Citation` from `@cchc/core`: document number,
 * article / clause / point (Điều / khoản / điểm), title, issuer, date, link, quote and confidence.
 *
 * @example
 * ```ts
 * import { citationSchema } from "@cchc/deadlines";
 *
 * citationSchema.parse({ document: "91/2015/QH13", title: "Bộ luật Dân sự 2015", article: "148", clause: "5", confidence: "VERIFIED" });
 * ```
 */
export const citationSchema: z.ZodType<Citation> = /* @__PURE__ */ (() =>
  z.strictObject({
    document: text(200).exactOptional(),
    title: text(500).exactOptional(),
    article: text(40).exactOptional(),
    clause: text(40).exactOptional(),
    point: text(40).exactOptional(),
    issuer: text(300).exactOptional(),
    date: z.iso.date().exactOptional(),
    url: z.url().max(2000).exactOptional(),
    quote: text(4000).exactOptional(),
    confidence: z.enum(CONFIDENCE_LEVELS as readonly [Confidence, ...Confidence[]]),
    note: text(4000).exactOptional(),
  }))();

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
 */
export const partySchema: z.ZodType<Party> = /* @__PURE__ */ (() =>
  z.strictObject({
    id: text(120),
    name: labelSchema,
  }))();
