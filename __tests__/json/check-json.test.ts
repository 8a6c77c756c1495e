import { describe, expect, it } from '@jest/globals'
import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkJsonFiles, createSchemaRegistry, isCheckedJsonFile } from '../../src/core/json/check-json.js'
import { ConfigError } from '../../src/core/json/config-error.js'
import { loadConfig, parseConfig } from '../../src/core/json/config.js'
import type { Finding } from '../../src/core/finding.js'
import { makeRepo, utf8 } from './repo.js'

const EXAMPLES = fileURLToPath(new URL('../../examples/schemas/', import.meta.url))
const CONFIG = `version: 1
json:
  rules:
    - files: "packets/**/report.json"
      schema: examples/schemas/report.schema.json
    - files: "packets/**/clone-provenance.json"
      schema: examples/schemas/clone-provenance.schema.json
    - files: "packets/**/schema-compatibility.json"
      schema: examples/schemas/schema-compatibility.schema.json
`

/** A repository holding the example schemas and a configuration that maps them. */
function exampleRepo(): string {
  const root = makeRepo({ '.github/seal-gate.yml': CONFIG })
  cpSync(EXAMPLES, join(root, 'examples', 'schemas'), { recursive: true })
  return root
}

const REPORT = {
  title: 'Nightly clone check',
  status: 'READY_NOT_APPLIED',
  date: '2024-06-01',
  checks: [
    { name: 'row counts match', status: 'PASS', evidence: ['counts.csv'] },
    { name: 'no orphan keys', status: 'SKIP', detail: 'table empty' },
    { name: 'migration applied', status: 'NOT_APPLIED' }
  ]
}
const PROVENANCE = {
  operator_input: 'prod-eu/orders',
  provided: true,
  searched: ['local disk'],
  live_contact: false,
  secrets_used: false,
  source: { database: 'orders', snapshot: 'snap-2024-06-01' },
  cloned_at: '2024-06-01T01:55:00+02:00',
  tool: { name: 'cloner', version: '3.2.1' }
}
const COMPATIBILITY = {
  schema_version: '2024.06.1',
  compatible: true,
  required_tables: [
    { name: 'orders', columns: ['id', 'created_at', { name: 'total', type: 'numeric', nullable: false }] },
    { name: 'customers', columns: ['id'] }
  ]
}

const pretty = (v: unknown) => utf8(JSON.stringify(v, null, 2) + '\n')
const brief = (findings: Finding[]) => findings.map(f => `${f.kind} ${f.file}:${f.line}:${f.column} ${f.message}`)

