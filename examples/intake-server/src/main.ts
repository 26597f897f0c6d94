// `pnpm --filter @cchc/example-intake-server start`: serves the intake and the dashboard until Ctrl+C or
// SIGTERM — requests in flight finish, then the database is closed and the process exits 0 (see
// src/config.ts for HOST, PORT, DATA_DIR, DATABASE_URL, TOKENS_FILE, READ_ACCESS, SITE_DIR, SAMPLE_DATA
// and the server limits).
import { closeOnSignals } from "@cchc/http";
import { configFromEnv } from "./config.js";
import { seedSampleData } from "./sample-data/seed.js";
import { startIntakeServer } from "./start.js";

const config = configFromEnv();
const seeded = config.sampleData === "auto" ? await seedSampleData(config.database, Date.now()) : undefined;
if (seeded?.seeded) console.log(`empty database: filled with SAMPLE DATA (dữ liệu mẫu), ${seeded.submissions.length} reports of 2026 up to now`);
const server = await startIntakeServer(config);
closeOnSignals(server);
console.log(`cchc intake on ${server.url} (${config.database.kind === "postgres" ? "PostgreSQL" : `PGlite in ${config.database.dataDir}`})`);
console.log(`  dashboard: ${server.url}/`);
console.log(`  curl -s ${server.url}/openapi.json`);
console.log(`  curl -s ${server.url}/status/2026`);
