import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { MAX_DEPTH, MAX_PROBLEMS, strictParse } from '../../src/core/json/strict-parse.js'
import { utf8 } from './repo.js'

const parse = (text: string | Uint8Array) => strictParse('p/a.json', typeof text === 'string' ? utf8(text) : text, { positions: 'all' })
function problems(text: string | Uint8Array) {
  const r = parse(text)
  if (r.ok) throw new Error(`expected problems for ${JSON.stringify(text)}`)
  return r.problems.map(p => ({ line: p.line, column: p.column, message: p.message, kind: p.kind, file: p.file }))
}
function ok(text: string) {
  const r = parse(text)
  if (!r.ok) throw new Error(`unexpected problems: ${JSON.stringify(r.problems)}`)
  return r
}

describe('strictParse accepts strict JSON', () => {
  it('returns the same value as JSON.parse', () => {
    const text = '{"a": [1, -2.5, 3e2, true, false, null, "x\\n\\u00e9\\ud83d\\ude00"], "b": {}, "c": [], "": 0}'
    expect(ok(text).value).toEqual(JSON.parse(text))
  })

  it('keeps a __proto__ key as an own property, like JSON.parse', () => {
    const value = ok('{"__proto__": {"polluted": true}}').value as Record<string, unknown>
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype)
    expect(Object.prototype.hasOwnProperty.call(value, '__proto__')).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('accepts numbers that survive a double', () => {
    expect(ok('[0.1, 1.0, 1e300, -0, 9007199254740991, -9007199254740991, 0.30000000000000004, 1.5E-7]').value).toEqual([
      0.1, 1, 1e300, -0, 9007199254740991, -9007199254740991, 0.30000000000000004, 1.5e-7
    ])
  })
})

describe('strictParse reports each non-strict input as a json finding', () => {
  it('duplicate keys, naming both lines', () => {
    expect(problems('{\n  "status": "PASS",\n  "status": "FAIL"\n}')).toEqual([
      {
        kind: 'json',
        file: 'p/a.json',
        line: 3,
        column: 3,
        message: 'duplicate key "status" (also at line 2, column 3); JSON.parse would silently keep only the last one'
      }
    ])
  })

  it('duplicate keys whose first writings come in another order than they do', () => {
    // "x" repeats first, inside "b"; "a" repeats last, but was first written before "x" was.
    expect(problems('{"a": 1, "b": {"x": 1, "x": 2}, "a": 2}').map(p => `${p.line}:${p.column} ${p.message.replace(/\).*/, ')')}`)).toEqual([
      '1:24 duplicate key "x" (also at line 1, column 16)',
      '1:33 duplicate key "a" (also at line 1, column 2)'
    ])
  })

  it('bare words that name what every object has are unexpected words, like any other', () => {
    for (const word of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(problems(`{"a": ${word}}`)).toEqual([expect.objectContaining({ line: 1, column: 7, message: `unexpected "${word}": expected a value` })])
    }
    expect(problems('[+toString]')[0].message).toBe('invalid number "+toString": JSON numbers start with \'-\' or a digit')
    expect(problems('[-constructor]')[0].message).toBe('invalid number "-constructor"')
  })

  it(`duplicate keys past ${MAX_PROBLEMS}: each reported one names the first, then the cut`, () => {
    const found = problems('{\n' + Array.from({ length: 150 }, (_, i) => `"k": ${i}`).join(',\n') + '}')
    expect(found).toHaveLength(MAX_PROBLEMS + 1)
    expect(found.slice(0, MAX_PROBLEMS).every((p, i) => p.line === i + 3 && p.message.startsWith('duplicate key "k" (also at line 2, column 1)'))).toBe(true)
    expect(found[MAX_PROBLEMS].message).toMatch(/more than 100 problems/)
  })

  it('duplicate keys spelled with escapes', () => {
    expect(problems('{"a": 1, "\\u0061": 2}')[0].message).toMatch(/^duplicate key "a"/)
  })

  it('a BOM', () => {
    expect(problems('\ufeff{"a": 1}')).toEqual([expect.objectContaining({ line: 1, column: 1, message: expect.stringMatching(/byte order mark/) })])
  })

  it('a UTF-16 byte order mark', () => {
    expect(problems(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]))[0].message).toMatch(/UTF-16/)
  })

  it('trailing commas in arrays and objects', () => {
    expect(problems('[1, 2,]')).toEqual([expect.objectContaining({ line: 1, column: 6, message: 'trailing comma before ]' })])
    expect(problems('{\n  "a": 1,\n}')).toEqual([expect.objectContaining({ line: 2, column: 9, message: 'trailing comma before }' })])
  })

  it('line and block comments', () => {
    expect(problems('{\n  // note\n  "a": 1 /* x */\n}').map(p => [p.line, p.column, p.message])).toEqual([
      [2, 3, 'comments are not allowed in JSON'],
      [3, 10, 'comments are not allowed in JSON']
    ])
    expect(problems('[1 /* never closed')[0].message).toMatch(/unterminated comment/)
  })

  it('integers beyond 2^53 and decimals that do not round-trip', () => {
    const text = '{"id": 12345678901234567890, "big": 9007199254740993, "x": 0.1000000000000000000001, "inf": 1e400, "tiny": 1e-400}'
    const found = problems(text)
    const columns = ['12345678901234567890', '9007199254740993', '0.1000000000000000000001', '1e400', '1e-400'].map(n => text.indexOf(n) + 1)
    expect(columns).toEqual([8, 37, 60, 93, 108])
    expect(found.map(p => p.column)).toEqual(columns)
    expect(found[0].message).toMatch(/^integer 12345678901234567890 is beyond/)
    expect(found[1].message).toMatch(/reads as 9007199254740992/)
    expect(found[2].message).toMatch(/does not survive a double \(it reads as 0\.1\)/)
    expect(found[3].message).toMatch(/too large/)
    expect(found[4].message).toMatch(/too small/)
  })

  it('invalid UTF-8 bytes, with the position of the first bad byte', () => {
    // line 2, after "é" (2 bytes, one column): 0xC3 0x28 is a cut-off sequence
    const bytes = new Uint8Array([...utf8('{\n "é": "'), 0xc3, 0x28, ...utf8('", "x": "'), 0xff, ...utf8('"}')])
    expect(problems(bytes)).toEqual([
      expect.objectContaining({
        line: 2,
        column: 8,
        message: 'invalid UTF-8 at byte offset 10: sequence starting with byte 0xC3 is cut off by byte 0x28 (2 invalid sequences in the file)'
      })
    ])
  })

  it.each([
    ['overlong', [0xc0, 0xaf]],
    ['encoded surrogate', [0xed, 0xa0, 0x80]],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['lone continuation', [0x80]],
    ['truncated at end', [0xe2, 0x82]]
  ])('invalid UTF-8: %s', (_name, seq) => {
    const bytes = new Uint8Array([0x22, ...seq, 0x22])
    expect(problems(bytes)[0].message).toMatch(/^invalid UTF-8 at byte offset 1:/)
  })

  it.each([
    ["{'a': 1}", 1, 2, /property names must be strings in double quotes/],
    ['{a: 1}', 1, 2, /property names must be strings in double quotes/],
    ["['a']", 1, 2, /double quotes, not single quotes/],
    ['[NaN]', 1, 2, /NaN is not JSON/],
    ['[Infinity]', 1, 2, /Infinity is not JSON/],
    ['[undefined]', 1, 2, /undefined is not JSON/],
    ['[True]', 1, 2, /did you mean true/],
    ['[01]', 1, 2, /leading zeros/],
    ['[0x1F]', 1, 2, /only decimal numbers/],
    ['[1.]', 1, 2, /digit must follow the decimal point/],
    ['[.5]', 1, 2, /JSON numbers start with '-' or a digit/],
    ['[+1]', 1, 2, /JSON numbers start with '-' or a digit/],
    ['[1e]', 1, 2, /digit must follow the exponent/],
    ['[1 2]', 1, 4, /expected ',' or '\]'/],
    ['{"a" 1}', 1, 6, /expected ':'/],
    ['{"a": 1 "b": 2}', 1, 9, /expected ',' or '\}'/],
    ['[1,,2]', 1, 4, /expected a value/],
    ['{"a": 1}{', 1, 9, /after the end of the JSON value/],
    ['', 1, 1, /unexpected end of file/],
    ['  \n ', 2, 2, /unexpected end of file/],
    ['["abc', 1, 2, /unterminated string/],
    ['["a\nb"]', 1, 4, /line break inside a string/],
    ['["a\tb"]', 1, 4, /control character U\+0009/],
    ['["\\x41"]', 1, 3, /invalid escape \\x/],
    ['["\\u12"]', 1, 3, /invalid \\u escape/],
    ['["\\ud800"]', 1, 3, /unpaired surrogate/],
    ['[1,\u00a02]', 1, 4, /U\+00A0 is not JSON whitespace/],
    ['{"a": 1}\u2028', 1, 9, /U\+2028/]
  ])('non-JSON syntax %j', (text, line, column, message) => {
    const found = problems(text)
    expect(found[0]).toEqual(expect.objectContaining({ line, column, message: expect.stringMatching(message) }))
  })
})

