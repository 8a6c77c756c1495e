import { describe, expect, it } from '@jest/globals'
import { CanonicalSealReader, canonicalSealPieces, canonicalSealText, KnownPaths, parseSeal, parseWhole, plainEntry, plainHead, schemaEntry, SealEntries, type ParsedSeal, type Seal, type SealEntry } from '../../src/core/seal-file.js'
import { treeHash } from '../../src/core/tree-hash.js'

const H = (c: string) => c.repeat(64)
function seal(files: SealEntry[]): Seal {
  return { seal: 1, algorithm: 'sha256', tree: treeHash(files), files: SealEntries.of(files) }
}
const good = seal([
  { path: 'a.md', sha256: H('a'), bytes: 3 },
  { path: 'dir/b.json', sha256: H('b'), bytes: 0 }
])
const bytes = (text: string) => new TextEncoder().encode(text)
const parse = (text: string | Uint8Array) => parseSeal(typeof text === 'string' ? bytes(text) : text, 'p/seal.json')
const kinds = (text: string | Uint8Array) => parse(text).findings.map(f => f.kind)

/** Seals refused whole, each with the kind of its findings. */
const cases: Array<[string, string | Uint8Array, string]> = [
  ['empty file', '', 'seal'],
  ['BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(canonicalSealText(good))]), 'seal'],
  ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), 'seal'],
  ['not JSON', '{"seal": 1,', 'seal'],
  ['an array', '[]', 'seal'],
  ['extra field', canonicalSealText(good).replace('"seal": 1,', '"seal": 1,\n  "note": "x",'), 'seal'],
  ['upper-case hex', canonicalSealText(good).replace(H('a'), H('A')), 'seal'],
  ['short hex', canonicalSealText(good).replace(H('a'), 'a'.repeat(63)), 'seal'],
  ['2^60 bytes', canonicalSealText(good).replace('"bytes": 3', '"bytes": 1152921504606846976'), 'seal'],
  ['fractional bytes', canonicalSealText(good).replace('"bytes": 3', '"bytes": 3.5'), 'seal'],
  ['negative bytes', canonicalSealText(good).replace('"bytes": 3', '"bytes": -3'), 'seal'],
  ['bytes as a string', canonicalSealText(good).replace('"bytes": 3', '"bytes": "3"'), 'seal'],
  ['CRLF line endings', canonicalSealText(good).replace(/\n/g, '\r\n'), 'seal'],
  ['no final newline', canonicalSealText(good).trimEnd(), 'seal'],
  ['keys in another order', canonicalSealText(good).replace('"seal": 1,\n  "algorithm": "sha256",', '"algorithm": "sha256",\n  "seal": 1,'), 'seal'],
  ['a duplicate key (JSON.parse keeps the last)', canonicalSealText(good).replace('"seal": 1,', '"seal": 1,\n  "seal": 1,'), 'seal'],
  ['unsorted entries', canonicalSealText(seal([good.files.entry(1), good.files.entry(0)])), 'seal']
]

describe('parseSeal', () => {
  it('accepts the canonical form and returns the seal', () => {
    const result = parse(canonicalSealText(good))
    expect(result.findings).toEqual([])
    expect(result.seal).toEqual(good)
  })

  it('names the version this gate reads when the version is unknown', () => {
    const result = parse(canonicalSealText(good).replace('"seal": 1', '"seal": 2'))
    expect(result.seal).toBeNull()
    expect(result.findings[0]).toMatchObject({ kind: 'seal', file: 'p/seal.json', line: 2 })
    expect(result.findings[0].message).toContain('unknown seal format version 2')
  })

  it('refuses an unknown algorithm', () => {
    const result = parse(canonicalSealText(good).replace('"sha256",', '"sha512",'))
    expect(result.findings[0].message).toContain('unknown algorithm "sha512"')
  })

  it.each(cases)('refuses %s', (_name, text, kind) => {
    const result = parse(text)
    expect(result).toEqual(parseWhole(typeof text === 'string' ? bytes(text) : text, 'p/seal.json'))
    expect(result.seal).toBeNull()
    expect(result.findings.length).toBeGreaterThan(0)
    expect(result.findings.every(f => f.kind === kind)).toBe(true)
    expect(result.findings.every(f => !f.message.includes('\n'))).toBe(true)
  })

  const unsafe: Array<[string, string]> = [
    ['an absolute path', '/etc/passwd'],
    ['a ".." segment', '../outside.md'],
    ['a leading "./"', './a.md'],
    ['a trailing "/"', 'dir/'],
    ['a backslash', 'dir\\b.json'],
    ['a NUL', 'a\u0000b'],
    ['a newline', 'a\nb'],
    ['the seal itself', 'seal.json'],
    ['a drive letter', 'C:/x']
  ]
  it.each(unsafe)('refuses an entry with %s as unsafe', (_name, path) => {
    const s = seal([{ path, sha256: H('c'), bytes: 1 }])
    expect(kinds(canonicalSealText(s))).toContain('unsafe')
    expect(parse(canonicalSealText(s))).toEqual(parseWhole(bytes(canonicalSealText(s)), 'p/seal.json'))
    expect(parse(canonicalSealText(s)).seal).toBeNull()
  })

  it('refuses duplicate entries and names that collide under case folding or NFC/NFD', () => {
    const e = (path: string) => ({ path, sha256: H('d'), bytes: 1 })
    expect(kinds(canonicalSealText(seal([e('a.md'), e('a.md')])))).toContain('unsafe')
    expect(kinds(canonicalSealText(seal([e('README.md'), e('readme.md')])))).toContain('unsafe')
    const nfc = 'caf\u00e9.md'
    const nfd = 'cafe\u0301.md'
    expect(kinds(canonicalSealText(seal([e(nfd), e(nfc)].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path))))))).toContain(
      'unsafe'
    )
  })
})

