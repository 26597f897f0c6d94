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
