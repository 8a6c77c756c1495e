/**
 * `seal-gate selftest`: the gate proves, before judging, that it fails closed on every drift
 * class it claims to catch and passes an untouched packet; it writes only in its own temporary
 * folder and removes it.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { main } from '../../src/cli/main.js'
import { classPassed, DRIFT_CLASSES, selftest, selftestProblems, selftestSummary, type SelftestResult } from '../../src/core/selftest.js'
import { tempDir } from '../helpers/packets.js'

const SEED_SEVEN = ['sha mismatch', 'byte-length mismatch', 'em dash / Unicode drift', 'ensure_ascii JSON re-encode', 'BOM', 'CRLF', 'missing file']

describe('selftest', () => {
  it("fails closed on every class (the seed's seven and more), names each cause, passes the control", async () => {
    const tmpRoot = tempDir('seal-gate-selftest-root-')
    const result = await selftest({ tmpRoot })
    expect(result.controlPassed).toBe(true)
    expect(result.classes.map(c => c.name)).toEqual(expect.arrayContaining([...SEED_SEVEN, 'extra file', 'symlink', 'non-canonical seal', 'tree tamper']))
    for (const c of result.classes) {
      expect({ name: c.name, failedClosed: c.failedClosed, named: c.named, error: c.error }).toEqual({ name: c.name, failedClosed: true, named: true, error: undefined })
    }
    expect(result.classes.find(c => c.name === 'BOM')?.causes).toEqual(['bom'])
    expect(result.classes.find(c => c.name === 'ensure_ascii JSON re-encode')?.causes).toEqual(['ensure-ascii'])
    expect(result.passed).toBe(true)
    expect(selftestSummary(result)).toBe(`selftest ${DRIFT_CLASSES.length}/${DRIFT_CLASSES.length} fail closed, control passes`)
    expect(selftestProblems(result)).toEqual([])
    // Its temporary folder is gone.
    expect(readdirSync(tmpRoot)).toEqual([])
  }, 60_000)

  it('says which class fell short and how, one line each', () => {
    const base = { causes: [], kinds: [], expected: 'mismatch of report.md, cause bom' }
    const result: SelftestResult = {
      passed: false,
      controlPassed: false,
      classes: [
        { ...base, name: 'BOM', failedClosed: true, named: true, causes: ['bom'], kinds: ['mismatch'] },
        { ...base, name: 'CRLF', failedClosed: false, named: false },
        { ...base, name: 'ensure_ascii', failedClosed: true, named: false, kinds: ['mismatch'], causes: ['unknown'] },
        { ...base, name: 'symlink', failedClosed: false, named: false, error: 'EPERM:\noperation not permitted' }
      ]
    }
    expect(result.classes.map(classPassed)).toEqual([true, false, false, false])
    expect(selftestSummary(result)).toBe('selftest 1/4 fail closed, control FAILS')
    expect(selftestProblems(result)).toEqual([
      'control packet did not pass: the gate cannot be trusted to pass untouched bytes',
      'CRLF: drifted copy PASSED',
      'ensure_ascii: failed, but without the expected mismatch of report.md, cause bom (found mismatch; causes unknown)',
      'symlink: could not be checked: EPERM: operation not permitted'
    ])
  })

  it('`seal-gate selftest` prints the count and exits 0; extra arguments are a usage error', async () => {
    let out = ''
    let err = ''
    const io = { out: (t: string) => (out += t), err: (t: string) => (err += t), cwd: tempDir() }
    expect(await main(['selftest'], io)).toBe(0)
    expect(out).toBe(`selftest ${DRIFT_CLASSES.length}/${DRIFT_CLASSES.length} fail closed, control passes\n`)
    expect(err).toBe('')
    expect(await main(['selftest', 'somewhere'], io)).toBe(2)
    expect(err).toMatch(/^seal-gate: selftest takes no arguments$/m)
  }, 60_000)
})
