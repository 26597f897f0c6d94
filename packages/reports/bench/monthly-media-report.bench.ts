/**
 * Validating the monthly media report: the package's validator (zod/mini schema, cross-field rules,
 * vi messages, NFC normalization, JSON-Pointer issues) against the named baseline — ajv 8 (draft
 * 2020-12, ajv-formats, allErrors) compiled from the shipped JSON Schema — on the same payloads, from
 * one run. The valid set is 100 variations of the example report; the invalid set breaks each of them
 * structurally (an invalid month, a negative count, an unknown key), so that both validators reject
 * every payload. `allErrors` makes ajv collect every issue, as the validator does; ajv stopping at the
 * first error is shown for reference.
 */
import { readFileSync } from "node:fs";
import { validateMonthlyMediaReport } from "@cchc/reports/monthly-media-report";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { suite } from "../../../scripts/bench-harness.js";

const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));

const schema = read("../schemas/monthly-media-report.schema.json") as object;
const ajvAll = new Ajv2020({ allErrors: true, allowUnionTypes: true });
addFormats(ajvAll);
const allErrors = ajvAll.compile(schema);
const ajvFirst = new Ajv2020({ allowUnionTypes: true });
addFormats(ajvFirst);
const firstError = ajvFirst.compile(schema);

type Report = Record<string, unknown> & { sections: Record<string, unknown>[]; totals: Record<string, number>; forms: { form: string; count: number }[] };
const examples = [read("../examples/monthly-media-report.valid.json"), read("../examples/monthly-media-report.valid-january.json")] as Report[];

const valid: Report[] = Array.from({ length: 100 }, (_, i) => {
  const r = structuredClone(examples[i % 2]!);
  const extra = i % 7;
  r.sections[0]!["newsItems"] = (r.sections[0]!["newsItems"] as number) + extra;
  r.totals["newsItems"]! += extra;
  r.forms.find((f) => f.form === "news")!.count += extra; // the forms agree with the totals (news = news items)
  r["reportId"] = `BPTTH-${i}`;
  return r;
});
const invalid: Report[] = valid.map((r, i) => {
  const q = structuredClone(r);
  q["month"] = "2026-13";
  q.sections[i % q.sections.length]!["articles"] = -1;
  q["totalz"] = i;
  return q;
});

for (const r of valid) if (!validateMonthlyMediaReport(r).valid || !allErrors(r)) throw new Error("a valid payload is rejected");
for (const r of invalid) if (validateMonthlyMediaReport(r).valid || allErrors(r)) throw new Error("an invalid payload is accepted");

let sink = 0;
const run = (payloads: Report[], validate: (p: unknown) => unknown) => () => {
  for (const p of payloads) sink += validate(p) ? 1 : 0;
};
const ours = (p: unknown) => validateMonthlyMediaReport(p).valid;

await suite("monthly media report: validate 100 valid payloads", { name: "baseline: ajv, JSON Schema, allErrors", fn: run(valid, allErrors) }, [
  { name: "validateMonthlyMediaReport", fn: run(valid, ours) },
]);
await suite("monthly media report: validate 100 invalid payloads (3 issues each)", { name: "baseline: ajv, JSON Schema, allErrors", fn: run(invalid, allErrors) }, [
  { name: "validateMonthlyMediaReport", fn: run(invalid, ours) },
  { name: "ajv, first error only (reference)", fn: run(invalid, firstError) },
]);

// On a busy machine the sequential runs above can drift apart; this interleaves the two validators in
// short rounds and prints the median ratio, which is what the closing note of the issue reports.
function medianRatio(payloads: Report[], rounds = 21): number {
  const time = (fn: () => void) => {
    const start = performance.now();
    for (let i = 0; i < 20; i++) fn();
    return performance.now() - start;
  };
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) ratios.push(time(run(payloads, ours)) / time(run(payloads, allErrors)));
  return ratios.sort((a, b) => a - b)[rounds >> 1]!;
}
console.log(
  `\ninterleaved median, validateMonthlyMediaReport / ajv (allErrors): valid ${medianRatio(valid).toFixed(2)}×, invalid ${medianRatio(invalid).toFixed(2)}×`,
);
if (sink === -1) console.log("");
