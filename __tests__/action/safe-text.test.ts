import { expect, test } from '@jest/globals'
import fc from 'fast-check'
import { safeText } from '../../src/action/safe-text.js'
import { parseCommands } from './runner.js'

test.each([
  ['::error::x', '\\x3a:error\\x3a:x'],
  ['::add-mask::secret', '\\x3a:add-mask\\x3a:secret'],
  ['a\n::stop-commands::tok', 'a\\x0a\\x3a:stop-commands\\x3a:tok'],
  ['x\r::set-output name=ok::true', 'x\\x0d\\x3a:set-output name=ok\\x3a:true'],
  ['%0A::warning::w', '%0A\\x3a:warning\\x3a:w'],
  ['see ##[add-mask]s', 'see ##\\x5badd-mask]s'],
  [':\u200b:add-mask::z', ':\\u{200b}:add-mask\\x3a:z'],
  ['\u2028::x', '\\u{2028}\\x3a:x'],
  [':::', '\\x3a\\x3a:'],
  ['em — dash, café, 日本', 'em — dash, café, 日本']
])('%j is printed as %j', (input, output) => {
  expect(safeText(input)).toBe(output)
})

test('whatever the text, the guarded line holds no line break, no "::", no "##[" and parses as no command', () => {
  const hostile = fc.oneof(
    fc.constantFrom('::', '##[', ':', '#', '[', '\n', '\r', '\u0085', '\u2028', '\u200b', '\u00ad', '\ufeff', '%0A', 'add-mask', ' ', '\u00a0'),
    fc.string({ unit: 'binary', maxLength: 4 })
  )
  fc.assert(
    fc.property(fc.array(hostile, { maxLength: 30 }).map(parts => parts.join('')), text => {
      const line = safeText(text)
      expect(line).not.toMatch(/[\r\n\u0085\u2028\u2029]/)
      expect(line.includes('::')).toBe(false)
      expect(line.includes('##[')).toBe(false)
      expect(line.replace(/[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, '')).toBe(line)
      expect(parseCommands(line)).toEqual([])
    }),
    { numRuns: 2000 }
  )
})
