// Run by the registry round trip inside the consumer project: requires (CommonJS) every entry point
// listed in entries.json, as installed from the registry, and prints the names each one exports as JSON.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const entries = JSON.parse(readFileSync(join(__dirname, "entries.json"), "utf8"));
const names = {};
for (const entry of entries.filter((e) => e.cjs !== undefined)) {
  names[entry.specifier] = Object.keys(require(entry.specifier)).filter((k) => k !== "default" && k !== "__esModule");
}
console.log(JSON.stringify(names));
