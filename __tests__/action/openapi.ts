/**
 * Request-body validators built from GitHub's published REST description (@octokit/openapi), so
 * that a request GitHub would reject fails a test. `$ref`s are inlined; OpenAPI 3.0's `nullable`
 * is understood by ajv; other OpenAPI-only keywords are ignored (strict: false).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AjvModule from 'ajv'
import addFormatsModule from 'ajv-formats'

type AjvClass = typeof AjvModule.default
const Ajv: AjvClass = (AjvModule as unknown as { default?: AjvClass }).default ?? (AjvModule as unknown as AjvClass)
type AddFormats = typeof addFormatsModule.default
const addFormats: AddFormats = (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats)

type Json = Record<string, unknown>
let spec: Json | undefined

function loadSpec(): Json {
  spec ??= JSON.parse(readFileSync(join(process.cwd(), 'node_modules/@octokit/openapi/generated/api.github.com.json'), 'utf8')) as Json
  return spec
}

function resolveRefs(node: unknown, root: Json, depth = 0): unknown {
  if (depth > 64) throw new Error('$ref nesting too deep')
  if (Array.isArray(node)) return node.map(n => resolveRefs(n, root, depth + 1))
  if (node === null || typeof node !== 'object') return node
  const ref = (node as Json).$ref
  if (typeof ref === 'string') {
    const target = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((o, key) => (o as Json)[key.replace(/~1/g, '/').replace(/~0/g, '~')], root)
    return resolveRefs(target, root, depth + 1)
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, resolveRefs(v, root, depth + 1)]))
}

export interface Operation {
  method: string
  path: string
  validate: (body: unknown) => string[]
}

export function operation(operationId: string): Operation {
  const root = loadSpec()
  for (const [path, ops] of Object.entries(root.paths as Json)) {
    for (const [method, op] of Object.entries(ops as Json)) {
      if ((op as Json).operationId !== operationId) continue
      const schema = resolveRefs(((op as Json).requestBody as Json & { content: Json }).content['application/json'], root) as Json
      const ajv = new Ajv({ strict: false, allErrors: true })
      addFormats(ajv)
      const check = ajv.compile(schema.schema as Json)
      return {
        method: method.toUpperCase(),
        path,
        validate: body => (check(body) ? [] : (check.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message}`))
      }
    }
  }
  throw new Error(`operation ${operationId} not found in the OpenAPI description`)
}
