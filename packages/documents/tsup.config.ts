import { defineConfig } from "tsup";
import { packageConfig } from "../../tsup.base.js";

// Two entries: the renderer (docx bundled by the application's bundler, not by us) and the metadata
// validator alone, so that a form can check what a clerk types without the .docx writer.
export default defineConfig(
  packageConfig({
    entry: { index: "src/index.ts", metadata: "src/metadata.ts" },
    overrides: { external: [/^zod/, /^luxon/, /^effect/, /^@effect\//, /^@cchc\//, /^docx/] },
  }),
);
