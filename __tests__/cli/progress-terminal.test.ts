/**
 * Progress of `seal-gate verify` on a real pseudo-terminal (util-linux `script`): a line rewritten
 * with `\r` on stderr, cleared before the report; never under a pipe, with --json or --no-progress.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { buildBundle, commitAll, newRepo, seal, write } from '../action/git-repo.js'

let bundle: string
let repo: string

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`

/** Runs the CLI with stdin, stdout and stderr on a pseudo-terminal; returns everything it wrote there. */
function onTerminal(...args: string[]): { code: number | null; output: string } {
  const command = [process.execPath, join(bundle, 'cli.js'), ...args].map(quote).join(' ')
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: repo, encoding: 'utf8', env: { ...process.env, COLUMNS: '100' } })
  return { code: r.status, output: r.stdout }
}

beforeAll(() => {
  bundle = buildBundle()
  repo = newRepo()
  for (const p of ['a', 'b', 'c']) {
    for (let i = 0; i < 20; i++) write(repo, `evidence/${p}/f${i}.txt`, `file ${i} of ${p}\n`.repeat(50 + i))
  }
  seal(bundle, repo, 'evidence/a', 'evidence/b', 'evidence/c')
  commitAll(repo, 'three packets')
})
afterAll(() => {
  rmSync(bundle, { recursive: true, force: true })
  rmSync(repo, { recursive: true, force: true })
})

describe('progress on a terminal', () => {
  test('a line rewritten with \\r, holding counts and a rate, cleared before the report', () => {
    const { code, output } = onTerminal('verify')
    expect(code).toBe(0)
    const lines = [...output.matchAll(/\r(seal-gate: packets [^\r\n\x1b]*)\x1b\[K/g)].map(m => m[1])
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) expect(line).toMatch(/^seal-gate: packets \d+\/3, files \d+\/(\d+|\?), [\d.]+ (B|KiB|MiB)\/([\d.]+ (B|KiB|MiB)|\?), ([\d.]+ (B|KiB|MiB|GiB)\/s|-)$/)
    // Cleared (\r, erase to end of line) after the last one, and then the normal report.
    const cleared = output.lastIndexOf('\r\x1b[K')
    expect(cleared).toBeGreaterThan(output.lastIndexOf('seal-gate: packets'))
    expect(output.slice(cleared)).toContain('seal-gate: 3 packets verified, all pass')
    expect(output).toMatch(/PASS evidence\/a {2}tree/)
  })

  test('--no-progress and --json draw nothing', () => {
    for (const flag of ['--no-progress', '--json']) {
      const { code, output } = onTerminal('verify', flag)
      expect(code).toBe(0)
      expect(output).not.toContain('seal-gate: packets')
      expect(output).not.toContain('\x1b[K')
    }
  })

  test('under a pipe no \\r is ever written, and stderr stays empty', () => {
    const r = spawnSync(process.execPath, [join(bundle, 'cli.js'), 'verify'], { cwd: repo, encoding: 'utf8' })
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('seal-gate: 3 packets verified, all pass')
    expect(r.stdout).not.toContain('\r')
    expect(r.stderr).toBe('')
  })

  test('a drifted packet still fails on a terminal, with the report after the cleared line', () => {
    const drifted = newRepo()
    try {
      execFileSync('cp', ['-a', `${repo}/.`, drifted])
      execFileSync('unix2dos', ['-q', join(drifted, 'evidence/b/f3.txt')])
      const command = [process.execPath, join(bundle, 'cli.js'), 'verify', '--source', 'worktree'].map(quote).join(' ')
      const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: drifted, encoding: 'utf8' })
      expect(r.status).toBe(1)
      expect(r.stdout.slice(r.stdout.lastIndexOf('\r\x1b[K'))).toMatch(/mismatch +evidence\/b\/f3\.txt:1 \[crlf; proven\]/)
    } finally {
      rmSync(drifted, { recursive: true, force: true })
    }
  })
})
