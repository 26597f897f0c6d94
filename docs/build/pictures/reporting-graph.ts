// The plan's reporting graph (who reports to whom, and when), from the plan's own data: one box per
// sender group of a reporting edge (the actors an edge lists as senders) and per recipient, in columns
// by the length of the longest reporting chain that reaches them; an arrow per recipient (dashed for a
// copy, đồng gửi), numbered by edge, the numbers explained under the drawing with the plan's timing.
import { labelText, type Lang } from "@cchc/core";
import type { Plan } from "@cchc/plan";
import { escapeXml, svgDocument, textLines, wrapText, type Picture } from "./svg.js";

const BOX_WIDTH = 210;
const COLUMN_GAP = 110;
const ROW_GAP = 22;
const LINE = 15;
const MARGIN = 16;
const LEGEND_SIZE = 12;

interface Node {
  readonly key: string;
  readonly actors: readonly string[];
  readonly lines: readonly string[];
  column: number;
  x: number;
  y: number;
  height: number;
}

const keyOf = (actors: readonly string[]): string => [...actors].sort().join("+");

export function reportingGraphPicture(plan: Plan, lang: Lang = "en"): Picture {
  const name = (id: string): string => {
    const actor = plan.actors.find((a) => a.id === id);
    return actor ? labelText(actor.name, lang) : id;
  };
  const nodes = new Map<string, Node>();
  const nodeFor = (actors: readonly string[]): Node => {
    const key = keyOf(actors);
    let node = nodes.get(key);
    if (!node) {
      const text = actors.map(name).join(", ");
      node = { key, actors, lines: wrapText(text, BOX_WIDTH - 16, 13), column: 0, x: 0, y: 0, height: 0 };
      nodes.set(key, node);
    }
    return node;
  };
  const arcs = plan.reporting.flatMap((edge, i) => {
    const from = nodeFor(edge.from);
    return [
      ...edge.to.map((to) => ({ from, to: nodeFor([to]), copy: false, number: i + 1 })),
      ...edge.copy.map((to) => ({ from, to: nodeFor([to]), copy: true, number: i + 1 })),
    ];
  });
  // Columns: the longest chain of reports reaching each box (the graph has no cycle in a plan that
  // checks; a cycle would only stop the relaxation after as many rounds as there are boxes).
  for (let round = 0; round < nodes.size; round++) {
    for (const arc of arcs) arc.to.column = Math.max(arc.to.column, arc.from.column + 1);
  }
  const columns = Math.max(...[...nodes.values()].map((n) => n.column)) + 1;
  let height = 0;
  for (let c = 0; c < columns; c++) {
    const inColumn = [...nodes.values()].filter((n) => n.column === c);
    let y = MARGIN;
    for (const n of inColumn) {
      n.height = n.lines.length * LINE + 14;
      n.x = MARGIN + c * (BOX_WIDTH + COLUMN_GAP);
      n.y = y;
      y += n.height + ROW_GAP;
    }
    height = Math.max(height, y);
  }
  // Centre shorter columns vertically.
  for (let c = 0; c < columns; c++) {
    const inColumn = [...nodes.values()].filter((n) => n.column === c);
    const bottom = Math.max(...inColumn.map((n) => n.y + n.height));
    const shift = (height - ROW_GAP - bottom) / 2;
    for (const n of inColumn) n.y += shift;
  }
  const width = MARGIN * 2 + columns * BOX_WIDTH + (columns - 1) * COLUMN_GAP;
  const legend = plan.reporting.map((edge, i) => `${i + 1}. ${labelText(edge.what, lang)} — ${labelText(edge.timing, lang)}`);
  const legendLines = legend.map((line) => wrapText(line, width - MARGIN * 2, LEGEND_SIZE));
  const legendTop = height + 8;
  const totalHeight = legendTop + legendLines.flat().length * (LEGEND_SIZE + 4) + MARGIN;
  const id = "reporting-graph";
  // Arcs leave and reach a box at evenly spaced points, in the order of the boxes at their other end,
  // so that two reports between the same boxes do not overlap.
  const slotY = (node: Node, arc: (typeof arcs)[number], end: "from" | "to"): number => {
    const other = end === "from" ? "to" : "from";
    const siblings = arcs.filter((a) => a[end] === node).sort((a, b) => a[other].y - b[other].y || a.number - b.number);
    return node.y + ((siblings.indexOf(arc) + 1) * node.height) / (siblings.length + 1);
  };
  const arrowSvg = arcs.map((arc, i) => {
    const x1 = arc.from.x + BOX_WIDTH;
    const y1 = slotY(arc.from, arc, "from");
    const x2 = arc.to.x - 2;
    const y2 = slotY(arc.to, arc, "to");
    const mx = (x1 + x2) / 2;
    const label = `<circle cx="${mx}" cy="${(y1 + y2) / 2}" r="9" class="cchc-pic-accent"/><text x="${mx}" y="${(y1 + y2) / 2 + 4}" text-anchor="middle" class="cchc-pic-text cchc-pic-small">${arc.number}</text>`;
    const dashed = arc.copy ? " cchc-pic-dashed" : "";
    return `<path id="${id}-arc-${i}" d="M${x1} ${y1} C${mx} ${y1} ${mx} ${y2} ${x2} ${y2}" class="cchc-pic-line${dashed}" marker-end="url(#${id}-arrow)"/>${label}`;
  });
  const boxSvg = [...nodes.values()].map(
    (n) => `<rect x="${n.x}" y="${n.y}" width="${BOX_WIDTH}" height="${n.height}" rx="6" class="cchc-pic-box"/>${textLines(n.lines, n.x + BOX_WIDTH / 2, n.y + 20, LINE, "cchc-pic-text")}`,
  );
  let y = legendTop + LEGEND_SIZE;
  const legendSvg = legendLines.map((lines) => {
    const text = textLines(lines, MARGIN, y, LEGEND_SIZE + 4, "cchc-pic-text cchc-pic-small", "start");
    y += lines.length * (LEGEND_SIZE + 4);
    return text;
  });
  const title = `Who reports to whom, and when — ${labelText(plan.metadata.title, lang)}`;
  const summary = `${plan.reporting.length} reporting duties between ${nodes.size} senders and recipients; solid arrows go to the recipient, dashed arrows to a copy recipient (đồng gửi).`;
  const rows = plan.reporting
    .map((edge, i) => {
      const copy = edge.copy.length > 0 ? edge.copy.map(name).join(", ") : "—";
      const cell = (text: string) => `<td>${escapeXml(text)}</td>`;
      return `<tr>${cell(String(i + 1))}${cell(edge.from.map(name).join(", "))}${cell(edge.to.map(name).join(", "))}${cell(copy)}${cell(labelText(edge.what, lang))}${cell(labelText(edge.timing, lang))}</tr>`;
    })
    .join("\n");
  return {
    name: id,
    title,
    summary,
    svg: svgDocument(id, width, totalHeight, title, summary, [...arrowSvg, ...boxSvg, ...legendSvg].join("\n")),
    textVersion: `<table><thead><tr><th>#</th><th>From</th><th>To</th><th>Copy to</th><th>What</th><th>When</th></tr></thead><tbody>\n${rows}\n</tbody></table>`,
  };
}
