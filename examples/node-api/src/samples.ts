/** The example payloads that ship with @cchc/reports (`examples/<schema id>.<valid|invalid…>.json`). */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** One shipped example payload. */
export interface Sample {
  /** Schema id, e.g. `monthly-media-report`. */
  readonly schema: string;
  /** File name, e.g. `monthly-media-report.invalid.json`. */
  readonly file: string;
  /** Whether the file name says it is valid. */
  readonly valid: boolean;
  /** The file's bytes as text. */
  readonly body: string;
}

/** The shipped samples, sorted by file name. */
export function shippedSamples(): Sample[] {
  const dir = join(dirname(createRequire(import.meta.url).resolve("@cchc/reports/package.json")), "examples");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => {
      const [schema = "", kind = ""] = file.split(".");
      return { schema, file, valid: kind.startsWith("valid"), body: readFileSync(join(dir, file), "utf8") };
    });
}
