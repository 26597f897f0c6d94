/**
 * A throw-away PostgreSQL server for the tests: a cluster made with Debian's initdb in a temporary
 * directory (as the `postgres` user when the tests run as root, since PostgreSQL refuses to run as
 * root), started on 127.0.0.1 on a free port, stopped and deleted at the end — also when a test fails
 * or the process exits. The programs come from the `postgresql` package (scripts/system-requirements.mjs).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/** The bin directory of the newest installed PostgreSQL (`/usr/lib/postgresql/<version>/bin`), or undefined. */
export function postgresBinDir(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")) && existsSync(join(root, v, "bin", "postgres")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(root, versions[0], "bin");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** A running server. */
export interface PostgresServer {
  /** Connection string of the server's `postgres` database, as the superuser. */
  readonly adminUrl: string;
  /** Connection string of a new, empty database on the server. */
  createDatabase(): Promise<string>;
  /** Stops the server and deletes its directory. */
  stop(): Promise<void>;
}

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;

function asPostgresUser(command: string, args: string[]): [string, string[]] {
  return asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
}

let databases = 0;

/**
 * Creates a new, empty database on a server (named after this process, so that test files running
 * in parallel on one shared server never collide).
 *
 * @param adminUrl - The server's admin connection string.
 * @returns The new database's connection string.
 */
export async function createDatabaseOn(adminUrl: string): Promise<string> {
  const name = `intake_${process.pid}_${++databases}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.href;
}

/** Resolves once the server accepts connections; rejects when it exited or after 60 s. */
async function accepting(adminUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const client = new pg.Client({ connectionString: adminUrl });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) throw new Error(`PostgreSQL did not start: ${log()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * Starts a throw-away server. The port is chosen after initdb and tried again (up to 3 times) when
 * another process took it in between.
 *
 * @returns The server.
 */
export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("PostgreSQL is not installed (Debian package postgresql; `pnpm test` installs it as root)");
  const dir = mkdtempSync(join(tmpdir(), "cchc-intake-pg-"));
  const data = join(dir, "data");
  let child: ChildProcess | undefined;
  const cleanup = () => {
    const pid = postmasterPid(data);
    if (pid !== undefined && isRunning(pid)) process.kill(pid, "SIGKILL");
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", cleanup);
  try {
    if (asRoot) {
      const { uid, gid } = userIds("postgres");
      chownSync(dir, uid, gid);
    }
    const [initCmd, initArgs] = asPostgresUser(join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
    const init = spawnSync(initCmd, initArgs, { encoding: "utf8" });
    if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
    let adminUrl = "";
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const [cmd, args] = asPostgresUser(join(bin, "postgres"), ["-D", data, "-h", "127.0.0.1", "-p", String(port), "-k", dir, "-c", "fsync=on"]);
      const started = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"] });
      child = started;
      let log = "";
      started.stderr?.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
      adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
      try {
        await accepting(adminUrl, started, () => log);
        break;
      } catch (error) {
        if (attempt >= 3 || !/already in use|could not bind/i.test(log)) throw error;
      }
    }
    return {
      adminUrl,
      createDatabase: () => createDatabaseOn(adminUrl),
      async stop() {
        process.off("exit", cleanup);
        // Signal the postmaster itself (its pid is in postmaster.pid): runuser, which started it as the
        // postgres user, does not pass signals on. Immediate shutdown: no checkpoint, the cluster is
        // deleted next.
        const pid = postmasterPid(data);
        if (pid !== undefined) {
          try {
            process.kill(pid, "SIGQUIT");
          } catch {
            // already gone
          }
          const deadline = Date.now() + 10_000;
          while (isRunning(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
        }
        cleanup();
      },
    };
  } catch (error) {
    process.off("exit", cleanup);
    cleanup();
    throw error;
  }
}

/** The postmaster's pid, from the first line of `postmaster.pid` in the data directory. */
function postmasterPid(data: string): number | undefined {
  try {
    const pid = Number(readFileSync(join(data, "postmaster.pid"), "utf8").split("\n", 1)[0]);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function userIds(name: string): { uid: number; gid: number } {
  const uid = Number(spawnSync("id", ["-u", name], { encoding: "utf8" }).stdout.trim());
  const gid = Number(spawnSync("id", ["-g", name], { encoding: "utf8" }).stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error(`no user ${name}`);
  return { uid, gid };
}
