import { describe, expect, it } from '@jest/globals'
import { diagnose } from '../../src/core/diagnose/diagnose.js'
import { MAX_ATTEMPTS, searchSubstitutions } from '../../src/core/diagnose/undo-unicode-substitution.js'
import { drifted, lineOf, python, shell } from './fixtures.js'

const PROSE = ['# Findings', '', 'The sample passed.', 'Measured \u2014 twice.', ''].join('\n')

/** Writes JSON with python, non-ASCII kept as UTF-8 (ensure_ascii=False) or escaped (True). */
const DUMP = `import json, sys
with open(sys.argv[1], 'w', encoding='utf-8', newline='') as f:
    f.write(json.dumps(json.loads(sys.argv[2]), ensure_ascii=sys.argv[3] == 'ascii', indent=2))`

describe('diagnose does not claim what it cannot prove', () => {
  it('reports an arbitrary same-length edit as unknown, without a line', () => {
    const d = drifted(PROSE, file => shell("sed -i 's/sample/sampel/' \"$1\"", file), 'notes.md')
    const result = diagnose(d.actual, d.sealed)
    expect(result).toEqual({
      causes: ['unknown'],
      evidence: 'suspected',
      line: null,
      detail: expect.stringContaining('no known cause restores the sealed sha256')
    })
  })

  it('reports an arbitrary longer edit as unknown, not appended', () => {
    const d = drifted(PROSE, file => shell("sed -i 's/sample/long sample/' \"$1\"", file), 'notes.md')
    expect(diagnose(d.actual, d.sealed)).toMatchObject({ causes: ['unknown'], evidence: 'suspected', line: null })
  })

  it('suspects CRLF, without proof, when the file also got another edit', () => {
    const d = drifted(PROSE, file => shell("unix2dos -q \"$1\" && sed -i 's/sample/sampel/' \"$1\"", file), 'notes.md')
    const result = diagnose(d.actual, d.sealed)
    expect(result).toMatchObject({ causes: ['crlf'], evidence: 'suspected', line: null })
    expect(result.detail).toContain('gives the sealed length but not the sealed sha256')
  })

  it('does not decode a literal \\\\u00e9 (an escaped backslash) as an escape', () => {
    const doc = JSON.stringify({ path: 'C:\\u00e9tude', name: 'Zoë' })
    const d = drifted(
      file => python(DUMP, file, doc, 'utf8'),
      file => python(DUMP, file, doc, 'ascii')
    )
    const actual = new TextDecoder().decode(d.actual)
    expect(actual).toContain('"C:\\\\u00e9tude"')
    expect(actual).toContain('"Zo\\u00eb"')
    const result = diagnose(d.actual, d.sealed)
    expect(result).toMatchObject({ causes: ['ensure-ascii'], evidence: 'proven', line: lineOf(actual, 'Zo\\u00eb') })
  })

  it('does not see ensure-ascii in a file whose only drift is its trailing newline', () => {
    const d = drifted('{"path": "C:\\\\u00e9tude"}\n', file => shell('truncate -s -1 "$1"', file))
    expect(diagnose(d.actual, d.sealed)).toMatchObject({ causes: ['trailing-newline'], evidence: 'proven', line: 1 })
  })

  describe('on a file with thousands of hyphens and em dashes replaced near its end', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `step-${i}`)
    lines.push('a\u2014b', 'c\u2014d', 'e\u2014f', '')
    const d = drifted(lines.join('\n'), file => shell("sed -i 's/\u2014/-/g' \"$1\"", file), 'steps.txt')

    it('keeps the search within its budget and says so', () => {
      const search = searchSubstitutions(d.actual, d.sealed)
      expect(search.found).toBeNull()
      expect(search.attempts).toBe(MAX_ATTEMPTS)
      const emDash = search.classes.find(c => c.cls.name === "em dash to '-'")
      expect(emDash).toMatchObject({ k: 3, candidates: 3003, overflow: false, complete: false })
    })

    it('stops at a smaller budget when given one', () => {
      expect(searchSubstitutions(d.actual, d.sealed, 10).attempts).toBe(10)
    })

    it('suspects unicode substitutions but does not claim proof', () => {
      const result = diagnose(d.actual, d.sealed)
      expect(result.evidence).toBe('suspected')
      expect(result.causes).toEqual(['unicode', 'truncated'])
      expect(result.line).toBeNull()
      expect(result.detail).toContain("3 of em dash to '-' among 3003 candidates")
    })
  })

  it('finds the same em dashes once the hyphens are few enough to search', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `step-${i}`)
    lines.push('a\u2014b', 'c\u2014d', 'e\u2014f', '')
    const d = drifted(lines.join('\n'), file => shell("sed -i 's/\u2014/-/g' \"$1\"", file), 'steps.txt')
    expect(diagnose(d.actual, d.sealed)).toMatchObject({ causes: ['unicode'], evidence: 'proven', line: 21 })
  })

  it('keeps the detail on one line and does not echo the file', () => {
    const secret = 'x'.repeat(50) + 'UNIQUE-CONTENT-' + 'y'.repeat(50)
    const text = `${secret}\r\nline two\r\n`
    const cases = [
      drifted(text, file => shell('truncate -s 30 "$1"', file)),
      drifted(text, file => shell("sed -i 's/UNIQUE/unique/' \"$1\"", file)),
      drifted(text, file => shell('printf "tail" >> "$1"', file))
    ]
    for (const d of cases) {
      const { detail } = diagnose(d.actual, d.sealed)
      expect(detail).not.toMatch(/[\r\n]/)
      expect(detail).not.toContain('UNIQUE')
      expect(detail).not.toContain('xxxxxxxxxx')
    }
  })
})
