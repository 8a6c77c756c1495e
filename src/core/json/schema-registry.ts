/**
 * Local JSON Schemas, compiled once each, with no network ever.
 *
 * - The draft is chosen by each schema's `$schema`: draft-07 (also the default when there is
 *   none), 2019-09 or 2020-12. A schema and the files it refers to share one draft.
 * - `$ref` to another local file is resolved relative to the referring schema (or its `$id`),
 *   and must stay inside the repository; no symbolic links.
 * - `$ref` to a remote URL is resolved only through a vendored copy (`json.schemas` in the
 *   configuration). Otherwise it is a ConfigError naming the URL to vendor. ajv's `loadSchema`
 *   is never set, so ajv itself cannot fetch anything either.
 * - Schema files are read from a RepoFiles: the disk, or in git mode the commit judged.
 * - A schema that is not strict JSON, does not match its meta-schema, uses an unknown keyword or
 *   format, or cannot be compiled, is a ConfigError.
 */
import type { ValidateFunction } from 'ajv'
import { addFormats, Ajv2019, Ajv2020, AjvDraft07, type AnyAjv } from './ajv-classes.js'
import { ConfigError, SchemaNotFoundError } from './config-error.js'
import type { LoadedConfig } from './loaded-config.js'
import { diskFiles, inWhere, RepoFileError, type RepoFiles } from './repo-files.js'
import { strictParse } from './strict-parse.js'

export type Draft = 'draft-07' | '2019-09' | '2020-12'

/** The `$schema` values that select each draft. */
export const META_SCHEMAS: Record<Draft, string> = {
  'draft-07': 'http://json-schema.org/draft-07/schema#',
  '2019-09': 'https://json-schema.org/draft/2019-09/schema',
  '2020-12': 'https://json-schema.org/draft/2020-12/schema'
}

