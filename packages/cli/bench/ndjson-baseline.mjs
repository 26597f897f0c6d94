// The named baseline of the NDJSON throughput benchmark (cli.bench.ts): the plain script an integrator
// would write instead of `cchc validate <id> <file> --ndjson --json` — node:readline over the file,
// JSON.parse per line, ajv 8 (draft 2020-12, ajv-formats, allErrors) compiled from the shipped JSON
// Schema, and one JSON verdict per non-blank line on stdout, in input order.
//
// Usage: node ndjson-baseline.mjs <schema.json> <file.ndjson>
import { createReadStream, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

const addFormats = addFormatsModule.default ?? addFormatsModule;
const [schemaPath, file] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

let out = "";
let line = 0;
let invalid = 0;
for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  line += 1;
  if (text.trim() === "") continue;
  let verdict;
  try {
    const valid = validate(JSON.parse(text));
    verdict = { line, valid, issues: valid ? [] : validate.errors.map((e) => ({ path: e.instancePath, code: e.keyword, message: e.message })) };
  } catch (error) {
    verdict = { line, valid: false, issues: [{ path: "", code: "json.parse_error", message: error.message }] };
  }
  if (!verdict.valid) invalid += 1;
  out += `${JSON.stringify(verdict)}\n`;
  if (out.length > 65536) {
    if (!process.stdout.write(out)) await new Promise((resolve) => process.stdout.once("drain", resolve));
    out = "";
  }
}
process.stdout.write(out);
process.exitCode = invalid === 0 ? 0 : 1;
