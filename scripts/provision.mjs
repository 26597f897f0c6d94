// Step 0 of `pnpm test`: make sure the system programs the tests start are installed. As root on a
// Debian machine (a fresh CI machine), missing packages are installed with apt-get; otherwise the test
// stops at once and prints the exact command to run. The list is scripts/system-requirements.mjs.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { pathExists, provisionPlan } from "./provision-plan.mjs";

const exists = (path) => pathExists(path, { existsSync, readdirSync });
import { SYSTEM_REQUIREMENTS } from "./system-requirements.mjs";

const hasAptGet = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
const plan = provisionPlan(SYSTEM_REQUIREMENTS, {
  exists,
  isRoot: typeof process.getuid === "function" && process.getuid() === 0,
  hasAptGet,
});

if (plan.action === "stop") {
  console.error(`✖ ${plan.message}`);
  process.exit(1);
}
if (plan.action === "install") {
  console.log(`▶ installing ${plan.packages.join(", ")} from Debian's packages (needed by the tests)`);
  for (const [command, ...args] of plan.command) {
    const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) {
      console.error(`✖ ${[command, ...args].join(" ")} failed (exit ${result.status ?? result.signal})`);
      process.exit(1);
    }
  }
  const still = provisionPlan(SYSTEM_REQUIREMENTS, { exists, isRoot: false, hasAptGet });
  if (still.action !== "none") {
    console.error(`✖ still missing after apt-get: ${still.packages.join(", ")}`);
    process.exit(1);
  }
}
console.log(`✔ system programs present: ${SYSTEM_REQUIREMENTS.map((r) => r.program).join(", ")}`);
