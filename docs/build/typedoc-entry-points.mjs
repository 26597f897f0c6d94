// TypeDoc plugin for the site's API reference (typedoc-plugin-markdown output, read by VitePress).
// - The entry points of every package come from its package.json `exports` map, so a new package or a
//   new subpath export gets its page without a config to keep in sync.
// - Every declaration links to its source on the web ("Defined in"), from the package's `repository`.
// - Each entry point's module is named by its import specifier (`@cchc/calendar/luxon`), not by its
//   file (`luxon`); the main entry point is the package's page, the others are pages beside it
//   (`api/calendar/luxon.md`).
// - A parameter or return type written as a documented type alias (`plan: Plan`, where `Plan` is
//   `z.infer<typeof planSchema>`) stays a link to that alias: TypeDoc converts such types from the
//   checker's resolved type, and would print the whole object type at every use (a hundred lines per
//   function of @cchc/plan).
// - A re-export (`@cchc/reports` re-exports the validator of each per-report entry point) is listed in
//   the category of what it re-exports, not in "Other".
// - A package README's link to a guide (`../../docs/guides/cli.md`, which TypeDoc would copy into
//   api/_media, or the guide's address on GitHub) points to the guide's page on the site.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Comment, CommentTag, Converter, ReflectionKind, ReflectionType } from "typedoc";
import ts from "typescript";
import { MarkdownPageEvent, ModuleRouter } from "typedoc-plugin-markdown";

/** `./dist/luxon.d.ts` → `src/luxon.ts` (the sources mirror dist, as tsup builds them). */
export function sourceOfTypes(types) {
  return types.replace(/^\.\/dist\//, "src/").replace(/\.d\.ts$/, ".ts");
}

/** The entry points of a package: `[{ specifier, source }]`, the main entry first. */
export function packageEntryPoints(packageDir) {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  const entries = [];
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const types = target?.import?.types;
    if (typeof types !== "string" || !types.endsWith(".d.ts")) continue;
    entries.push({ specifier: `${manifest.name}${subpath.slice(1)}`, source: sourceOfTypes(types) });
  }
  const main = entries.filter((e) => e.specifier === manifest.name);
  return [...main, ...entries.filter((e) => e.specifier !== manifest.name)];
}

/** Whether TypeDoc's name for a module is that of the entry point `source` (`src/luxon.ts`). */
export function moduleNameMatches(name, source) {
  const stem = source.replace(/\.ts$/, "").replace(/\/index$/, ""); // "src/luxon", "src"
  const short = stem.replace(/^src\/?/, "") || "index"; // "luxon", "index"
  return name === short || name === stem || name.endsWith(`/${stem}`);
}

/** Pages of entry points beside their package's page: `@cchc/calendar/luxon` → `calendar/luxon`. */
class EntryPointRouter extends ModuleRouter {
  getIdealBaseName(reflection) {
    const parent = reflection.parent;
    if (reflection.kindOf(ReflectionKind.Module) && parent?.kindOf(ReflectionKind.Module) && reflection.name.startsWith(`${parent.name}/`)) {
      return `${parent.name.replace(/^@[^/]+\//, "")}/${reflection.name.slice(parent.name.length + 1)}`;
    }
    return super.getIdealBaseName(reflection);
  }
}

const MEDIA_LINK = /\]\((?:(?:\.\.\/)*_media\/|https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/blob\/[\w.-]+\/docs\/guides\/)([\w-]+)\.md(#[\w-]+)?\)/g;

/** `](_media/cli.md#x)` (or a GitHub address of docs/guides/cli.md) → `](/guides/cli.html#x)` when docs/guides/cli.md exists. */
export function guideLinks(markdown, guidesDir) {
  return markdown.replace(MEDIA_LINK, (link, name, anchor = "") => (existsSync(join(guidesDir, `${name}.md`)) ? `](/guides/${name}.html${anchor})` : link));
}

/** The type alias a type annotation names, if it is a plain reference to one of the package's own. */
function ownAlias(context, typeNode) {
  if (!typeNode || !ts.isTypeReferenceNode(typeNode) || typeNode.typeArguments) return undefined;
  const symbol = context.checker.getSymbolAtLocation(typeNode.typeName);
  const target = symbol && context.resolveAliasedSymbol(symbol);
  const declaration = target?.declarations?.[0];
  if (!target || !(target.flags & ts.SymbolFlags.TypeAlias) || !declaration || declaration.getSourceFile().isDeclarationFile) return undefined;
  return target;
}

/** Replaces an inlined object type by a reference to the alias the source wrote. */
function keepAlias(context, holder, typeNode) {
  if (!(holder?.type instanceof ReflectionType)) return;
  const alias = ownAlias(context, typeNode);
  if (!alias) return;
  context.project.removeReflection(holder.type.declaration);
  holder.type = context.createSymbolReference(alias, context, alias.name);
}

/** The `@category` of a reflection's comment (or its signatures'), if any. */
function categoryOf(reflection) {
  const comments = [reflection?.comment, ...(reflection?.signatures ?? []).map((s) => s.comment)];
  const tag = comments.flatMap((c) => c?.blockTags ?? []).find((t) => t.tag === "@category");
  return tag ? Comment.combineDisplayParts(tag.content).trim() : undefined;
}

export function load(app) {
  // Before TypeDoc categorizes each package (at the end of its conversion, priority -200), which removes
  // the @category tags it reads.
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const reference of context.project.getReflectionsByKind(ReflectionKind.Reference)) {
      const category = categoryOf(reference.tryGetTargetReflectionDeep());
      if (category && !categoryOf(reference)) reference.comment = new Comment([], [new CommentTag("@category", [{ kind: "text", text: category }])]);
    }
  });
  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    if (!declaration || !ts.isFunctionLike(declaration)) return;
    keepAlias(context, signature, declaration.type);
    declaration.parameters.forEach((parameter, i) => keepAlias(context, signature.parameters?.[i], parameter.type));
  });
  app.renderer.on(MarkdownPageEvent.END, (page) => {
    if (page.contents) page.contents = guideLinks(page.contents, join(process.cwd(), "docs", "guides"));
  });
  app.renderer.defineRouter("cchc-entry-points", EntryPointRouter);
  app.options.addReader({
    name: "cchc-entry-points",
    order: 150, // after typedoc.json (100), before the command line (300)
    supportsPackages: true,
    read(options, _logger, cwd) {
      if (options.packageDir === undefined) return;
      const entries = packageEntryPoints(cwd);
      options.setValue("entryPoints", entries.map((e) => e.source), cwd);
      const repository = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8")).repository?.url;
      if (typeof repository === "string") {
        options.setValue("disableSources", false);
        options.setValue("disableGit", true);
        options.setValue("displayBasePath", resolve(cwd, "..", ".."), cwd);
        options.setValue("sourceLinkTemplate", `${repository.replace(/^git\+/, "").replace(/\.git$/, "")}/blob/main/{path}#L{line}`);
      }
      // The main entry point's API is the package's page.
      if (entries.length > 1) {
        options.setValue("entryModule", entries[0].specifier);
        options.setValue("entryFileName", "index");
      }
    },
  });
  // TypeDoc names a package's entry modules by their path (`luxon`, or `packages/calendar/src/luxon` below
  // displayBasePath; an index file by its folder).
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const packageDir = app.options.packageDir;
    if (packageDir === undefined) return;
    const entries = packageEntryPoints(packageDir);
    if (entries.length < 2) return;
    for (const module of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      const entry = entries.find((e) => moduleNameMatches(module.name, e.source));
      if (entry) module.name = entry.specifier;
    }
  });
}
