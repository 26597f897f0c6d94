// `pnpm --filter @cchc/example-node-api start`: serves the report API until Ctrl+C or SIGTERM (requests
// in flight finish first). PORT (default 8080) and HOST (default 127.0.0.1) choose where; MAX_BODY_BYTES
// the body limit.
import { closeOnSignals } from "@cchc/http";
import { DEFAULT_MAX_BODY_BYTES } from "./app.js";
import { startReportServer } from "./server.js";

const server = await startReportServer({
  port: Number(process.env.PORT ?? 8080),
  host: process.env.HOST ?? "127.0.0.1",
  maxBodyBytes: Number(process.env.MAX_BODY_BYTES ?? DEFAULT_MAX_BODY_BYTES),
});
closeOnSignals(server);
console.log(`cchc report API on ${server.url}`);
console.log(`  curl -s ${server.url}/schemas`);
console.log(`  curl -s -H 'Content-Type: application/json' --data @packages/reports/examples/monthly-media-report.invalid.json '${server.url}/reports/monthly-media-report?lang=en'`);
