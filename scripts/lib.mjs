// Small helpers shared by the repository scripts.
import { spawnSync } from "node:child_process";

/** Runs a command, streaming its output; exits the process with its code when it fails. */
export function run(command, args, options = {}) {
  const label = [command, ...args].join(" ");
  console.log(`\n▶ ${label}${options.env?.TZ ? `  (TZ=${options.env.TZ})` : ""}`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: "inherit",
    shell: process.platform === "win32",
    ...options,
    env: { ...process.env, ...options.env },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal}) after ${seconds}s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${label} (${seconds}s)`);
}
