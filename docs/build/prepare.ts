// Prepares docs/ for VitePress after TypeDoc has written the API pages into docs/api (both generated,
// git-ignored): the API overview and issue-code pages, and the files published at stable paths —
// /schemas/<id>.schema.json (+ /schemas/index.json), /examples/<file>.json, /issue-codes.json and
// /pictures/<name>.svg. Run by scripts/docs.mjs: `node --import tsx docs/build/prepare.ts`.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { apiOverviewPage, issueCodesPage } from "./generated-pages.js";
import { issueCatalogue, publishedSchemas } from "./issue-codes.js";
import { sitePictures } from "./pictures/index.js";
import { svgFile } from "./pictures/svg.js";
import { reportExamples, reportsDir } from "./reports.js";
import { docsRoot } from "./structure.js";

const api = join(docsRoot, "api");
const publicDir = join(docsRoot, "public");

/** TypeDoc copies files that package READMEs link to into api/_media; the guides are pages of the site. */
function dropMediaCopies(): void {
  rmSync(join(api, "_media"), { recursive: true, force: true });
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

export function prepare(): void {
  dropMediaCopies();
  writeFileSync(join(api, "index.md"), apiOverviewPage());
  const catalogue = issueCatalogue();
  writeFileSync(join(api, "issue-codes.md"), issueCodesPage(catalogue));

  rmSync(publicDir, { recursive: true, force: true });
  for (const dir of ["schemas", "examples", "pictures"]) mkdirSync(join(publicDir, dir), { recursive: true });
  const schemas = publishedSchemas();
  for (const s of schemas) copyFileSync(join(reportsDir, "schemas", s.file), join(publicDir, "schemas", s.file));
  writeJson(join(publicDir, "schemas", "index.json"), {
    package: catalogue.package,
    version: catalogue.version,
    schemas: schemas.map((s) => {
      const schema = JSON.parse(readFileSync(join(reportsDir, "schemas", s.file), "utf8")) as { $id?: string; title?: string };
      return { id: s.id, $id: schema.$id, title: schema.title, url: `/schemas/${s.file}` };
    }),
  });
  for (const e of reportExamples()) copyFileSync(join(reportsDir, "examples", e.file), join(publicDir, "examples", e.file));
  writeJson(join(publicDir, "issue-codes.json"), catalogue);
  for (const picture of sitePictures().values()) writeFileSync(join(publicDir, "pictures", `${picture.name}.svg`), svgFile(picture));
  const written = readdirSync(publicDir, { recursive: true }).length;
  console.log(`✔ docs prepared: API overview, ${catalogue.codes.length} issue codes, ${schemas.length} schemas, ${written} published files`);
}

prepare();
