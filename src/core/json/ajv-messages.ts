/**
 * ajv's errors in plain words, each tied to the JSON pointer of the value it is about.
 *
 * Messages read "<pointer>: <what is wrong> (got <value>)", for example
 * `/status: must be one of PASS, FAIL (got "DONE")`. A missing property is reported on the
 * object that lacks it; a property that is not allowed is reported on the property itself.
 */
import type { ErrorObject } from 'ajv'
import { childPointer, displayPointer, valueAt } from './pointer.js'

export interface DescribedError {
  /** JSON pointer of the value the error is about. */
  pointer: string
  /** Whether the error is best shown at the member name (true) or at the value (false). */
  atKey: boolean
  /** One line, plain words, starting with the displayed pointer. */
  message: string
}

/** Keywords whose message gains "(got ...)" with the offending value. */
const SHOW_VALUE = new Set([
  'type',
  'enum',
  'const',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf'
])

function shorten(text: string, max = 60): string {
  const chars = Array.from(text)
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text
}

/** A value as shown after "got": JSON for scalars, a word for containers. */
export function showValue(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length}`
  if (value !== null && typeof value === 'object') return 'an object'
  if (value === undefined) return 'nothing'
  return shorten(JSON.stringify(value))
}

/** An allowed value as listed in "must be one of": strings bare, everything else as JSON. */
function showAllowed(value: unknown): string {
  return typeof value === 'string' ? shorten(value, 40) : shorten(JSON.stringify(value) ?? String(value), 40)
}

/**
 * Turns ajv's errors into described errors. `root` is the validated document (to show values).
 * Errors that only repeat others (an `if` that failed because its `then` failed; a
 * `propertyNames` summary next to its detailed error) are dropped. Identical ones are merged.
 */
export function describeErrors(errors: readonly ErrorObject[] | null | undefined, root: unknown): DescribedError[] {
  const out: DescribedError[] = []
  const seen = new Set<string>()
  for (const e of errors ?? []) {
    const d = describeError(e, root)
    if (d === null) continue
    const key = `${d.pointer}\u0000${d.atKey}\u0000${d.message}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(d)
  }
  return out
}

function describeError(e: ErrorObject, root: unknown): DescribedError | null {
  const params = e.params as Record<string, unknown>
  const path = e.instancePath
  const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName
  if (e.keyword === 'if' || e.keyword === 'propertyNames') return null
  if (propertyName !== undefined) {
    const pointer = childPointer(path, propertyName)
    return { pointer, atKey: true, message: `${displayPointer(pointer)}: property name ${e.message ?? 'is not valid'}` }
  }
  switch (e.keyword) {
    case 'required':
      return {
        pointer: path,
        atKey: false,
        message: `${displayPointer(path)}: missing required property ${JSON.stringify(params.missingProperty)}`
      }
    case 'dependentRequired':
    case 'dependencies':
      return {
        pointer: path,
        atKey: false,
        message: `${displayPointer(path)}: missing property ${JSON.stringify(params.missingProperty)}, required when ${JSON.stringify(params.property)} is present`
      }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = String(params.additionalProperty ?? params.unevaluatedProperty)
      const pointer = childPointer(path, name)
      return { pointer, atKey: true, message: `${displayPointer(pointer)}: property ${JSON.stringify(name)} is not allowed here` }
    }
    case 'false schema':
      return { pointer: path, atKey: false, message: `${displayPointer(path)}: no value is allowed here` }
  }
  let text: string
  if (e.keyword === 'enum') {
    const allowed = (params.allowedValues as unknown[] | undefined) ?? []
    const listed = allowed.slice(0, 12).map(showAllowed).join(', ') + (allowed.length > 12 ? `, … (${allowed.length} in all)` : '')
    text = `must be one of ${listed}`
  } else if (e.keyword === 'const') {
    text = `must be ${showAllowed(params.allowedValue)}`
  } else if (e.keyword === 'format') {
    text = `must be a valid ${String(params.format)}`
  } else {
    text = e.message ?? `fails ${e.keyword}`
  }
  if (SHOW_VALUE.has(e.keyword)) text += ` (got ${showValue(valueAt(root, path))})`
  return { pointer: path, atKey: false, message: `${displayPointer(path)}: ${text}` }
}
