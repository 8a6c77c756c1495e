const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const encoder = new TextEncoder()

/** Decodes UTF-8 text, keeping any BOM; null when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return null
  }
}

/** Encodes text as UTF-8. */
export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text)
}

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
