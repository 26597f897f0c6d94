import { defineConfig } from "tsup";
import { packageConfig } from "../../tsup.base.js";

// Two entry points: the Promise API and HTTP handler (`@cchc/intake`), and the Effect services and
// layers underneath (`@cchc/intake/effect`). The database drivers (PGlite, pg) stay external and are
// loaded on first use, so that a PostgreSQL deployment never loads the WASM build and vice versa.
export default defineConfig(
  packageConfig({
    entry: { index: "src/index.ts", effect: "src/effect.ts" },
    overrides: { external: [/^zod/, /^luxon/, /^effect/, /^@effect\//, /^@cchc\//, /^@electric-sql\//, /^pg$/, /^node:/] },
  }),
);
