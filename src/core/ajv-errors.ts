/** ajv's errors about a seal in plain words, one per error: "/files/0/bytes: must be integer". */
import type { ErrorObject } from 'ajv'

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
