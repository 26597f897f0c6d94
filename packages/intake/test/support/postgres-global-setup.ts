/**
 * vitest global setup (vitest.config.ts): one throw-away PostgreSQL cluster per vitest run, shared by
 * every test file that needs a server — each file creates its own databases on it — instead of one
 * cluster per file. The cluster starts on first demand: this setup only opens a tiny loopback service
 * whose address is provided to the workers (`inject`); the first test that asks starts the cluster,
 * every later one gets the same admin URL (or the same reason why it could not start). A run without
 * such tests starts nothing. The cluster is stopped and deleted when the run ends.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";
import { startPostgresServer, type PostgresServer } from "./postgres-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where to ask for the run's PostgreSQL server: answers `{ adminUrl }` or `{ error }`. */
    cchcPostgresBroker: string;
  }
}

/** What the service answers. */
export type SharedPostgresStatus = { readonly adminUrl: string } | { readonly error: string };

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let cluster: Promise<PostgresServer> | undefined;
  const broker = createServer((_req, res) => {
    cluster ??= startPostgresServer();
    cluster.then(
      (server): SharedPostgresStatus => ({ adminUrl: server.adminUrl }),
      (error: unknown): SharedPostgresStatus => ({ error: error instanceof Error ? error.message : String(error) }),
    ).then((status) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(status)));
  });
  await new Promise<void>((resolve) => broker.listen(0, "127.0.0.1", resolve));
  project.provide("cchcPostgresBroker", `http://127.0.0.1:${(broker.address() as AddressInfo).port}/`);
  return async () => {
    broker.closeAllConnections();
    await new Promise((resolve) => broker.close(resolve));
    if (cluster) await (await cluster.catch(() => undefined))?.stop();
  };
}
