/**
 * One place that knows how ajv is loaded: ajv ships CommonJS, whose default export reaches an
 * ES module either as the class itself or wrapped in `.default`, depending on the loader.
 */
import Ajv2020Module from 'ajv/dist/2020.js'
import type { ErrorObject } from 'ajv'

type Ajv2020Class = typeof Ajv2020Module.default
export const Ajv2020: Ajv2020Class =
  (Ajv2020Module as unknown as { default?: Ajv2020Class }).default ?? (Ajv2020Module as unknown as Ajv2020Class)

/** ajv's errors in plain words, one per error: "/files/0/bytes: must be integer". */
export function describeAjvErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map(e => {
    const where = e.instancePath === '' ? '(top level)' : e.instancePath
    const params = e.params as Record<string, unknown>
    let extra = ''
    if (e.keyword === 'additionalProperties') extra = ` (${JSON.stringify(params.additionalProperty)})`
    else if (e.keyword === 'const') extra = ` (${JSON.stringify(params.allowedValue)})`
    else if (e.keyword === 'enum') extra = ` (${JSON.stringify(params.allowedValues)})`
    return `${where}: ${e.message ?? e.keyword}${extra}`
  })
}
