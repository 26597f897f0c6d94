// The code examples of the documentation, found in one place for the two checks that use them: the type
// check of `pnpm docs` (scripts/check-doc-examples.mjs) and the test that runs the API examples and
// checks their `// =>` results (packages/cli/test/doc-examples.test.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** One example: where it is written (`file:line` or a Markdown file) and its code. */
export interface DocExample {
  readonly where: string;
  readonly code: string;
}

/** The repository's root folder. */
export const repositoryRoot = fileURLToPath(new URL("..", import.meta.url));

const TS_BLOCK = /^```(?:ts|typescript)\n([\s\S]*?)^```/gm;
const DOC_COMMENT = /\/\*\*[\s\S]*?\*\//g;

/** Every ```ts block of a Markdown text (or of a doc comment with its `*` margins removed). */
export function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(TS_BLOCK)].map((m) => m[1]!);
}

/** The TypeScript source files of a folder, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The ```ts blocks after the `@example` tag of each doc comment of a source file. */
function examplesOf(file: string): DocExample[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(DOC_COMMENT)].flatMap((comment) => {
    const body = comment[0]
      .split("\n")
      .map((line) => line.replace(/^\s*\/?\*+\/?\s?/, ""))
      .join("\n");
    const at = body.indexOf("@example");
    if (at < 0) return [];
    const line = text.slice(0, comment.index).split("\n").length;
    return tsBlocks(body.slice(at)).map((code) => ({ where: `${relative(repositoryRoot, file)}:${line}`, code }));
  });
}

/** The `@example` blocks of the TSDoc of every package's sources. */
export function apiExamples(): DocExample[] {
  const packages = join(repositoryRoot, "packages");
  return readdirSync(packages).flatMap((name) => sourceFiles(join(packages, name, "src")).flatMap(examplesOf));
}

/** The ```ts blocks of the guides and of the READMEs of the repository, its packages and its examples. */
export function markdownExamples(): DocExample[] {
  const files = [
    "README.md",
    "docs/index.md",
    ...readdirSync(join(repositoryRoot, "docs", "guides")).map((f) => `docs/guides/${f}`),
    ...["packages", "examples"].flatMap((dir) => readdirSync(join(repositoryRoot, dir)).map((name) => `${dir}/${name}/README.md`)),
  ];
  return files.flatMap((file) => {
    let text: string;
    try {
      text = readFileSync(join(repositoryRoot, file), "utf8");
    } catch {
      return [];
    }
    return tsBlocks(text).map((code) => ({ where: file, code }));
  });
}
