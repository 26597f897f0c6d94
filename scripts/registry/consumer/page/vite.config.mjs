// Vite configuration of the registry round trip's page: a plain production build that also writes the
// list of modules each chunk contains (modules.json), so the round trip can tell what the bundle pulled in.
import { writeFileSync } from "node:fs";

export default {
  logLevel: "warn",
  build: { outDir: "dist", emptyOutDir: true },
  plugins: [
    {
      name: "cchc-module-list",
      generateBundle(_options, bundle) {
        const chunks = Object.values(bundle).filter((item) => item.type === "chunk");
        const list = Object.fromEntries(chunks.map((chunk) => [chunk.fileName, Object.keys(chunk.modules)]));
        writeFileSync(new URL("./modules.json", import.meta.url), JSON.stringify(list, null, 2));
      },
    },
  ],
};
