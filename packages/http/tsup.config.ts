import { defineConfig } from "tsup";
import { packageConfig } from "../../tsup.base.js";

// Two entry points: the server (`@cchc/http`, on node:http through @hono/node-server) and the
// Web-standard request helpers (`@cchc/http/web`), which import nothing of Node so that a handler
// library can use them without loading a server.
export default defineConfig(
  packageConfig({
    entry: { index: "src/index.ts", web: "src/web.ts" },
    overrides: { platform: "node", external: [/^@hono\//, /^hono/, /^@cchc\//] },
  }),
);
