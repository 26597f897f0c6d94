// `pnpm --filter @cchc/example-intake-server seed`: fills the configured database (DATA_DIR or
// DATABASE_URL) with the SAMPLE year 2026 up to now — only when it holds no report at all, so that
// sample data never mixes with real reports. (`start` does the same on an empty database.)
import { configFromEnv } from "./config.js";
import { seedSampleData } from "./sample-data/seed.js";

const config = configFromEnv();
const outcome = await seedSampleData(config.database, Date.now());
console.log(
  outcome.seeded
    ? `sample data (dữ liệu mẫu): ${outcome.submissions.length} reports submitted, ${outcome.stored} revisions stored, ${outcome.resolved} difficulties resolved`
    : "the database already holds reports: no sample data added",
);
