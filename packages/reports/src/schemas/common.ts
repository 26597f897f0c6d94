/**
 * Parts shared by the report schemas (the reporting unit, extension fields) and the helpers their
 * cross-field rules are written with.
 */
import type { MessageParams } from "@cchc/core";
import { ACTOR_IDS } from "@cchc/plan/codes";
import * as z from "zod/mini";
import type { ReportValidationCode } from "../messages/validation.js";
import { COMMUNE_LEVEL_ACTOR_IDS } from "./codes.js";
import { communeCode, extraKey, list, schemaVersion, strictObject, text } from "./fields.js";
import { domainIssue } from "./issue.js";


/** The reporting unit: an actor id of the plan, an optional display name and, for communes, the code. */
export function reportingUnit() {
  return strictObject({
    actor: z.enum(ACTOR_IDS),
    name: z.optional(text(300)),
    communeCode: z.optional(communeCode()),
  });
}


/**
 * Extension fields (`extra`): the plan's list of report contents ends with "…", so units may add named
 * values the schema does not define — as a list of `{ key, label?, value }` entries rather than as
 * unknown top-level keys, which stay errors (strict schemas catch misspelt field names).
 */
export function extraFields() {
  const entries = list(
    strictObject({
      key: extraKey(),
      label: z.optional(text(200)),
      value: z.union([text(4000), z.number(), z.boolean(), z.null()]),
    }),
    100,
  );
  return z.optional(entries);
}

/** The fields every report starts with: `schemaVersion` (the schema's own), the sender's `reportId` and the `documentNumber`. */
export function reportHeader<V extends number>(version: V) {
  return { schemaVersion: schemaVersion(version), reportId: z.optional(text(100)), documentNumber: z.optional(text(60)) };
}

/** The fields every report ends with: free-text `notes` and the `extra` extension fields. */
export function reportFooter() {
  return { notes: z.optional(text(4000)), extra: extraFields() };
}

/** A path inside a payload, as zod paths are written. */
export type Path = readonly (string | number)[];

/** Where the cross-field rules of a schema report what they find. */
export interface RuleSink {
  add(path: Path, code: ReportValidationCode, params?: MessageParams): void;
}

/**
 * The check functions `withRules` made: a check that reports nothing once its payload has an issue
 * and reads nothing but the payload (the validators' walk relies on both, see validate/walk.ts).
 */
const RULE_CHECKS = /* @__PURE__ */ new WeakSet<object>();

/**
 * Attaches a schema's cross-field rules. They run only on a payload whose structure is entirely valid
 * (no issue so far), so a rule can trust every field, and one wrong field (an invalid month) does not
 * cascade into dozens of derived findings (every date "outside the month").
 */
export function withRules<S extends z.ZodMiniType>(schema: S, rules: (value: z.output<S>, sink: RuleSink) => void): S {
  const check = (ctx: z.core.ParsePayload): void => {
    if (ctx.issues.length > 0) return;
    const sink: RuleSink = {
      add: (path, code, params = {}) => {
        ctx.issues.push(domainIssue(code, params, path, ctx.value));
      },
    };
    rules(ctx.value as z.output<S>, sink);
  };
  RULE_CHECKS.add(check);
  return schema.check(check) as S;
}

/** Whether a zod check function is one of {@link withRules}. */
export function isRuleCheck(check: unknown): boolean {
  return typeof check === "function" && RULE_CHECKS.has(check);
}

/** JSON Pointer of a path (for messages that name another field). */
export function pointer(path: Path): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

const COMMUNE_LEVEL: ReadonlySet<string> = /* @__PURE__ */ new Set(COMMUNE_LEVEL_ACTOR_IDS);

/** A commune-level unit names its commune; no other unit does. */
export function checkUnit(unit: { actor: string; communeCode?: string | undefined }, path: Path, sink: RuleSink): void {
  const communal = COMMUNE_LEVEL.has(unit.actor);
  if (communal && unit.communeCode === undefined) sink.add([...path, "actor"], "report.commune_code_required", { actor: unit.actor });
  if (!communal && unit.communeCode !== undefined) {
    sink.add([...path, "communeCode"], "report.commune_code_not_allowed", { actor: unit.actor });
  }
}