describe('checkJsonFiles with the example schemas', () => {
  const root = exampleRepo()
  const config = loadConfig(root)
  const check = (files: Array<{ file: string; bytes: Uint8Array }>) => checkJsonFiles(files, { repoRoot: root, config })

  it('accepts realistic artifacts of each kind', async () => {
    expect(
      await check([
        { file: 'packets/p1/report.json', bytes: pretty(REPORT) },
        { file: 'packets/p1/clone-provenance.json', bytes: pretty(PROVENANCE) },
        { file: 'packets/p1/schema-compatibility.json', bytes: pretty(COMPATIBILITY) },
        { file: 'packets/p1/notes.md', bytes: utf8('not JSON, not checked {') }
      ])
    ).toEqual([])
  })

  it('reports every violation of a file, each at its value, with pointer and plain message', async () => {
    const bad = { title: '', status: 'Done', date: '2024-06-01T02:00:00Z', checks: [{ name: 'x', status: 'OK' }, { status: 'PASS' }] }
    const findings = await check([{ file: 'packets/p1/report.json', bytes: pretty(bad) }])
    expect(brief(findings)).toEqual([
      'schema packets/p1/report.json:2:12 /title: must NOT have fewer than 1 characters (got "")',
      'schema packets/p1/report.json:3:13 /status: must match pattern "^[A-Z][A-Z0-9_]*$" (got "Done")',
      'schema packets/p1/report.json:4:11 /date: must be a valid date (got "2024-06-01T02:00:00Z")',
      'schema packets/p1/report.json:8:17 /checks/0/status: must be one of PASS, FAIL, SKIP, NOT_APPLIED (got "OK")',
      'schema packets/p1/report.json:10:5 /checks/1: missing required property "name"'
    ])
  })

  it('pins violations in minified JSON by column', async () => {
    const text = JSON.stringify({ ...REPORT, status: 'done' })
    const findings = await check([{ file: 'packets/p1/report.json', bytes: utf8(text) }])
    expect(text.indexOf('"done"')).toBeGreaterThan(1)
    expect(brief(findings)).toEqual([
      `schema packets/p1/report.json:1:${text.indexOf('"done"') + 1} /status: must match pattern "^[A-Z][A-Z0-9_]*$" (got "done")`
    ])
  })

  it('pins violations after CRLF lines and non-ASCII text by code point', async () => {
    const text = '{\r\n  "title": "Clone — 🧪 ✅ résumé",  "status": "Done",\r\n  "date": "2024-06-01",\r\n  "checks": [{"name": "n", "status": "PASS"}]\r\n}\r\n'
    const findings = await check([{ file: 'packets/p1/report.json', bytes: utf8(text) }])
    // line 2: 2 spaces, "title": (8), space, the quoted string (18 code points + 2 quotes), comma, 2 spaces, "status": (9), space
    const line2 = text.split('\r\n')[1]
    expect(Array.from(line2.slice(0, line2.indexOf('"Done"'))).length + 1).toBe(45)
    expect(line2.indexOf('"Done"') + 1).toBe(46) // counting UTF-16 units would say 46: 🧪 takes two
    expect(brief(findings)).toEqual(['schema packets/p1/report.json:2:45 /status: must match pattern "^[A-Z][A-Z0-9_]*$" (got "Done")'])
  })

  it('a missing property is reported on the object; an extra one is allowed by these schemas', async () => {
    const { source: _source, ...noSource } = PROVENANCE
    const findings = await check([{ file: 'packets/p/clone-provenance.json', bytes: pretty({ ...noSource, extra: 1 }) }])
    // `source` is required only because `provided` is true.
    expect(brief(findings)).toEqual(['schema packets/p/clone-provenance.json:1:1 (root): missing required property "source"'])
    const { provided: _provided, ...noProvided } = PROVENANCE
    const nested = { ...noProvided, tool: { version: '3.2.1' } }
    const text = JSON.stringify(nested, null, 2) + '\n'
    expect(brief(await check([{ file: 'packets/p/clone-provenance.json', bytes: utf8(text) }]))).toEqual([
      'schema packets/p/clone-provenance.json:1:1 (root): missing required property "provided"',
      `schema packets/p/clone-provenance.json:${text.split('\n').findIndex(l => l.startsWith('  "tool"')) + 1}:11 /tool: missing required property "name"`
    ])
  })

  it('strict-reading problems come first and stop validation of that file', async () => {
    const findings = await check([{ file: 'packets/p1/report.json', bytes: utf8('{"status": "DONE", "status": "PASS"}') }])
    expect(brief(findings)).toEqual([
      'json packets/p1/report.json:1:20 duplicate key "status" (also at line 1, column 2); JSON.parse would silently keep only the last one'
    ])
  })

  it('sorts findings by file, then line and column', async () => {
    const findings = await check([
      { file: 'packets/b/report.json', bytes: utf8('[1,]') },
      { file: 'packets/a/report.json', bytes: utf8('{"title": 1}') }
    ])
    expect(findings.map(f => [f.file, f.line, f.column])).toEqual([
      ['packets/a/report.json', 1, 1],
      ['packets/a/report.json', 1, 1],
      ['packets/a/report.json', 1, 1],
      ['packets/a/report.json', 1, 11],
      ['packets/b/report.json', 1, 3]
    ])
  })
})

describe('which files are checked', () => {
  it('every .json file is strict-read even without configuration; other files only when mapped', async () => {
    const root = makeRepo({})
    const findings = await checkJsonFiles(
      [
        { file: 'p/a.json', bytes: utf8('{"a": 1,}') },
        { file: 'p/B.JSON', bytes: utf8('[01]') },
        { file: 'p/c.txt', bytes: utf8('{"a": 1,}') }
      ],
      { repoRoot: root, config: null }
    )
    expect(findings.map(f => f.file)).toEqual(['p/B.JSON', 'p/a.json'])
    const config = parseConfig('version: 1\njson:\n  rules:\n    - files: "p/*.txt"\n      schema: s.json\n')
    expect(isCheckedJsonFile('p/c.txt', config)).toBe(true)
    expect(isCheckedJsonFile('p/c.txt', null)).toBe(false)
  })
})

