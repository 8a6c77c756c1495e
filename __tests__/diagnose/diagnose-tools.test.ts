import { describe, expect, it } from '@jest/globals'
import { diagnose } from '../../src/core/diagnose/diagnose.js'
import { drifted, lineOf, python, shell } from './fixtures.js'

/** A JSON document with an em dash, accents and an emoji (a surrogate pair when escaped). */
const DOC = {
  title: 'Evidence packet',
  notes: ['first line', 'checked by Zoë', 'range 10—20 ok'],
  city: 'Montréal',
  mood: 'done 😀'
}
const DUMP = `import json, sys
obj = json.loads(sys.argv[2])
with open(sys.argv[1], 'w', encoding='utf-8', newline='') as f:
    f.write(json.dumps(obj, ensure_ascii=ASCII, indent=2)SUFFIX)`
const dump = (ascii: boolean, suffix = ''): string => DUMP.replace('ASCII', ascii ? 'True' : 'False').replace('SUFFIX', suffix)

/** Python reading a file as UTF-8 and, after `edit` of its text `t`, writing it back with the utf-8-sig codec, which writes a BOM. */
const rewriteWithBom = (edit = ''): string =>
  `import sys; t = open(sys.argv[1], encoding='utf-8', newline='').read()${edit}; open(sys.argv[1], 'w', encoding='utf-8-sig', newline='').write(t)`

/** A prose file written the way a person would, with LF line endings. */
const PROSE = [
  '# Findings',
  '',
  'The sample passed.',
  'The range 10\u201320 was measured \u2014 twice.',
  'Reviewer\u2019s note: \u201cstable\u201d.',
  'Temperature 20\u00a0\u00b0C, done\u2026',
  ''
].join('\n')

