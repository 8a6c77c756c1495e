/**
 * Hostile sizes (docs/drift-causes.md, "Bounds"): the largest drifted files a pull request can
 * make, run through the built CLI (dist/cli.js; run `npm run build` first), still give a failing
 * `mismatch` whose message names the bound that kept the diagnosis cheap. Each run gets a generous
 * timeout, so that a regression shows as a failure rather than a hang; no duration is asserted.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { DIAGNOSIS_BUDGET } from '../../src/core/diagnose/diagnose-file.js'
import { MAX_DIFF_BYTES, MAX_DIFF_LINES } from '../../src/core/diagnose/line-diff.js'
import type { Finding } from '../../src/core/finding.js'
import { sealPacket } from '../../src/core/seal-packet.js'
import { HISTORY_MAX_BYTES } from '../../src/git/sealed-history.js'
import { tempDir } from '../helpers/packets.js'
import { commitAll, newRepo } from '../git/repo.js'

const CLI = resolve('dist/cli.js')
const MiB = 1 << 20
/** Per test: building and verifying the files takes a while on a loaded machine; never a measure. */
const TEST_TIMEOUT = 300_000
const made: string[] = []
afterAll(() => made.forEach(dir => rmSync(dir, { recursive: true, force: true })))

const python = (code: string) => execFileSync('python3', ['-c', code], { stdio: 'pipe' })

/** Runs `seal-gate verify --json` in `cwd` and returns every finding, after checking that it failed. */
function verify(cwd: string, ...args: string[]): Finding[] {
  const run = spawnSync('node', [CLI, 'verify', '--json', '--no-progress', ...args], { cwd, encoding: 'utf8', timeout: 240_000, maxBuffer: 64 * MiB })
  expect(run.error).toBeUndefined()
  expect(run.signal).toBeNull()
  expect(run.status).toBe(1)
  const report = JSON.parse(run.stdout) as { ok: boolean; packets: { findings: Finding[] }[] }
  expect(report.ok).toBe(false)
  return report.packets.flatMap(p => p.findings)
}

describe('a 64 MiB file of short lines, sealed, then drifted with the sealed copy in history', () => {
  it('is diffed in a window: a proven edit, the range of lines named with the window', async () => {
    const repo = newRepo()
    made.push(repo)
    const file = join(repo, 'p', 'big.txt')
    // 32 Mi lines of two bytes each.
    python(`import os; os.makedirs(${JSON.stringify(join(repo, 'p'))}); open(${JSON.stringify(file)}, 'wb').write(b'a\\nb\\n' * ${16 * MiB})`)
    await sealPacket(join(repo, 'p'))
    const sealed = commitAll(repo, 'seal p')
    // The first and the last line edited: every line between them is in the region that differs.
    python(`b = bytearray(open(${JSON.stringify(file)}, 'rb').read()); b[0] = ord('c'); b[-2] = ord('c'); open(${JSON.stringify(file)}, 'wb').write(b)`)
    commitAll(repo, 'drift')

    const [f] = verify(repo, 'p')
    expect(f.kind).toBe('mismatch')
    expect(f.causes).toEqual(['edited'])
    expect(f.evidence).toBe('proven')
    expect(f.line).toBe(1)
    expect(f.message).toContain("Line 1: U+0061 'a' became U+0063 'c'")
    expect(f.message).toContain(
      `lines 1 to ${32 * MiB} differ from the sealed bytes (more than the line diff's window of ${MAX_DIFF_LINES} lines or ${MAX_DIFF_BYTES} bytes, so not counted exactly)`
    )
    expect(f.message).toContain(`found in commit ${sealed.slice(0, 12)}`)
  }, TEST_TIMEOUT)
})

