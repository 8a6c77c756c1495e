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
 * Checks `files` (other files are ignored, so a packet's whole file list may be passed).
 * Returns `json` findings for files that are not strict JSON (those are not validated further)
 * and `schema` findings for schema violations, sorted by file, line and column.
 * Throws ConfigError when a schema is broken, missing, or refers to a remote URL not vendored.
 */
export async function checkJsonFiles(files: readonly JsonFile[], options: CheckJsonOptions): Promise<Finding[]> {
  const registry = options.registry ?? createSchemaRegistry(options.repoRoot, options.config, options.files)
  const out: Finding[] = []
  for (const { file, bytes } of files) {
    if (!isCheckedJsonFile(file, options.config)) continue
    const parsed = strictParse(file, bytes)
    if (!parsed.ok) {
      out.push(...parsed.problems)
      continue
    }
    if (schemasForFile(options.config, file).length === 0 && declaredSchema(parsed.value) === undefined) continue
    out.push(...validateParsed(file, parsed.value, parsed.positions, options.config, await registry()))
  }
  return out.sort(compareFindings)
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

/** A JSON document's own `$schema`, when it names one. */
function declaredSchema(value: unknown): string | undefined {
  const declared = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>).$schema : undefined
  return typeof declared === 'string' ? declared : undefined
}

function validateParsed(
  file: string,
  value: unknown,
  positions: JsonPositions,
  config: LoadedConfig | null,
  registry: SchemaRegistry
): Finding[] {
  const out: Finding[] = []
  const schemas: CompiledSchema[] = []
  for (const path of schemasForFile(config, file)) schemas.push(registry.forFile(path))
  const declared = declaredSchema(value)
  if (declared !== undefined) {
    const at = positions.values.get('/$schema') ?? { line: 1, column: 1 }
    const fail = (message: string): void => {
      out.push(finding('schema', file, `/$schema: ${message}`, { line: at.line, column: at.column }))
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
      const p = positionOf(positions, d.pointer, d.atKey)
      if (index === MAX_SCHEMA_FINDINGS) {
        out.push(
          finding('schema', file, `${described.length - MAX_SCHEMA_FINDINGS} more schema violations not shown${suffix}`, {
            line: p.line,
            column: p.column
          })
        )
        break
      }
      out.push(finding('schema', file, d.message + suffix, { line: p.line, column: p.column }))
    }
  }
  return out
}
