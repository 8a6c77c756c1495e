/**
 * Text-level undo steps (UTF-16 decoded back to UTF-8, Unicode normalization) done one window of
 * about RECODE_WINDOW bytes at a time: each window is decoded, transformed and written as UTF-8
 * straight into the result, so the memory a step needs beyond its result is one window's text, not
 * the whole file as a string (two bytes per character) and a normalized copy of it. Pure.
 */
import { codePointAt, isAscii } from './utf8.js'

/** Bytes of the file decoded at a time. */
export const RECODE_WINDOW = 1 << 20

/**
 * Whether text may be cut before code point `cp` (-1: an invalid byte) and each part normalized alone (NFC and NFD) with the same
 * result as the whole: a character that no normalization reorders, decomposes or composes with
 * what comes before it. No mark, no Hangul jamo, and one that both forms leave as it is: that holds
 * for letters, digits, punctuation, symbols and spaces of that kind (checked against the Unicode
 * data: canonical combining class 0, never the second of a composed pair). A cut in a wrong place
 * could only make a normalization differ from the whole file's: no proof, never a wrong one.
 */
function safeCutBefore(cp: number): boolean {
  if (cp < 0 || cp > 0x10ffff || (cp >= 0x1100 && cp <= 0x11ff)) return false
  if (cp < 0x80) return true
  let safe = safeCuts.get(cp)
  if (safe === undefined) {
    const ch = String.fromCodePoint(cp)
    safe = /^[\p{L}\p{N}\p{P}\p{S}\p{Zs}]$/u.test(ch) && ch.normalize('NFD') === ch && ch.normalize('NFC') === ch
    if (safeCuts.size < 4096) safeCuts.set(cp, safe)
  }
  return safe
}

const safeCuts = new Map<number, boolean>()

/**
 * Where the UTF-8 window from `from` ends: before the last ASCII byte, or else before the last
 * character that is safe to cut before, at or below `from` + RECODE_WINDOW; past it when the window
 * has none (then at the first such place after it, or at the end).
 */
function utf8Cut(bytes: Uint8Array, from: number): number {
  const limit = from + RECODE_WINDOW
  if (limit >= bytes.length) return bytes.length
  for (let at = limit; at > from; at--) if (bytes[at] < 0x80) return at
  for (let at = limit; at > from; at--) if (bytes[at] >= 0xc0 && safeCutBefore(codePointAt(bytes, at, bytes.length).cp)) return at
  for (let at = limit + 1; at < bytes.length; at++) if (bytes[at] < 0x80 || (bytes[at] >= 0xc0 && safeCutBefore(codePointAt(bytes, at, bytes.length).cp))) return at
  return bytes.length
}

/** Where the UTF-16 window from `from` ends: at a whole code unit, never inside a surrogate pair. */
function utf16Cut(bytes: Uint8Array, from: number, bigEndian: boolean): number {
  let at = from + RECODE_WINDOW
  if (at >= bytes.length) return bytes.length
  const high = bytes[at - 2 + (bigEndian ? 0 : 1)]
  if (high >= 0xd8 && high <= 0xdb) at -= 2
  return at
}

/** UTF-8 written into a buffer that grows as needed. */
class Utf8Writer {
  private buffer: Uint8Array
  private length = 0
  private readonly encoder = new TextEncoder()

  constructor(expected: number) {
    this.buffer = new Uint8Array(Math.max(16, expected))
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return
    const grown = new Uint8Array(Math.max(this.length + bytes, Math.ceil(this.buffer.length * 1.5)))
    grown.set(this.buffer.subarray(0, this.length))
    this.buffer = grown
  }

  bytes(chunk: Uint8Array): void {
    this.room(chunk.length)
    this.buffer.set(chunk, this.length)
    this.length += chunk.length
  }

  text(text: string): void {
    for (let rest = text; ; ) {
      const { read, written } = this.encoder.encodeInto(rest, this.buffer.subarray(this.length))
      this.length += written
      if (read === rest.length) return
      rest = rest.slice(read)
      // At most 3 bytes of UTF-8 per UTF-16 code unit.
      this.room(rest.length * 3)
    }
  }

  result(): Uint8Array {
    return this.buffer.subarray(0, this.length)
  }
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/**
 * `bytes` in `encoding` (no byte order mark: one at the start is kept as text), decoded, passed
 * through `transform` and encoded as UTF-8, one window at a time. `transform` must leave ASCII text
 * and a text cut at a window's end as they are (identity and Unicode normalization do). Null when
 * the bytes are not valid in `encoding`; `changed` says whether `transform` changed any text.
 */
export function recode(
  bytes: Uint8Array,
  encoding: Encoding,
  transform: (text: string) => string = text => text
): { bytes: Uint8Array; changed: boolean } | null {
  if (encoding !== 'utf-8' && bytes.length % 2 !== 0) return null
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true })
  const out = new Utf8Writer(encoding === 'utf-8' ? bytes.length : Math.ceil(bytes.length / 2))
  let changed = false
  for (let from = 0; from < bytes.length; ) {
    const to = encoding === 'utf-8' ? utf8Cut(bytes, from) : utf16Cut(bytes, from, encoding === 'utf-16be')
    const window = bytes.subarray(from, to)
    if (encoding === 'utf-8' && isAscii(window)) {
      out.bytes(window)
    } else {
      let text: string
      try {
        text = decoder.decode(window)
      } catch {
        return null
      }
      const after = transform(text)
      if (after !== text) changed = true
      out.text(after)
    }
    from = to
  }
  return { bytes: out.result(), changed }
}