describe('canonical form compared piece by piece', () => {
  const sorted = (files: SealEntry[]) => seal([...files].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path))))
  const varied = [
    seal([]),
    good,
    sorted([
      { path: 'a "quoted" name.md', sha256: H('1'), bytes: 0 },
      { path: 'caf\u00e9/\u{1f600}.txt', sha256: H('2'), bytes: Number.MAX_SAFE_INTEGER },
      { path: 'checks/v.py', ref: 'tools/v \u2028 \u00e9.py', sha256: H('3'), bytes: 12 },
      { path: 'z/\u007e~', sha256: H('4'), bytes: 1e15 }
    ])
  ]

  it.each(varied.map(s => [s.files.length, s] as const))('joins to exactly canonicalSealText (%i entries)', (_n, s) => {
    expect([...canonicalSealPieces(s)].join('')).toBe(canonicalSealText(s))
    const result = parse(canonicalSealText(s))
    expect(result.findings).toEqual([])
    expect(result.seal).toEqual(s)
  })

  it('accepts a text one character away from a canonical one only when it is itself canonical', () => {
    // By code point, so that no variant splits a surrogate pair.
    const text = [...canonicalSealText(varied[2])]
    const at = (i: number, s: string, skip = 0) => [...text.slice(0, i), s, ...text.slice(i + skip)].join('')
    let refused = 0
    for (let i = 0; i <= text.length; i++) {
      const variants = [at(i, ' '), at(i, '\n'), at(i, 'x'), ...(i < text.length ? [at(i, '', 1), at(i, 'x', 1)] : [])]
      for (const v of variants) {
        // Read entry by entry or whole, the same seal or the same findings.
        expect(parse(v)).toEqual(parseWhole(bytes(v), 'p/seal.json'))
        const accepted = parse(v).seal
        // Inside a path a character more is another valid seal; anywhere else it is refused.
        if (accepted !== null) expect(canonicalSealText(accepted)).toBe(v)
        else refused++
      }
    }
    expect(refused).toBeGreaterThan(text.length)
  })
})

