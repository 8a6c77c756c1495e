/**
 * Strict UTF-8 validation (the well-formed byte sequences of the Unicode standard, table 3-7):
 * no overlong forms, no encoded surrogates, nothing above U+10FFFF, no truncated sequences.
 */

export interface Utf8Problem {
  /** Byte offset of the first byte of the first ill-formed sequence. */
  offset: number
  /** Plain-words description of that sequence. */
  reason: string
  /** How many ill-formed sequences the whole input holds. */
  count: number
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`
}

/** Returns null when `bytes` is well-formed UTF-8, otherwise where and why it is not. */
export function findInvalidUtf8(bytes: Uint8Array): Utf8Problem | null {
  let first: Utf8Problem | null = null
  let count = 0
  let i = 0
  const n = bytes.length
  while (i < n) {
    const b = bytes[i]
    if (b < 0x80) {
      i++
      continue
    }
    let need = 0
    let lo = 0x80
    let hi = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b === 0xe0) (need = 2), (lo = 0xa0)
    else if (b >= 0xe1 && b <= 0xec) need = 2
    else if (b === 0xed) (need = 2), (hi = 0x9f)
    else if (b >= 0xee && b <= 0xef) need = 2
    else if (b === 0xf0) (need = 3), (lo = 0x90)
    else if (b >= 0xf1 && b <= 0xf3) need = 3
    else if (b === 0xf4) (need = 3), (hi = 0x8f)
    let reason: string | null = null
    let length = 1
    if (need === 0) {
      if (b >= 0x80 && b <= 0xbf) reason = `byte ${hex(b)} is a continuation byte with no lead byte`
      else if (b === 0xc0 || b === 0xc1) reason = `byte ${hex(b)} starts an overlong encoding`
      else reason = `byte ${hex(b)} never occurs in UTF-8`
    } else {
      for (let k = 1; k <= need; k++) {
        const c = i + k < n ? bytes[i + k] : -1
        const min = k === 1 ? lo : 0x80
        const max = k === 1 ? hi : 0xbf
        if (c < min || c > max) {
          if (c === -1) reason = `sequence starting with byte ${hex(b)} is cut off by the end of the file`
          else if (k === 1 && b === 0xed && c >= 0xa0 && c <= 0xbf) reason = `bytes ${hex(b)} ${hex(c)} encode a UTF-16 surrogate`
          else if (k === 1 && (b === 0xe0 || b === 0xf0) && c >= 0x80 && c < lo) reason = `bytes ${hex(b)} ${hex(c)} start an overlong encoding`
          else if (k === 1 && b === 0xf4 && c > 0x8f && c <= 0xbf) reason = `bytes ${hex(b)} ${hex(c)} encode a code point above U+10FFFF`
          else reason = `sequence starting with byte ${hex(b)} is cut off by byte ${hex(c)}`
          length = k
          break
        }
      }
      if (reason === null) length = need + 1
    }
    if (reason !== null) {
      count++
      if (first === null) first = { offset: i, reason, count: 0 }
    }
    i += length
  }
  if (first !== null) first.count = count
  return first
}