describe('diagnose, with drift written by real tools', () => {
  it('proves ensure-ascii from json.dumps(ensure_ascii=True)', () => {
    const d = drifted(
      file => python(dump(false), file, JSON.stringify(DOC)),
      file => python(dump(true), file, JSON.stringify(DOC))
    )
    const text = new TextDecoder().decode(d.original)
    expect(diagnose(d.actual, d.sealed)).toMatchObject({
      causes: ['ensure-ascii'],
      evidence: 'proven',
      line: lineOf(text, 'Zoë')
    })
  })

  it('proves ensure-ascii plus the trailing newline print() adds', () => {
    const d = drifted(
      file => python(dump(false), file, JSON.stringify(DOC)),
      file => python(dump(true, " + '\\n'"), file, JSON.stringify(DOC))
    )
    const text = new TextDecoder().decode(d.original)
    expect(diagnose(d.actual, d.sealed)).toMatchObject({
      causes: ['ensure-ascii', 'trailing-newline'],
      evidence: 'proven',
      line: lineOf(text, 'Zoë')
    })
  })

  it('proves CRLF written by unix2dos, at line 1', () => {
    const d = drifted(PROSE, file => shell('unix2dos -q "$1"', file), 'notes.md')
    expect(d.actual.length).toBeGreaterThan(d.original.length)
    const result = diagnose(d.actual, d.sealed)
    expect(result).toMatchObject({ causes: ['crlf'], evidence: 'proven', line: 1 })
    expect(result.detail).toContain('converting CRLF to LF')
  })

  it("proves a BOM written by Python's utf-8-sig codec, at line 1", () => {
    const d = drifted(PROSE, file => python(rewriteWithBom(), file))
    expect(diagnose(d.actual, d.sealed)).toMatchObject({ causes: ['bom'], evidence: 'proven', line: 1 })
  })

  it('proves BOM and CRLF together (unix2dos -m, as a Windows editor saves)', () => {
    const d = drifted(PROSE, file => shell('unix2dos -q -m "$1"', file), 'notes.md')
    expect(Array.from(d.actual.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf])
    expect(diagnose(d.actual, d.sealed)).toMatchObject({ causes: ['bom', 'crlf'], evidence: 'proven', line: 1 })
  })

  it('proves a re-encoding to UTF-16 with a BOM', () => {
    const d = drifted(PROSE, file =>
      python(
        "import sys; t = open(sys.argv[1], encoding='utf-8', newline='').read(); open(sys.argv[1], 'wb').write(t.encode('utf-16'))",
        file
      )
    )
    expect(diagnose(d.actual, d.sealed)).toMatchObject({ causes: ['bom'], evidence: 'proven', line: 1 })
  })

  it('proves an em dash replaced by "-" with sed, and names the line and character', () => {
    const d = drifted(PROSE, file => shell("sed -i 's/\u2014/-/' \"$1\"", file), 'notes.md')
    const line = lineOf(PROSE, '\u2014')
    const result = diagnose(d.actual, d.sealed)
    expect(result).toMatchObject({ causes: ['unicode'], evidence: 'proven', line })
    expect(result.detail).toContain(`Line ${line}: U+2014 EM DASH became '-'`)
  })

  it('proves every em dash replaced by sed s///g, naming the first and counting the rest', () => {
    const text = ['Plan', 'alpha \u2014 beta', 'gamma \u2014 delta \u2014 epsilon', 'zeta\u2014eta', ''].join('\n')
    const d = drifted(text, file => shell("sed -i 's/\u2014/-/g' \"$1\"", file), 'plan.md')
    const result = diagnose(d.actual, d.sealed)
    expect(result).toMatchObject({ causes: ['unicode'], evidence: 'proven', line: 2 })
    expect(result.detail).toContain("Line 2: U+2014 EM DASH became '-' (and 3 more of em dash to '-')")
  })

  it('proves em dashes replaced by sed, then CRLF written by unix2dos: both causes, the dash named', () => {
    const d = drifted(PROSE, file => shell("sed -i 's/\u2014/-/g' \"$1\" && unix2dos -q \"$1\"", file), 'notes.md')
    const line = lineOf(PROSE, '\u2014')
    const result = diagnose(d.actual, d.sealed)
    expect(result).toMatchObject({ causes: ['crlf', 'unicode'], evidence: 'proven', line })
    expect(result.detail).toBe(
      `LF line endings became CRLF, and on line ${line}: U+2014 EM DASH became '-' (proven: converting CRLF to LF, then restoring it gives back the sealed sha256)`
    )
  })

  it('proves it too when the file as it is fits a search that cannot succeed (the budget is shared)', () => {
    // 20 dashes replaced save 40 bytes and CRLF adds 20: as it is, 10 of 20 hyphens would fit the
    // length (184,756 combinations, none right); under CRLF, all 20 (one combination).
    const text = Array.from({ length: 20 }, (_, i) => `line ${i} \u2014 value PASS`).join('\n') + '\n'
    const d = drifted(text, file => shell("sed -i 's/\u2014/-/g' \"$1\" && unix2dos -q \"$1\"", file), 'runs.md')
    expect(diagnose(d.actual, d.sealed)).toMatchObject({ causes: ['crlf', 'unicode'], evidence: 'proven', line: 1 })
  })

  it('proves smart quotes straightened, then saved as a Windows editor does (unix2dos -m: BOM and CRLF)', () => {
    const d = drifted(PROSE, file => shell("sed -i \"s/\u2019/'/g\" \"$1\" && unix2dos -q -m \"$1\"", file), 'notes.md')
    const result = diagnose(d.actual, d.sealed)
    expect(result).toMatchObject({ causes: ['bom', 'crlf', 'unicode'], evidence: 'proven', line: lineOf(PROSE, '\u2019') })
    expect(result.detail).toContain('removing the BOM, then converting CRLF to LF, then restoring it')
  })

  it("proves an em dash replaced, then a BOM written by Python's utf-8-sig codec", () => {
    const d = drifted(PROSE, file => python(rewriteWithBom(".replace('\\u2014', '-')"), file))
    expect(diagnose(d.actual, d.sealed)).toMatchObject({ causes: ['bom', 'unicode'], evidence: 'proven', line: lineOf(PROSE, '\u2014') })
  })

  it('does not prove dashes under CRLF when another edit was made too', () => {
    const d = drifted(PROSE, file => shell("sed -i 's/\u2014/-/g; s/passed/failed/' \"$1\" && unix2dos -q \"$1\"", file), 'notes.md')
    expect(diagnose(d.actual, d.sealed).evidence).toBe('suspected')
  })

  it('proves straightened smart quotes', () => {
    const d = drifted(PROSE, file =>
      python(
        "import sys; p = sys.argv[1]; t = open(p, encoding='utf-8').read(); " +
          "t = t.replace('\\u2018', \"'\").replace('\\u2019', \"'\").replace('\\u201c', '\"').replace('\\u201d', '\"'); " +
          "open(p, 'w', encoding='utf-8').write(t)",
        file
      )
    )
    const line = lineOf(PROSE, '\u2019')
    const result = diagnose(d.actual, d.sealed)
    expect(result).toMatchObject({ causes: ['unicode'], evidence: 'proven', line })
    expect(result.detail).toContain("U+2019 RIGHT SINGLE QUOTATION MARK became '''")
    expect(result.detail).toContain('and 2 more')
  })

  it('proves a no-break space replaced by a space', () => {
    const d = drifted(PROSE, file =>
      python("import sys; p = sys.argv[1]; t = open(p, encoding='utf-8').read(); open(p, 'w', encoding='utf-8').write(t.replace('\\u00a0', ' '))", file)
    )
    const line = lineOf(PROSE, '\u00a0')
    const result = diagnose(d.actual, d.sealed)
    expect(result).toMatchObject({ causes: ['unicode'], evidence: 'proven', line })
    expect(result.detail).toContain('U+00A0 NO-BREAK SPACE')
  })

  it('proves an ellipsis replaced by three dots (same length)', () => {
    const d = drifted(PROSE, file =>
      python("import sys; p = sys.argv[1]; t = open(p, encoding='utf-8').read(); open(p, 'w', encoding='utf-8').write(t.replace('\\u2026', '...'))", file)
    )
    expect(d.actual.length).toBe(d.original.length)
    expect(diagnose(d.actual, d.sealed)).toMatchObject({ causes: ['unicode'], evidence: 'proven', line: lineOf(PROSE, '\u2026') })
  })

  it('proves NFC text re-normalized to NFD by unicodedata', () => {
    const d = drifted(
      file => python(dump(false), file, JSON.stringify(DOC)),
      file =>
        python(
          "import sys, unicodedata; p = sys.argv[1]; t = open(p, encoding='utf-8').read(); open(p, 'w', encoding='utf-8').write(unicodedata.normalize('NFD', t))",
          file
        )
    )
    const text = new TextDecoder().decode(d.original)
    expect(diagnose(d.actual, d.sealed)).toMatchObject({ causes: ['unicode'], evidence: 'proven', line: lineOf(text, 'Zoë') })
  })

  it('suspects truncation by truncate -s, at the last line of what is left', () => {
    const d = drifted(PROSE, file => shell('truncate -s 60 "$1"', file), 'notes.md')
    expect(d.actual.length).toBe(60)
    const lastLine = new TextDecoder().decode(d.actual).split('\n').length
    const result = diagnose(d.actual, d.sealed)
    expect(result).toMatchObject({ causes: ['truncated'], evidence: 'suspected', line: lastLine })
    expect(lastLine).toBe(4)
  })

  it('suspects only truncation when a JSON file with accents is cut short', () => {
    const d = drifted(
      file => python(dump(false), file, JSON.stringify(DOC)),
      file => shell('truncate -s 120 "$1"', file)
    )
    const lastLine = new TextDecoder().decode(d.actual).split('\n').length
    expect(diagnose(d.actual, d.sealed)).toMatchObject({ causes: ['truncated'], evidence: 'suspected', line: lastLine })
  })

  it('proves bytes appended with printf >>, at the line where the sealed content ends', () => {
    const d = drifted(PROSE, file => shell('printf "extra line\\nmore\\n" >> "$1"', file), 'notes.md')
    const lines = PROSE.split('\n').length // the appended text starts on the line after the final newline
    const result = diagnose(d.actual, d.sealed)
    expect(result).toMatchObject({ causes: ['appended'], evidence: 'proven', line: lines })
    expect(result.detail).toContain('16 bytes were appended')
  })

  it('proves a removed trailing newline, at the last line', () => {
    const d = drifted(PROSE, file => shell('truncate -s -1 "$1"', file), 'notes.md')
    expect(diagnose(d.actual, d.sealed)).toMatchObject({
      causes: ['trailing-newline'],
      evidence: 'proven',
      line: PROSE.split('\n').length - 1
    })
  })

  it('calls one added newline a trailing newline, not appended bytes', () => {
    const d = drifted(PROSE, file => shell('printf "\\n" >> "$1"', file), 'notes.md')
    expect(diagnose(d.actual, d.sealed)).toMatchObject({
      causes: ['trailing-newline'],
      evidence: 'proven',
      line: PROSE.split('\n').length
    })
  })
})