describe('a seal read in pieces', () => {
  /** What verify-packet does: pieces of `size` bytes through the reader, else the whole bytes to parseWhole. */
  const inPieces = (bytes: Uint8Array, size: number) => {
    const reader = new CanonicalSealReader('p/seal.json', 'seal.json')
    let more = true
    for (let at = 0; more && at < bytes.length; at += size) more = reader.push(bytes.slice(at, at + size))
    return (more ? reader.end() : null) ?? parseWhole(bytes, 'p/seal.json')
  }
  const many = seal(
    Array.from({ length: 100 }, (_, i) => ({ path: `d${i % 7}/\u00e9t\u00e9 ${String(i).padStart(4, '0')} \u{1f600}.txt`, sha256: H((i % 16).toString(16)), bytes: i * 1000 }))
      .sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)))
  )
  const texts: Array<[string, Uint8Array]> = [
    ['100 entries with multi-byte paths', bytes(canonicalSealText(many))],
    ['a reference', bytes(canonicalSealText(seal([{ path: 'checks/v.py', ref: 'tools/v.py', sha256: H('3'), bytes: 12 }])))],
    ['no entry', bytes(canonicalSealText(seal([])))],
    ...cases.map(([name, text]) => [name, typeof text === 'string' ? bytes(text) : text] as [string, Uint8Array]),
    ['an unsafe path', bytes(canonicalSealText(seal([{ path: '../x', sha256: H('c'), bytes: 1 }])))],
    ['entries out of order', bytes(canonicalSealText(seal([...many.files].reverse())))],
    ['a file truncated after an entry', bytes(canonicalSealText(many).slice(0, canonicalSealText(many).indexOf('\n    },') + 6))],
    ['trailing bytes after the tail', bytes(canonicalSealText(many) + '\n')],
    ['100 KiB of blanks before the entries', bytes(canonicalSealText(good).replace('"files": [', `"files": ${' '.repeat(100 << 10)}[`))],
    ['an entry of 100 KiB', bytes(canonicalSealText(good).replace('"a.md"', `"${'a'.repeat(100 << 10)}.md"`))]
  ]

  it.each(texts)('%s: in pieces of any size, the same seal or the same findings as read whole', (_name, text) => {
    const whole = parseSeal(text, 'p/seal.json')
    expect(whole).toEqual(parseWhole(text, 'p/seal.json'))
    // Byte by byte only where that stays quick: each piece joins what is left of the last.
    const sizes = text.length < 20_000 ? [1, 2, 3, 5, 7, 64, 1000] : [1000, 4096]
    for (const size of [...sizes, 65536, text.length + 1]) expect(inPieces(text, size)).toEqual(whole)
  })

  it('reads the same seal when its paths reuse the strings of a listing', () => {
    const paths = [...many.files].map(e => e.path)
    const listings = [
      paths,
      [],
      ['a', 'd0', ...paths.filter((_, i) => i % 3 === 0), 'd0/\u00e9', 'zz'].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))),
      ['0', 'a.m', 'a.md', 'a.md/x', 'dir/b.jso', 'dir/b.json', 'dir/b.json0']
    ]
    // Entries compared as objects: the columns are sized after the listing.
    const plain = ({ seal, findings }: ParsedSeal) => ({ findings, seal: seal && { ...seal, files: [...seal.files] } })
    for (const text of [canonicalSealText(many), canonicalSealText(good), canonicalSealText(seal([...many.files].reverse()))]) {
      const expected = plain(parseSeal(bytes(text), 'p/seal.json'))
      for (const listed of listings) expect(plain(parseSeal(bytes(text), 'p/seal.json', 'seal.json', new KnownPaths(listed.length, i => listed[i])))).toEqual(expected)
    }
  })

  it('accepts a canonical seal in pieces without the fallback, and refuses a broken one before its end', () => {
    const text = bytes(canonicalSealText(many))
    const reader = new CanonicalSealReader('p/seal.json', 'seal.json')
    for (let at = 0; at < text.length; at += 100) expect(reader.push(text.slice(at, at + 100))).toBe(true)
    expect(reader.end()).toEqual({ seal: many, findings: [] })
    const broken = bytes(canonicalSealText(many).replace('"bytes": 0', '"bytes": 0.0'))
    const refusing = new CanonicalSealReader('p/seal.json', 'seal.json')
    let pushed = 0
    while (pushed < broken.length && refusing.push(broken.slice(pushed, pushed + 100))) pushed += 100
    expect(pushed).toBeLessThan(broken.length / 2)
    expect(refusing.end()).toBeNull()
  })
})

