import { defineConfig } from "tsup";
import { packageConfig } from "../../tsup.base.js";

// The library entry (`@cchc/cli`: runCli, the schema-registry interface, the --json contract types).
// The `cchc` bin is built afterwards by tsup.bin.config.ts.
export default defineConfig(packageConfig({ entry: { index: "src/index.ts" }, overrides: { platform: "node" } }));
