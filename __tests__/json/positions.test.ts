import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { PositionTracker } from '../../src/core/json/positions.js'

/**
 * Line and column of code point `k` of `points`, worked out on the text: code points, and LF, CRLF
 * or a lone CR end a line (the CR of a CRLF stays on its line).
 */
function expected(points: string[], k: number): { line: number; column: number } {
  let line = 1
  let column = 1
  points.slice(0, k).forEach((p, i) => {
    if (p === '\n' || (p === '\r' && points[i + 1] !== '\n')) {
      line++
      column = 1
    } else {
      column++
    }
  })
  return { line, column }
}

describe('PositionTracker', () => {
  const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\r\n', '\u00e9', '\u2014', '\u{1F600}', '"', '\u2028'), maxLength: 60 })

  it('gives, at any character of UTF-8 bytes, the line and column counted on the text', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (t, picks) => {
        const points = [...t]
        const bytes = Buffer.from(t)
        // Offsets in any order: asking for an earlier one starts again from the beginning.
        const tracker = new PositionTracker(bytes)
        for (const pick of picks) {
          const k = points.length === 0 ? 0 : pick % (points.length + 1)
          expect(tracker.at(Buffer.byteLength(points.slice(0, k).join('')))).toEqual(expected(points, k))
        }
      }),
      { numRuns: 2000 }
    )
  })
})