describe('nesting', () => {
  it('100000 [ do not crash: one finding at the first level too deep', () => {
    const found = problems('['.repeat(100000))
    expect(found).toEqual([expect.objectContaining({ line: 1, column: MAX_DEPTH + 1, message: `nesting deeper than ${MAX_DEPTH} levels` })])
  })

  it('100000 {"a": do not crash either', () => {
    expect(problems('{"a":'.repeat(100000))[0].message).toBe(`nesting deeper than ${MAX_DEPTH} levels`)
  })

  it(`accepts exactly ${MAX_DEPTH} levels`, () => {
    const text = '['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH)
    expect(parse(text).ok).toBe(true)
    expect(parse('[' + text + ']').ok).toBe(false)
  })

  it('honours a lower maxDepth', () => {
    expect(strictParse('a.json', utf8('[[[]]]'), { maxDepth: 2 }).ok).toBe(false)
    expect(strictParse('a.json', utf8('[[]]'), { maxDepth: 2 }).ok).toBe(true)
  })
})

describe('many problems', () => {
  it('reports several recoverable problems in one file, in order', () => {
    const found = problems('{\n  "a": 1,\n  "a": 2, // again\n  "n": 18446744073709551616,\n  "l": [1,],\n}')
    expect(found.map(p => [p.line, p.message.split(' ')[0]])).toEqual([
      [3, 'duplicate'],
      [3, 'comments'],
      [4, 'integer'],
      [5, 'trailing'],
      [5, 'trailing']
    ])
  })

  it(`stops after ${MAX_PROBLEMS} problems`, () => {
    const found = problems('[' + '1e400,'.repeat(500) + '1]')
    expect(found).toHaveLength(MAX_PROBLEMS + 1)
    expect(found[MAX_PROBLEMS].message).toMatch(/more than 100 problems/)
  })
})

