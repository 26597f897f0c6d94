// Type-checks the code a reader copies: every ```ts block of every @example in the packages' TSDoc and
// of the guides and READMEs (found by scripts/doc-examples.ts; run with `node --import tsx`). Each block
// becomes a module in .doc-examples/ (git-ignored) and the lot goes through `tsc` with the repository's
// strict settings, the @cchc packages resolved to their built types (`pnpm build` first, as `pnpm test`
// does) through each package's `exports` map — as a user importing from npm sees them. A block must
// stand on its own: it imports what it uses, and declares (`declare const x: T`) what it assumes.
// Exits 1, listing the errors, when one does not compile.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { apiExamples, markdownExamples, repositoryRoot as root } from "./doc-examples.ts";
import { run } from "./lib.mjs";

const out = join(root, ".doc-examples");

/** `paths` for every entry point of every package: `@cchc/<name>[/<entry>]` → its built types. */
function packagePaths() {
  const paths = {};
  for (const dir of readdirSync(join(root, "packages"))) {
    const pkg = JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"));
    for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
      const types = target?.import?.types;
      if (typeof types !== "string") continue;
      paths[`${pkg.name}${subpath.slice(1)}`] = [join("packages", dir, types)];
    }
  }
  return paths;
}

const examples = [...apiExamples(), ...markdownExamples()];
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "src"), { recursive: true });
examples.forEach(({ where, code }, i) => {
  const name = `${String(i).padStart(4, "0")}-${where.replace(/[^\w.-]+/g, "_").slice(0, 80)}.ts`;
  writeFileSync(join(out, "src", name), `// ${where}\n${code}\nexport {};\n`);
});
const tsconfig = {
  extends: "../tsconfig.base.json",
  compilerOptions: { noEmit: true, declaration: false, sourceMap: false, types: ["node"], baseUrl: "..", paths: packagePaths() },
  include: ["src/**/*.ts"],
};
writeFileSync(join(out, "tsconfig.json"), JSON.stringify(tsconfig, null, 2));
console.log(`${examples.length} code examples (API @example blocks, guides and READMEs) → .doc-examples/src`);
run("pnpm", ["exec", "tsc", "-p", join(out, "tsconfig.json")]);
