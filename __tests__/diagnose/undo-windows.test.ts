/**
 * Undo steps that work a window at a time (src/core/diagnose/recode.ts, undo-crlf.ts): on files of
 * several windows, the result is byte for byte what the real tool gives for the whole file, also
 * where a decomposed accent, a run without any ASCII, Hangul jamo or a surrogate pair meets the end
 * of a window.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { RECODE_WINDOW } from '../../src/core/diagnose/recode.js'
import { decodeUtf16Be, decodeUtf16Le } from '../../src/core/diagnose/undo-bom.js'
import { crlfToLf } from '../../src/core/diagnose/undo-crlf.js'
import { toNfc, toNfd } from '../../src/core/diagnose/undo-unicode-normalization.js'
import { python, shell, workspace } from './fixtures.js'

/** Runs `script` with a fresh directory as argv[1] and returns the files it wrote there. */
function written(script: string, ...names: string[]): Uint8Array[] {
  const ws = workspace()
  try {
    python(script, ws.dir)
    return names.map(name => new Uint8Array(readFileSync(join(ws.dir, name))))
  } finally {
    ws.cleanup()
  }
}

const same = (a: Uint8Array | null, b: Uint8Array) => {
  expect(a).not.toBeNull()
  expect(a!.length).toBe(b.length)
  expect(Buffer.compare(Buffer.from(a!), Buffer.from(b))).toBe(0)
}

// Python writes a text of about 3.5 windows, NFD and NFC, and the same text as UTF-16 with a BOM.
// Its middle has more than a window of text without a single ASCII byte (Greek with decomposed
// accents and em dashes, Hangul jamo that compose into syllables), and emoji outside the BMP.
const TEXT = `import sys, unicodedata
d = sys.argv[1]
latin = ''.join('Line %d: caf\\u00e9 na\\u00efve \\u00c9t\\u00e9 \\u2014 r\\u00e9sum\\u00e9\\n' % i for i in range(24000))
greek = '\\u03ac\\u03ad\\u2014\\u1f00\\u1f04 \\u1100\\u1161\\u11a8\\u1100\\u1161 \\U0001F600\\u00a0' * 60000
text = latin + greek.replace(' ', '\\u3000') + latin
open(d + '/nfd', 'w', encoding='utf-8', newline='').write(unicodedata.normalize('NFD', text))
open(d + '/nfc', 'w', encoding='utf-8', newline='').write(unicodedata.normalize('NFC', text))
open(d + '/le', 'w', encoding='utf-16', newline='').write(text)
open(d + '/be', 'wb').write(b'\\xfe\\xff' + text.encode('utf-16-be'))
open(d + '/utf8', 'w', encoding='utf-8', newline='').write(text)
`

describe('normalization a window at a time', () => {
  const [nfd, nfc] = written(TEXT, 'nfd', 'nfc')

  it('spans several windows, one of them without ASCII', () => {
    expect(nfd.length).toBeGreaterThan(3 * RECODE_WINDOW)
    const middle = nfd.subarray(nfd.length / 2 - RECODE_WINDOW, nfd.length / 2 + RECODE_WINDOW)
    expect(middle.some(b => b < 0x80)).toBe(false)
  })

  it("NFC of the NFD text is Python's NFC, byte for byte", () => {
    same(toNfc.apply(nfd), nfc)
  })

  it("NFD of the NFC text is Python's NFD, byte for byte", () => {
    same(toNfd.apply(nfc), nfd)
  })

  it('text already in the form is left alone (the step does not apply)', () => {
    expect(toNfc.apply(nfc)).toBeNull()
    expect(toNfd.apply(nfd)).toBeNull()
  })

  it('invalid UTF-8 in a late window: the step does not apply', () => {
    const broken = nfd.slice()
    broken[broken.length - 10] = 0xff
    expect(toNfc.apply(broken)).toBeNull()
  })
})

describe('UTF-16 decoded a window at a time', () => {
  const [le, be, utf8] = written(TEXT, 'le', 'be', 'utf8')

  it("UTF-16LE written by Python's utf-16 codec (with its BOM) comes back as the UTF-8 text", () => {
    expect([le[0], le[1]]).toEqual([0xff, 0xfe])
    expect(le.length).toBeGreaterThan(3 * RECODE_WINDOW)
    same(decodeUtf16Le.apply(le), utf8)
  })

  it('an emoji whose surrogate pair straddles the end of the first window', () => {
    const [edge] = written(`import sys; open(sys.argv[1] + '/edge', 'w', encoding='utf-16-le').write('\\ufeff' + 'a' * ${RECODE_WINDOW / 2 - 1} + '\\U0001F600b')`, 'edge')
    expect([edge[RECODE_WINDOW], edge[RECODE_WINDOW + 1]]).toEqual([0x3d, 0xd8])
    const text = decodeUtf16Le.apply(edge)
    expect(text).not.toBeNull()
    expect(new TextDecoder().decode(text!)).toBe('a'.repeat(RECODE_WINDOW / 2 - 1) + '\u{1F600}b')
  })

  it('UTF-16BE too; a surrogate pair cut in two (a lone surrogate) does not decode', () => {
    same(decodeUtf16Be.apply(be), utf8)
    // Drop the last two bytes of the text's first emoji: a high surrogate followed by something else.
    const emoji = Buffer.from(be).indexOf(Buffer.from([0xd8, 0x3d]))
    const broken = new Uint8Array([...be.subarray(0, emoji + 2), ...be.subarray(emoji + 4)])
    expect(decodeUtf16Be.apply(broken)).toBeNull()
  })
})

describe('CRLF undone without a list of line endings', () => {
  it('unix2dos on a file of several windows, with a lone CR kept', () => {
    const ws = workspace('lines.txt')
    try {
      const text = Array.from({ length: 200000 }, (_, i) => (i % 1000 === 0 ? `row ${i}\rkept` : `row ${i}`)).join('\n') + '\n'
      writeFileSync(ws.file, text)
      const original = new Uint8Array(readFileSync(ws.file))
      shell('unix2dos -q "$1"', ws.file)
      const converted = new Uint8Array(readFileSync(ws.file))
      expect(converted.length).toBeGreaterThan(original.length)
      same(crlfToLf.apply(converted), original)
    } finally {
      ws.cleanup()
    }
  })
})
