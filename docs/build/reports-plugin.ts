// The Vite plugin that serves `virtual:cchc-reports` (see reports.ts) to the playground.
import type { Plugin } from "vite";
import { reportsModuleSource } from "./reports.js";

const ID = "virtual:cchc-reports";

export function reportsPlugin(): Plugin {
  return {
    name: "cchc-reports",
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load: (id) => (id === `\0${ID}` ? reportsModuleSource() : undefined),
  };
}
