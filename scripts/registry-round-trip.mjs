// Step of `pnpm test`: the packages go through a registry and back, as users get them. A throw-away
// Verdaccio on 127.0.0.1 receives `pnpm -r publish` of every public package (the scoped registry set
// through a temporary npmrc, never the user's ~/.npmrc); then, in a project outside the workspace, plain
// npm installs every @cchc package by name (their peers from the default registry) and the project
// imports every entry point from ESM and CommonJS, type-checks a program using every package with
// `module: node16` and with `moduleResolution: bundler`, builds a page importing one validator with Vite
// (under its size-limit budget, without luxon or effect), and installs the CLI globally into a
// temporary prefix to run it. Run after `pnpm build`. The registry is stopped and the temporary folder
// removed at the end, also on failure (set CCHC_KEEP_ROUND_TRIP=1 to keep the folder for a look).
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { createConsumerProject, installedPackages, nestedCopies, TS_CONFIGS, writeChecks } from "./registry/consumer-project.mjs";
import { startLocalRegistry } from "./registry/local-registry.mjs";
import { peerDependencies, publicPackages } from "./workspace-packages.mjs";

const ROOT = resolve(import.meta.dirname, "..");
const SCOPE = "@cchc";
/** The validator the page imports; its bundle must stay under this entry point's size-limit budget. */
const PAGE_VALIDATOR = "@cchc/reports/monthly-media-report";
/**
 * What the consumer project installs besides the packages and their peers: Node's types, as every
 * TypeScript project on Node has them (the Node-only packages' declarations use them).
 */
const CONSUMER_DEV_DEPENDENCIES = ["@types/node@^20"];
/** The CLI smoke test: a document number that parses. */
const DOCREF = { input: "167/KH-UBND", canonical: "167/KH-UBND" };
/** Code that must never reach a page that only validates. */
const FORBIDDEN_IN_PAGE = [/[\\/]node_modules[\\/]luxon[\\/]/, /[\\/]node_modules[\\/]effect[\\/]/, /[\\/]node_modules[\\/]@effect[\\/]/];

const rootRequire = createRequire(join(ROOT, "package.json"));
const TSC = rootRequire.resolve("typescript/bin/tsc");
const VITE = join(ROOT, "node_modules", "vite", "bin", "vite.js");

class StepError extends Error {}

/** Runs a command; throws with its output when it fails. Output is shown only on failure unless `show`. */
function sh(command, args, { cwd, env, show = false } = {}) {
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", stdio: show ? "inherit" : "pipe", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    const output = show ? "" : `\n${result.stdout ?? ""}${result.stderr ?? ""}`;
    throw new StepError(`${command} ${args.join(" ")} (in ${cwd}) failed with exit ${result.status ?? result.signal}${output}`);
  }
  return result.stdout ?? "";
}

/** Like sh, without blocking: for commands that can run side by side. */
function shAsync(command, args, { cwd, env }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) resolvePromise(output);
      else reject(new StepError(`${command} ${args.join(" ")} (in ${cwd}) failed with exit ${code ?? signal}\n${output}`));
    });
  });
}

function check(condition, message) {
  if (!condition) throw new StepError(message);
}

/** The environment of a user's shell: no npm_/pnpm_ variables inherited from `pnpm test`. */
function userEnv(extra) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^p?npm_/i.test(key)));
  return { ...env, ...extra };
}

/**
 * Deletes the temporary folder without waiting: its ~11 000 files (two npm installs, effect among them)
 * took 10–30 s to delete on a busy machine, time nothing needs to wait for. Windows deletes in place.
 */
function removeInBackground(dir) {
  if (process.platform === "win32") return rmSync(dir, { recursive: true, force: true });
  spawn("rm", ["-rf", dir], { detached: true, stdio: "ignore" }).unref();
}

const timings = [];
async function step(name, body) {
  const started = Date.now();
  console.log(`\n▶ registry round trip: ${name}`);
  const result = await body();
  const seconds = (Date.now() - started) / 1000;
  timings.push([name, seconds]);
  console.log(`✔ ${name} (${seconds.toFixed(1)}s)`);
  return result;
}

