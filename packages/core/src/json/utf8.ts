/**
 * UTF-8 helpers of the strict JSON parser. Decoding itself is the platform's `TextDecoder` with
 * `fatal: true`; these only locate what it refused and convert string positions to byte offsets, so
 * they run on the error path alone.
 */

/** Whether the bytes start with the UTF-8 byte-order mark EF BB BF. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** The length of a well-formed sequence starting with `lead`, with the allowed range of its second byte. */
function sequence(lead: number): readonly [length: number, low: number, high: number] | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf]; // no overlong forms
  if (lead === 0xed) return [3, 0x80, 0x9f]; // no UTF-16 surrogates
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf]; // no overlong forms
  if (lead === 0xf4) return [4, 0x80, 0x8f]; // nothing above U+10FFFF
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  return undefined;
}

/**
 * The offset of the first byte of the first ill-formed sequence (Unicode §3.9, Table 3-7: the same
 * bytes the WHATWG decoder refuses), or -1 when the bytes are well-formed UTF-8.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const shape = sequence(lead);
    if (shape === undefined) return i;
    const [length, low, high] = shape;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/**
 * The number of UTF-8 bytes of `text` before the UTF-16 index `end` (a lone surrogate counts as the
 * three bytes of its replacement character, as `TextEncoder` writes it).
 */
export function utf8Length(text: string, end: number): number {
  let bytes = 0;
  for (let i = 0; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < end && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Whether a UTF-16 code unit is a high (leading) surrogate. */
export function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** Whether a UTF-16 code unit is a low (trailing) surrogate. */
export function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Whether a code point is one of Unicode's 66 noncharacters (U+FDD0–U+FDEF, U+xxFFFE and U+xxFFFF). */
export function isNoncharacter(codePoint: number): boolean {
  return (codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) === 0xfffe;
}
