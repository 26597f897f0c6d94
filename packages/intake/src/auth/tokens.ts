import { err, makeError, ok, type Result } from "@cchc/core";
import { intakeMessages } from "../messages.js";
import { isUnitId, type UnitId } from "../model/units.js";

/**
 * The bearer tokens of the units, kept only as SHA-256 digests. A token is looked up by hashing it and
 * comparing its digest with every stored digest in constant time (no early exit, whatever matches),
 * so that the time of an answer says nothing about how close a guess was. SHA-256 without a salt is
 * right here because tokens are long random strings, not passwords. The comparison is written here
 * (eight lines) because `crypto.timingSafeEqual` exists in Node only, and the handler runs on any
 * Web-standard runtime.
 *
 * @example
 * ```ts
 * import { createTokenRegistry } from "@cchc/intake";
 *
 * const tokens = await createTokenRegistry({ "demo-token-bao-ptth-0123456789": "bao-ptth-bac-ninh" });
 * if (tokens.ok) await tokens.value.authenticate("demo-token-bao-ptth-0123456789"); // => "bao-ptth-bac-ninh"
 * ```
 *
 * @category Tokens
 */
export interface TokenRegistry {
  /** The unit of a token, or `undefined`. */
  authenticate(token: string): Promise<UnitId | undefined>;
  /** The units that have a token. */
  readonly units: readonly UnitId[];
}

/**
 * Shortest token accepted, in characters (128 random bits in base64 need 22).
 *
 * @example
 * ```ts
 * import { MIN_TOKEN_LENGTH } from "@cchc/intake";
 *
 * MIN_TOKEN_LENGTH; // => 20
 * ```
 *
 * @category Tokens
 */
export const MIN_TOKEN_LENGTH = 20;
const TOKEN = /^[\w.~+/-]+=*$/; // RFC 6750 b64token
const DIGEST = /^sha256:([0-9a-f]{64})$/;

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
}

/** Equal digests, in time independent of where they differ. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

function hexBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

const invalid = (detail: string) => err(makeError(intakeMessages, "intake.invalid_tokens", { detail }));

/**
 * Builds the token registry from a tokens object — token → unit id, as in the tokens file. A key may
 * also be the token's digest, `sha256:<64 hex digits>`, so that the file need not hold the tokens
 * themselves. Tokens are at least {@link MIN_TOKEN_LENGTH} characters of the RFC 6750 alphabet.
 *
 * @param entries - Token (or `sha256:` digest) → unit id.
 * @returns The registry, or `intake.invalid_tokens` naming the first bad entry (never the token itself).
 * @example
 * ```ts
 * import { createTokenRegistry } from "@cchc/intake";
 *
 * const r = await createTokenRegistry({ short: "so-tu-phap" });
 * r.ok; // => false
 * ```
 *
 * @category Tokens
 */
export async function createTokenRegistry(entries: unknown): Promise<Result<TokenRegistry>> {
  if (typeof entries !== "object" || entries === null || Array.isArray(entries)) return invalid("expected a JSON object { token: unit id }");
  const stored: { digest: Uint8Array; unit: UnitId }[] = [];
  for (const [index, [key, unit]] of Object.entries(entries).entries()) {
    if (!isUnitId(unit)) return invalid(`entry ${index + 1}: “${String(unit).slice(0, 60)}” is not a unit id`);
    const hashed = DIGEST.exec(key);
    if (hashed) stored.push({ digest: hexBytes(hashed[1]!), unit });
    else if (key.length >= MIN_TOKEN_LENGTH && key.length <= 512 && TOKEN.test(key)) stored.push({ digest: await digest(key), unit });
    else return invalid(`entry ${index + 1} (unit ${unit}): a token needs ${MIN_TOKEN_LENGTH}–512 characters of A–Z a–z 0–9 - . _ ~ + /, or sha256:<hex digest>`);
  }
  return ok({
    units: [...new Set(stored.map((s) => s.unit))],
    async authenticate(token: string) {
      if (typeof token !== "string" || token.length > 512) return undefined;
      const presented = await digest(token);
      let found: UnitId | undefined;
      for (const s of stored) if (constantTimeEqual(presented, s.digest) && found === undefined) found = s.unit;
      return found;
    },
  });
}

/**
 * The bearer token of an `Authorization` header (`Bearer <token>`, scheme case-insensitive), or
 * `undefined`.
 *
 * @param header - The header value.
 * @returns The token.
 * @example
 * ```ts
 * import { bearerToken } from "@cchc/intake";
 *
 * bearerToken("Bearer abc.def"); // => "abc.def"
 * bearerToken("Basic dXNlcjpwYXNz"); // => undefined
 * ```
 *
 * @category Tokens
 */
export function bearerToken(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const m = /^bearer +(\S+) *$/i.exec(header);
  return m?.[1];
}
