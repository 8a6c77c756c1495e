import { describe, expect, it, jest } from '@jest/globals'
import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { DEFAULT_CONFIG_PATH, loadConfig, parseConfig, schemasForFile } from '../../src/core/json/config.js'
import { ConfigError } from '../../src/core/json/config-error.js'
import { prepareJsonCheck } from '../../src/core/packet-json.js'
import { configError, makeRepo } from './repo.js'

const GOOD = `# seal-gate configuration
version: 1
json:
  rules:
    - files: "packets/**/report.json"
      schema: schemas/report.schema.json
    - files:
        - "packets/**/*.json"
        - "extra/*.sarif"
      schema: schemas/any.schema.json
  schemas:
    "https://example.org/common.json": vendor/common.json
`

describe('parseConfig', () => {
  it('reads rules, globs and vendored schemas', () => {
    const config = parseConfig(GOOD)
    expect(config.file).toBe(DEFAULT_CONFIG_PATH)
    expect(config.rules.map(r => [r.files, r.schema, r.line])).toEqual([
      [['packets/**/report.json'], 'schemas/report.schema.json', 5],
      [['packets/**/*.json', 'extra/*.sarif'], 'schemas/any.schema.json', 7]
    ])
    expect([...config.vendored]).toEqual([['https://example.org/common.json', 'vendor/common.json']])
    expect(schemasForFile(config, 'packets/a/report.json')).toEqual(['schemas/report.schema.json', 'schemas/any.schema.json'])
    expect(schemasForFile(config, 'extra/x.sarif')).toEqual(['schemas/any.schema.json'])
    expect(schemasForFile(config, 'other/report.json')).toEqual([])
    expect(schemasForFile(null, 'packets/a/report.json')).toEqual([])
  })

  it('accepts a minimal file', () => {
    expect(parseConfig('version: 1\n').rules).toEqual([])
  })

  it('an alias to a plain value may still be a key (it gets as far as the schema, which refuses the anchor\'s own key)', () => {
    expect(() => parseConfig('version: 1\nx: &k "https://example.org/s.json"\njson:\n  schemas:\n    *k : s.json\n')).toThrow(/property "x" is not allowed/)
  })

  it('a list or mapping as a key prints nothing of the file (no warning on stderr)', () => {
    const emitWarning = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined)
    try {
      expect(() => parseConfig('version: 1\njson:\n  schemas:\n    ? ["a\\n::error::x"]\n    : s.json\n')).toThrow(ConfigError)
      expect(emitWarning).not.toHaveBeenCalled()
    } finally {
      emitWarning.mockRestore()
    }
  })

  it.each([
    ['empty file', '', /\(root\): must be object/, null],
    ['no version', 'json: {}\n', /missing required property "version"/, 1],
    ['unknown version', 'version: 2\n', /\/version: must be 1 \(got 2\)/, 1],
    ['misspelt key', 'version: 1\njson:\n  rulez: []\n', /\/json\/rulez: property "rulez" is not allowed here/, 3],
    ['rule without schema', 'version: 1\njson:\n  rules:\n    - files: "*.json"\n', /missing required property "schema"/, 4],
    ['schema not a string', 'version: 1\njson:\n  rules:\n    - files: "*.json"\n      schema: [a]\n', /\/json\/rules\/0\/schema: must be string/, 5],
    ['bad glob', 'version: 1\njson:\n  rules:\n    - files: "a/{b,c}.json"\n      schema: s.json\n', /glob "a\/\{b,c\}\.json" uses/, 4],
    ['schema path escaping the root', 'version: 1\njson:\n  rules:\n    - files: "*.json"\n      schema: ../s.json\n', /must not contain a '\.\.' segment/, 5],
    ['absolute schema path', 'version: 1\njson:\n  rules:\n    - files: "*.json"\n      schema: /etc/s.json\n', /must be relative/, 5],
    ['vendored key not a URL', 'version: 1\njson:\n  schemas:\n    common: vendor/c.json\n', /must match pattern/, 4],
    ['YAML syntax error (reported where the parser gave up)', 'version: 1\njson: [\n', /invalid YAML/, 3],
    ['duplicate YAML key', 'version: 1\nversion: 1\n', /invalid YAML: Map keys must be unique/, 2],
    ['tab indentation', 'version: 1\njson:\n\trules: []\n', /invalid YAML/, 3],
    ['a list as a key', 'version: 1\njson:\n  schemas:\n    ? - |\n        a\n        ::error::x\n    : s.json\n', /a mapping key must be a plain value/, 4],
    ['a mapping as a key', 'version: 1\n{json: 1}: x\n', /a mapping key must be a plain value/, 2],
    ['a list as a key through an alias', 'version: 1\nx: &k [a]\njson:\n  schemas:\n    *k : s.json\n', /a mapping key must be a plain value/, 5]
  ])('%s is a ConfigError with a one-line message', (_name, text, message, line) => {
    const error = configError(() => parseConfig(text, 'cfg.yml'))
    expect(error.message).toMatch(message)
    expect(error.message).not.toMatch(/\n/)
    expect(error.file).toBe('cfg.yml')
    expect(error.line).toBe(line)
    expect(error.toFinding().kind).toBe('config')
  })
})