describe('$schema inside a JSON file', () => {
  const root = makeRepo({
    'schemas/thing.json': { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', required: ['n'], properties: { n: { type: 'integer' } } },
    'schemas/broken.json': { type: 'nope' },
    'vendor/remote.json': { type: 'object', required: ['v'] }
  })
  const config = parseConfig('version: 1\njson:\n  schemas:\n    "https://example.org/remote.json": vendor/remote.json\n')
  const registry = createSchemaRegistry(root, config)
  const check = (file: string, doc: unknown) => checkJsonFiles([{ file, bytes: pretty(doc) }], { repoRoot: root, config, registry })

  it('a relative path is resolved from the JSON file and honoured', async () => {
    expect(await check('p/q/a.json', { $schema: '../../schemas/thing.json', n: 1 })).toEqual([])
    expect(brief(await check('p/q/a.json', { $schema: '../../schemas/thing.json', n: 'x' }))).toEqual([
      'schema p/q/a.json:3:8 /n: must be integer (got "x")'
    ])
  })

  it('a missing file, an escaping path and an unvendored URL are findings at the $schema value', async () => {
    expect(brief(await check('p/a.json', { $schema: '../schemas/none.json' }))).toEqual([
      'schema p/a.json:2:14 /$schema: names schemas/none.json, which does not exist'
    ])
    expect(brief(await check('p/a.json', { $schema: '../../x.json' }))).toEqual([
      'schema p/a.json:2:14 /$schema: "../../x.json" leaves the repository'
    ])
    expect((await check('p/a.json', { $schema: 'https://example.org/other.json' }))[0].message).toMatch(
      /^\/\$schema: names https:\/\/example\.org\/other\.json, which is not in the repository and is never fetched: vendor it/
    )
  })

  it('a vendored URL and the draft meta-schemas are honoured', async () => {
    expect(brief(await check('p/a.json', { $schema: 'https://example.org/remote.json' }))).toEqual([
      'schema p/a.json:1:1 (root): missing required property "v"'
    ])
    // A JSON Schema inside a packet is checked against its meta-schema.
    expect(await check('p/s.json', { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' })).toEqual([])
    expect(brief(await check('p/s.json', { $schema: 'http://json-schema.org/draft-07/schema#', type: 'objekt' }))).toContainEqual(
      expect.stringMatching(/^schema p\/s\.json:3:11 \/type: /)
    )
  })

  it('a named schema that is itself broken is a ConfigError', async () => {
    await expect(check('a.json', { $schema: 'schemas/broken.json' })).rejects.toBeInstanceOf(ConfigError)
  })

  it('config rules and $schema both apply; messages then name the schema', async () => {
    const both = parseConfig('version: 1\njson:\n  rules:\n    - files: "**/*.json"\n      schema: vendor/remote.json\n')
    const findings = await checkJsonFiles([{ file: 'a.json', bytes: pretty({ $schema: 'schemas/thing.json' }) }], { repoRoot: root, config: both })
    expect(findings.map(f => f.message).sort()).toEqual([
      '(root): missing required property "n" [schema schemas/thing.json]',
      '(root): missing required property "v" [schema vendor/remote.json]'
    ])
  })
})

describe('messages', () => {
  const root = makeRepo({
    's.json': {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      additionalProperties: false,
      properties: {
        'a/b': { const: 'x' },
        n: { type: 'number', maximum: 3 },
        list: { type: 'array', maxItems: 1 },
        nested: { type: 'object', propertyNames: { pattern: '^[a-z]+$' } }
      }
    }
  })
  const config = parseConfig('version: 1\njson:\n  rules:\n    - files: "*.json"\n      schema: s.json\n')

  it('are one line, with escaped pointers, and extra properties are pinned to their name', async () => {
    const doc = '{"a/b": "y", "n": 4, "list": [1, 2], "nested": {"OK": 1}, "zzz": {"deep": [1]}}'
    const findings = await checkJsonFiles([{ file: 'd.json', bytes: utf8(doc) }], { repoRoot: root, config })
    expect(brief(findings)).toEqual([
      'schema d.json:1:9 /a~1b: must be x (got "y")',
      'schema d.json:1:19 /n: must be <= 3 (got 4)',
      'schema d.json:1:30 /list: must NOT have more than 1 items',
      `schema d.json:1:${doc.indexOf('"OK"') + 1} /nested/OK: property name must match pattern "^[a-z]+$"`,
      `schema d.json:1:${doc.indexOf('"zzz"') + 1} /zzz: property "zzz" is not allowed here`
    ])
    for (const f of findings) expect(f.message).not.toMatch(/\n/)
  })
})
