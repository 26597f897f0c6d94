// Checks the changesets in .changeset/: a changeset that declares "Legal rule or dataset: yes" must
// state its effective period, legal source and confidence (see .changeset/README.md); and a public
// package still at 0.0.0 (never versioned) must have a changeset naming it, so that the next
// `pnpm changeset version` gives it a real version (RELEASING.md).
import { readdirSync, readFileSync } from "node:fs";
import { publicPackages } from "./workspace-packages.mjs";

const problems = [];
const named = new Set();
// Every .md file but README.md is a changeset to `changeset version`, which stops at one without front matter.
const files = readdirSync(".changeset").filter((f) => f.endsWith(".md") && f !== "README.md");
for (const file of files) {
  const text = readFileSync(`.changeset/${file}`, "utf8");
  const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!frontMatter) problems.push(`${file}: missing front matter`);
  for (const match of (frontMatter?.[1] ?? "").matchAll(/^["']?([^"':\s]+)["']?\s*:/gm)) named.add(match[1]);
  if (!/^legal rule or dataset:\s*yes\b/im.test(text)) continue;
  for (const field of ["Effective period", "Legal source", "Confidence"]) {
    const match = new RegExp(`^${field}:[ \\t]*(\\S.*)$`, "im").exec(text);
    if (!match || match[1].startsWith("<")) problems.push(`${file}: "${field}:" is required for a legal rule or dataset change`);
  }
  const confidence = /^Confidence:[ \t]*(\w+)/im.exec(text)?.[1];
  if (confidence && !["VERIFIED", "SECONDARY", "INFERRED", "UNCONFIRMED"].includes(confidence)) {
    problems.push(`${file}: unknown confidence "${confidence}"`);
  }
}
for (const { manifest } of publicPackages()) {
  if (manifest.version === "0.0.0" && !named.has(manifest.name)) {
    problems.push(`${manifest.name} is at 0.0.0 and no changeset names it: add its "First release" changeset (pnpm changeset)`);
  }
}
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`✔ changesets: ${files.length} checked`);
