import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from '../../src/core/json/ajv-classes.js'

// The gate compiles its own schemas (seal, configuration) with ajv's meta-schema check turned off,
// because that check cost more than half of a one-packet verify at every start. This test is
// the check instead: every schema shipped under src/core/schemas is valid against its
// meta-schema and compiles in strict mode.
const dir = join(process.cwd(), 'src/core/schemas')
const shipped = readdirSync(dir).filter(name => name.endsWith('.json'))

describe('shipped schemas', () => {
  it('are the ones the gate compiles without the meta-schema check', () => {
    expect(shipped).toEqual(expect.arrayContaining(['seal.schema.json', 'config.schema.json', 'report.schema.json']))
  })

  it.each(shipped)('%s is valid against its meta-schema and compiles in strict mode', name => {
    const schema = JSON.parse(readFileSync(join(dir, name), 'utf8'))
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    const ajv = new Ajv2020({ allErrors: true, strict: true })
    expect(ajv.validateSchema(schema)).toBe(true)
    expect(ajv.errors ?? null).toBeNull()
    expect(() => ajv.compile(schema)).not.toThrow()
  })

  it('the meta-schema check catches what the gate no longer checks at start', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true })
    const seal = JSON.parse(readFileSync(join(dir, 'seal.schema.json'), 'utf8'))
    const broken = { ...seal, properties: { ...seal.properties, tree: { type: 'strnig' } } }
    expect(ajv.validateSchema(broken)).toBe(false)
  })
})
