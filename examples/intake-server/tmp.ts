import { seedSampleData } from "./src/sample-data/seed.js";
const asOf = Date.parse("2026-12-07T10:00:00+07:00");
let t = Date.now();
const out = await seedSampleData({ kind: "pglite" }, asOf);
console.log(out.submissions.length, out.stored, out.resolved, Date.now() - t, "ms in memory");
