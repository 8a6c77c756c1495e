/**
 * What changed within one line, given the line as it is and as it was sealed: the two are walked
 * side by side, and at each difference the known drift classes are tried (a CR added before the
 * '\n', a byte order mark, a typographic character replaced by ASCII, a \uXXXX escape, a
 * decomposed or composed accent). Each match names its cause and the walk goes on; the first
 * difference that none explains is an edit, described by what stands between the common start and
 * the common end of what is left, and ends the walk. Pure.
 */
import type { Cause } from '../finding.js'
import { describeCharacter } from './describe.js'

const LF = 0x0a
const CR = 0x0d
const BOM = [0xef, 0xbb, 0xbf]

/** The ASCII texts tools and people put in place of typographic characters (substitution-classes.ts). */
const ASCII_FOR: Readonly<Record<number, readonly string[]>> = {
  0x2014: ['--', '-'],
  0x2013: ['-'],
  0x2018: ["'"],
  0x2019: ["'"],
  0x201c: ['"'],
  0x201d: ['"'],
  0x00a0: [' '],
  0x2026: ['...']
}

export interface LineChanges {
  /** Causes of the changes found, in the order met; `edited` for a change no drift class explains. */
  causes: Cause[]
  /** The first change, in plain words, e.g. "U+2014 EM DASH became U+002D HYPHEN-MINUS '-'"; null when the lines are equal. */
  first: string | null
}

/** One code point of UTF-8 at `at`: its value and length; an invalid byte is -1 with length 1. */
function codePointAt(bytes: Uint8Array, at: number, end: number): { cp: number; length: number } {
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

function startsWith(bytes: Uint8Array, at: number, end: number, text: ArrayLike<number>): boolean {
  if (at + text.length > end) return false
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text[i]) return false
  return true
}

const ascii = (text: string) => Array.from(text, c => c.charCodeAt(0))
const hex4 = (unit: number) => unit.toString(16).padStart(4, '0')

/** The `\uXXXX` escape (a surrogate pair above U+FFFF) that json.dumps(ensure_ascii=True) writes for `cp`, lowercase. */
function jsonEscape(cp: number): string {
  if (cp < 0x10000) return `\\u${hex4(cp)}`
  const v = cp - 0x10000
  return `\\u${hex4(0xd800 + (v >> 10))}\\u${hex4(0xdc00 + (v & 0x3ff))}`
}

/** Whether `bytes` at `at` hold `text` with hex digits in either case. */
function startsWithEscape(bytes: Uint8Array, at: number, end: number, text: string): boolean {
  if (at + text.length > end) return false
  for (let i = 0; i < text.length; i++) {
    const b = bytes[at + i]
    const lower = b >= 0x41 && b <= 0x46 ? b + 0x20 : b
    if (lower !== text.charCodeAt(i)) return false
  }
  return true
}

/** The UTF-8 bytes of the code point's canonical decomposition, when it has one. */
function decomposed(cp: number): Uint8Array | null {
  const text = String.fromCodePoint(cp)
  const nfd = text.normalize('NFD')
  return nfd === text ? null : new TextEncoder().encode(nfd)
}

interface Side {
  bytes: Uint8Array
  at: number
  end: number
}

interface Match {
  cause: Cause
  /** Bytes taken from the file and from the sealed line. */
  actual: number
  sealed: number
  what: string
}

/**
 * The drift class that explains the difference at the current position, if any: `file` is the
 * line as it is, `seal` as sealed, both at the first byte where they differ.
 */
