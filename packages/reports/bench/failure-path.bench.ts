/**
 * The validators' failure path against the named baseline — ajv 8 (draft 2020-12, ajv-formats,
 * allErrors) compiled from the shipped JSON Schema — on payloads that break field rules only, so that
 * both report the same errors (checked before timing: the same JSON Pointers): the shipped
 * `monthly-media-report.invalid.json`, and for every schema its valid example with three field rules
 * broken (bench/field-rules.ts). Both sides hand over every error: the validator's `issues` (paths,
 * codes, vi messages) and ajv's `errors`. Printed: CPU time per call and the median ratio of
 * interleaved rounds; target: within 3× of ajv.
 */
import { readFileSync } from "node:fs";
import { REPORT_SCHEMA_IDS, reportSchemaEntry } from "@cchc/reports";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { ajvPaths, breakFieldRules, issuePaths } from "./field-rules.js";

const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const TARGET = 3;
const ROUNDS = 31;

type AjvError = { instancePath: string; keyword: string; params: Record<string, unknown> };

function measure(label: string, id: string, payload: unknown): { label: string; ajv: number; ours: number; ratio: number; issues: number } {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  const check = ajv.compile(read(`../schemas/${id}.schema.json`) as object);
  const entry = reportSchemaEntry(id)!;
  const ours = entry.validate(payload);
  if (check(payload) || ours.valid) throw new Error(`${label}: both must reject the payload`);
  const a = ajvPaths(check.errors as AjvError[]);
  const b = issuePaths(ours.issues);
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${label}: ajv reports ${a.join(", ")}, the validator ${b.join(", ")}`);
  let sink = 0;
  const runAjv = (calls: number) => {
    for (let i = 0; i < calls; i++) sink += check(payload) ? 0 : check.errors!.length;
  };
  const runOurs = (calls: number) => {
    for (let i = 0; i < calls; i++) sink += entry.validate(payload).issues.length;
  };
  // CPU time of the process, not wall time: on a shared machine a longer loop is more often preempted,
  // which would make the faster side look faster still. Each side runs ~20 ms a round.
  const cpuPerCall = (fn: (calls: number) => void, calls: number) => {
    const start = process.cpuUsage();
    fn(calls);
    const used = process.cpuUsage(start);
    return (used.user + used.system) / calls;
  };
  const callsFor = (fn: (calls: number) => void) => Math.max(100, Math.ceil(20_000 / Math.max(0.05, cpuPerCall(fn, 2000))));
  const ajvCalls = callsFor(runAjv);
  const ourCalls = callsFor(runOurs);
  const rounds: { ajv: number; ours: number }[] = [];
  for (let r = 0; r < ROUNDS; r++) rounds.push({ ajv: cpuPerCall(runAjv, ajvCalls), ours: cpuPerCall(runOurs, ourCalls) });
  rounds.sort((x, y) => x.ours / x.ajv - y.ours / y.ajv);
  const mid = rounds[ROUNDS >> 1]!;
  if (sink === -1) console.log("");
  return { label, ajv: mid.ajv, ours: mid.ours, ratio: mid.ours / mid.ajv, issues: ours.issues.length };
}

const results = [
  measure("monthly-media-report.invalid.json (shipped)", "monthly-media-report", read("../examples/monthly-media-report.invalid.json")),
  ...REPORT_SCHEMA_IDS.map((id) => measure(`${id}: valid example, field rules broken`, id, breakFieldRules(read(`../examples/${id}.valid.json`) as never))),
];
console.log(`\n## report validators, failure path (payloads that break field rules; CPU time, interleaved median of ${ROUNDS} rounds)\nbaseline: ajv, JSON Schema, allErrors`);
console.table(
  results.map((r) => ({
    payload: r.label,
    issues: r.issues,
    "ajv µs": r.ajv.toFixed(2),
    "validator µs": r.ours.toFixed(2),
    "× ajv": `${r.ratio.toFixed(2)}×`,
    [`target ≤ ${TARGET}×`]: r.ratio <= TARGET ? "✔" : "✖",
  })),
);
const worst = results.reduce((w, r) => (r.ratio > w.ratio ? r : w));
console.log(`failure path: worst ${worst.ratio.toFixed(2)}× ajv (${worst.label}); target within ${TARGET}×: ${worst.ratio <= TARGET ? "✔ within target" : "✖ over target"}`);
