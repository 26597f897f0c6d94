/**
 * The worker thread of `cchc validate --ndjson` (a lazy module of the bin, dist/bin-lazy/ndjson-worker.js,
 * started only by `openLinePool`): it builds the schema entry from the bin's own registry
 * (dist/bin-lazy/default-registry.js), then
 * validates each {@link LineBlock} it is sent exactly as the single-threaded path does (the same
 * `validateBlock`) and answers with the rendered text and counts, tagged with the batch's sequence number.
 */
import { parentPort, workerData } from "node:worker_threads";
import { cliText } from "../echo.js";
import { entryToRun } from "../schemas/shape-only.js";
import type { LineBlock } from "./line-blocks.js";
import { validateBlock } from "./render-lines.js";
import type { BlockReply, WorkerSetup } from "./worker-pool.js";

const setup = workerData as WorkerSetup;
// The registry is the bin's lazy module beside this one, loaded as the main thread loads it: the URL is
// computed so that the bundler leaves the import alone instead of copying the schemas into this file.
const registryUrl = new URL("./default-registry.js", import.meta.url).href;
const { defaultSchemaRegistry } = (await import(registryUrl)) as typeof import("../schemas/default-registry.js");
const found = defaultSchemaRegistry().get(setup.schemaId);
if (found === undefined) throw new Error(`Unknown schema ${JSON.stringify(setup.schemaId)} in the worker.`);
const entry = entryToRun(found, setup.shapeOnly);
const t = cliText(setup.lang);

parentPort!.on("message", (message: { readonly seq: number; readonly block: LineBlock }) => {
  const rendered = validateBlock(message.block, setup.maxLineBytes, entry, setup.lang, setup.json, t);
  const buffer = message.block.bytes?.buffer;
  // The text goes as UTF-8 bytes, transferred (a string would be copied into the message and out of it,
  // then encoded by the writing thread); the block's buffer goes back, transferred, to be read into again.
  const bytes = Buffer.from(rendered.text, "utf8");
  const text = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const reply: BlockReply = { seq: message.seq, lines: rendered.lines, valid: rendered.valid, invalid: rendered.invalid, text: "", bytes: text, buffer };
  const owned = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length ? [bytes.buffer as ArrayBuffer] : [];
  parentPort!.postMessage(reply, buffer instanceof ArrayBuffer ? [buffer, ...owned] : owned);
});
