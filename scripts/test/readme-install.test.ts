// The README's "Install" section tells users what to install next to each package; this keeps it true
// to the manifests: every published package has a row, and the row names every peer dependency the
// package needs, its own and those of the @cchc packages it depends on.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM script without declarations
import { peerDependencies, publicPackages } from "../workspace-packages.mjs";

interface Pkg {
  manifest: { name: string; bin?: unknown; dependencies?: Record<string, string> };
}
interface Peer {
  name: string;
  optional: boolean;
}

const packages: Pkg[] = publicPackages();
const byName = new Map(packages.map((p) => [p.manifest.name, p]));

/**
 * The peers a user provides for a package: its own, and the required ones of the @cchc packages below
 * it, less those the package brings as its own dependencies (the CLI's zod).
 */
function peersOf(name: string, seen = new Set<string>()): Peer[] {
  if (seen.has(name)) return [];
  seen.add(name);
  const pkg = byName.get(name)!;
  const inherited = Object.keys(pkg.manifest.dependencies ?? {})
    .filter((dep) => byName.has(dep))
    .flatMap((dep) => peersOf(dep, seen).filter((peer) => !peer.optional));
  const own = pkg.manifest.dependencies ?? {};
  return [...(peerDependencies(pkg.manifest) as Peer[]), ...inherited].filter((peer) => own[peer.name] === undefined);
}

function installRows(): Map<string, { install: string; peers: string }> {
  const readme = readFileSync("README.md", "utf8");
  const section = readme.slice(readme.indexOf("## Install"), readme.indexOf("## Quick start"));
  const rows = new Map<string, { install: string; peers: string }>();
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((c) => c.trim());
    const name = /^`(@cchc\/[a-z-]+)`$/.exec(cells[1] ?? "")?.[1];
    if (name !== undefined) rows.set(name, { install: cells[2]!, peers: cells[3]! });
  }
  return rows;
}

describe("README Install section", () => {
  const rows = installRows();

  it("has a row for every published package and none for a package that is not published", () => {
    const missing = packages.map((p) => p.manifest.name).filter((name) => !rows.has(name));
    expect(missing, `add a row for ${missing.join(", ")} to the README's Install table`).toEqual([]);
    expect([...rows.keys()].filter((name) => !byName.has(name))).toEqual([]);
  });

  it.each(packages.map((p) => p.manifest.name))("%s: its row names each peer to install, required ones in the command", (name) => {
    const row = rows.get(name);
    if (row === undefined) return; // reported by the test above
    for (const peer of peersOf(name)) {
      expect(row.peers, `${name}: peer ${peer.name}`).toContain(`\`${peer.name}\``);
      if (!peer.optional) expect(row.install, `${name}: npm i … ${peer.name}`).toContain(` ${peer.name}`);
    }
    if (byName.get(name)!.manifest.bin !== undefined) expect(row.install).toContain(`npm i -g ${name}`);
  });
});
