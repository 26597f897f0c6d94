// Pure decision for scripts/provision.mjs: given what is on the machine, what to do. Kept apart from the
// side effects so that a test can check every branch without installing anything.

/**
 * @param {import("./system-requirements.mjs").SystemRequirement[]} requirements
 * @param {{ exists: (path: string) => boolean, isRoot: boolean, hasAptGet: boolean }} machine
 * @returns {{ action: "none" } | { action: "install", packages: string[], command: string[][] } |
 *   { action: "stop", packages: string[], message: string }}
 */
export function provisionPlan(requirements, machine) {
  const missing = requirements.filter((r) => !r.paths.some((p) => machine.exists(p)));
  if (missing.length === 0) return { action: "none" };
  const packages = [...new Set(missing.map((r) => r.debianPackage))];
  const list = missing.map((r) => `  - ${r.program} (Debian package ${r.debianPackage}), for ${r.neededBy}`).join("\n");
  if (machine.isRoot && machine.hasAptGet) {
    return {
      action: "install",
      packages,
      command: [
        ["apt-get", "update"],
        ["apt-get", "install", "-y", "--no-install-recommends", ...packages],
      ],
    };
  }
  const how = machine.hasAptGet
    ? `Run, then try again:\n\n  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(" ")}\n`
    : `This machine has no apt-get: install ${packages.join(", ")} with its package manager so that ` +
      `${missing.flatMap((r) => r.paths).join(", ")} exist, then try again.\n`;
  return {
    action: "stop",
    packages,
    message: `pnpm test needs programs that are not installed:\n${list}\n\n${how}`,
  };
}

/**
 * Whether a path exists, where a segment may be `*` (any one directory entry), as in the probe of
 * PostgreSQL: /usr/lib/postgresql/<star>/bin/initdb, any installed version. The file system is passed in, so that a
 * test can check it without touching the disk.
 *
 * @param {string} pattern
 * @param {{ existsSync: (path: string) => boolean, readdirSync: (path: string) => string[] }} fs
 * @returns {boolean}
 */
export function pathExists(pattern, fs) {
  const star = pattern.indexOf("/*/");
  if (star < 0) return fs.existsSync(pattern);
  const dir = pattern.slice(0, star);
  const rest = pattern.slice(star + 2);
  if (!fs.existsSync(dir)) return false;
  return fs.readdirSync(dir).some((entry) => pathExists(`${dir}/${entry}${rest}`, fs));
}
