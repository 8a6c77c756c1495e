/**
 * The optional configuration file (default `.github/seal-gate.yml`), as specified in
 * docs/json-validation.md. It is YAML, checked against src/core/schemas/config.schema.json.
 * Anything wrong with it is a ConfigError (exit 2), never a silently ignored setting.
 */
import { LineCounter, parseDocument, isAlias, isCollection, isNode, visit, type Document } from 'yaml'
import configSchema from '../schemas/config.schema.json' with { type: 'json' }
import { Ajv2020 } from './ajv-classes.js'
import { describeErrors } from './ajv-messages.js'
import { ConfigError } from './config-error.js'
import { compileGlob, globProblem, type GlobMatcher } from './glob.js'
import { pointerTokens } from './pointer.js'
import { DEFAULT_CONFIG_PATH, type JsonRule, type LoadedConfig } from './loaded-config.js'
import { inWhere, repoFilesOf, repoPathProblem, RepoFileError, type RepoFiles } from './repo-files.js'

export { DEFAULT_CONFIG_PATH, schemasForFile, type JsonRule, type LoadedConfig } from './loaded-config.js'

/** Largest configuration file read, in bytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024

interface RawConfig {
  version: 1
  json?: {
    rules?: Array<{ files: string | string[]; schema: string }>
    schemas?: Record<string, string>
  }
}

let validateConfig: ReturnType<InstanceType<typeof Ajv2020>['compile']> | undefined

function lineOf(doc: Document, counter: LineCounter, pointer: string, key = false): { line: number; column: number } | null {
  const tokens: Array<string | number> = pointerTokens(pointer).map(t => (/^(0|[1-9][0-9]*)$/.test(t) ? Number(t) : t))
  // Walk up until a node with a source range is found.
  for (let n = tokens.length; n >= 0; n--) {
    let node: unknown
    if (key && n === tokens.length && n > 0) {
      const parent = n === 1 ? doc.contents : doc.getIn(tokens.slice(0, n - 1), true)
      const pair = (parent as { items?: Array<{ key: unknown }> } | null)?.items?.find(
        p => isNode(p.key) && (p.key as { value?: unknown }).value === tokens[n - 1]
      )
      node = pair?.key
    } else {
      node = n === 0 ? doc.contents : doc.getIn(tokens.slice(0, n), true)
    }
    const range = isNode(node) ? node.range : undefined
    if (range) {
      const p = counter.linePos(range[0])
      return { line: p.line, column: p.col }
    }
  }
  return null
}

/**
 * Parses configuration text. Checks syntax, the configuration schema, globs and path forms,
 * not whether the named files exist (loadConfig does). Throws ConfigError.
 */
