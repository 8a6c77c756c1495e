/**
 * Checks the JSON files of one packet: every `.json` file (and every file a configuration rule
 * maps) must be strict JSON; files mapped to schemas, by the configuration or by their own
 * `$schema`, must then be valid against them. See docs/json-validation.md.
 */
import { finding, type Finding } from '../finding.js'
import { describeErrors } from './ajv-messages.js'
import { SchemaNotFoundError } from './config-error.js'
import { schemasForFile, type LoadedConfig } from './loaded-config.js'
import { repoPathProblem, type RepoFiles } from './repo-files.js'
import type { CompiledSchema, SchemaRegistry } from './schema-registry.js'
import { strictParse, type JsonPositions, type Position } from './strict-parse.js'

export interface JsonFile {
  /** Repository-relative, '/'-separated path. */
  file: string
  bytes: Uint8Array
}

export interface CheckJsonOptions {
  /** Absolute path of the repository root; schema files are read from under it unless `files` is given. */
  repoRoot: string
  config: LoadedConfig | null
  /** Where schema files are read from (default: the disk under `repoRoot`); used when `registry` is not given. */
  files?: RepoFiles
  /**
   * The registry that compiles and caches schemas (createSchemaRegistry). Pass the same one for
   * every packet of a run so that each schema is compiled once; without it, a fresh one is made
   * for this call.
   */
  registry?: LazySchemaRegistry
}

/** A schema registry, loaded (ajv, ajv-formats) the first time a file needs a schema. */
export type LazySchemaRegistry = () => Promise<SchemaRegistry>

/** At most this many schema findings are reported per file; one more says the rest were cut. */
export const MAX_SCHEMA_FINDINGS = 100

/** Whether `file` is checked: it ends in `.json` (any case), or a configuration rule maps it. */
export function isCheckedJsonFile(file: string, config: LoadedConfig | null): boolean {
  return file.toLowerCase().endsWith('.json') || schemasForFile(config, file).length > 0
}

/**
 * A registry for one run: compile each schema once across all packets. Strict reading needs no
 * schema, so ajv and its formats, slow to load, are loaded only when a file is mapped to one.
 */
export function createSchemaRegistry(repoRoot: string, config: LoadedConfig | null, files?: RepoFiles): LazySchemaRegistry {
  let registry: Promise<SchemaRegistry> | undefined
  return () => (registry ??= import('./schema-registry.js').then(m => new m.SchemaRegistry({ repoRoot, config, files })))
}

/**
 * Checks `files` (other files are ignored, so a packet's whole file list may be passed), one at a
 * time (`checkJsonFile`). Returns `json` findings for files that are not strict JSON (those are
 * not validated further) and `schema` findings for schema violations, sorted by file, line and
 * column. Throws ConfigError when a schema is broken, missing, or refers to a remote URL not
 * vendored.
 */
export async function checkJsonFiles(files: readonly JsonFile[], options: CheckJsonOptions): Promise<Finding[]> {
  const registry = options.registry ?? createSchemaRegistry(options.repoRoot, options.config, options.files)
  const out: Finding[] = []
  for (const { file, bytes } of files) out.push(...(await checkJsonFile(file, bytes, { ...options, registry })))
  return out.sort(compareFindings)
}

/**
 * Checks one file as `checkJsonFiles` does. What it holds is this file's: its bytes, its value
 * only when a schema reads it, and positions only of the values its findings are about.
 */
export async function checkJsonFile(file: string, bytes: Uint8Array, options: CheckJsonOptions): Promise<Finding[]> {
  if (!isCheckedJsonFile(file, options.config)) return []
  const configured = schemasForFile(options.config, file).length > 0
  let parsed = strictParse(file, bytes, { value: configured })
  if (!parsed.ok) return parsed.problems.sort(compareFindings)
  if (!configured && parsed.schema === undefined) return []
  // A file that names its own `$schema` was only checked so far: read it again, for its value.
  if (!configured) parsed = strictParse(file, bytes)
  if (!parsed.ok) throw new Error(`internal: ${file} was strict JSON once and not the second time`)
  const registry = options.registry ?? createSchemaRegistry(options.repoRoot, options.config, options.files)
  const errors = validateParsed(file, parsed.value, parsed.schema, options.config, await registry())
  return placed(file, bytes, errors).sort(compareFindings)
}

