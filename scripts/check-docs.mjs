// Docs gates that TypeDoc and VitePress do not enforce:
// 1. every exported symbol of every package has TSDoc with an @example and a @category (the API pages
//    group their exports by topic);
// 2. no broken internal link in the built site (docs/site): every relative or site-absolute href
//    resolves to a file (a folder to its index.html) and, when it has a #fragment, to an element of the
//    target page with that id;
// 3. no false autolink: text that only looks like a web address (the channel code F1.press.tv, a file
//    name such as calendar-and-deadlines.md) is never turned into a link to http://that-text.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

const problems = [];

// 1. @example and @category on every export
const api = JSON.parse(readFileSync("docs/api-json/api.json", "utf8"));
const MODULE = 2;
const CLASS = 128;
const INTERFACE = 256;
const CONSTRUCTOR = 512;
const REFERENCE = 4194304; // a re-export: documented where it is declared
const modules = (api.children ?? []).some((c) => c.kind === MODULE) ? api.children.filter((c) => c.kind === MODULE) : [api];
let checked = 0;
// A package with several entry points (subpath exports such as `@cchc/calendar/luxon`) is a module whose
// children are modules: check the exports of each entry point.
function checkModule(mod, name) {
  for (const child of mod.children ?? []) {
    if (child.kind === MODULE) {
      checkModule(child, child.name);
      continue;
    }
    if (child.kind === REFERENCE) continue;
    const comments = [child.comment, ...(child.signatures ?? []).map((s) => s.comment)].filter(Boolean);
    checked++;
    if (comments.length === 0) {
      problems.push(`${name}: ${child.name} has no TSDoc`);
      continue;
    }
    const hasExample = comments.some((c) => (c.blockTags ?? []).some((t) => t.tag === "@example"));
    if (!hasExample) problems.push(`${name}: ${child.name} has no @example`);
    const hasCategory = comments.some((c) => (c.blockTags ?? []).some((t) => t.tag === "@category"));
    if (!hasCategory) problems.push(`${name}: ${child.name} has no @category`);
    // Members of exported interfaces and classes are documented too (not the inferred types of
    // zod schemas, whose members are zod's own).
    if (child.kind === INTERFACE || child.kind === CLASS) {
      for (const member of child.children ?? []) {
        if (member.kind === CONSTRUCTOR || member.flags?.isPrivate || member.inheritedFrom) continue;
        const documented = member.comment ?? (member.signatures ?? []).find((s) => s.comment) ?? member.getSignature?.comment;
        if (!documented) problems.push(`${name}: ${child.name}.${member.name} has no TSDoc`);
      }
    }
  }
}
for (const mod of modules) checkModule(mod, mod.name);

// 2. internal links
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith(".html") ? [path] : [];
  });
}
const idCache = new Map();
function ids(file) {
  if (!idCache.has(file)) {
    const text = readFileSync(file, "utf8");
    idCache.set(file, new Set([...text.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1])));
  }
  return idCache.get(file);
}
const site = resolve("docs/site");
/** The file an href points to: site-absolute (`/api/`), relative, or the page itself (`#x`). */
function targetOf(file, path) {
  if (path === "") return file;
  const target = path.startsWith("/") ? join(site, decodeURI(path)) : resolve(dirname(file), decodeURI(path));
  return path.endsWith("/") ? join(target, "index.html") : target;
}
let links = 0;
for (const file of htmlFiles("docs/site")) {
  const html = readFileSync(file, "utf8");
  for (const [, href, text] of html.matchAll(/<a [^>]*?href="(http:\/\/[^"]+)"[^>]*>([^<]*)<\/a>/g)) {
    if (href === `http://${text}`) problems.push(`false autolink in ${file}: ${text}`);
  }
  for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
    if (/^(?:[a-z]+:|\/\/)/i.test(href)) continue;
    links++;
    const [path, fragment] = href.split("#");
    const target = targetOf(file, path);
    if (!existsSync(target)) {
      problems.push(`broken link in ${file}: ${href}`);
      continue;
    }
    if (fragment && target.endsWith(".html") && !ids(target).has(decodeURIComponent(fragment))) {
      problems.push(`broken anchor in ${file}: ${href}`);
    }
  }
}

if (problems.length > 0) {
  console.error(problems.slice(0, 50).join("\n"));
  console.error(`✖ docs check: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`✔ docs check: ${checked} exports documented with @example and @category; ${links} internal links resolve`);