/** The size-limit budget (bytes, min+gzip) of an entry point's built file, from the root .size-limit.cjs. */
function budgetOf(specifier) {
  const [scope, name, ...rest] = specifier.split("/");
  const pkg = publicPackages().find((p) => p.manifest.name === `${scope}/${name}`);
  check(pkg !== undefined, `${specifier}: no such workspace package`);
  const subpath = rest.length === 0 ? "." : `./${rest.join("/")}`;
  const target = pkg.manifest.exports[subpath]?.import?.default;
  const file = join("packages", pkg.folder, target.replace(/^\.\//, ""));
  const entry = rootRequire(join(ROOT, ".size-limit.cjs")).find((e) => e.path.includes(file));
  check(entry !== undefined, `${specifier}: no size-limit budget for ${file}`);
  const match = /^([\d.]+)\s*(B|kB|KB|MB)$/.exec(entry.limit);
  check(match !== null, `${specifier}: unreadable size-limit "${entry.limit}"`);
  return { name: entry.name, bytes: Number(match[1]) * { B: 1, kB: 1000, KB: 1024, MB: 1_000_000 }[match[2]] };
}

async function main() {
  const packages = publicPackages();
  for (const { manifest } of packages) {
    check(manifest.name.startsWith(`${SCOPE}/`), `${manifest.name}: a public package outside ${SCOPE}/ would not go to the local registry`);
    check(manifest.publishConfig?.registry === undefined, `${manifest.name}: publishConfig.registry would bypass the local registry`);
  }
  const tmp = realpathSync(mkdtempSync(join(tmpdir(), "cchc-round-trip-")));
  check(relative(ROOT, tmp).startsWith(".."), `the consumer project must be outside the workspace (${tmp})`);
  const registry = await step("start Verdaccio on 127.0.0.1", () => startLocalRegistry(join(tmp, "registry")));
  try {
    const npmrc = join(tmp, "npmrc");
    const defaultRegistry = sh("npm", ["config", "get", "registry"], { cwd: tmp, env: userEnv({}) }).trim();
    writeFileSync(
      npmrc,
      [`registry=${defaultRegistry}`, `${SCOPE}:registry=${registry.url}`, `${registry.url.replace(/^http:/, "")}:_authToken=anonymous-round-trip`, "fund=false", "audit=false", "update-notifier=false", ""].join("\n"),
    );
    const env = userEnv({ npm_config_userconfig: npmrc, npm_config_cache: join(ROOT, "node_modules", ".cache", "registry-round-trip", "npm") });

    await step(`pnpm -r publish (${packages.length} packages) to ${registry.url}`, async () => {
      const scoped = sh("pnpm", ["config", "get", `${SCOPE}:registry`], { cwd: ROOT, env }).trim();
      check(scoped === registry.url, `pnpm would publish ${SCOPE}/* to ${scoped}, not to ${registry.url}: stopping`);
      const output = sh("pnpm", ["-r", "publish", "--no-git-checks", "--access", "public"], { cwd: ROOT, env });
      for (const line of output.split("\n").filter((l) => l.startsWith("+ "))) console.log(`  ${line}`);
      for (const { manifest } of packages) {
        const response = await fetch(new URL(encodeURIComponent(manifest.name).replace("%40", "@"), registry.url));
        check(response.ok, `${manifest.name}: not in the registry after publishing (${response.status})`);
        const published = (await response.json()).versions?.[manifest.version];
        check(published !== undefined, `${manifest.name}@${manifest.version}: not in the registry after publishing`);
        const ranges = Object.entries({ ...published.dependencies, ...published.peerDependencies });
        check(!ranges.some(([, range]) => String(range).startsWith("workspace:")), `${manifest.name}: published with a workspace: range`);
      }
    });

    const project = join(tmp, "consumer");
    const manifests = await step("npm install every package by name outside the workspace", () => {
      createConsumerProject(project);
      const peers = new Map();
      for (const { manifest } of packages) {
        for (const peer of peerDependencies(manifest)) if (!peer.name.startsWith(`${SCOPE}/`)) peers.set(peer.name, peer.range);
      }
      const specs = [...packages.map((p) => p.manifest.name), ...[...peers].map(([name, range]) => `${name}@${range}`), ...CONSUMER_DEV_DEPENDENCIES];
      console.log(`  npm install ${specs.join(" ")}`);
      sh("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...specs], { cwd: project, env });
      const installed = installedPackages(project, SCOPE);
      for (const { manifest } of packages) {
        const got = installed.find((m) => m.name === manifest.name);
        check(got?.version === manifest.version, `${manifest.name}: installed ${got?.version ?? "nothing"}, published ${manifest.version}`);
      }
      const nested = nestedCopies(project, SCOPE);
      check(nested.length === 0, `packages installed twice (inconsistent version ranges between packages): ${nested.join(", ")}`);
      return installed;
    });

    const entries = writeChecks(project, manifests);
    await step(`Node ESM imports and CommonJS requires of ${entries.length} entry points`, () => {
      const esm = JSON.parse(sh("node", ["check-imports.mjs"], { cwd: project, env }));
      const cjs = JSON.parse(sh("node", ["check-requires.cjs"], { cwd: project, env }));
      for (const entry of entries) {
        const names = esm[entry.specifier];
        check(entry.esm === undefined || names?.length > 0, `${entry.specifier}: the ESM import exports nothing`);
        check(entry.cjs === undefined || cjs[entry.specifier]?.length > 0, `${entry.specifier}: the CommonJS require exports nothing`);
        if (!entry.json && entry.esm !== undefined && entry.cjs !== undefined) {
          const [a, b] = [[...names].sort().join(","), [...cjs[entry.specifier]].sort().join(",")];
          check(a === b, `${entry.specifier}: ESM and CommonJS export different names\n  ESM: ${a}\n  CJS: ${b}`);
        }
      }
      console.log(`  ${entries.filter((e) => e.esm).length} imported, ${entries.filter((e) => e.cjs).length} required, same names in both formats`);
    });

    const configs = Object.keys(TS_CONFIGS);
    await step(`TypeScript 5.9 strict type checks, in parallel: ${configs.join(", ")}`, () =>
      Promise.all(configs.map((config) => shAsync("node", [TSC, "-p", config], { cwd: project, env }))),
    );

    await step(`Vite build of a page importing ${PAGE_VALIDATOR}`, () => {
      const page = join(project, "page");
      check(readFileSync(join(page, "main.js"), "utf8").includes(`"${PAGE_VALIDATOR}"`), `page/main.js must import ${PAGE_VALIDATOR}`);
      sh("node", [VITE, "build", "--config", "vite.config.mjs"], { cwd: page, env });
      const modules = Object.values(JSON.parse(readFileSync(join(page, "modules.json"), "utf8"))).flat();
      const forbidden = modules.filter((id) => FORBIDDEN_IN_PAGE.some((pattern) => pattern.test(id)));
      check(forbidden.length === 0, `the page bundles code it must not: ${forbidden.slice(0, 5).join(", ")}`);
      check(modules.some((id) => id.includes(`${SCOPE}/reports`)), `the page bundle does not contain ${PAGE_VALIDATOR}`);
      const assets = join(page, "dist", "assets");
      const scripts = readdirSync(assets).filter((f) => f.endsWith(".js"));
      const gzipped = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f)), { level: 9 }).length, 0);
      const raw = scripts.reduce((sum, f) => sum + statSync(join(assets, f)).size, 0);
      const budget = budgetOf(PAGE_VALIDATOR);
      console.log(`  ${scripts.length} script(s), ${(raw / 1000).toFixed(1)} kB minified, ${(gzipped / 1000).toFixed(1)} kB gzipped; budget ${(budget.bytes / 1000).toFixed(1)} kB (${budget.name})`);
      check(gzipped <= budget.bytes, `the page's JavaScript is ${gzipped} B gzipped, over the ${budget.bytes} B budget`);
    });

    const withBin = packages.filter(({ manifest }) => manifest.bin !== undefined);
    for (const { manifest } of withBin) {
      await step(`npm i -g ${manifest.name} into a temporary prefix, then run it`, () => {
        const prefix = join(tmp, "global");
        mkdirSync(prefix, { recursive: true });
        sh("npm", ["install", "--global", "--prefix", prefix, "--no-audit", "--no-fund", "--loglevel=error", manifest.name], { cwd: tmp, env });
        const bins = typeof manifest.bin === "string" ? [manifest.name.split("/")[1]] : Object.keys(manifest.bin);
        for (const bin of bins) {
          const path = join(prefix, "bin", bin);
          const version = sh(path, ["--version"], { cwd: tmp, env }).trim();
          check(version === manifest.version, `${bin} --version printed "${version}", expected ${manifest.version}`);
          console.log(`  ${bin} --version → ${version}`);
        }
        if (bins.includes("cchc")) {
          const cchc = join(prefix, "bin", "cchc");
          const text = sh(cchc, ["docref", DOCREF.input], { cwd: tmp, env });
          console.log(text.trimEnd().replace(/^/gm, "  "));
          const json = JSON.parse(sh(cchc, ["docref", DOCREF.input, "--json"], { cwd: tmp, env }));
          check(json.canonical === DOCREF.canonical, `cchc docref ${DOCREF.input} --json: canonical ${json.canonical}`);
        }
      });
    }
  } finally {
    const started = Date.now();
    await registry.stop();
    timings.push(["stop Verdaccio", (Date.now() - started) / 1000]);
    if (process.env.CCHC_KEEP_ROUND_TRIP === "1") console.error(`(kept ${tmp})`);
    else removeInBackground(tmp);
  }
  const total = timings.reduce((sum, [, s]) => sum + s, 0);
  console.log(`\n✔ registry round trip in ${total.toFixed(1)}s: ${timings.map(([n, s]) => `${n.split(" ")[0]} ${s.toFixed(1)}s`).join(", ")}`);
}

main().catch((error) => {
  console.error(`✖ registry round trip: ${error instanceof StepError ? error.message : (error?.stack ?? error)}`);
  process.exit(1);
});