describe('an entry read from its bytes and through the schema', () => {
  /** What each reading makes of one entry's text: its values, or null when refused. */
  const read = (how: typeof plainEntry, text: string) => {
    const into = new SealEntries()
    // Inside a larger buffer, as the reader hands them over.
    const buffer = Buffer.from(`,\n${text},\n`)
    return how(buffer, 2, buffer.length - 2, into) ? [...into] : null
  }
  const canonical = (e: SealEntry) => canonicalSealText(seal([e])).split('[\n')[1].split('\n  ]')[0]
  const plain = canonical({ path: 'dir/caf\u00e9 \u{1f600}.txt', sha256: H('0') + '', bytes: 1234 })
  const withRef = canonical({ path: 'checks/v.py', ref: 'tools/v.py', sha256: 'abcdef0123456789'.repeat(4), bytes: 0 })

  it('accepts the canonical text of plain entries alike', () => {
    for (const text of [plain, withRef, canonical({ path: 'x'.repeat(4096), sha256: H('f'), bytes: Number.MAX_SAFE_INTEGER })]) {
      expect(read(plainEntry, text)).not.toBeNull()
      expect(read(plainEntry, text)).toEqual(read(schemaEntry, text))
    }
  })

  const hostile: Array<[string, string]> = [
    ['upper-case hex', plain.replace(H('0'), H('A'))],
    ['one hex digit upper case', plain.replace(H('0'), 'A' + H('0').slice(1))],
    ['a hex digit that is not one', plain.replace(H('0'), 'g' + H('0').slice(1))],
    ['63 hex digits', plain.replace(H('0'), H('0').slice(1))],
    ['65 hex digits', plain.replace(H('0'), H('0') + '0')],
    ['a negative length', plain.replace('1234', '-1234')],
    ['a fractional length', plain.replace('1234', '1234.5')],
    ['a length spelled 1234.0', plain.replace('1234', '1234.0')],
    ['a length spelled 1.234e3', plain.replace('1234', '1.234e3')],
    ['a length with a leading zero', plain.replace('1234', '01234')],
    ['a length of 2^53', plain.replace('1234', '9007199254740992')],
    ['a length of 2^60', plain.replace('1234', '1152921504606846976')],
    ['a length of 17 digits', plain.replace('1234', '10000000000000000')],
    ['a length as a string', plain.replace('1234', '"1234"')],
    ['a length of nothing', plain.replace('1234', '')],
    ['a length of -0', plain.replace('1234', '-0')],
    ['an extra key', plain.replace('\n    }', ',\n      "note": "x"\n    }')],
    ['a key in upper case', plain.replace('"path"', '"Path"')],
    ['keys in another order', canonical({ path: 'a', sha256: H('1'), bytes: 2 }).replace(/("path": "a",)\n( *"sha256": "1+",)/, '$2\n$1')],
    ['no path', plain.replace(/ *"path": .*\n/, '')],
    ['an empty path', plain.replace(/"path": ".*?"/, '"path": ""')],
    ['a path of 4097 bytes', canonical({ path: 'x'.repeat(4097), sha256: H('f'), bytes: 1 })],
    ['a path of 4096 code points in 8192 bytes', canonical({ path: '\u00e9'.repeat(4096), sha256: H('f'), bytes: 1 })],
    ['a path of 4097 code points in 8194 bytes', canonical({ path: '\u00e9'.repeat(4097), sha256: H('f'), bytes: 1 })],
    ['an escaped quote in a path', canonical({ path: 'a"b', sha256: H('f'), bytes: 1 })],
    ['an escaped backslash in a path', canonical({ path: 'a\\b', sha256: H('f'), bytes: 1 })],
    ['an escaped newline in a path', canonical({ path: 'a\nb', sha256: H('f'), bytes: 1 })],
    ['an escaped control character in a path', canonical({ path: 'a\u001fb', sha256: H('f'), bytes: 1 })],
    ['a lone surrogate in a path', canonical({ path: 'a\ud800b', sha256: H('f'), bytes: 1 })],
    ['a needless escape in a path', plain.replace('dir/', 'dir\\/')],
    ['\\u0061 for "a" in a path', canonical({ path: 'abc', sha256: H('f'), bytes: 1 }).replace('"abc"', '"\\u0061bc"')],
    ['\\u00e9 for "é" in a path', plain.replace('\u00e9', '\\u00e9')],
    ['a raw tab in a path', plain.replace('dir/', 'dir\t/')],
    ['a raw DEL in a path', plain.replace('dir/', 'dir\u007f/')],
    ['a ref of a number', withRef.replace('"tools/v.py"', '7')],
    ['an empty ref', withRef.replace('"tools/v.py"', '""')],
    ['a ref of null', withRef.replace('"tools/v.py"', 'null')],
    ['a ref after sha256', withRef.replace(/( *"ref": .*\n)( *"sha256": .*\n)/, '$2$1')],
    ['a ref before path', withRef.replace(/( *"path": .*\n)( *"ref": .*\n)/, '$2$1')],
    ['an escaped ref', withRef.replace('tools/v.py', 'tools\\/v.py')],
    ['two refs', withRef.replace(/( *"ref": .*\n)/, '$1$1')],
    ['a space before a colon', plain.replace('"path": ', '"path" : ')],
    ['no space after a colon', plain.replace('"path": ', '"path":')],
    ['a tab for indentation', plain.replace('      "sha256"', '\t"sha256"')],
    ['one space less of indentation', plain.replace('      "sha256"', '     "sha256"')],
    ['CRLF', plain.replace(/\n/g, '\r\n')],
    ['a trailing comma', plain.replace('1234\n', '1234,\n')],
    ['a trailing space', plain.replace('1234\n', '1234 \n')],
    ['a closing brace indented otherwise', plain.replace('\n    }', '\n   }')]
  ]

  it.each(hostile)('%s: the bytes accept it only as the schema does, with the same values', (_name, text) => {
    const bySchema = read(schemaEntry, text)
    const byBytes = read(plainEntry, text)
    if (byBytes !== null) expect(byBytes).toEqual(bySchema)
    // And the seal that holds it: read in pieces or whole, the same verdict and findings.
    const whole = bytes(canonicalSealText(good).replace(/ {4}\{\n {6}"path": "a\.md"[^}]*\}/, text))
    expect(parse(whole)).toEqual(parseWhole(whole, 'p/seal.json'))
  })

  it('refuses every hostile entry above but the valid ones, whichever reading', () => {
    const accepted = hostile.filter(([, text]) => read(schemaEntry, text) !== null).map(([name]) => name)
    // Valid under the schema and canonical, though the path rules refuse some of them later.
    expect(accepted.sort()).toEqual(['a path of 4096 code points in 8192 bytes', 'a raw DEL in a path', 'an escaped control character in a path', 'an escaped newline in a path', 'an escaped backslash in a path', 'an escaped quote in a path', 'a lone surrogate in a path'].sort())
  })

  it('a character changed anywhere in an entry: the bytes never accept what the schema refuses', () => {
    for (const text of [plain, withRef]) {
      const chars = [...text]
      for (let i = 0; i < chars.length; i++) {
        for (const c of ['', ' ', '\n', '"', '\\', '0', 'A', 'a', '-', '.', ',', '}', '\u00e9', '\u0000']) {
          const v = [...chars.slice(0, i), c, ...chars.slice(i + 1)].join('')
          const byBytes = read(plainEntry, v)
          if (byBytes !== null) expect(byBytes).toEqual(read(schemaEntry, v))
        }
      }
    }
  })
})

