import { ACTOR_IDS, CHANNEL_CODES, TOPIC_CODES } from "@cchc/plan/codes";
import * as z from "zod/mini";
import { isoDate, text } from "./fields.js";

/**
 * The fields of one difficulty (khó khăn, vướng mắc), as a difficulty report states it and as the
 * synthesis compiles it: title, description, the plan topic and channel concerned, since when, the
 * proposal and who should decide.
 */
export function difficultyItemFields() {
  return {
    title: text(300),
    description: text(4000),
    topic: z.optional(z.enum(TOPIC_CODES)),
    channel: z.optional(z.enum(CHANNEL_CODES)),
    since: z.optional(isoDate()),
    proposal: z.optional(text(4000)),
    decisionBy: z.optional(z.enum(ACTOR_IDS)),
  };
}
