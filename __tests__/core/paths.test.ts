import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { collisionKey, collisions, compareBytewise, pathProblem } from '../../src/core/paths.js'

// compareBytewise and collisionKey take shortcuts (no encoding per comparison, ASCII without
// normalization); these properties hold them to the definitions they replace.
const utf8Order = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'))

// Code units around every boundary that matters: ASCII, two- and three-byte UTF-8, both halves of
// a surrogate pair (also alone), the private-use area above them, and the last BMP unit.
const unit = fc.oneof(
  fc.constantFrom(0x2f, 0x41, 0x61, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xf8ff, 0xfffd, 0xffff),
  fc.integer({ min: 0, max: 0xffff })
)
const text = fc.array(unit, { maxLength: 8 }).map(units => String.fromCharCode(...units))

describe('compareBytewise', () => {
  it('orders as the UTF-8 bytes do, lone surrogates included', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(compareBytewise(a, b)).toBe(utf8Order(a, b))
      }),
      { numRuns: 20000 }
    )
  })

  it('orders strings sharing a prefix as the bytes do', () => {
    fc.assert(
      fc.property(text, text, text, (p, a, b) => {
        expect(compareBytewise(p + a, p + b)).toBe(utf8Order(p + a, p + b))
      }),
      { numRuns: 5000 }
    )
  })

  it('puts a code point above U+FFFF after U+E000-U+FFFF, as UTF-8 does and UTF-16 does not', () => {
    expect(compareBytewise('a/\u{1f600}', 'a/\uffff')).toBe(1)
    expect(compareBytewise('a/\ue000', 'a/\u{10000}')).toBe(-1)
    expect(compareBytewise('a', 'a/')).toBe(-1)
    expect(compareBytewise('B', 'a')).toBe(-1)
  })
})

describe('collisionKey', () => {
  it('is the NFC, lower-cased, NFC form of any path', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), path => {
        expect(collisionKey(path)).toBe(path.normalize('NFC').toLowerCase().normalize('NFC'))
      }),
      { numRuns: 20000 }
    )
  })
})

describe('collisions', () => {
  // The definition it replaces: a key for every path, each path against the first with its key.
  const everyKey = (paths: string[]) => {
    const first = new Map<string, number>()
    const out: [number, number][] = []
    paths.forEach((p, i) => {
      const j = first.get(collisionKey(p))
      if (j === undefined) first.set(collisionKey(p), i)
      else if (paths[j] !== p) out.push([i, j])
    })
    return out
  }
  const name = fc.oneof(fc.constantFrom('a', 'A', 'b', 'B', 'caf\u00e9', 'cafe\u0301', 'CAF\u00c9', '\u212a', 'k', 'K', 'x/y', 'X/y'), text)

  it('finds what a key for every path finds, among distinct paths', () => {
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 12 }), paths => {
        expect(collisions(paths.length, i => paths[i])).toEqual(everyKey(paths))
      }),
      { numRuns: 5000 }
    )
  })

  it('pairs an upper-case or decomposed name with a plain one, and never two plain names', () => {
    const paths = ['a/B.txt', 'a/b.txt', 'a/c.txt', 'cafe\u0301', 'caf\u00e9', 'd', 'e']
    expect(collisions(paths.length, i => paths[i])).toEqual([[1, 0], [4, 3]])
    expect(collisions(3, i => ['a', 'b', 'c'][i])).toEqual([])
  })
})

describe('pathProblem', () => {
  // The rules as first written, check by check: the shortcut for printable ASCII and the segment
  // scan without split must give the same answer, the same message, for every path.
  const reference = (path: string): string | null => {
    if (path.length === 0) return 'empty path'
    if (Buffer.byteLength(path, 'utf8') > 4096) return 'path longer than 4096 bytes'
    if (!path.isWellFormed()) return 'path is not valid Unicode'
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f-\u009f]/.test(path)) return 'control character in path'
    if (path.includes('\\')) return 'backslash in path'
    if (path.startsWith('/')) return 'absolute path'
    if (/^[A-Za-z]:/.test(path)) return 'drive-letter path'
    for (const segment of path.split('/')) {
      if (segment === '') return 'empty path segment (leading, trailing or doubled "/")'
      if (segment === '.' || segment === '..') return `"${segment}" segment in path`
      if (segment.toLowerCase() === '.git') return `"${segment}" segment in path (git never holds one)`
    }
    return null
  }
  const pathChar = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('/', '.', 'a', 'Z', ':', 'g', 'G', 'i', 't', 'T', '/.git', '/.GiT/', ' ', '\\', '~', '\u007f', '\u0080', '\u009f', '\u00a0', '\u00e9', '\u0000', '\n', '\u001f', '\ud800', '\udc00', '\u{1f600}') },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map(u => String.fromCharCode(u)) }
  )
  const path = fc.array(pathChar, { maxLength: 12 }).map(chars => chars.join(''))

  it('gives the answer of every rule checked in turn', () => {
    fc.assert(
      fc.property(path, p => {
        expect(pathProblem(p)).toBe(reference(p))
      }),
      { numRuns: 50000 }
    )
  })

  it.each([
    ['', 'empty path'],
    ['a', null],
    ['.', '"." segment in path'],
    ['..', '".." segment in path'],
    ['...', null],
    ['a/./b', '"." segment in path'],
    ['a/../b', '".." segment in path'],
    ['a/.b/..c/b..', null],
    ['/a', 'absolute path'],
    ['a/', 'empty path segment (leading, trailing or doubled "/")'],
    ['a//b', 'empty path segment (leading, trailing or doubled "/")'],
    ['C:/x', 'drive-letter path'],
    ['1:/x', null],
    ['a\\b', 'backslash in path'],
    ['a\u007fb', 'control character in path'],
    ['x'.repeat(4096), null],
    ['x'.repeat(4097), 'path longer than 4096 bytes'],
    ['\u00e9'.repeat(2048), null],
    ['\u00e9'.repeat(2049), 'path longer than 4096 bytes'],
    ['a\ud800', 'path is not valid Unicode'],
    ['.git', '".git" segment in path (git never holds one)'],
    ['.git/HEAD', '".git" segment in path (git never holds one)'],
    ['a/.GIT/b', '".GIT" segment in path (git never holds one)'],
    ['a/.Git', '".Git" segment in path (git never holds one)'],
    ['.gitignore', null],
    ['.github/workflows/x.yml', null],
    ['a/x.git', null],
    ['a/.gi', null]
  ])('%j: %s', (p, expected) => {
    expect(pathProblem(p)).toBe(expected)
    expect(reference(p)).toBe(expected)
  })
})