/** The draft a `$schema` value selects, or null when it names none of the supported ones. */
export function draftOf(metaSchema: string): Draft | null {
  const uri = metaSchema.replace(/#$/, '')
  for (const [draft, meta] of Object.entries(META_SCHEMAS) as Array<[Draft, string]>) {
    if (meta.replace(/#$/, '') === uri) return draft
  }
  return null
}

/** How a draft is named in messages. */
export function draftName(draft: Draft): string {
  return draft === 'draft-07' ? 'JSON Schema draft-07' : `JSON Schema ${draft}`
}

/** Most schema files one root schema may pull in through `$ref`. */
export const MAX_SCHEMA_FILES = 200

/**
 * Base URI under which repository files are known to ajv: `repo/dir/a.json` becomes
 * `file:///repository/dir/a.json`. A `$ref` that resolves outside this prefix left the repository.
 */
const LOCAL_BASE = 'file:///repository/'

function localUri(path: string): string {
  return LOCAL_BASE + path.split('/').map(encodeURIComponent).join('/')
}

/** The repository-relative path of a local URI, or null when the URI is not one. */
function localPath(uri: string): string | null {
  if (!uri.startsWith(LOCAL_BASE)) return null
  try {
    return uri.slice(LOCAL_BASE.length).split('/').map(decodeURIComponent).join('/')
  } catch {
    return null
  }
}

/** A URI as users wrote it: local ones as repository paths. */
function showUri(uri: string): string {
  const hash = uri.indexOf('#')
  const base = hash === -1 ? uri : uri.slice(0, hash)
  const path = localPath(base)
  return path === null ? uri : path + (hash === -1 ? '' : uri.slice(hash))
}

export interface CompiledSchema {
  /** Repository-relative schema file, or the URI of a built-in meta-schema. */
  source: string
  draft: Draft
  validate: ValidateFunction
}

export interface SchemaRegistryOptions {
  repoRoot: string
  config?: LoadedConfig | null
  /** Where schema files are read from (default: the disk under `repoRoot`). */
  files?: RepoFiles
}

export class SchemaRegistry {
  private readonly files: RepoFiles
  private readonly vendored: Map<string, string>
  private readonly configFile: string | null
  private readonly instances = new Map<Draft, AnyAjv>()
  /** Keys already added to each instance. */
  private readonly added = new Map<AnyAjv, Set<string>>()
  private readonly compiled = new Map<string, CompiledSchema>()

  constructor(options: SchemaRegistryOptions) {
    this.files = options.files ?? diskFiles(options.repoRoot)
    this.vendored = new Map()
    for (const [url, path] of options.config?.vendored ?? []) this.vendored.set(url.replace(/#$/, ''), path)
    this.configFile = options.config?.file ?? null
  }

  private ajv(draft: Draft): AnyAjv {
    let ajv = this.instances.get(draft)
    if (ajv === undefined) {
      const options = {
        allErrors: true,
        strict: true,
        strictTypes: false,
        strictTuples: false,
        strictRequired: false,
        logger: false as const
      }
      ajv = draft === '2020-12' ? new Ajv2020(options) : draft === '2019-09' ? new Ajv2019(options) : new AjvDraft07(options)
      addFormats(ajv as Parameters<typeof addFormats>[0])
      this.instances.set(draft, ajv)
      this.added.set(ajv, new Set())
    }
    return ajv
  }

  /** The validator for a repository-relative schema file. Throws ConfigError. */
  forFile(path: string): CompiledSchema {
    const key = localUri(path)
    const cached = this.compiled.get(key)
    if (cached !== undefined) return cached
    const schema = this.read(path, null)
    const draft = this.declaredDraft(schema, path) ?? 'draft-07'
    return this.compile(key, path, draft, schema)
  }

  /**
   * The validator for a URI named by a JSON file's `$schema`: a built-in meta-schema, or a
   * vendored remote schema. Null when the URI is neither (the caller reports it).
   */
  forUri(uri: string): CompiledSchema | null {
    const base = uri.replace(/#$/, '')
    const draft = draftOf(base)
    if (draft !== null) {
      const key = `meta:${draft}`
      const cached = this.compiled.get(key)
      if (cached !== undefined) return cached
      const validate = this.ajv(draft).getSchema(META_SCHEMAS[draft])
      if (validate === undefined) throw new ConfigError(`meta-schema ${META_SCHEMAS[draft]} is not available`)
      const out: CompiledSchema = { source: META_SCHEMAS[draft], draft, validate }
      this.compiled.set(key, out)
      return out
    }
    const path = this.vendored.get(base)
    if (path === undefined) return null
    const cached = this.compiled.get(base)
    if (cached !== undefined) return cached
    const schema = this.read(path, `vendored copy of ${base}`)
    const declared = this.declaredDraft(schema, path) ?? 'draft-07'
    return this.compile(base, path, declared, schema)
  }

  /** Whether a remote URL has a vendored copy. */
  isVendored(uri: string): boolean {
    return this.vendored.has(uri.replace(/#$/, ''))
  }

  private compile(key: string, path: string, draft: Draft, schema: unknown): CompiledSchema {
    const ajv = this.ajv(draft)
    this.add(ajv, draft, key, path, schema)
    let loaded = 0
    for (;;) {
      try {
        const validate = ajv.getSchema(key)
        if (validate === undefined) throw new ConfigError(`schema ${path} could not be compiled`)
        const out: CompiledSchema = { source: path, draft, validate }
        this.compiled.set(key, out)
        return out
      } catch (e) {
        if (e instanceof ConfigError) throw e
        const missing = (e as { missingSchema?: unknown; missingRef?: unknown }).missingSchema
        if (typeof missing !== 'string') {
          throw new ConfigError(`schema ${path} (or a schema it refers to) cannot be compiled: ${(e as Error).message}`)
        }
        const missingRef = String((e as { missingRef?: unknown }).missingRef ?? missing)
        if (this.added.get(ajv)?.has(missing) || missing === '') {
          throw new ConfigError(`schema ${path} (or a schema it refers to): $ref ${showUri(missingRef)} cannot be resolved`)
        }
        if (++loaded > MAX_SCHEMA_FILES) throw new ConfigError(`schema ${path} refers to more than ${MAX_SCHEMA_FILES} schema files`)
        this.loadReferenced(ajv, draft, missing, path)
      }
    }
  }

  /** Adds the schema a `$ref` needs: a local file or a vendored copy; anything else fails closed. */
  private loadReferenced(ajv: AnyAjv, draft: Draft, uri: string, root: string): void {
    const local = localPath(uri)
    let path: string
    let what: string
    if (local !== null) {
      path = local
      what = `${path} (referred to from ${root} or a schema it refers to)`
    } else if (uri.startsWith('file:')) {
      throw new ConfigError(`schema ${root} (or a schema it refers to) has a $ref that leaves the repository (it resolves to ${uri.replace(/^file:\/\//, '')})`)
    } else if (this.vendored.has(uri)) {
      path = this.vendored.get(uri) as string
      what = `vendored copy of ${uri}`
    } else {
      const where = this.configFile ?? '.github/seal-gate.yml'
      throw new ConfigError(
        `schema ${root} (or a schema it refers to) refers to ${uri}, which is not in the repository and is never fetched: vendor it (commit a copy and map ${JSON.stringify(uri)} to it under json.schemas in ${where})`
      )
    }
    const schema = this.read(path, what)
    const declared = this.declaredDraft(schema, path)
    if (declared !== null && declared !== draft) {
      throw new ConfigError(
        `schema ${path} uses ${draftName(declared)} but is referred to from ${root}, which uses ${draftName(draft)}: a schema and the files it refers to must use one draft`
      )
    }
    this.add(ajv, draft, uri, path, schema)
  }

  private add(ajv: AnyAjv, draft: Draft, key: string, path: string, schema: unknown): void {
    if (this.added.get(ajv)?.has(key)) return
    let toAdd = schema
    if (schema !== null && typeof schema === 'object' && !Array.isArray(schema)) {
      const id = (schema as Record<string, unknown>).$id
      if (typeof id === 'string' && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(id)) {
        // A relative $id is relative to where the schema was found (JSON Schema, "Initial base URI").
        toAdd = { ...(schema as Record<string, unknown>), $id: new URL(id, key.startsWith('meta:') ? LOCAL_BASE : key).href }
      }
    }
    try {
      ajv.addSchema(toAdd as object, key)
    } catch (e) {
      throw new ConfigError(`schema ${path} is invalid (${draftName(draft)}): ${(e as Error).message}`)
    }
    this.added.get(ajv)?.add(key)
  }

  private declaredDraft(schema: unknown, path: string): Draft | null {
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return null
    const meta = (schema as Record<string, unknown>).$schema
    if (meta === undefined) return null
    if (typeof meta !== 'string') throw new ConfigError(`schema ${path}: $schema must be a string`)
    const draft = draftOf(meta)
    if (draft === null) {
      throw new ConfigError(
        `schema ${path}: unsupported $schema ${JSON.stringify(meta)} (supported: ${Object.values(META_SCHEMAS).join(', ')})`
      )
    }
    return draft
  }

  private read(path: string, what: string | null): unknown {
    const label = what ?? path
    let bytes: Uint8Array | null
    try {
      bytes = this.files.read(path)
    } catch (e) {
      if (e instanceof RepoFileError) throw new ConfigError(`schema ${label}: ${e.message}`)
      throw e
    }
    if (bytes === null) throw new SchemaNotFoundError(`schema ${label}: file ${path} not found${inWhere(this.files)}`, path)
    const parsed = strictParse(path, bytes)
    if (!parsed.ok) {
      const p = parsed.problems[0]
      throw new ConfigError(`schema is not strict JSON: ${p.message}`, path, p.line, p.column ?? null)
    }
    const value = parsed.value
    if (typeof value !== 'boolean' && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      throw new ConfigError('schema must be a JSON object or a boolean', path)
    }
    return value
  }
}
