/** How each board status looks: a symbol (so that colour is never the only cue) and a class for its colours. */
import type { BoardStatus } from "@cchc/intake";

/** The statuses in the order the legend lists them. */
export const STATUS_ORDER: readonly BoardStatus[] = ["on-time", "late", "missing", "ambiguous", "overdue-ambiguous", "not-yet-due"];

/** The symbol shown in a cell. */
export const STATUS_SYMBOL: Readonly<Record<BoardStatus, string>> = {
  "on-time": "✓",
  late: "!",
  missing: "✗",
  ambiguous: "≈",
  "overdue-ambiguous": "?",
  "not-yet-due": "…",
};