describe('loadConfig', () => {
  it('returns null when the default file is absent', () => {
    expect(loadConfig(makeRepo({}))).toBeNull()
  })

  it('an explicit path that does not exist is a ConfigError', () => {
    expect(configError(() => loadConfig(makeRepo({}), 'ci/gate.yml')).message).toBe('ci/gate.yml: configuration file not found')
  })

  it('loads the default file and checks that the named schemas exist', () => {
    const root = makeRepo({
      [DEFAULT_CONFIG_PATH]: GOOD,
      'schemas/report.schema.json': '{}',
      'schemas/any.schema.json': '{}',
      'vendor/common.json': '{}'
    })
    expect(loadConfig(root)?.rules).toHaveLength(2)
  })

  it('a named schema that does not exist is a ConfigError on the rule line', () => {
    const root = makeRepo({ [DEFAULT_CONFIG_PATH]: GOOD, 'schemas/report.schema.json': '{}', 'vendor/common.json': '{}' })
    const error = configError(() => loadConfig(root))
    expect(error.message).toBe(
      `${DEFAULT_CONFIG_PATH}:7:1: rule for packets/**/*.json, extra/*.sarif: schema file schemas/any.schema.json not found`
    )
  })

  it('a missing vendored copy is a ConfigError', () => {
    const root = makeRepo({ [DEFAULT_CONFIG_PATH]: GOOD, 'schemas/report.schema.json': '{}', 'schemas/any.schema.json': '{}' })
    expect(configError(() => loadConfig(root)).message).toMatch(/vendored copy of https:\/\/example\.org\/common\.json: schema file vendor\/common\.json not found/)
  })

  it('a configuration file that is a symbolic link is a ConfigError', () => {
    const root = makeRepo({ 'elsewhere.yml': 'version: 1\n', '.github/x': '' })
    symlinkSync(join(root, 'elsewhere.yml'), join(root, '.github', 'seal-gate.yml'))
    expect(configError(() => loadConfig(root)).message).toMatch(/symbolic link/)
  })

  it('a configuration file that is not UTF-8 is a ConfigError', () => {
    const root = makeRepo({ [DEFAULT_CONFIG_PATH]: new Uint8Array([0x76, 0xff, 0x0a]) })
    expect(configError(() => loadConfig(root)).message).toMatch(/not valid UTF-8/)
  })
})

// prepareJsonCheck loads the YAML and schema machinery only when a configuration is there; what
// counts as "not there" must stay exactly loadConfig's rule.
describe('prepareJsonCheck', () => {
  it('without a configuration file there is no configuration, and with one it is read', async () => {
    expect((await prepareJsonCheck(makeRepo({ 'a.txt': '' }))).config).toBeNull()
    const root = makeRepo({ [DEFAULT_CONFIG_PATH]: GOOD, 'schemas/report.schema.json': '{}', 'schemas/any.schema.json': '{}', 'vendor/common.json': '{}' })
    expect((await prepareJsonCheck(root)).config?.rules).toHaveLength(2)
  })

  it('a dangling symbolic link at the default path is a ConfigError, not an absent file', async () => {
    const root = makeRepo({ '.github/x': '' })
    symlinkSync(join(root, 'nowhere.yml'), join(root, '.github', 'seal-gate.yml'))
    await expect(prepareJsonCheck(root)).rejects.toThrow(ConfigError)
    await expect(prepareJsonCheck(root)).rejects.toThrow(/symbolic link/)
  })

  it('a configuration named on the command line must exist', async () => {
    await expect(prepareJsonCheck(makeRepo({ 'a.txt': '' }), 'ci/gate.yml')).rejects.toThrow(new ConfigError('configuration file not found', 'ci/gate.yml'))
  })
})
