/**
 * A throw-away PostgreSQL server for the tests: a cluster made with Debian's initdb in a temporary
 * directory (as the `postgres` user when the tests run as root, since PostgreSQL refuses to run as
 * root), started on 127.0.0.1 on a free port, stopped and deleted at the end — also when a test fails
 * or the process exits. The programs come from the `postgresql` package (scripts/system-requirements.mjs).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
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
  /** Connection string of a new, empty database on the server. */
  createDatabase(): Promise<string>;
  /** Stops the server and deletes its directory. */
  stop(): Promise<void>;
}

const asRoot = typeof process.getuid === "function" && process.getuid() === 0;

function asPostgresUser(command: string, args: string[]): [string, string[]] {
  return asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
}

/**
 * Starts a throw-away server.
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
    if (child && child.exitCode === null) child.kill("SIGKILL");
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
    const port = await freePort();
    const [cmd, args] = asPostgresUser(join(bin, "postgres"), ["-D", data, "-h", "127.0.0.1", "-p", String(port), "-k", dir, "-c", "fsync=on"]);
    const started = spawn(cmd, args, { stdio: ["ignore", "ignore", "pipe"] });
    child = started;
    let log = "";
    started.stderr?.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
    const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
    const deadline = Date.now() + 60_000;
    for (;;) {
      const client = new pg.Client({ connectionString: admin });
      try {
        await client.connect();
        await client.end();
        break;
      } catch {
        await client.end().catch(() => undefined);
        if (started.exitCode !== null || Date.now() > deadline) throw new Error(`PostgreSQL did not start: ${log}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    let count = 0;
    return {
      async createDatabase() {
        const name = `intake_${process.pid}_${++count}`;
        const client = new pg.Client({ connectionString: admin });
        await client.connect();
        try {
          await client.query(`CREATE DATABASE ${name}`);
        } finally {
          await client.end();
        }
        return `postgres://postgres@127.0.0.1:${port}/${name}`;
      },
      async stop() {
        process.off("exit", cleanup);
        if (started.exitCode === null) {
          const exited = new Promise((r) => started.once("exit", r));
          started.kill("SIGINT"); // fast shutdown
          await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
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

function userIds(name: string): { uid: number; gid: number } {
  const uid = Number(spawnSync("id", ["-u", name], { encoding: "utf8" }).stdout.trim());
  const gid = Number(spawnSync("id", ["-g", name], { encoding: "utf8" }).stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error(`no user ${name}`);
  return { uid, gid };
}
