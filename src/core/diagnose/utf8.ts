/** UTF-8 at the byte level for the diagnosis: whether bytes are ASCII, reading and writing one code point. */

/** Whether every byte is 7-bit ASCII. */
export function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false
  return true
}

/** Writes the UTF-8 encoding of one code point into `out` at `at`; returns the offset after it. */
export function writeCodePoint(out: Uint8Array, at: number, cp: number): number {
  if (cp < 0x80) {
    out[at++] = cp
  } else if (cp < 0x800) {
    out[at++] = 0xc0 | (cp >> 6)
    out[at++] = 0x80 | (cp & 0x3f)
  } else if (cp < 0x10000) {
    out[at++] = 0xe0 | (cp >> 12)
    out[at++] = 0x80 | ((cp >> 6) & 0x3f)
    out[at++] = 0x80 | (cp & 0x3f)
  } else {
    out[at++] = 0xf0 | (cp >> 18)
    out[at++] = 0x80 | ((cp >> 12) & 0x3f)
    out[at++] = 0x80 | ((cp >> 6) & 0x3f)
    out[at++] = 0x80 | (cp & 0x3f)
  }
  return at
}

/** The UTF-8 encoding of one code point. */
export function codePointBytes(cp: number): Uint8Array {
  const out = new Uint8Array(4)
  return out.subarray(0, writeCodePoint(out, 0, cp))
}

/** One code point of UTF-8 at `at`: its value and length; an invalid byte is -1 with length 1. */
export function codePointAt(bytes: Uint8Array, at: number, end: number): { cp: number; length: number } {
  const b = bytes[at]
  const length = b < 0x80 ? 1 : b >= 0xf0 && b < 0xf8 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0
  if (length === 0 || at + length > end) return { cp: -1, length: 1 }
  if (length === 1) return { cp: b, length }
  let cp = b & (0xff >> (length + 1))
  for (let i = 1; i < length; i++) {
    const c = bytes[at + i]
    if ((c & 0xc0) !== 0x80) return { cp: -1, length: 1 }
    cp = (cp << 6) | (c & 0x3f)
  }
  return { cp, length }
}
