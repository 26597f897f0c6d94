import { z } from "zod";

/**
 * The stable codes of the 2026 plan's content topics (Mục II, nội dung tuyên truyền): `T1`–`T5` for its
 * five numbered items and `T4.1`–`T4.6` for the six reform areas of item 4. Codes never change once
 * published; report schemas store them.
 *
 * @example
 * ```ts
 * import { TOPIC_CODES } from "@cchc/plan";
 *
 * TOPIC_CODES.length; // => 11
 * TOPIC_CODES.includes("T4.2"); // => true
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const TOPIC_CODES = ["T1", "T2", "T3", "T4", "T4.1", "T4.2", "T4.3", "T4.4", "T4.5", "T4.6", "T5"] as const;

/**
 * A topic code of the 2026 plan (one of {@link TOPIC_CODES}).
 *
 * @example
 * ```ts
 * import type { TopicCode } from "@cchc/plan";
 *
 * const code: TopicCode = "T4.6";
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export type TopicCode = (typeof TOPIC_CODES)[number];

/**
 * A zod schema accepting exactly the {@link TOPIC_CODES}.
 *
 * @example
 * ```ts
 * import { topicCodeSchema } from "@cchc/plan";
 *
 * topicCodeSchema.safeParse("T4.2").success; // => true
 * topicCodeSchema.safeParse("T6").success; // => false
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const topicCodeSchema = /* @__PURE__ */ (() => z.enum(TOPIC_CODES))();
