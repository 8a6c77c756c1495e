import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { collisionKey, compareBytewise } from '../../src/core/paths.js'

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