describe('positions', () => {
  const pretty = JSON.stringify({ title: 'T', checks: [{ name: 'a', ok: true }, { name: 'b', ok: false }] }, null, 2)

  it('pretty-printed: every value and key', () => {
    const { positions } = ok(pretty)
    // {
    //   "title": "T",
    //   "checks": [
    //     {
    //       "name": "a",
    expect(positions.values.get('')).toEqual({ line: 1, column: 1 })
    expect(positions.keys.get('/title')).toEqual({ line: 2, column: 3 })
    expect(positions.values.get('/title')).toEqual({ line: 2, column: 12 })
    expect(positions.values.get('/checks')).toEqual({ line: 3, column: 13 })
    expect(positions.values.get('/checks/0')).toEqual({ line: 4, column: 5 })
    expect(positions.values.get('/checks/0/name')).toEqual({ line: 5, column: 15 })
    expect(positions.values.get('/checks/1/ok')).toEqual({ line: 10, column: 13 })
  })

  it('minified: columns along one line', () => {
    const { positions } = ok(JSON.stringify(JSON.parse(pretty)))
    // {"title":"T","checks":[{"name":"a","ok":true},{"name":"b","ok":false}]}
    expect(positions.values.get('/checks')).toEqual({ line: 1, column: 23 })
    expect(positions.values.get('/checks/1')).toEqual({ line: 1, column: 47 })
    expect(positions.values.get('/checks/1/ok')).toEqual({ line: 1, column: 64 })
  })

  it('CRLF line ends count once', () => {
    const { positions } = ok(pretty.replace(/\n/g, '\r\n'))
    expect(positions.values.get('/checks/1/ok')).toEqual({ line: 10, column: 13 })
  })

  it('a lone CR ends a line too', () => {
    expect(ok('[\r1]').positions.values.get('/0')).toEqual({ line: 2, column: 1 })
  })

  it('em dashes and emoji count as one column each', () => {
    const text = '{"t": "a — b 😀 c", "x": 1}'
    expect(ok(text).positions.values.get('/x')).toEqual({ line: 1, column: 25 })
    // the error after the same text is pinned by code points, not bytes or UTF-16 units
    expect(problems('{"t": "a — b 😀 c", "x": 01}')[0]).toEqual(expect.objectContaining({ line: 1, column: 25 }))
  })

  it('CRLF and non-ASCII text before an error', () => {
    const text = '{\r\n  "title": "Évidence — ✅ 🧪",\r\n  "status": "PASS",\r\n  "n": 1,,\r\n}'
    expect(problems(text)[0]).toEqual(expect.objectContaining({ line: 4, column: 10 }))
  })

  it('pointers escape ~ and /', () => {
    const { positions } = ok('{"a/b": {"c~d": 1}}')
    expect(positions.values.get('/a~1b/c~0d')).toEqual({ line: 1, column: 17 })
  })

  it('the same key in sibling objects gets one pointer each', () => {
    const { positions } = ok('[{"k": 1}, {"k": 2}]')
    expect(positions.values.get('/1/k')).toEqual({ line: 1, column: 18 })
  })
})

