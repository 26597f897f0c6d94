import { readFileSync } from "node:fs";
const which = process.argv[2];
const mod = await import(`/work/wt/${which}/packages/reports/dist/monthly-media-report.js`);
const ex = JSON.parse(readFileSync("/work/wt/planrules/packages/reports/examples/monthly-media-report.valid.json", "utf8"));
if (which === "planrules-base") ex.schemaVersion = 1;
const payloads = Array.from({ length: 100 }, () => structuredClone(ex));
for (let k = 0; k < 3000; k++) for (const p of payloads) mod.validateMonthlyMediaReport(p);
