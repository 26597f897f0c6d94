// A throw-away Verdaccio registry, run as a child process by local-registry.mjs (never on its own):
// argv[2] is a JSON configuration; it listens on 127.0.0.1 on a port the system picks, reports the port
// over IPC, and exits when the parent tells it to or goes away (the IPC channel closes), so a crashed
// test run cannot leave it running.
import { runServer } from "verdaccio";

const config = JSON.parse(process.argv[2] ?? "{}");
const server = await runServer(config);
const stop = () => server.close(() => process.exit(0)).closeAllConnections?.();
process.on("disconnect", stop);
process.on("message", (message) => message === "stop" && stop());
server.listen(0, "127.0.0.1", () => process.send?.({ port: server.address().port }));
