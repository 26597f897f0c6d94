// `pnpm --filter @cchc/example-node-api start`: serves the report API until Ctrl+C or SIGTERM (requests
// in flight finish first). PORT (default 8080) and HOST (default 127.0.0.1) choose where; the server
// limits come from @cchc/http's defaults, each overridable by its variable (MAX_BODY_BYTES,
// HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS, KEEP_ALIVE_TIMEOUT_MS, MAX_HEADER_BYTES, MAX_CONNECTIONS,
// SHUTDOWN_GRACE_MS).
import { closeOnSignals, serverLimitsFromEnv } from "@cchc/http";
import { startReportServer } from "./server.js";

const server = await startReportServer({
  port: Number(process.env.PORT ?? 8080),
  host: process.env.HOST ?? "127.0.0.1",
  limits: serverLimitsFromEnv(),
});
closeOnSignals(server);
console.log(`cchc report API on ${server.url}`);
console.log(`  curl -s ${server.url}/schemas`);
console.log(`  curl -s -H 'Content-Type: application/json' --data @packages/reports/examples/monthly-media-report.invalid.json '${server.url}/reports/monthly-media-report?lang=en'`);
