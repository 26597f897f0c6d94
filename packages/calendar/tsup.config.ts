import { defineConfig } from "tsup";
import { packageConfig } from "../../tsup.base.js";

export default defineConfig(packageConfig({ entry: { index: "src/index.ts", luxon: "src/luxon.ts" } }));
