/**
 * The comparison with sealed bytes in hand (src/core/diagnose/compare-sealed.ts): drift written by
 * the real tools, each class named at its exact line; a candidate that is not the sealed bytes is
 * refused; nothing from the drifted line can reach the message but single printable characters.
 */
import { describe, expect, it } from '@jest/globals'
import { compareWithSealed } from '../../src/core/diagnose/compare-sealed.js'
import { withHistory } from '../../src/core/diagnose/from-history.js'
import { diagnose } from '../../src/core/diagnose/diagnose.js'
import { digestOf, drifted, NOTES, NOTES_LINES, python, shell } from './fixtures.js'

const compare = (d: { original: Uint8Array; actual: Uint8Array; sealed: { sha256: string; bytes: number } }) =>
  compareWithSealed(d.actual, d.original, d.sealed, 'commit 0123456789ab')

describe('each drift class, compared with the sealed bytes', () => {
  it('em dashes replaced by hyphens (sed): the first at its line, both lines counted', () => {
    const d = drifted(NOTES, f => shell('sed -i "s/—/-/g" "$1"', f), 'notes.md')
    const result = compare(d)
    expect(result).toMatchObject({ causes: ['unicode'], evidence: 'proven', line: 12 })
    expect(result?.detail).toContain("Line 12: U+2014 EM DASH became U+002D HYPHEN-MINUS '-'; 2 lines of the file differ from the sealed bytes")
    expect(result?.detail).toContain('(proven: compared with the sealed bytes found in commit 0123456789ab)')
  })

  it('smart quotes made straight (Python)', () => {
    const d = drifted(NOTES, f => python('import sys; p=sys.argv[1]; t=open(p,encoding="utf-8").read(); open(p,"w",encoding="utf-8").write(t.translate({0x201c:34,0x201d:34,0x2018:39,0x2019:39}))', f), 'notes.md')
    const result = compare(d)
    expect(result).toMatchObject({ causes: ['unicode'], line: 15 })
    expect(result?.detail).toContain(`Line 15: U+201C LEFT DOUBLE QUOTATION MARK became U+0022 QUOTATION MARK '"'; 1 line of the file differs`)
  })

  it('one digit edited in place (same length): an edit, named character by character', () => {
    const d = drifted(NOTES, f => shell('sed -i "s/1234 rows/1235 rows/" "$1"', f), 'notes.md')
    expect(d.actual.length).toBe(d.original.length)
    const result = compare(d)
    expect(result).toMatchObject({ causes: ['edited'], evidence: 'proven', line: 20 })
    expect(result?.detail).toContain("Line 20: U+0034 '4' became U+0035 '5'")
  })

  it('a truncation (truncate -s): where the file ends and how much is gone', () => {
    const keep = Buffer.byteLength(NOTES.slice(0, NOTES.indexOf('Total') + 3))
    const d = drifted(NOTES, f => shell(`truncate -s ${keep} "$1"`, f), 'notes.md')
    const result = compare(d)
    expect(result).toMatchObject({ causes: ['truncated'], evidence: 'proven', line: 20 })
    expect(result?.detail).toContain(`The file ends at line 20; the sealed bytes went on for ${d.original.length - keep} more bytes over 11 lines`)
  })

  it('a file emptied (truncate -s 0)', () => {
    const result = compare(drifted(NOTES, f => shell('truncate -s 0 "$1"', f), 'notes.md'))
    expect(result).toMatchObject({ causes: ['truncated'], evidence: 'proven', line: 1 })
    expect(result?.detail).toContain(`The file is empty; the sealed bytes had ${Buffer.byteLength(NOTES)} bytes over 30 lines`)
  })

  it('a line inserted in the middle (sed), and a line deleted', () => {
    const inserted = compare(drifted(NOTES, f => shell('sed -i "18i an inserted line" "$1"', f), 'notes.md'))
    expect(inserted).toMatchObject({ causes: ['edited'], line: 18 })
    expect(inserted?.detail).toContain('Line 18: 1 line (17 bytes) inserted that the sealed bytes do not have; 1 line of the file differs')
    const deleted = compare(drifted(NOTES, f => shell('sed -i "7d" "$1"', f), 'notes.md'))
    expect(deleted).toMatchObject({ causes: ['edited'], line: 7 })
    expect(deleted?.detail).toContain(`Line 7: 1 line of the sealed bytes (${NOTES_LINES[6].length + 1} bytes) deleted here; 1 line of the file differs`)
  })

  it('CRLF by unix2dos on top of replaced em dashes: both causes, the first line first', () => {
    const d = drifted(NOTES, f => shell('sed -i "s/—/-/g" "$1" && unix2dos -q "$1"', f), 'notes.md')
    expect(diagnose(d.actual, d.sealed).evidence).toBe('suspected')
    const result = compare(d)
    expect(result).toMatchObject({ causes: ['crlf', 'unicode'], line: 1 })
    expect(result?.detail).toContain('Line 1: the LF line ending became CRLF; 30 lines of the file differ')
  })

  it('a byte order mark (utf-8-sig) and an edit', () => {
    const d = drifted(NOTES, f => python('import sys; p=sys.argv[1]; t=open(p,encoding="utf-8").read(); open(p,"w",encoding="utf-8-sig",newline="").write(t.replace("1234","99"))', f), 'notes.md')
    const result = compare(d)
    expect(result).toMatchObject({ causes: ['bom', 'edited'], line: 1 })
    expect(result?.detail).toContain('Line 1: a UTF-8 byte order mark (EF BB BF) was added; 2 lines of the file differ')
  })

  it("JSON re-dumped by Python's json.dumps with ensure_ascii, and a value changed", () => {
    const json = JSON.stringify({ title: 'Rehearsal — clone leg', note: 'naïve café', rows: 12 }, null, 2) + '\n'
    const d = drifted(json, f => python('import json,sys; p=sys.argv[1]; v=json.load(open(p,encoding="utf-8")); v["rows"]=13; open(p,"w").write(json.dumps(v, indent=2) + "\\n")', f), 'r.json')
    const result = compare(d)
    expect(result).toMatchObject({ causes: ['ensure-ascii', 'edited'], line: 2 })
    expect(result?.detail).toContain('Line 2: U+2014 EM DASH became the JSON escape \\u2014; 3 lines of the file differ')
  })

  it('a decomposed accent (NFD) among other edits', () => {
    const d = drifted('Café au lait\nsecond\n', f => python('import sys,unicodedata; p=sys.argv[1]; t=open(p,encoding="utf-8").read(); open(p,"w",encoding="utf-8").write(unicodedata.normalize("NFD", t).replace("second","2nd"))', f), 'n.md')
    const result = compare(d)
    expect(result).toMatchObject({ causes: ['unicode', 'edited'], line: 1 })
    expect(result?.detail).toContain("Line 1: U+00E9 was decomposed (NFD) into U+0065 'e' and U+0301 COMBINING ACUTE ACCENT")
  })

  it('a final newline removed, bytes appended', () => {
    const cut = compare(drifted(NOTES, f => shell('truncate -s -1 "$1"', f), 'notes.md'))
    expect(cut).toMatchObject({ causes: ['trailing-newline'], line: 30 })
    const added = compare(drifted(NOTES, f => shell('printf "more\\nand more\\n" >> "$1"', f), 'notes.md'))
    expect(added).toMatchObject({ causes: ['appended'], line: 31 })
    expect(added?.detail).toContain('Line 31: 14 bytes over 2 lines were appended')
  })
})