/** Reports every value of `items` (by `keyOf`) that appeared before. */
export function checkUnique<T>(items: readonly T[], path: Path, field: string | null, keyOf: (item: T) => string, sink: RuleSink): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    const at = field === null ? [...path, index] : [...path, index, field];
    const firstAt = field === null ? [...path, first] : [...path, first, field];
    sink.add(at, "report.duplicate", { value: key.length > 60 ? `${key.slice(0, 60)}…` : key, first: pointer(firstAt) });
  });
}

/** White space that `sameTextKey` must fold: at either end, doubled, or other than a plain space. */
const UNUSUAL_SPACE = /^\s|\s$|\s\s|[^\S ]/;

/** Text compared for duplicates: case and spacing do not make two names different. */
export function sameTextKey(value: string): string {
  const lower = value.toLowerCase();
  return UNUSUAL_SPACE.test(lower) ? lower.trim().replace(/\s+/g, " ") : lower;
}

/** Sum of numbers, rounded to 1/1000 to keep float noise out of the comparisons. */
export function total(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return Math.round(sum * 1000) / 1000;
}

/** Two figures are the same when they differ by less than 0.01 (airtime in minutes, rounded). */
export function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.01;
}

/** Extension keys are unique. */
export function checkExtra(extra: readonly { key: string }[] | undefined, sink: RuleSink): void {
  if (extra) checkUnique(extra, ["extra"], "key", (e) => e.key, sink);
}

/** The first and last day of a month id (`"2026-02"` → `2026-02-01`, `2026-02-28`). */
export function monthBounds(month: string): { start: string; end: string } {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  const days = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { start: `${month}-01`, end: `${month}-${String(days).padStart(2, "0")}` };
}

/** The month `delta` months after a month id. */
export function addMonths(month: string, delta: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** First and last month of a period id (`2026-Q3` → `2026-07`, `2026-09`; `2026` → `2026-01`, `2026-12`). */
export function periodMonthRange(period: string): { first: string; last: string } {
  const year = period.slice(0, 4);
  const rest = period.slice(5);
  const m = (n: number) => `${year}-${String(n).padStart(2, "0")}`;
  if (rest === "") return { first: m(1), last: m(12) };
  if (rest === "9M") return { first: m(1), last: m(9) };
  if (rest[0] === "Q") return { first: m(Number(rest[1]) * 3 - 2), last: m(Number(rest[1]) * 3) };
  if (rest[0] === "H") return { first: m(Number(rest[1]) * 6 - 5), last: m(Number(rest[1]) * 6) };
  return { first: m(Number(rest)), last: m(Number(rest)) };
}

/** The data window's dates are in order and fit the period (ends in its last month, starts no earlier than the month before it). */
export function checkWindow(window: { start: string; end: string }, period: string, path: Path, sink: RuleSink): boolean {
  if (window.start > window.end) {
    sink.add([...path, "start"], "report.window_order", { start: window.start, end: window.end });
    return false;
  }
  const { first, last } = periodMonthRange(period);
  const startFrom = monthBounds(addMonths(first, -1)).start;
  const { start: endFrom, end: endTo } = monthBounds(last);
  const params = { start: window.start, end: window.end, period, startFrom, endFrom, endTo };
  if (window.end < endFrom || window.end > endTo) {
    sink.add([...path, "end"], "report.window_outside_period", params);
    return false;
  }
  if (window.start < startFrom) {
    sink.add([...path, "start"], "report.window_outside_period", params);
    return false;
  }
  return true;
}

/** Reports a sum of parts that differs from its declared total (at the total, unless `at` says where). */
export function checkSum(parts: readonly number[], partsName: string, whole: number, wholePath: Path, sink: RuleSink, at: Path = wholePath): void {
  const sum = total(parts);
  if (!sameFigure(sum, whole)) sink.add(at, "report.sum_mismatch", { parts: partsName, sum, whole: pointer(wholePath), total: whole });
}

/** Reports parts that add up to more than their whole. */
export function checkAtMost(parts: readonly number[], partsName: string, whole: number, wholePath: Path, at: Path, sink: RuleSink): void {
  const sum = total(parts);
  if (sum > whole + 1e-9) sink.add(at, "report.parts_exceed_total", { parts: partsName, sum, whole: pointer(wholePath), total: whole });
}
