/** Starts the intake and serves its HTTP API. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createIntake, createIntakeHandler } from "@cchc/intake";
import type { ServerConfig } from "./config.js";
import { serve, type RunningServer } from "./node-http.js";
import { withStaticSite } from "./static-site.js";

/** Opens the database (migrating it), then listens. `close` stops listening, then closes the database. */
export async function startIntakeServer(config: ServerConfig, clock?: () => number): Promise<RunningServer> {
  const intake = await createIntake({ database: config.database, tokens: config.tokens, readAccess: config.readAccess, ...(clock ? { clock } : {}) });
  const api = createIntakeHandler(intake, { maxBodyBytes: config.maxBodyBytes });
  // The dashboard at / when it is built (examples/dashboard: pnpm --filter @cchc/example-dashboard build).
  const handler = existsSync(join(config.siteDir, "index.html")) ? withStaticSite(api, config.siteDir) : api;
  const server = await serve(handler, { host: config.host, port: config.port });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await intake.close();
    },
  };
}
