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
    program: "Python 3",
    // /usr/bin/python3 alone comes with python3-minimal, which lacks the json module; pydoc3 comes with python3.
    paths: ["/usr/bin/pydoc3"],
    debianPackage: "python3",
    neededBy: "the test that runs the validation guide's Python I-JSON check (/usr/bin/python3) against parseStrictJson",
  },
];
