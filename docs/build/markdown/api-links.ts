// Every API name written as code in a guide or an API page becomes a link to its declaration: the index
// of names comes from TypeDoc's JSON (what each entry point declares) and the ids VitePress gives the
// headings of the API pages (found by parsing those pages with the site's own Markdown renderer, so the
// anchors are the ones the browser will see). A name that cannot be linked — declared by two packages
// with nothing on the page to choose between them, or an unknown `@cchc/…` specifier — is a problem that
// fails the build (see `linkProblems`); a broken link is caught by VitePress and by scripts/check-docs.mjs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { MarkdownRenderer } from "vitepress";
import type { SitePackage } from "../structure.js";
import type { PageEnv, Token } from "./types.js";

/** Where a name links to. */
export interface LinkTarget {
  /** Address of the page and anchor, e.g. `/api/core.html#foldkey`. */
  readonly href: string;
  /** The package that declares it. */
  readonly packageName: string;
}

/** The names the site links, built once per build. */
export interface ApiIndex {
  /** Exported names → their declarations (more than one when two packages declare the same name). */
  readonly exports: ReadonlyMap<string, readonly LinkTarget[]>;
  /** `Interface.member` and, for methods, the bare method name → the member's heading. */
  readonly members: ReadonlyMap<string, readonly LinkTarget[]>;
  /** Import specifiers (`@cchc/calendar/luxon`) → their pages. */
  readonly specifiers: ReadonlyMap<string, string>;
}

/** A reflection of TypeDoc's JSON output, as far as this file reads it. */
interface Reflection {
  readonly name: string;
  readonly kind: number;
  readonly children?: readonly Reflection[];
}

const MODULE = 2;
const REFERENCE = 4194304;

/** The declared (not re-exported) children of each entry point, by import specifier. */
export function declarationsBySpecifier(api: Reflection): Map<string, readonly Reflection[]> {
  const result = new Map<string, readonly Reflection[]>();
  for (const pkg of api.children ?? []) {
    if (pkg.kind !== MODULE) continue;
    const entries = (pkg.children ?? []).filter((c) => c.kind === MODULE);
    const modules = entries.length > 0 ? entries : [pkg];
    for (const module of modules) result.set(module.name, (module.children ?? []).filter((c) => c.kind !== REFERENCE && c.kind !== MODULE));
  }
  return result;
}

