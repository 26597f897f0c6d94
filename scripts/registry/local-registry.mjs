// Starts a Verdaccio registry on 127.0.0.1 (a port the system picks) with its storage in a given
// folder, allowing anonymous publishing of @cchc/* only and proxying nothing: every other package
// comes from the default registry. `stop()` ends it; it also ends by itself when this process exits.
import { fork } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The Verdaccio configuration (an object, as runServer takes it). */
export function registryConfig(dir) {
  const storage = join(dir, "storage");
  mkdirSync(storage, { recursive: true });
  writeFileSync(join(dir, "htpasswd"), "");
  return {
    self_path: join(dir, "config.yaml"),
    storage,
    auth: { htpasswd: { file: join(dir, "htpasswd"), max_users: -1 } },
    uplinks: {},
    packages: {
      "@cchc/*": { access: "$all", publish: "$anonymous", unpublish: "$anonymous" },
      "**": { access: "$all" },
    },
    web: { enable: false },
    max_body_size: "50mb",
    log: { type: "stdout", format: "pretty", level: "warn" },
  };
}

/**
 * @param {string} dir - a fresh folder for the registry's storage and configuration
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void> }>}
 */
export function startLocalRegistry(dir, { timeoutMs = 30_000 } = {}) {
  const child = fork(join(import.meta.dirname, "verdaccio-server.mjs"), [JSON.stringify(registryConfig(dir))], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.send("stop");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`Verdaccio did not start within ${timeoutMs / 1000}s`));
    }, timeoutMs);
    child.once("message", ({ port }) => {
      clearTimeout(timer);
      resolve({ url: `http://127.0.0.1:${port}/`, port, stop });
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Verdaccio exited before listening (${code ?? signal})`));
    });
  });
}
