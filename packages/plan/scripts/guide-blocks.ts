// The generated blocks of docs/guides/plan-as-data.md (topics, channels, actors, traceability table),
// between markers <!-- name:start --> and <!-- name:end -->. scripts/update-guide.ts writes them
// (pnpm --filter @cchc/plan guide); test/guide.test.ts fails when the published blocks are stale.
import { actors, bacNinh2026Plan, channels, topics, traceabilityMarkdown } from "../src/index.js";

export const GUIDE = new URL("../../../docs/guides/plan-as-data.md", import.meta.url);
const cell = (text: string): string => text.replace(/\|/g, "\\|");

/** The generated blocks of the guide, by marker name. */
export function generatedBlocks(): Record<string, string> {
  return {
    topics: ["| code | Vietnamese | English |", "|---|---|---|", ...topics.map((t) => `| \`${t.code}\` | ${cell(t.name.vi)} | ${cell(t.name.en)} |`)].join("\n"),
    channels: ["| code | Vietnamese | English |", "|---|---|---|", ...channels.map((c) => `| \`${c.code}\` | ${cell(c.name.vi)} | ${cell(c.name.en)} |`)].join("\n"),
    actors: [
      "| id | name in the plan | English | confidence |",
      "|---|---|---|---|",
      ...actors.map((a) => `| \`${a.id}\` | ${cell(a.name.vi)} | ${cell(a.name.en)} | ${a.citation.confidence} |`),
    ].join("\n"),
    traceability: traceabilityMarkdown(bacNinh2026Plan(), "en"),
  };
}

/** The guide's text with every generated block replaced by the one the data gives. */
export function withGeneratedTable(guide: string): string {
  let text = guide;
  for (const [name, block] of Object.entries(generatedBlocks())) {
    const start = `<!-- ${name}:start -->`;
    const end = `<!-- ${name}:end -->`;
    const i = text.indexOf(start);
    const j = text.indexOf(end);
    if (i < 0 || j < i) throw new Error(`markers ${start} … ${end} not found`);
    text = `${text.slice(0, i + start.length)}\n${block}\n${text.slice(j)}`;
  }
  return text;
}
