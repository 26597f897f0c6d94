/** SHA-256 of UTF-8 text as lower-case hex, with the Web Crypto API (Node ≥ 20, browsers, Deno, Bun). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  let hex = "";
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