/** The text of a heading as the reader sees it, reduced to the name it documents: `foldKey()` → `foldKey`. */
export function headingName(inline: Token | undefined): string {
  const text = (inline?.children ?? [])
    .filter((t) => t.type === "text" || t.type === "code_inline")
    .map((t) => t.content)
    .join("")
    .trim();
  const name = text.replace(/\(\)$/, "").replace(/\?$/, "");
  const generic = name.indexOf("<");
  return (generic > 0 && name.endsWith(">") ? name.slice(0, generic) : name).trim();
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Reads TypeDoc's JSON and parses every entry point's page with `md` to find the heading of each declared
 * name and of the members of interfaces and classes.
 */
export function buildApiIndex(md: MarkdownRenderer, docsDir: string, packages: readonly SitePackage[]): ApiIndex {
  const api = JSON.parse(readFileSync(join(docsDir, "api-json", "api.json"), "utf8")) as Reflection;
  const declared = declarationsBySpecifier(api);
  const exports = new Map<string, LinkTarget[]>();
  const members = new Map<string, LinkTarget[]>();
  const specifiers = new Map<string, string>();
  for (const pkg of packages) {
    for (const entry of pkg.entryPoints) {
      const file = entry.page;
      specifiers.set(entry.specifier, entry.url);
      const children = declared.get(entry.specifier) ?? [];
      if (children.length === 0) continue;
      const byName = new Map(children.map((c) => [c.name, c]));
      const env: PageEnv = { relativePath: file, cchcIndexing: true };
      const tokens = md.parse(readFileSync(join(docsDir, file), "utf8"), env);
      let current: Reflection | undefined;
      let currentName = "";
      tokens.forEach((token, i) => {
        if (token.type !== "heading_open") return;
        const level = Number(token.tag.slice(1));
        const id = token.attrGet("id");
        const name = headingName(tokens[i + 1]);
        if (level <= 2) current = undefined;
        if (id === null) return;
        const target = { href: `${entry.url}#${id}`, packageName: pkg.name };
        if (level === 3) {
          current = byName.get(name);
          currentName = name;
          if (current) push(exports, name, target);
          return;
        }
        const member = current?.children?.find((c) => c.name === name);
        if (level >= 4 && current && member) {
          push(members, `${currentName}.${name}`, target);
          const isMethod = (tokens[i + 1]?.content ?? "").trim().endsWith("()");
          if (isMethod) push(members, name, target);
        }
      });
    }
  }
  return { exports, members, specifiers };
}

const CODE_NAME = /^(?:new )?([A-Za-z_$][\w$]*)(?:\.([A-Za-z_$][\w$]*))?(?:<[^<>]*>)?(?:\([^()]*\))?$/;
const SPECIFIER = /^@cchc\/[a-z][a-z-]*(?:\/[a-z][a-z-]*)?$/;
const IMPORT_FROM = /from ["'](@cchc\/[a-z-]+)/g;

/** A name that could not be linked, or a specifier that names no entry point. */
export interface LinkProblem {
  readonly page: string;
  readonly code: string;
  readonly reason: string;
}

/** Problems found while rendering; the build fails when it ends with any (see the site's config). */
export const linkProblems: LinkProblem[] = [];

/** The package a page documents (`api/deadlines.md` → `@cchc/deadlines`), if it is an API page. */
function pagePackage(relativePath: string, packages: readonly SitePackage[]): string | undefined {
  const short = /^api\/([^/.]+)/.exec(relativePath)?.[1];
  return packages.find((p) => p.shortName === short)?.name;
}

/** Chooses among several declarations: the page's own package, else a package the page imports from. */
function choose(targets: readonly LinkTarget[], preferred: readonly string[]): LinkTarget | undefined {
  if (targets.length === 1) return targets[0];
  for (const name of preferred) {
    const hit = targets.find((t) => t.packageName === name);
    if (hit) return hit;
  }
  return undefined;
}

/** The link target of one inline code span, or a problem, or nothing to link. */
export function resolveCode(code: string, index: ApiIndex, preferred: readonly string[]): LinkTarget | string | undefined {
  const text = code.trim();
  if (SPECIFIER.test(text)) {
    const href = index.specifiers.get(text);
    return href ? { href, packageName: text } : `no entry point ${text}`;
  }
  const m = CODE_NAME.exec(text);
  if (!m) return undefined;
  const [, name, member] = m as unknown as [string, string, string | undefined];
  const exported = index.exports.get(name);
  if (exported) {
    const targets = member ? (index.members.get(`${name}.${member}`) ?? exported) : exported;
    return choose(targets, preferred) ?? `${name} is declared by ${exported.map((t) => t.packageName).join(" and ")}: link it explicitly`;
  }
  if (member) return undefined;
  const methods = index.members.get(name);
  return methods?.length === 1 ? methods[0] : undefined;
}

/** Wraps `children[i]` (a code span) in a link. */
function linkToken(children: Token[], i: number, href: string, TokenClass: new (type: string, tag: string, nesting: -1 | 0 | 1) => Token): void {
  const open = new TokenClass("link_open", "a", 1);
  open.attrSet("href", href);
  open.attrSet("class", "api-link");
  const close = new TokenClass("link_close", "a", -1);
  children.splice(i, 1, open, children[i]!, close);
}

/**
 * The markdown-it plugin. `index` is called on first use (it parses the API pages, with
 * `env.cchcIndexing` set so that this plugin stays out of that pass).
 */
export function apiLinksPlugin(md: MarkdownRenderer, index: () => ApiIndex | undefined, packages: () => readonly SitePackage[]): void {
  md.core.ruler.push("cchc_api_links", (state) => {
    const env = state.env as PageEnv;
    if (env.cchcIndexing) return;
    const page = env.relativePath ?? "";
    const api = index();
    if (api === undefined) return;
    const imported: string[] = [];
    const own = pagePackage(page, packages());
    state.tokens.forEach((token, t) => {
      if (token.type === "fence") for (const m of token.content.matchAll(IMPORT_FROM)) imported.unshift(m[1]!);
      if (token.type !== "inline" || state.tokens[t - 1]?.type === "heading_open" || !token.children) return;
      const children = token.children;
      let linkDepth = 0;
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!;
        if (child.type === "link_open") linkDepth++;
        else if (child.type === "link_close") linkDepth--;
        else if (child.type === "code_inline" && linkDepth === 0) {
          const resolved = resolveCode(child.content, api, own ? [own, ...imported] : imported);
          if (typeof resolved === "string") linkProblems.push({ page, code: child.content, reason: resolved });
          else if (resolved) {
            linkToken(children, i, resolved.href, state.Token as never);
            i += 2;
          }
        }
      }
    });
  });
}
