// Runs the whole vitest suite once per time zone. Results must not depend on the host's TZ: every civil
// date in cchc is Asia/Ho_Chi_Minh. packages/core/test/tz-matrix.test.ts checks the TZ really applies.
import { run } from "./lib.mjs";

export const TIME_ZONES = ["UTC", "Asia/Ho_Chi_Minh", "America/New_York", "Pacific/Kiritimati"];

const extra = process.argv.slice(2);
for (const tz of TIME_ZONES) {
  run("pnpm", ["exec", "vitest", "run", "--reporter=dot", ...extra], { env: { TZ: tz, CCHC_EXPECTED_TZ: tz } });
}
