/** Test helpers: real tools write the drift, in a fresh temporary directory per fixture. */
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Digest } from '../../src/core/digest.js'

/**
 * Thirty lines of notes with a drift class on some of them: em dashes on lines 12 and 25 (the one
 * on 25 between hyphens), smart quotes on 15, a number on 20; the others have plain hyphens and
 * straight quotes, which a substitution search must rule out.
 */
export const NOTES_LINES: readonly string[] = Array.from({ length: 30 }, (_, i) =>
  i === 11
    ? 'Status — ready — checked'
    : i === 14
      ? 'Quotes: “as delivered” and ‘single’'
      : i === 19
        ? 'Total: 1234 rows'
        : i === 24
          ? 'Closing -—- note'
          : `line ${i + 1}: plain-text with a-few - hyphens and "quotes" and 'single' ones`
)
export const NOTES = NOTES_LINES.join('\n') + '\n'

/** The seal of some bytes, as seal.json records it. */
export function digestOf(bytes: Uint8Array): Digest {
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length }
}

/** A temporary directory with one file in it, removed by `cleanup`. */
export interface Workspace {
  dir: string
  file: string
  cleanup(): void
}

export function workspace(name = 'evidence.json'): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'seal-gate-diagnose-'))
  return { dir, file: join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Runs python3 with a script; argv[1..] are the extra arguments. */
export function python(script: string, ...args: string[]): void {
  execFileSync('python3', ['-c', script, ...args], { stdio: 'pipe', env: { ...process.env, PYTHONIOENCODING: 'utf-8' } })
}

/** Runs a shell command line with the file path as "$1". */
export function shell(command: string, file: string): void {
  execFileSync('sh', ['-c', command, 'sh', file], { stdio: 'pipe' })
}

export interface Drift {
  original: Uint8Array
  sealed: Digest
  actual: Uint8Array
}

/**
 * Writes `text` (UTF-8) or lets `writeOriginal` write the file, seals it, lets `drift` change it
 * with a real tool, and returns both versions.
 */
export function drifted(
  original: string | ((file: string) => void),
  drift: (file: string) => void,
  name?: string
): Drift {
  const ws = workspace(name)
  try {
    if (typeof original === 'string') writeFileSync(ws.file, original, 'utf8')
    else original(ws.file)
    const before = new Uint8Array(readFileSync(ws.file))
    drift(ws.file)
    const actual = new Uint8Array(readFileSync(ws.file))
    return { original: before, sealed: digestOf(before), actual }
  } finally {
    ws.cleanup()
  }
}

/** 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle)
  if (at < 0) throw new Error(`not in text: ${needle}`)
  return text.slice(0, at).split('\n').length
}
