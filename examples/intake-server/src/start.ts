/**
 * Starts the intake and serves its HTTP API — and the dashboard at `/` when it is built — with
 * `@cchc/http`, the hardened server every cchc service shares: header and request timeouts that really
 * fire, keep-alive timeout, header size, connection cap, and a graceful close. The body limit is the
 * same number, enforced by the intake's handler.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { resolveServerLimits, serveFetch, type RunningServer } from "@cchc/http";
import { createIntake, createIntakeHandler } from "@cchc/intake";
import type { ServerConfig } from "./config.js";
import { withStaticSite } from "./static-site.js";

/**
 * Opens the database (migrating it), then listens. `close` is graceful (requests in flight finish,
 * within the shutdown grace), then closes the database.
 */
export async function startIntakeServer(config: ServerConfig, clock?: () => number): Promise<RunningServer> {
  const limits = resolveServerLimits(config.limits);
  const intake = await createIntake({ database: config.database, tokens: config.tokens, readAccess: config.readAccess, ...(clock ? { clock } : {}) });
  let server: RunningServer;
  try {
    const api = createIntakeHandler(intake, { maxBodyBytes: limits.maxBodyBytes });
    // The dashboard at / when it is built (examples/dashboard: pnpm --filter @cchc/example-dashboard build).
    const handler = existsSync(join(config.siteDir, "index.html")) ? withStaticSite(api, config.siteDir) : api;
    server = await serveFetch(handler, { host: config.host, port: config.port, limits });
  } catch (error) {
    await intake.close();
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    url: server.url,
    port: server.port,
    server: server.server,
    close: (graceMs) =>
      (closing ??= (async () => {
        try {
          await server.close(graceMs);
        } finally {
          await intake.close();
        }
      })()),
  };
}
