import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import { readdirSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkJsonFiles } from '../../src/core/json/check-json.js'
import { ConfigError } from '../../src/core/json/config-error.js'
import { parseConfig } from '../../src/core/json/config.js'
import { SchemaRegistry } from '../../src/core/json/schema-registry.js'
import { configError, makeRepo, utf8 } from './repo.js'

const D07 = 'http://json-schema.org/draft-07/schema#'
const D2019 = 'https://json-schema.org/draft/2019-09/schema'
const D2020 = 'https://json-schema.org/draft/2020-12/schema'

describe('each draft accepts and rejects', () => {
  // Each schema uses a keyword that only its draft has, so that picking the wrong class would show.
  const root = makeRepo({
    'd07.json': {
      $schema: D07,
      type: 'object',
      required: ['a'],
      properties: { a: { type: 'string' } },
      dependencies: { b: ['c'] }
    },
    'd2019.json': {
      $schema: D2019,
      type: 'object',
      properties: { a: { type: 'string' } },
      dependentRequired: { b: ['c'] },
      unevaluatedProperties: false
    },
    'd2020.json': {
      $schema: D2020,
      type: 'array',
      prefixItems: [{ type: 'string' }, { type: 'integer' }],
      items: false
    },
    'none.json': { type: 'object', required: ['x'] }
  })
  const registry = new SchemaRegistry({ repoRoot: root })

  it('draft-07', () => {
    const s = registry.forFile('d07.json')
    expect(s.draft).toBe('draft-07')
    expect(s.validate({ a: 'x' })).toBe(true)
    expect(s.validate({ a: 1, b: 1 })).toBe(false)
    expect(s.validate.errors?.map(e => e.keyword).sort()).toEqual(['dependencies', 'type'])
  })

  it('2019-09', () => {
    const s = registry.forFile('d2019.json')
    expect(s.draft).toBe('2019-09')
    expect(s.validate({ a: 'x' })).toBe(true)
    expect(s.validate({ a: 'x', b: 1, z: 1 })).toBe(false)
    expect(s.validate.errors?.map(e => e.keyword).sort()).toEqual(['dependentRequired', 'unevaluatedProperties', 'unevaluatedProperties'])
  })

  it('2020-12', () => {
    const s = registry.forFile('d2020.json')
    expect(s.draft).toBe('2020-12')
    expect(s.validate(['a', 1])).toBe(true)
    expect(s.validate([1, 'a', null])).toBe(false)
    expect(s.validate.errors?.map(e => e.keyword).sort()).toEqual(['items', 'type', 'type'])
  })

  it('no $schema means draft-07', () => {
    const s = registry.forFile('none.json')
    expect(s.draft).toBe('draft-07')
    expect(s.validate({})).toBe(false)
  })

  it('compiles each schema once', () => {
    expect(registry.forFile('d2020.json').validate).toBe(registry.forFile('d2020.json').validate)
  })

  it('formats are checked (ajv-formats)', () => {
    const r = makeRepo({ 'f.json': { $schema: D2020, type: 'string', format: 'date' } })
    const s = new SchemaRegistry({ repoRoot: r }).forFile('f.json')
    expect(s.validate('2024-02-29')).toBe(true)
    expect(s.validate('2024-02-30')).toBe(false)
  })

  it('an unsupported $schema is a ConfigError', () => {
    const r = makeRepo({ 'old.json': { $schema: 'http://json-schema.org/draft-04/schema#' } })
    expect(configError(() => new SchemaRegistry({ repoRoot: r }).forFile('old.json')).message).toMatch(/unsupported \$schema/)
  })
})

