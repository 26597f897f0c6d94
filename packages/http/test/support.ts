import { connect, type Socket } from "node:net";

/** Opens a raw TCP connection to a running server's URL. */
export function rawConnect(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => resolve(socket));
    socket.once("error", reject);
  });
}

/** Resolves with the milliseconds until the server closes the socket, and what it sent before. */
export function untilClosed(socket: Socket, started: number): Promise<{ ms: number; received: string }> {
  let received = "";
  socket.on("data", (d: Buffer) => (received += d.toString("latin1")));
  socket.on("error", () => undefined);
  return new Promise((resolve) => socket.once("close", () => resolve({ ms: Date.now() - started, received })));
}