export function parseConfig(text: string, file: string = DEFAULT_CONFIG_PATH): LoadedConfig {
  const counter = new LineCounter()
  const doc = parseDocument(text, {
    lineCounter: counter,
    prettyErrors: false,
    uniqueKeys: true,
    strict: true,
    merge: false,
    version: '1.2',
    schema: 'core'
  })
  const problem = doc.errors[0] ?? doc.warnings[0]
  if (problem !== undefined) {
    const p = counter.linePos(problem.pos[0])
    throw new ConfigError(`invalid YAML: ${problem.message}`, file, p.line, p.col)
  }
  // A mapping key that is a list or a mapping (itself or through an alias) would be turned into
  // text, with a warning printed on stderr; no key of the configuration is one.
  let collectionKey: number | undefined
  visit(doc, {
    Pair(_, pair) {
      const key = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key
      if (!isCollection(key)) return undefined
      collectionKey = (isNode(pair.key) ? pair.key.range?.[0] : undefined) ?? 0
      return visit.BREAK
    }
  })
  if (collectionKey !== undefined) {
    const p = counter.linePos(collectionKey)
    throw new ConfigError('a mapping key must be a plain value, not a list or a mapping', file, p.line, p.col)
  }
  let raw: unknown
  try {
    raw = doc.toJS({ maxAliasCount: 100 })
  } catch (e) {
    throw new ConfigError(`invalid YAML: ${(e as Error).message}`, file)
  }
  // A shipped schema, checked against its meta-schema by a test (shipped-schemas.test.ts) instead of here.
  validateConfig ??= new Ajv2020({ allErrors: true, strict: true, logger: false, validateSchema: false }).compile(configSchema)
  if (!validateConfig(raw)) {
    const errors = describeErrors(validateConfig.errors, raw)
    const first = errors[0]
    const where = first === undefined ? null : lineOf(doc, counter, first.pointer, first.atKey)
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : ''
    throw new ConfigError(
      `${first?.message ?? 'does not match the configuration schema'}${more}`,
      file,
      where?.line ?? null,
      where?.column ?? null
    )
  }
  const config = raw as RawConfig
  const rules: JsonRule[] = []
  for (const [index, rule] of (config.json?.rules ?? []).entries()) {
    const globs = typeof rule.files === 'string' ? [rule.files] : rule.files
    const matchers: GlobMatcher[] = []
    for (const [g, glob] of globs.entries()) {
      const bad = globProblem(glob)
      if (bad !== null) {
        const at = lineOf(doc, counter, typeof rule.files === 'string' ? `/json/rules/${index}/files` : `/json/rules/${index}/files/${g}`)
        throw new ConfigError(`/json/rules/${index}/files: glob ${JSON.stringify(glob)} ${bad}`, file, at?.line ?? null, at?.column ?? null)
      }
      matchers.push(compileGlob(glob))
    }
    const badPath = repoPathProblem(rule.schema)
    const ruleAt = lineOf(doc, counter, `/json/rules/${index}`)
    if (badPath !== null) {
      const at = lineOf(doc, counter, `/json/rules/${index}/schema`)
      throw new ConfigError(`/json/rules/${index}/schema: path ${JSON.stringify(rule.schema)} ${badPath}`, file, at?.line ?? null, at?.column ?? null)
    }
    rules.push({
      files: globs,
      schema: rule.schema,
      line: ruleAt?.line ?? null,
      matches: (path: string) => matchers.some(m => m(path))
    })
  }
  const vendored = new Map<string, string>()
  for (const [url, path] of Object.entries(config.json?.schemas ?? {})) {
    const bad = repoPathProblem(path)
    if (bad !== null) {
      const at = lineOf(doc, counter, `/json/schemas/${url.replace(/~/g, '~0').replace(/\//g, '~1')}`)
      throw new ConfigError(`/json/schemas: path ${JSON.stringify(path)} for ${url} ${bad}`, file, at?.line ?? null, at?.column ?? null)
    }
    vendored.set(url, path)
  }
  return { file, rules, vendored }
}

/**
 * Reads and checks the configuration file from `files` (a repository root on disk, or the files
 * of a commit). With no `path`, reads DEFAULT_CONFIG_PATH and returns null when it does not
 * exist; a `path` that is given must exist. Also checks that every schema file it names exists
 * there as a regular file. Throws ConfigError.
 */
export function loadConfig(files: string | RepoFiles, path?: string): LoadedConfig | null {
  const repo = repoFilesOf(files)
  const file = path ?? DEFAULT_CONFIG_PATH
  let bytes: Uint8Array | null
  try {
    bytes = repo.read(file, MAX_CONFIG_BYTES)
  } catch (e) {
    if (e instanceof RepoFileError) throw new ConfigError(`configuration file: ${e.message}`, file)
    throw e
  }
  if (bytes === null) {
    if (path === undefined) return null
    throw new ConfigError(`configuration file not found${inWhere(repo)}`, file)
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new ConfigError('configuration file is not valid UTF-8', file)
  }
  const config = parseConfig(text, file)
  const check = (schema: string, what: string, line: number | null): void => {
    let found: Uint8Array | null
    try {
      found = repo.read(schema)
    } catch (e) {
      if (e instanceof RepoFileError) throw new ConfigError(`${what}: ${e.message}`, file, line)
      throw e
    }
    if (found === null) throw new ConfigError(`${what}: schema file ${schema} not found${inWhere(repo)}`, file, line)
  }
  for (const rule of config.rules) check(rule.schema, `rule for ${rule.files.join(', ')}`, rule.line)
  for (const [url, schema] of config.vendored) check(schema, `vendored copy of ${url}`, null)
  return config
}