describe('$ref between local files', () => {
  it('resolves relative to the referring schema, across directories, with fragments', () => {
    const root = makeRepo({
      'schemas/report.json': {
        $schema: D2020,
        type: 'object',
        properties: { status: { $ref: 'common/defs.json#/$defs/status' }, when: { $ref: '../shared/date.json' } }
      },
      'schemas/common/defs.json': { $schema: D2020, $defs: { status: { enum: ['PASS', 'FAIL'] } } },
      'shared/date.json': { type: 'string', format: 'date' }
    })
    const s = new SchemaRegistry({ repoRoot: root }).forFile('schemas/report.json')
    expect(s.validate({ status: 'PASS', when: '2024-01-31' })).toBe(true)
    expect(s.validate({ status: 'DONE', when: 'yesterday' })).toBe(false)
    expect(s.validate.errors?.map(e => `${e.instancePath} ${e.keyword}`).sort()).toEqual(['/status enum', '/when format'])
  })

  it('handles spaces and non-ASCII characters in file names', () => {
    const root = makeRepo({ 'my dir/a b.json': { $ref: 'ré sumé.json' }, 'my dir/ré sumé.json': { type: 'integer' } })
    const s = new SchemaRegistry({ repoRoot: root }).forFile('my dir/a b.json')
    expect(s.validate(1)).toBe(true)
    expect(s.validate('1')).toBe(false)
  })

  it('a relative $id moves the base of the refs', () => {
    const root = makeRepo({
      'a.json': { $id: 'nested/a.json', $ref: 'b.json' },
      'nested/b.json': { type: 'integer' }
    })
    const s = new SchemaRegistry({ repoRoot: root }).forFile('a.json')
    expect(s.validate(1)).toBe(true)
    expect(s.validate('1')).toBe(false)
  })

  it('a $ref that leaves the repository is a ConfigError', () => {
    const root = makeRepo({ 's/a.json': { $ref: '../../outside.json' } })
    expect(configError(() => new SchemaRegistry({ repoRoot: root }).forFile('s/a.json')).message).toMatch(/leaves the repository/)
  })

  it('a $ref through a symbolic link is a ConfigError', () => {
    const root = makeRepo({ 'a.json': { $ref: 'link/b.json' }, 'real/b.json': { type: 'string' } })
    symlinkSync(join(root, 'real'), join(root, 'link'))
    expect(configError(() => new SchemaRegistry({ repoRoot: root }).forFile('a.json')).message).toMatch(/link is a symbolic link/)
  })

  it('a $ref to a missing file or a missing definition is a ConfigError', () => {
    const root = makeRepo({ 'a.json': { $ref: 'gone.json' }, 'b.json': { $ref: 'c.json#/$defs/nope' }, 'c.json': { $defs: {} } })
    const registry = new SchemaRegistry({ repoRoot: root })
    expect(configError(() => registry.forFile('a.json')).message).toMatch(/gone\.json not found/)
    expect(configError(() => registry.forFile('b.json')).message).toMatch(/\$ref c\.json#\/\$defs\/nope cannot be resolved/)
  })

  it('a referenced file of another draft is a ConfigError', () => {
    const root = makeRepo({ 'a.json': { $schema: D2020, $ref: 'b.json' }, 'b.json': { $schema: D07, type: 'string' } })
    expect(configError(() => new SchemaRegistry({ repoRoot: root }).forFile('a.json')).message).toMatch(/must use one draft/)
  })
})

describe('remote $ref fails closed, without touching the network', () => {
  let server: Server
  let requests = 0
  let url = ''
  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++
      res.setHeader('content-type', 'application/json')
      res.end('{"type": "string"}')
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}/common.json`
  })
  afterAll(async () => {
    await new Promise(resolve => server.close(resolve))
  })

  it('names the URL to vendor and where; no request reaches a live server; fetch is never called', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch')
    try {
      const root = makeRepo({ 's.json': { $schema: D2020, type: 'object', properties: { a: { $ref: url } } } })
      const error = configError(() => new SchemaRegistry({ repoRoot: root }).forFile('s.json'))
      expect(error.message).toContain(`refers to ${url}, which is not in the repository and is never fetched`)
      expect(error.message).toContain(`map "${url}" to it under json.schemas in .github/seal-gate.yml`)
      // Through the packet-level entry point as well.
      await expect(
        checkJsonFiles([{ file: 'a.json', bytes: utf8('{"$schema": "s.json", "a": 1}') }], { repoRoot: root, config: null })
      ).rejects.toBeInstanceOf(ConfigError)
      expect(requests).toBe(0)
      expect(fetchSpy).not.toHaveBeenCalled()
    } finally {
      fetchSpy.mockRestore()
    }
  })

  it('a vendored copy is used instead, and the server is still not asked', () => {
    const root = makeRepo({
      's.json': { $schema: D2020, type: 'object', properties: { a: { $ref: `${url}#/$defs/n` } } },
      'vendor/common.json': { $schema: D2020, $defs: { n: { type: 'number' } } },
      '.github/seal-gate.yml': ''
    })
    const config = parseConfig(`version: 1\njson:\n  schemas:\n    "${url}": vendor/common.json\n`)
    const s = new SchemaRegistry({ repoRoot: root, config }).forFile('s.json')
    expect(s.validate({ a: 1 })).toBe(true)
    expect(s.validate({ a: 'x' })).toBe(false)
    expect(requests).toBe(0)
  })

  it('no source file of the JSON checks can reach the network or set ajv loadSchema', () => {
    const dir = fileURLToPath(new URL('../../src/core/json/', import.meta.url))
    const sources = readdirSync(dir).filter(f => f.endsWith('.ts'))
    expect(sources).toContain('schema-registry.ts')
    for (const f of sources) {
      const text = readFileSync(join(dir, f), 'utf8')
      expect([f, /from ['"](node:)?(https?|http2|net|tls|dgram|dns|undici)['"]/.test(text)]).toEqual([f, false])
      expect([f, /\bfetch\s*\(|loadSchema\s*[:=]|compileAsync\s*\(/.test(text)]).toEqual([f, false])
    }
  })
})

describe('a schema that is itself broken is a ConfigError', () => {
  it.each([
    ['violates its meta-schema', { $schema: D2020, type: 'strin' }, /is invalid \(JSON Schema 2020-12\)/],
    ['uses an unknown keyword (a typo would silently allow everything)', { $schema: D2020, requird: ['a'] }, /unknown keyword: "requird"/],
    ['uses an unknown format', { $schema: D2020, type: 'string', format: 'dat' }, /unknown format "dat"/],
    ['is not an object', [1, 2], /must be a JSON object or a boolean/],
    ['has a bad pattern', { type: 'string', pattern: '([a-z' }, /cannot be compiled|invalid/]
  ])('%s', (_name, schema, message) => {
    const root = makeRepo({ 'bad.json': schema })
    expect(configError(() => new SchemaRegistry({ repoRoot: root }).forFile('bad.json')).message).toMatch(message)
  })

  it('is not strict JSON: the ConfigError is pinned to the file, line and column', () => {
    const root = makeRepo({ 'bad.json': '{\n  "type": "string",\n}' })
    const error = configError(() => new SchemaRegistry({ repoRoot: root }).forFile('bad.json'))
    expect([error.file, error.line, error.column]).toEqual(['bad.json', 2, 19])
    expect(error.message).toBe('bad.json:2:19: schema is not strict JSON: trailing comma before }')
    expect(error.toFinding()).toEqual(
      expect.objectContaining({ kind: 'config', file: 'bad.json', line: 2, column: 19, message: 'schema is not strict JSON: trailing comma before }' })
    )
  })
})
