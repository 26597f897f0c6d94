/**
 * Writes the generated files (run by `pnpm build` after tsup, or alone with
 * `pnpm --filter @cchc/reports run generate`): the JSON Schema files of `schemas/`, the synthesis
 * example, and the generated blocks of the two guides. Prints what changed.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { guideSections, jsonSchemaFiles, packageDir, repoDir, synthesisExample, withGenerated } from "./artifacts.js";

function write(path: string, content: string): void {
  let old: string | undefined;
  try {
    old = readFileSync(path, "utf8");
  } catch {
    old = undefined;
  }
  if (old === content) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  console.log(`generated ${path}`);
}

for (const [file, content] of jsonSchemaFiles()) write(join(packageDir, file), content);
write(join(packageDir, "examples/synthesis-report.valid.json"), synthesisExample());
for (const [file, name, generated] of guideSections()) {
  const path = join(repoDir, file);
  write(path, withGenerated(readFileSync(path, "utf8"), generated, name));
}
