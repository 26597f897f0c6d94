// The packages and their layering, from the packages' own manifests: one row per layer (a package sits
// one row above the highest package it depends on), an arrow from a package to each dependency that is
// not already implied by another (the transitive reduction), so that the one-way graph stays readable.
import { packageLayers, type SitePackage } from "../structure.js";
import { escapeXml, svgDocument, textLines, type Picture } from "./svg.js";

const BOX_WIDTH = 176;
const BOX_HEIGHT = 46;
const ROW_GAP = 34;
const COLUMN_GAP = 24;
const MARGIN = 16;

/** Dependencies of `name` not reachable through another of its dependencies. */
export function directDependencies(name: string, byName: ReadonlyMap<string, SitePackage>): string[] {
  const deps = byName.get(name)?.dependsOn ?? [];
  const reachable = (from: string, seen = new Set<string>()): Set<string> => {
    for (const d of byName.get(from)?.dependsOn ?? []) {
      if (!seen.has(d)) {
        seen.add(d);
        reachable(d, seen);
      }
    }
    return seen;
  };
  return deps.filter((d) => !deps.some((other) => other !== d && reachable(other).has(d)));
}

export function packageLayersPicture(packages: readonly SitePackage[]): Picture {
  const layers = packageLayers(packages);
  const byName = new Map(packages.map((p) => [p.name, p]));
  const top = Math.max(...layers.values());
  const rows = Array.from({ length: top + 1 }, (_, layer) => packages.filter((p) => layers.get(p.name) === layer));
  const widest = Math.max(...rows.map((r) => r.length));
  const width = MARGIN * 2 + widest * BOX_WIDTH + (widest - 1) * COLUMN_GAP;
  const height = MARGIN * 2 + rows.length * BOX_HEIGHT + (rows.length - 1) * ROW_GAP;
  const position = new Map<string, { x: number; y: number }>();
  rows.forEach((row, layer) => {
    const rowWidth = row.length * BOX_WIDTH + (row.length - 1) * COLUMN_GAP;
    const y = MARGIN + (top - layer) * (BOX_HEIGHT + ROW_GAP);
    row.forEach((p, i) => position.set(p.name, { x: (width - rowWidth) / 2 + i * (BOX_WIDTH + COLUMN_GAP), y }));
  });
  const id = "package-layers";
  const arrows = packages.flatMap((p) =>
    directDependencies(p.name, byName).map((d) => {
      const from = position.get(p.name)!;
      const to = position.get(d)!;
      const x1 = from.x + BOX_WIDTH / 2;
      const x2 = to.x + BOX_WIDTH / 2;
      return `<path d="M${x1} ${from.y + BOX_HEIGHT} C${x1} ${from.y + BOX_HEIGHT + ROW_GAP / 2} ${x2} ${to.y - ROW_GAP / 2} ${x2} ${to.y - 2}" class="cchc-pic-line" marker-end="url(#${id}-arrow)"/>`;
    }),
  );
  const boxes = packages.map((p) => {
    const { x, y } = position.get(p.name)!;
    return [
      `<a href="${p.entryPoints[0]?.url ?? "#"}"><rect x="${x}" y="${y}" width="${BOX_WIDTH}" height="${BOX_HEIGHT}" rx="6" class="cchc-pic-box"/>`,
      textLines([p.name], x + BOX_WIDTH / 2, y + 20, 14, "cchc-pic-text cchc-pic-strong"),
      textLines([p.version], x + BOX_WIDTH / 2, y + 37, 14, "cchc-pic-text cchc-pic-small"),
      `</a>`,
    ].join("");
  });
  const title = "The packages and their layers";
  const summary = `${packages.length} packages in ${rows.length} layers; each depends only on packages below it: ${rows
    .map((r) => r.map((p) => p.name).join(" and "))
    .join(" ← ")}.`;
  const items = packages
    .map((p) => {
      const deps = p.dependsOn.length > 0 ? `depends on ${p.dependsOn.map((d) => `<code>${escapeXml(d)}</code>`).join(", ")}` : "depends on no other package";
      return `<li><a href="${p.entryPoints[0]?.url ?? "#"}"><code>${escapeXml(p.name)}</code></a> ${escapeXml(p.version)} (layer ${layers.get(p.name)}) — ${deps}. ${escapeXml(p.description)}</li>`;
    })
    .join("\n");
  return {
    name: id,
    title,
    summary,
    svg: svgDocument(id, width, height, title, summary, [...arrows, ...boxes].join("\n")),
    textVersion: `<ul>\n${items}\n</ul>`,
  };
}
