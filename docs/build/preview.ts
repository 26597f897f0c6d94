// `pnpm docs:preview`: serves the built site (docs/site) on http://127.0.0.1:4173 (PORT to change) until
// Ctrl+C, on loopback only (VitePress's own preview listens on every interface).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "../e2e/static-server.js";
import { docsRoot } from "./structure.js";

const root = join(docsRoot, "site");
if (!existsSync(join(root, "index.html"))) {
  console.error("✖ docs/site is not built: run `pnpm docs:build` first.");
  process.exit(1);
}
const site = await serveStatic(root, Number(process.env.PORT ?? 4173));
console.log(`The documentation site: ${site.origin}/  (Ctrl+C to stop)`);
process.once("SIGINT", () => void site.close().then(() => process.exit(0)));
process.once("SIGTERM", () => void site.close().then(() => process.exit(0)));