describe('an em dash among hyphens: the change named is the one that happened', () => {
  const DASHES = 'first\nrange a-—-b and c—d\nlast\n'

  it("→ '-' between hyphens (sed 's/—/-/'): one hyphen, not two", () => {
    const d = drifted(DASHES, f => shell('sed -i "s/—/-/" "$1"', f), 'dash.md')
    expect(new TextDecoder().decode(d.actual)).toContain('a---b and c—d')
    const result = compare(d)
    expect(result).toMatchObject({ causes: ['unicode'], evidence: 'proven', line: 2 })
    expect(result?.detail).toContain("Line 2: U+2014 EM DASH became U+002D HYPHEN-MINUS '-'; 1 line of the file differs")
  })

  it("→ '--' (Python): still two hyphens, between hyphens and alone", () => {
    const d = drifted(DASHES, f => python('import sys; p=sys.argv[1]; t=open(p,encoding="utf-8").read(); open(p,"w",encoding="utf-8").write(t.replace("\u2014","--"))', f), 'dash.md')
    expect(new TextDecoder().decode(d.actual)).toContain('a----b and c--d')
    const result = compare(d)
    expect(result).toMatchObject({ causes: ['unicode'], line: 2 })
    expect(result?.detail).toContain("Line 2: U+2014 EM DASH became U+002D HYPHEN-MINUS '-' and U+002D HYPHEN-MINUS '-'; 1 line")
    const alone = compare(drifted('a—b\n', f => shell('sed -i "s/—/--/" "$1"', f), 'dash.md'))
    expect(alone?.detail).toContain("Line 1: U+2014 EM DASH became U+002D HYPHEN-MINUS '-' and U+002D HYPHEN-MINUS '-'; 1 line")
  })

  it("one '-' before a hyphen and one '--' after it: each named as it happened, never an edit", () => {
    const d = drifted('x—-y\nx-—y\n', f => shell('sed -i -e "1s/—/-/" -e "2s/—/--/" "$1"', f), 'dash.md')
    expect(new TextDecoder().decode(d.actual)).toBe('x--y\nx---y\n')
    const result = compare(d)
    expect(result).toMatchObject({ causes: ['unicode'], line: 1 })
    expect(result?.detail).toContain("Line 1: U+2014 EM DASH became U+002D HYPHEN-MINUS '-'; 2 lines of the file differ")
    const second = compare(drifted('x-—y\n', f => shell('sed -i "s/—/--/" "$1"', f), 'dash.md'))
    expect(second).toMatchObject({ causes: ['unicode'], line: 1 })
    expect(second?.detail).toContain("Line 1: U+2014 EM DASH became U+002D HYPHEN-MINUS '-' and U+002D HYPHEN-MINUS '-';")
  })

  it('two em dashes in a row that became three hyphens: which one became two cannot be known, so only the bytes are named', () => {
    const d = drifted('a——b\n', f => shell('sed -i "s/——/---/" "$1"', f), 'dash.md')
    const result = compare(d)
    expect(result).toMatchObject({ causes: ['unicode'], line: 1 })
    expect(result?.detail).toContain(
      "Line 1: U+2014 EM DASH and U+2014 EM DASH became U+002D HYPHEN-MINUS '-' and U+002D HYPHEN-MINUS '-' and U+002D HYPHEN-MINUS '-';"
    )
  })
})

