// Run by the registry round trip inside the consumer project: imports (ESM) every entry point listed
// in entries.json, as installed from the registry, and prints the names each one exports as JSON.
import { readFileSync } from "node:fs";

const entries = JSON.parse(readFileSync(new URL("./entries.json", import.meta.url), "utf8"));
const names = {};
for (const entry of entries.filter((e) => e.esm !== undefined)) {
  const namespace = entry.json ? await import(entry.specifier, { with: { type: "json" } }) : await import(entry.specifier);
  names[entry.specifier] = entry.json ? Object.keys(namespace.default) : Object.keys(namespace).filter((k) => k !== "default");
}
console.log(JSON.stringify(names));
