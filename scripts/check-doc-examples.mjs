// Type-checks the code a reader copies: every ```ts block of every @example in the API docs (read from
// the TypeDoc JSON that `typedoc` writes to docs/api-json/api.json) and of the guides and READMEs. Each
// block becomes a module in .doc-examples/ (git-ignored) and the lot goes through `tsc` with the
// repository's strict settings, the @cchc packages resolved to their built types (`pnpm build` first,
// as `pnpm test` does) through each package's `exports` map — as a user importing from npm sees them.
// A block must stand on its own: it imports what it uses, and declares (`declare const x: T`) what it
// assumes. Exits 1, listing the errors, when one does not compile.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./lib.mjs";

const root = new URL("..", import.meta.url).pathname;
const out = join(root, ".doc-examples");
const TS_BLOCK = /^```(?:ts|typescript)\n([\s\S]*?)^```/gm;

/** Every ```ts block of a Markdown text. */
function tsBlocks(markdown) {
  return [...markdown.matchAll(TS_BLOCK)].map((m) => m[1]);
}

/** The @example blocks of the TypeDoc JSON, named by the symbol that carries them. */
function apiExamples() {
  const api = JSON.parse(readFileSync(join(root, "docs", "api-json", "api.json"), "utf8"));
  const found = [];
  const walk = (node, trail) => {
    const comments = [node.comment, ...(node.signatures ?? []).map((s) => s.comment)].filter(Boolean);
    for (const comment of comments) {
      for (const tag of comment.blockTags ?? []) {
        if (tag.tag !== "@example") continue;
        const text = tag.content.map((part) => part.text).join("");
        for (const code of tsBlocks(text)) found.push({ where: `${trail}${node.name}`, code });
      }
    }
    const next = node.kind === 1 ? "" : `${trail}${node.name}.`; // the project's own name is left out
    for (const child of node.children ?? []) walk(child, next);
  };
  walk(api, "");
  return found;
}

/** The ```ts blocks of the guides, the READMEs of the repository, its packages and its examples. */
function markdownExamples() {
  const files = [
    "README.md",
    "docs/index.md",
    ...readdirSync(join(root, "docs", "guides")).map((f) => `docs/guides/${f}`),
    ...["packages", "examples"].flatMap((dir) => readdirSync(join(root, dir)).map((name) => `${dir}/${name}/README.md`)),
  ];
  return files.flatMap((file) => {
    let text;
    try {
      text = readFileSync(join(root, file), "utf8");
    } catch {
      return [];
    }
    return tsBlocks(text).map((code) => ({ where: file, code }));
  });
}

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
