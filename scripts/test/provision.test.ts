import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM script without declarations
import { pathExists, provisionPlan } from "../provision-plan.mjs";
// @ts-expect-error -- plain ESM script without declarations
import { SYSTEM_REQUIREMENTS } from "../system-requirements.mjs";

const chromium = { program: "Chromium", paths: ["/usr/bin/chromium"], debianPackage: "chromium", neededBy: "e2e" };
const postgres = {
  program: "PostgreSQL",
  paths: ["/usr/lib/postgresql/15/bin/initdb", "/usr/lib/postgresql/16/bin/initdb"],
  debianPackage: "postgresql",
  neededBy: "db tests",
};
const present = (...paths: string[]) => (p: string) => paths.includes(p);

describe("provisionPlan", () => {
  it("does nothing when every program is there (any one of its paths)", () => {
    const plan = provisionPlan([chromium, postgres], {
      exists: present("/usr/bin/chromium", "/usr/lib/postgresql/16/bin/initdb"),
      isRoot: false,
      hasAptGet: true,
    });
    expect(plan).toEqual({ action: "none" });
  });

  it("installs only the missing packages with apt-get when root", () => {
    const plan = provisionPlan([chromium, postgres], { exists: present("/usr/bin/chromium"), isRoot: true, hasAptGet: true });
    expect(plan).toEqual({
      action: "install",
      packages: ["postgresql"],
      command: [
        ["apt-get", "update"],
        ["apt-get", "install", "-y", "--no-install-recommends", "postgresql"],
      ],
    });
  });

  it("stops with the exact sudo command when not root", () => {
    const plan = provisionPlan([chromium, postgres], { exists: present(), isRoot: false, hasAptGet: true });
    expect(plan.action).toBe("stop");
    expect(plan.message).toContain("sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium postgresql");
    expect(plan.message).toContain("Chromium (Debian package chromium), for e2e");
  });

  it("names the files to provide when there is no apt-get, even as root", () => {
    const plan = provisionPlan([chromium], { exists: present(), isRoot: true, hasAptGet: false });
    expect(plan.action).toBe("stop");
    expect(plan.message).toContain("/usr/bin/chromium");
    expect(plan.message).not.toContain("sudo");
  });

  it("lists each Debian package once", () => {
    const plan = provisionPlan([chromium, { ...chromium, program: "Chromium again" }], {
      exists: present(),
      isRoot: true,
      hasAptGet: true,
    });
    expect(plan.packages).toEqual(["chromium"]);
  });

  it("the shipped list names the browser the e2e tests launch", () => {
    expect(SYSTEM_REQUIREMENTS.some((r: { paths: string[] }) => r.paths.includes("/usr/bin/chromium"))).toBe(true);
  });
});

describe("pathExists", () => {
  const fs = {
    existsSync: (p: string) => ["/usr/lib/postgresql", "/usr/lib/postgresql/15/bin/initdb", "/usr/bin/chromium"].includes(p),
    readdirSync: (p: string) => (p === "/usr/lib/postgresql" ? ["15"] : []),
  };
  it("matches a * segment against any directory entry", () => {
    expect(pathExists("/usr/lib/postgresql/*/bin/initdb", fs)).toBe(true);
    expect(pathExists("/usr/lib/postgresql/*/bin/pg_ctl", fs)).toBe(false);
    expect(pathExists("/usr/bin/chromium", fs)).toBe(true);
    expect(pathExists("/opt/*/bin/initdb", fs)).toBe(false);
  });
});