describe('a head read from its bytes and through the schema', () => {
  /** What `parseWhole` makes of a head completed as the seal of no file: the seal, or null. */
  const bySchema = (head: string) => parseWhole(bytes(head + '[]\n}\n'), 'p/seal.json').seal
  const head = canonicalSealText(seal([])).replace(/\[\]\n\}\n$/, '')
  const byBytes = (text: string) => plainHead(bytes(text))

  it('reads the canonical head as the schema does', () => {
    expect(byBytes(head)).not.toBeNull()
    expect(byBytes(head)).toEqual(bySchema(head))
    const other = head.replace(/"[0-9a-f]{64}"/, `"${'0123456789abcdef'.repeat(4)}"`)
    expect(byBytes(other)?.tree).toBe('0123456789abcdef'.repeat(4))
  })

  it('a character changed, added or removed anywhere in the head: the bytes never accept what the schema refuses', () => {
    let refusedByBytes = 0
    const chars = [...head]
    for (let i = 0; i <= chars.length; i++) {
      for (const c of ['', ' ', '\n', '"', '\\', '0', '2', 'A', 'a', 'g', ',', '}', '\u00e9', '\u0000']) {
        for (const v of [[...chars.slice(0, i), c, ...chars.slice(i + 1)].join(''), [...chars.slice(0, i), c, ...chars.slice(i)].join('')]) {
          const plain = byBytes(v)
          if (plain !== null) expect(plain).toEqual(bySchema(v))
          else refusedByBytes++
        }
      }
    }
    // The variants are nearly all refused (a few, such as the same digit again, are the head itself).
    expect(refusedByBytes).toBeGreaterThan(chars.length * 20)
  })

  it('a seal whose head the bytes refuse goes to the whole reading, which names what is wrong', () => {
    // Not canonical (a space before the colon): refused, with the whole reading's findings.
    const spaced = canonicalSealText(good).replace('"seal": 1', '"seal" : 1')
    expect(plainHead(bytes(spaced.slice(0, spaced.indexOf('[\n'))))).toBeNull()
    expect(parse(spaced).seal).toBeNull()
    expect(kinds(spaced)).toEqual(['seal'])
    expect(parse(spaced)).toEqual(parseWhole(bytes(spaced), 'p/seal.json'))
  })
})
