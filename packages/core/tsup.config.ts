import { defineConfig } from "tsup";
import { packageConfig } from "../../tsup.base.js";

// `json` is its own entry so that a page that only checks JSON text bundles the strict parser alone.
export default defineConfig(packageConfig({ entry: { index: "src/index.ts", json: "src/json.ts" } }));
