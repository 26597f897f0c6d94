// Checks the changesets in .changeset/: a changeset that declares "Legal rule or dataset: yes" must
// state its effective period, legal source and confidence (see .changeset/README.md).
import { readdirSync, readFileSync } from "node:fs";

const problems = [];
// Every .md file but README.md is a changeset to `changeset version`, which stops at one without front matter.
const files = readdirSync(".changeset").filter((f) => f.endsWith(".md") && f !== "README.md");
for (const file of files) {
  const text = readFileSync(`.changeset/${file}`, "utf8");
  if (!/^---\n[\s\S]*?\n---\n/.test(text)) problems.push(`${file}: missing front matter`);
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
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`✔ changesets: ${files.length} checked`);
