import { foldKey } from "./fold.js";

const NON_ALNUM_RUN = /[^a-z0-9]+/g;
const EDGE_DASHES = /^-|-$/g;

/**
 * An ASCII URL slug: {@link foldKey}, then every run of characters other than `a–z`/`0–9` replaced
 * by one hyphen, with no hyphen at either end.
 *
 * @param text - Any string.
 * @returns A lower-case ASCII slug (possibly empty).
 * @example
 * ```ts
 * import { slugify } from "@cchc/core";
 *
 * slugify("Phường Kinh Bắc"); // => "phuong-kinh-bac"
 * slugify("Sở Văn hóa, Thể thao và Du lịch"); // => "so-van-hoa-the-thao-va-du-lich"
 * ```
 *
 * @category Vietnamese text
 */
export function slugify(text: string): string {
  return foldKey(text).replace(NON_ALNUM_RUN, "-").replace(EDGE_DASHES, "");
}