describe('what is built is what is asked for', () => {
  const text = '{"$schema": "s.json", "rows": [{"id": 1, "name": "a — b"}, {"id": 2}]}'

  it('by default the value and no position', () => {
    const r = strictParse('a.json', utf8(text))
    expect(r.ok && r.value).toEqual(JSON.parse(text))
    expect(r.ok && [r.positions.values.size, r.positions.keys.size]).toEqual([0, 0])
  })

  it('checking only builds no value, and still finds the root $schema', () => {
    const r = strictParse('a.json', utf8(text), { value: false })
    expect(r.ok && [r.value, r.schema, r.positions.values.size]).toEqual([undefined, 's.json', 0])
  })

  it('the root $schema only when it is a string member of the root object', () => {
    const schema = (t: string) => {
      const r = strictParse('a.json', utf8(t), { value: false })
      return r.ok ? r.schema : 'refused'
    }
    expect(schema('{"a": {"$schema": "x.json"}}')).toBeUndefined()
    expect(schema('[{"$schema": "x.json"}]')).toBeUndefined()
    expect(schema('{"$schema": 1}')).toBeUndefined()
    expect(schema('{"$schema": {"$ref": "x.json"}}')).toBeUndefined()
    expect(schema('"x.json"')).toBeUndefined()
    expect(schema('{"a": 1, "$schema": "x.json"}')).toBe('x.json')
    expect(schema('{"$schema": "x.json", "$schema": "y.json"}')).toBe('refused')
  })

  it('positions of the pointers asked for only', () => {
    const r = strictParse('a.json', utf8(text), { value: false, positions: new Set(['/rows/1/id', '/rows']) })
    expect(r.ok && [...r.positions.values]).toEqual([
      ['/rows', { line: 1, column: 31 }],
      ['/rows/1/id', { line: 1, column: 67 }]
    ])
    expect(r.ok && [...r.positions.keys]).toEqual([
      ['/rows', { line: 1, column: 23 }],
      ['/rows/1/id', { line: 1, column: 61 }]
    ])
  })

  // Documents as people write them (any indent, CRLF, non-ASCII), and texts near JSON.
  const documents = fc
    .tuple(fc.jsonValue(), fc.constantFrom(undefined, 1, 2, '\t'), fc.boolean())
    .map(([value, indent, crlf]) => {
      const written = JSON.stringify(value, null, indent) ?? 'null'
      return crlf ? written.replace(/\n/g, '\r\n') : written
    })
  const nearJson = fc.tuple(documents, fc.nat(), fc.constantFrom(',', '}', ']', '"', ' ', '01', '//', '\ufeff', 'NaN', '{"a":1,"a":2}')).map(
    ([t, at, insert]) => t.slice(0, at % (t.length + 1)) + insert + t.slice(at % (t.length + 1))
  )

  it('checking only accepts and refuses what a full parse does, with the same problems and $schema', () => {
    fc.assert(
      fc.property(fc.oneof(documents, nearJson, fc.string()), t => {
        const full = strictParse('a.json', utf8(t))
        const check = strictParse('a.json', utf8(t), { value: false })
        expect(check.ok).toBe(full.ok)
        if (!full.ok || !check.ok) return expect(check).toEqual(full)
        const root = full.value as Record<string, unknown> | null
        const declared = typeof root === 'object' && root !== null && !Array.isArray(root) ? root.$schema : undefined
        expect(check.schema).toBe(typeof declared === 'string' ? declared : undefined)
        expect(full.schema).toBe(check.schema)
      }),
      { numRuns: 300 }
    )
  })

  it('what it accepts, JSON.parse reads as the same value; what JSON.parse refuses, it refuses', () => {
    fc.assert(
      fc.property(fc.oneof(documents, nearJson, fc.string(), fc.json()), t => {
        const strict = strictParse('a.json', utf8(t))
        let parsed: { value: unknown } | null
        try {
          parsed = { value: JSON.parse(t) }
        } catch {
          parsed = null
        }
        if (parsed === null) expect(strict.ok).toBe(false)
        if (strict.ok) expect(strict.value).toStrictEqual(parsed?.value)
      }),
      { numRuns: 1000 }
    )
  })

  it('positions asked for by pointer are those of a full record', () => {
    fc.assert(
      fc.property(documents, fc.infiniteStream(fc.boolean()), (t, picks) => {
        const all = strictParse('a.json', utf8(t), { positions: 'all' })
        // (a number beyond 2^53 is refused, and so would be the document)
        fc.pre(all.ok)
        if (!all.ok) return
        const wanted = new Set([...all.positions.values.keys()].filter(() => picks.next().value))
        const some = strictParse('a.json', utf8(t), { value: false, positions: wanted })
        if (!some.ok) throw new Error('refused the second time')
        expect([...some.positions.values]).toEqual([...all.positions.values].filter(([p]) => wanted.has(p)))
        expect([...some.positions.keys]).toEqual([...all.positions.keys].filter(([p]) => wanted.has(p)))
      }),
      { numRuns: 200 }
    )
  })
})
