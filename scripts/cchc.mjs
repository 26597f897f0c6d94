// `pnpm cchc <args>` from the repository root: runs the built `cchc` bin (packages/cli/dist/bin.js)
// without rebuilding anything. pnpm runs root scripts in the repository root, so relative file
// arguments are resolved from the directory the command was typed in (pnpm's INIT_CWD).
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const bin = fileURLToPath(new URL("../packages/cli/dist/bin.js", import.meta.url));
if (!existsSync(bin)) {
  process.stderr.write("cchc chưa được build: chạy `pnpm build` trước. / cchc is not built yet: run `pnpm build` first.\n");
  process.exit(2);
}
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
await import(pathToFileURL(bin).href);
