// `pnpm --filter @cchc/example-intake-server start`: serves the intake until Ctrl+C or SIGTERM — requests
// in flight finish, then the database is closed and the process exits 0 (see src/config.ts for HOST,
// PORT, DATA_DIR, DATABASE_URL, TOKENS_FILE, READ_ACCESS and the server limits).
import { closeOnSignals } from "@cchc/http";
import { configFromEnv } from "./config.js";
import { startIntakeServer } from "./start.js";

const config = configFromEnv();
const server = await startIntakeServer(config);
closeOnSignals(server);
console.log(`cchc intake on ${server.url} (${config.database.kind === "postgres" ? "PostgreSQL" : `PGlite in ${config.database.dataDir}`})`);
console.log(`  curl -s ${server.url}/openapi.json`);
console.log(`  curl -s ${server.url}/status/2026`);
