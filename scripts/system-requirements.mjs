// The system programs that `pnpm test` starts, as data: what each test needs, where the program lives
// once installed, and the Debian package that provides it. scripts/provision.mjs installs the missing
// ones (as root) or stops at once with the exact command to run. Add a row when a test starts a new
// program; keep the probe a file that exists exactly when the package is installed (a `*` segment
// matches any one directory entry, for programs installed under a versioned directory).

/** @typedef {{ program: string, paths: string[], debianPackage: string, neededBy: string }} SystemRequirement */

/** @type {SystemRequirement[]} */
export const SYSTEM_REQUIREMENTS = [
  {
    program: "Chromium",
    paths: ["/usr/bin/chromium"],
    debianPackage: "chromium",
    neededBy: "the end-to-end tests in a real browser (playwright-core drives Debian's Chromium)",
  },
  {
    program: "LibreOffice Writer",
    paths: ["/usr/bin/soffice"],
    debianPackage: "libreoffice-writer-nogui",
    neededBy: "the office test of @cchc/documents (LibreOffice opens each rendered .docx and converts it to PDF)",
  },
  {
    program: "poppler (pdfinfo, pdftotext, pdftoppm)",
    paths: ["/usr/bin/pdftotext"],
    debianPackage: "poppler-utils",
    neededBy: "the office test of @cchc/documents (page count, text positions and PNG renders of the PDFs)",
  },
  {
    program: "Liberation Serif (Times New Roman's metrics)",
    paths: ["/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"],
    debianPackage: "fonts-liberation2",
    neededBy: "the office test of @cchc/documents (LibreOffice lays Times New Roman out with the metric-compatible Liberation Serif)",
  },
  {
    program: "PostgreSQL server (initdb, postgres)",
    paths: ["/usr/lib/postgresql/*/bin/initdb"],
    debianPackage: "postgresql",
    neededBy: "the @cchc/intake tests on a real PostgreSQL server (a throw-away cluster on 127.0.0.1, any version)",
  },
  {
    program: "Python 3",
    // /usr/bin/python3 alone comes with python3-minimal, which lacks the json module; pydoc3 comes with python3.
    paths: ["/usr/bin/pydoc3"],
    debianPackage: "python3",
    neededBy: "the test that runs the validation guide's Python I-JSON check (/usr/bin/python3) against parseStrictJson",
  },
  {
    program: "Python 3 with jsonschema",
    paths: ["/usr/lib/python3/dist-packages/jsonschema/__init__.py"],
    debianPackage: "python3-jsonschema",
    neededBy: "the Python recipe of the guide 'Validating payloads from any language', run by docs/test/python-recipe.test.ts with /usr/bin/python3",
  },
];
