/** Temporary repositories for the JSON validation tests. */
import { afterAll } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { ConfigError } from '../../src/core/json/config-error.js'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/** Makes a directory holding `files` (repository-relative path to text or bytes). */
export function makeRepo(files: Record<string, string | Uint8Array | object>): string {
  const root = mkdtempSync(join(tmpdir(), 'seal-gate-json-'))
  made.push(root)
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, ...path.split('/'))
    mkdirSync(dirname(full), { recursive: true })
    const data = typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content, null, 2)
    writeFileSync(full, data)
  }
  return root
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

/** Runs `run` and returns the ConfigError it throws; anything else (or nothing) fails the test. */
export function configError(run: () => unknown): ConfigError {
  try {
    run()
  } catch (e) {
    if (e instanceof ConfigError) return e
    throw e
  }
  throw new Error('expected a ConfigError')
}
