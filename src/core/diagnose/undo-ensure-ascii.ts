import type { UndoStep } from './undo-step.js'
import { writeCodePoint } from './utf8.js'

const BACKSLASH = 0x5c
const LOWER_U = 0x75

/** Value of one hex digit byte, or -1. */
function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x61 + 10
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x41 + 10
  return -1
}

/** The code unit of a `\uXXXX` escape whose backslash is at `at`, or -1 when there is none there. */
function escapeAt(bytes: Uint8Array, at: number): number {
  if (bytes[at] !== BACKSLASH || bytes[at + 1] !== LOWER_U || at + 6 > bytes.length) return -1
  let unit = 0
  for (let i = at + 2; i < at + 6; i++) {
    const digit = hexValue(bytes[i])
    if (digit < 0) return -1
    unit = unit * 16 + digit
  }
  return unit
}

/**
 * Decodes the JSON `\uXXXX` escapes of code points >= 0x80 (a surrogate pair counts as one code point)
 * back into UTF-8, undoing Python's `json.dumps(..., ensure_ascii=True)`. Escapes below 0x80 and lone
 * surrogates stay as they are, since ensure_ascii=False would have escaped them too or could not write
 * them. A backslash always consumes the byte after it, so `\\u00e9` (an escaped backslash, then the
 * text "u00e9") is never taken for an escape. Returns null when nothing was decoded.
 */
export function decodeJsonEscapes(bytes: Uint8Array): Uint8Array | null {
  // Each decoded escape shrinks (6 or 12 bytes become at most 3 or 4), so the output fits in the input size.
  const out = new Uint8Array(bytes.length)
  let written = 0
  let copied = 0
  let decoded = 0
  let at = bytes.indexOf(BACKSLASH)
  while (at !== -1) {
    const unit = escapeAt(bytes, at)
    let codePoint = -1
    let length = 6
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const low = escapeAt(bytes, at + 6)
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)
        length = 12
      }
    } else if (unit >= 0x80 && (unit < 0xdc00 || unit > 0xdfff)) {
      codePoint = unit
    }
    if (codePoint >= 0) {
      out.set(bytes.subarray(copied, at), written)
      written += at - copied
      written = writeCodePoint(out, written, codePoint)
      copied = at + length
      decoded++
      at = bytes.indexOf(BACKSLASH, at + length)
    } else {
      // Not a decodable escape: skip the backslash and the byte it escapes (or the whole kept escape).
      at = bytes.indexOf(BACKSLASH, at + (unit >= 0 ? 6 : 2))
    }
  }
  if (decoded === 0) return null
  out.set(bytes.subarray(copied), written)
  written += bytes.length - copied
  return out.subarray(0, written)
}

/** Undoes ensure_ascii escaping of non-ASCII characters in JSON text. */
export const jsonEscapesToUtf8: UndoStep = {
  cause: 'ensure-ascii',
  what: 'non-ASCII characters were written as \\uXXXX escapes (JSON ensure_ascii)',
  undo: 'decoding the \\uXXXX escapes back to UTF-8',
  apply: decodeJsonEscapes
}

export const undoEnsureAscii: readonly UndoStep[] = [jsonEscapesToUtf8]
