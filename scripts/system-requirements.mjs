// The system programs that `pnpm test` starts, as data: what each test needs, where the program lives
// once installed, and the Debian package that provides it. scripts/provision.mjs installs the missing
// ones (as root) or stops at once with the exact command to run. Add a row when a test starts a new
// program; keep the probe a file that exists exactly when the package is installed.

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
    program: "Python 3 with jsonschema",
    paths: ["/usr/lib/python3/dist-packages/jsonschema/__init__.py"],
    debianPackage: "python3-jsonschema",
    neededBy: "the Python recipe of the guide 'Validating payloads from any language', run by docs/test/python-recipe.test.ts with /usr/bin/python3",
  },
];
