import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { collisionKey, collisions, compareBytewise } from '../../src/core/paths.js'

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