describe('a 64 MiB line of em dashes', () => {
  it('one replaced by sed among 64 Mi hyphens: proven from history, one line counted', async () => {
    const repo = newRepo()
    made.push(repo)
    const file = join(repo, 'p', 'dashes.txt')
    python(
      `import os; os.makedirs(${JSON.stringify(join(repo, 'p'))}); open(${JSON.stringify(file)}, 'w', encoding='utf-8').write('-' * ${32 * MiB} + '\\u2014' + '-' * ${32 * MiB - 3})`
    )
    await sealPacket(join(repo, 'p'))
    commitAll(repo, 'seal p')
    execFileSync('sed', ['-i', 's/—/-/g', file])
    commitAll(repo, 'drift')

    const [f] = verify(repo, 'p')
    expect(f.kind).toBe('mismatch')
    expect(f.causes).toContain('unicode')
    expect(f.evidence).toBe('proven')
    expect(f.message).toContain('Line 1: U+2014 EM DASH became U+002D HYPHEN-MINUS')
    expect(f.message).toContain('1 line of the file differs from the sealed bytes')
  }, TEST_TIMEOUT)

  it('64 MiB of em dashes with one hyphen, outside any repository: proven by the bounded search', async () => {
    const dir = tempDir('seal-gate-dashes-')
    made.push(dir)
    const file = join(dir, 'p', 'dashes.txt')
    python(`import os; os.makedirs(${JSON.stringify(join(dir, 'p'))}); open(${JSON.stringify(file)}, 'w', encoding='utf-8').write('\\u2014' * ${(64 * MiB) / 4})`)
    await sealPacket(join(dir, 'p'))
    python(`t = open(${JSON.stringify(file)}, encoding='utf-8').read(); open(${JSON.stringify(file)}, 'w', encoding='utf-8').write(t[:1000] + '-' + t[1001:])`)

    const [f] = verify(dir, '--source', 'worktree', 'p')
    expect(f.kind).toBe('mismatch')
    expect(f.causes).toEqual(['unicode'])
    expect(f.evidence).toBe('proven')
    expect(f.message).toContain("Line 1: U+2014 EM DASH became '-' (proven: restoring it gives back the sealed sha256)")
  }, TEST_TIMEOUT)
})

describe('the diagnosis budget of a run', () => {
  it('past it, a drifted file is not diagnosed, and still fails', async () => {
    const dir = tempDir('seal-gate-budget-')
    made.push(dir)
    // Five files of 60 MiB: four fit the budget of 256 MiB, the fifth does not.
    const size = 60 * MiB
    expect(4 * size).toBeLessThanOrEqual(DIAGNOSIS_BUDGET)
    expect(5 * size).toBeGreaterThan(DIAGNOSIS_BUDGET)
    const paths = ['a', 'b', 'c', 'd', 'e'].map(n => JSON.stringify(join(dir, 'p', `${n}.bin`)))
    python(`import os; os.makedirs(${JSON.stringify(join(dir, 'p'))})\nfor p in [${paths.join(', ')}]: open(p, 'wb').write(b'x' * ${size})`)
    await sealPacket(join(dir, 'p'))
    python(`for p in [${paths.join(', ')}]: open(p, 'ab').write(b'appended')`)

    const findings = verify(dir, '--source', 'worktree', 'p')
    expect(findings.map(f => f.kind)).toEqual(Array(5).fill('mismatch'))
    const spent = findings.filter(f => f.message.includes(`not diagnosed: the run's diagnosis budget of ${DIAGNOSIS_BUDGET} bytes is spent`))
    expect(spent).toHaveLength(1)
    expect(spent[0].causes).toEqual(['unknown'])
    expect(spent[0].evidence).toBe('suspected')
    expect(spent[0].line).toBeNull()
    for (const f of findings.filter(f => f !== spent[0])) {
      expect(f.causes).toEqual(['appended'])
      expect(f.evidence).toBe('proven')
    }
  }, TEST_TIMEOUT)

  it('history reads at most its own budget of sealed copies, then says so', async () => {
    const repo = newRepo()
    made.push(repo)
    // Five sealed files of 60 MiB, each cut to one byte (truncate -s 1): the core only suspects a
    // truncation, so each sealed copy is looked up in history; four fit its budget of 256 MiB.
    const size = 60 * MiB
    expect(4 * size).toBeLessThanOrEqual(HISTORY_MAX_BYTES)
    expect(5 * size).toBeGreaterThan(HISTORY_MAX_BYTES)
    const names = ['a', 'b', 'c', 'd', 'e'].map(n => join(repo, 'p', `${n}.bin`))
    python(`import os; os.makedirs(${JSON.stringify(join(repo, 'p'))})\nfor p in ${JSON.stringify(names)}: open(p, 'wb').write(b'x' * ${size})`)
    await sealPacket(join(repo, 'p'))
    commitAll(repo, 'seal p')
    for (const name of names) execFileSync('truncate', ['-s', '1', name])
    commitAll(repo, 'drift')

    const findings = verify(repo, 'p')
    expect(findings.map(f => f.kind)).toEqual(Array(5).fill('mismatch'))
    const spent = findings.filter(f => f.message.includes(`the run's history budget of ${HISTORY_MAX_BYTES} bytes is spent`))
    expect(spent).toHaveLength(1)
    expect(spent[0].causes).toEqual(['truncated'])
    expect(spent[0].evidence).toBe('suspected')
    for (const f of findings.filter(f => f !== spent[0])) {
      expect(f.causes).toEqual(['truncated'])
      expect(f.evidence).toBe('proven')
      expect(f.message).toContain(`the sealed bytes went on for ${size - 1} more bytes`)
    }
  }, TEST_TIMEOUT)
})
