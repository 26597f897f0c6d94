import { defineConfig } from "tsup";
import { packageConfig } from "../../tsup.base.js";

// One entry per report validator, so that a browser form importing `@cchc/reports/monthly-media-report`
// gets that schema and validator only (plan codes, no plan tables, no calculators, no luxon).
export default defineConfig(
  packageConfig({
    entry: {
      index: "src/index.ts",
      "monthly-media-report": "src/monthly-media-report.ts",
      "agency-communication-report": "src/agency-communication-report.ts",
      "synthesis-report": "src/synthesis-report.ts",
      "difficulty-report": "src/difficulty-report.ts",
      "procedure-statistics": "src/procedure-statistics.ts",
    },
  }),
);