describe('counting the changed lines', () => {
  it('an insertion and a deletion far apart are two changed lines, not every line between them', () => {
    const d = drifted(NOTES, f => shell('sed -i -e "5i inserted" -e "25d" "$1"', f), 'notes.md')
    const result = compare(d)
    expect(result).toMatchObject({ causes: ['edited'], line: 5 })
    expect(result?.detail).toContain('Line 5: 1 line (9 bytes) inserted that the sealed bytes do not have; 2 lines of the file differ')
  })

  it('past the bound of the line diff, the range of lines that differ is given instead of a count', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `row ${i}`).join('\n') + '\n'
    const d = drifted(many, f => python('import sys; p=sys.argv[1]; rows=open(p).read().splitlines(); open(p,"w").write("".join(r + "\\n" + ("extra\\n" if i % 2 else "") for i, r in enumerate(rows)))', f), 'rows.txt')
    const result = compare(d)
    expect(result).toMatchObject({ causes: ['edited'], evidence: 'proven', line: 3 })
    expect(result?.detail).toContain('Line 3: 1 line (6 bytes) inserted')
    expect(result?.detail).toContain('lines 3 to 4500 differ from the sealed bytes (too many changes to count exactly)')
  })
})

describe('a candidate is never trusted', () => {
  it('bytes of the sealed length but another sha256 are refused', () => {
    const d = drifted(NOTES, f => shell('sed -i "s/1234 rows/1235 rows/" "$1"', f), 'notes.md')
    const other = drifted(NOTES, f => shell('sed -i "s/1234 rows/1236 rows/" "$1"', f), 'notes.md').actual
    expect(other.length).toBe(d.sealed.bytes)
    expect(compareWithSealed(d.actual, other, d.sealed, 'x')).toBeNull()
  })

  it('a refused candidate leaves the core diagnosis, saying why', async () => {
    const d = drifted(NOTES, f => shell('sed -i "s/1234 rows/1235 rows/" "$1"', f), 'notes.md')
    const core = diagnose(d.actual, d.sealed)
    const wrong = new Uint8Array(d.sealed.bytes)
    const result = await withHistory(core, d.actual, { path: 'notes.md', ...d.sealed }, '/p', async () => ({ bytes: wrong, where: 'commit 0123456789ab' }))
    expect(result).toMatchObject({ causes: ['unknown'], evidence: 'suspected', line: null })
    expect(result.detail).toContain('the copy found in commit 0123456789ab is not the sealed bytes, so it was not used')
  })
})

describe('nothing of the drifted line escapes into the message', () => {
  it('control characters and workflow commands are named, never copied', () => {
    const sealedText = 'first\n::warning::sealed\n'
    const sealed = new TextEncoder().encode(sealedText)
    const actual = new TextEncoder().encode('first\n::warning::\u001b]0;x\u0007\n::add-mask::secret%0A##[error]x\n')
    const result = compareWithSealed(actual, sealed, digestOf(sealed), 'commit 0123456789ab')
    expect(result).toMatchObject({ causes: ['edited'], line: 2 })
    expect(result?.detail).toContain('Line 2:')
    expect(result?.detail).not.toContain('::')
    expect(result?.detail).not.toContain('##[')
    expect(result?.detail).not.toContain('secret')
    // eslint-disable-next-line no-control-regex
    expect(result?.detail).not.toMatch(/[\u0000-\u001f\u007f]/)
  })
})
