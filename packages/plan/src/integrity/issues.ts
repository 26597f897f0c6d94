import { makeError, type Label, type MessageParams } from "@cchc/core";
import { planMessages } from "../messages.js";

/**
 * One integrity finding about a plan: a stable code from {@link planMessages}, a JSON Pointer to the
 * offending value, the message parameters and the message in both languages.
 *
 * @example
 * ```ts
 * import type { PlanIssue } from "@cchc/plan";
 *
 * const issue: PlanIssue = { code: "plan.unknown_clause", path: "/topics/0/source/0", params: { id: "II.9" }, message: { vi: "…", en: "…" } };
 * ```
 *
 * @category Integrity and traceability
 */
export interface PlanIssue {
  /** Stable code, a key of {@link planMessages}. */
  readonly code: keyof (typeof planMessages)["vi"];
  /** JSON Pointer (RFC 6901) to the offending value in the plan. */
  readonly path: string;
  /** The values in the message. */
  readonly params: MessageParams;
  /** The message in Vietnamese and English. */
  readonly message: Label;
}

/** Builds a {@link PlanIssue} from a catalogue key. */
export function planIssue(code: PlanIssue["code"], path: string, params: MessageParams = {}): PlanIssue {
  const error = makeError(planMessages, code, { path, ...params });
  return { code, path, params: error.params, message: error.messages };
}
