/**
 * The seal schema is compiled ahead of time (scripts/seal-validators.mjs) into
 * src/core/schemas/seal-validators.ts. The committed module must be exactly what the script
 * writes from the schema as it is now, and must judge as ajv compiling the schema at run time does.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from '../../src/core/json/ajv-classes.js'
import * as compiled from '../../src/core/schemas/seal-validators.js'
import { tempDir } from '../helpers/packets.js'

const GENERATED = 'src/core/schemas/seal-validators.ts'
const check = (file: string) => spawnSync(process.execPath, ['scripts/seal-validators.mjs', '--check', file], { encoding: 'utf8' })

describe('the compiled seal schema', () => {
  it('is what the script writes from seal.schema.json now; a module that differs fails the check', () => {
    const ok = check(GENERATED)
    expect(ok.stderr).toBe('')
    expect(ok.status).toBe(0)

    const stale = join(tempDir(), 'seal-validators.ts')
    writeFileSync(stale, readFileSync(GENERATED, 'utf8').replace('"^[0-9a-f]{64}$"', '"^[0-9a-f]{40}$"'))
    const bad = check(stale)
    expect(bad.status).toBe(1)
    expect(bad.stderr).toContain('run `node scripts/seal-validators.mjs`')
  })

  it('judges seals and entries as the schema compiled at run time does, errors included', () => {
    const schema = JSON.parse(readFileSync('src/core/schemas/seal.schema.json', 'utf8'))
    const ajv = new Ajv2020({ allErrors: true, strict: true, validateSchema: false })
    const seal = ajv.compile(schema)
    const entry = ajv.getSchema(`${schema.$id}#/$defs/file`)!
    const hex = 'a'.repeat(64)
    const entries: unknown[] = [
      { path: 'a.md', sha256: hex, bytes: 1 },
      { path: 'a.md', ref: 'tools/x.py', sha256: hex, bytes: 0 },
      { path: '', sha256: hex, bytes: 1 },
      { path: 'x'.repeat(4097), sha256: hex, bytes: 1 },
      { path: '😀'.repeat(4096), sha256: hex, bytes: 1 },
      { path: '😀'.repeat(4097), sha256: hex, bytes: 1 },
      { path: 'a.md', sha256: hex.toUpperCase(), bytes: 1 },
      { path: 'a.md', sha256: hex, bytes: -1 },
      { path: 'a.md', sha256: hex, bytes: 1.5 },
      { path: 'a.md', sha256: hex, bytes: 2 ** 53 },
      { path: 'a.md', sha256: hex },
      { path: 'a.md', sha256: hex, bytes: 1, extra: true },
      { path: 'a.md', ref: '', sha256: hex, bytes: 1 },
      [],
      null,
      'a.md'
    ]
    const seals: unknown[] = [
      { seal: 1, algorithm: 'sha256', tree: hex, files: entries.slice(0, 2) },
      { seal: 1, algorithm: 'sha256', tree: hex, files: [] },
      { seal: 1, algorithm: 'sha256', tree: hex, files: entries },
      { seal: 1, algorithm: 'sha256', tree: 'abc', files: [], more: 1 },
      { seal: 2, algorithm: 'md5', files: {} },
      {}
    ]
    let accepted = 0
    for (const value of entries) {
      const expected = entry(value)
      expect(compiled.validateEntry(value)).toBe(expected)
      expect((compiled.validateEntry as unknown as { errors: unknown }).errors).toEqual(entry.errors ?? null)
      accepted += expected ? 1 : 0
    }
    for (const value of seals) {
      const expected = seal(value)
      expect(compiled.validateSeal(value)).toBe(expected)
      expect((compiled.validateSeal as unknown as { errors: unknown }).errors).toEqual(seal.errors ?? null)
      accepted += expected ? 1 : 0
    }
    // Both kinds of answer were asked for.
    expect(accepted).toBeGreaterThan(2)
    expect(accepted).toBeLessThan(entries.length + seals.length - 5)
  })
})