/** A schema finding before its line and column are known: at the value (or member name) `pointer`. */
interface Unplaced {
  pointer: string
  atKey: boolean
  message: string
}

/**
 * The findings at their lines and columns: the file is read once more for the positions of only
 * the values they are about (and of their ancestors, where a value has none of its own).
 */
function placed(file: string, bytes: Uint8Array, errors: readonly Unplaced[]): Finding[] {
  if (errors.length === 0) return []
  const wanted = new Set<string>()
  for (const { pointer } of errors) {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      wanted.add(p)
      if (p === '') break
    }
  }
  const parsed = strictParse(file, bytes, { value: false, positions: wanted })
  if (!parsed.ok) throw new Error(`internal: ${file} was strict JSON once and not the second time`)
  return errors.map(e => {
    const p = positionOf(parsed.positions, e.pointer, e.atKey)
    return finding('schema', file, e.message, { line: p.line, column: p.column })
  })
}

function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
}

/** Where a pointer is, or its nearest ancestor that has a position. */
function positionOf(positions: JsonPositions, pointer: string, atKey: boolean): Position {
  if (atKey) {
    const key = positions.keys.get(pointer)
    if (key !== undefined) return key
  }
  let p = pointer
  for (;;) {
    const found = positions.values.get(p)
    if (found !== undefined) return found
    if (p === '') return { line: 1, column: 1 }
    p = p.slice(0, p.lastIndexOf('/'))
  }
}

/** posix-style join and normalisation of a repository-relative path; null when it leaves the root. */
function resolveRelative(fromFile: string, ref: string): string | null {
  const parts = fromFile.split('/').slice(0, -1)
  for (const segment of ref.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') {
      if (parts.length === 0) return null
      parts.pop()
    } else {
      parts.push(segment)
    }
  }
  return parts.join('/')
}

/** The schema violations of `value`, which declares `declared` as its `$schema` (or nothing). */
function validateParsed(file: string, value: unknown, declared: string | undefined, config: LoadedConfig | null, registry: SchemaRegistry): Unplaced[] {
  const out: Unplaced[] = []
  const schemas: CompiledSchema[] = []
  for (const path of schemasForFile(config, file)) schemas.push(registry.forFile(path))
  if (declared !== undefined) {
    const fail = (message: string): void => {
      out.push({ pointer: '/$schema', atKey: false, message: `/$schema: ${message}` })
    }
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(declared)) {
      const compiled = registry.forUri(declared)
      if (compiled !== null) schemas.push(compiled)
      else fail(`names ${declared}, which is not in the repository and is never fetched: vendor it (map it to a local copy under json.schemas in the configuration) or remove $schema`)
    } else if (declared.includes('#') || declared.includes('?')) {
      fail(`${JSON.stringify(declared)}: only a plain relative file path is supported (no fragment or query)`)
    } else {
      let path: string | null = null
      try {
        path = resolveRelative(file, decodeURIComponent(declared))
      } catch {
        path = null
      }
      const problem = path === null ? 'leaves the repository' : repoPathProblem(path)
      if (path === null || problem !== null) {
        fail(`${JSON.stringify(declared)} ${problem ?? 'is not a usable path'}`)
      } else if (!schemas.some(s => s.source === path)) {
        let compiled: CompiledSchema | null = null
        try {
          compiled = registry.forFile(path)
        } catch (e) {
          // A schema that is not there is this file's problem; a schema that is broken is not.
          if (e instanceof SchemaNotFoundError && e.missing === path) fail(`names ${path}, which does not exist`)
          else throw e
        }
        if (compiled !== null) schemas.push(compiled)
      }
    }
  }
  const unique = [...new Map(schemas.map(s => [s.source, s])).values()]
  for (const schema of unique) {
    const valid = schema.validate(value)
    if (valid === true) continue
    if (valid !== false) throw new Error(`schema ${schema.source} is asynchronous, which is not supported`)
    const described = describeErrors(schema.validate.errors, value)
    const suffix = unique.length > 1 ? ` [schema ${schema.source}]` : ''
    for (const [index, d] of described.entries()) {
      if (index === MAX_SCHEMA_FINDINGS) {
        const message = `${described.length - MAX_SCHEMA_FINDINGS} more schema violations not shown${suffix}`
        out.push({ pointer: d.pointer, atKey: d.atKey, message })
        break
      }
      out.push({ pointer: d.pointer, atKey: d.atKey, message: d.message + suffix })
    }
  }
  return out
}
