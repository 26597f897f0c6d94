// Rewrites the generated blocks of docs/guides/plan-as-data.md from the plan's data.
import { readFileSync, writeFileSync } from "node:fs";
import { GUIDE, withGeneratedTable } from "./guide-blocks.js";

writeFileSync(GUIDE, withGeneratedTable(readFileSync(GUIDE, "utf8")));
console.log("docs/guides/plan-as-data.md: generated blocks rewritten");