function knownChange(file: Side, seal: Side, atFileStart: boolean): Match | null {
  if (file.bytes[file.at] === CR && file.bytes[file.at + 1] === LF && seal.bytes[seal.at] === LF) {
    return { cause: 'crlf', actual: 1, sealed: 0, what: 'the LF line ending became CRLF' }
  }
  if (seal.bytes[seal.at] === CR && seal.bytes[seal.at + 1] === LF && file.bytes[file.at] === LF) {
    return { cause: 'crlf', actual: 0, sealed: 1, what: 'the CRLF line ending became LF' }
  }
  if (atFileStart && startsWith(file.bytes, file.at, file.end, BOM) && !startsWith(seal.bytes, seal.at, seal.end, BOM)) {
    return { cause: 'bom', actual: 3, sealed: 0, what: 'a UTF-8 byte order mark (EF BB BF) was added' }
  }
  const was = codePointAt(seal.bytes, seal.at, seal.end)
  const now = codePointAt(file.bytes, file.at, file.end)
  if (was.cp < 0 || now.cp < 0) return null
  for (const text of ASCII_FOR[was.cp] ?? []) {
    if (startsWith(file.bytes, file.at, file.end, ascii(text))) {
      return { cause: 'unicode', actual: text.length, sealed: was.length, what: `${describeCharacter(was.cp)} became ${describeText(ascii(text))}` }
    }
  }
  if (was.cp >= 0x80) {
    const escape = jsonEscape(was.cp)
    if (startsWithEscape(file.bytes, file.at, file.end, escape)) {
      return { cause: 'ensure-ascii', actual: escape.length, sealed: was.length, what: `${describeCharacter(was.cp)} became the JSON escape ${escape}` }
    }
  }
  const split = decomposed(was.cp)
  if (split !== null && startsWith(file.bytes, file.at, file.end, split)) {
    return { cause: 'unicode', actual: split.length, sealed: was.length, what: `${describeCharacter(was.cp)} was decomposed (NFD) into ${describeCodePoints(split)}` }
  }
  const joined = decomposed(now.cp)
  if (joined !== null && startsWith(seal.bytes, seal.at, seal.end, joined)) {
    return { cause: 'unicode', actual: now.length, sealed: joined.length, what: `${describeCodePoints(joined)} were composed (NFC) into ${describeCharacter(now.cp)}` }
  }
  return null
}

/** "U+0065 'e' and U+0301": the code points of some UTF-8 bytes, at most three named. */
function describeCodePoints(bytes: Uint8Array): string {
  const names: string[] = []
  let count = 0
  for (let at = 0; at < bytes.length; count++) {
    const { cp, length } = codePointAt(bytes, at, bytes.length)
    if (names.length < 3) names.push(cp < 0 ? `byte 0x${bytes[at].toString(16).padStart(2, '0').toUpperCase()}` : describeCharacter(cp, true))
    at += length
  }
  if (count > 3) return `${count} characters (${bytes.length} bytes) starting with ${names.join(', ')}`
  return names.join(' and ')
}

/** An ASCII text the drift left: each character named with its code point. */
function describeText(text: number[]): string {
  return describeCodePoints(Uint8Array.from(text))
}

/** The edit at the current position: what stands between the common start and the common end of what is left. */
function describeEdit(file: Side, seal: Side): string {
  let fileEnd = file.end
  let sealEnd = seal.end
  while (fileEnd > file.at && sealEnd > seal.at && file.bytes[fileEnd - 1] === seal.bytes[sealEnd - 1]) {
    fileEnd--
    sealEnd--
  }
  // Keep whole characters: the common end may have begun inside one.
  while (fileEnd < file.end && (file.bytes[fileEnd] & 0xc0) === 0x80) {
    fileEnd++
    sealEnd++
  }
  const now = file.bytes.subarray(file.at, fileEnd)
  const was = seal.bytes.subarray(seal.at, sealEnd)
  if (was.length === 0) return `${describeCodePoints(now)} inserted`
  if (now.length === 0) return `${describeCodePoints(was)} deleted`
  return `${describeCodePoints(was)} became ${describeCodePoints(now)}`
}

/**
 * Compares one line of the file with the sealed line it stands for. `atFileStart`: the lines are
 * the first of their files (where a byte order mark may be).
 */
export function lineChanges(
  actual: Uint8Array,
  actualLine: { start: number; end: number },
  sealed: Uint8Array,
  sealedLine: { start: number; end: number },
  atFileStart: boolean
): LineChanges {
  const file: Side = { bytes: actual, at: actualLine.start, end: actualLine.end }
  const seal: Side = { bytes: sealed, at: sealedLine.start, end: sealedLine.end }
  const out: LineChanges = { causes: [], first: null }
  const note = (cause: Cause, what: string) => {
    if (!out.causes.includes(cause)) out.causes.push(cause)
    if (out.first === null) out.first = what
  }
  for (;;) {
    const equalFrom = file.at
    while (file.at < file.end && seal.at < seal.end && actual[file.at] === sealed[seal.at]) {
      file.at++
      seal.at++
    }
    if (file.at === file.end && seal.at === seal.end) return out
    // Start at a whole character: the difference may lie in a later byte of one (U+2013 and U+2014).
    while (file.at > equalFrom && ((actual[file.at] & 0xc0) === 0x80 || (sealed[seal.at] & 0xc0) === 0x80)) {
      file.at--
      seal.at--
    }
    const match = file.at < file.end && seal.at < seal.end ? knownChange(file, seal, atFileStart && file.at === 0 && seal.at === 0) : null
    if (match === null) {
      note('edited', describeEdit(file, seal))
      return out
    }
    note(match.cause, match.what)
    file.at += match.actual
    seal.at += match.sealed
  }
}
