import { describe, expect, it } from '@jest/globals'
import { isUtf8 } from 'node:buffer'
import fc from 'fast-check'
import { exactPrecisionLoss, numberPrecisionLoss } from '../../src/core/json/numbers.js'
import { findInvalidUtf8 } from '../../src/core/json/utf8.js'

/** JSON number literals: any sign, 1 to 20 integer digits (no leading zero), fraction and exponent or not. */
const literal = fc
  .tuple(
    fc.boolean(),
    fc.stringMatching(/^(0|[1-9][0-9]{0,19})$/),
    fc.option(fc.stringMatching(/^[0-9]{1,20}$/)),
    fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.stringMatching(/^[0-9]{1,4}$/)))
  )
  .map(([negative, whole, fraction, exponent]) => `${negative ? '-' : ''}${whole}${fraction === null ? '' : `.${fraction}`}${exponent === null ? '' : exponent.join('')}`)

describe('numberPrecisionLoss', () => {
  it('says what the full comparison says, for any literal', () => {
    fc.assert(fc.property(literal, text => expect(numberPrecisionLoss(text)).toBe(exactPrecisionLoss(text))), { numRuns: 5000 })
  })

  it('at the edge of its quick path: 15 digits pass, 16 and 17 are compared in full', () => {
    expect(numberPrecisionLoss('999999999999999')).toBeNull()
    expect(numberPrecisionLoss('-0.00000000000001')).toBeNull()
    expect(numberPrecisionLoss('0.000000000000000')).toBeNull()
    expect(numberPrecisionLoss('9007199254740993')).toMatch(/beyond/)
    expect(numberPrecisionLoss('0.30000000000000001')).toMatch(/does not survive/)
    expect(numberPrecisionLoss('0.1000000000000001')).toBeNull()
  })
})

describe('UTF-8 checks', () => {
  // Bytes near UTF-8: mostly well-formed text, with stray, truncated, overlong and surrogate sequences.
  const nearUtf8 = fc
    .array(
      fc.oneof(
        fc.string({ unit: 'grapheme' }).map(s => [...Buffer.from(s)]),
        fc.constantFrom([0x80], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x80], [0xf0, 0x9f, 0x98]),
        fc.uint8Array({ maxLength: 4 }).map(b => [...b])
      ),
      { maxLength: 12 }
    )
    .map(parts => Uint8Array.from(parts.flat()))

  it("the native check and ours agree on what is well-formed (ours then says where it is not)", () => {
    fc.assert(fc.property(nearUtf8, bytes => expect(isUtf8(bytes)).toBe(findInvalidUtf8(bytes) === null)), { numRuns: 5000 })
  })
})
