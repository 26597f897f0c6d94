/** Starts the intake and serves its HTTP API. */
import { createIntake, createIntakeHandler } from "@cchc/intake";
import type { ServerConfig } from "./config.js";
import { serve, type RunningServer } from "./node-http.js";

/** Opens the database (migrating it), then listens. `close` stops listening, then closes the database. */
export async function startIntakeServer(config: ServerConfig, clock?: () => number): Promise<RunningServer> {
  const intake = await createIntake({ database: config.database, tokens: config.tokens, readAccess: config.readAccess, ...(clock ? { clock } : {}) });
  const server = await serve(createIntakeHandler(intake, { maxBodyBytes: config.maxBodyBytes }), { host: config.host, port: config.port });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await intake.close();
    },
  };
}
