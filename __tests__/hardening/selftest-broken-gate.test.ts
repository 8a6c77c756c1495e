/**
 * The self-test must itself be able to fail: with a verifier that passes everything, every class
 * is reported as passing where it must fail, and the self-test fails.
 */
import { expect, it, jest } from '@jest/globals'
import type { Report } from '../../src/core/report.js'

const real = await import('../../src/core/verify.js')
jest.unstable_mockModule('../../src/core/verify.js', () => ({
  ...real,
  verify: async (...args: Parameters<typeof real.verify>): Promise<Report> => {
    const report = await real.verify(...args)
    return { ...report, ok: true, findings: [], packets: report.packets.map(p => ({ ...p, ok: true, findings: [] })) }
  }
}))
const { selftest, selftestSummary, selftestProblems, DRIFT_CLASSES } = await import('../../src/core/selftest.js')
const { main } = await import('../../src/cli/main.js')

it('a gate that cannot fail fails its self-test', async () => {
  const result = await selftest()
  expect(result.passed).toBe(false)
  expect(result.controlPassed).toBe(true)
  expect(result.classes.every(c => !c.failedClosed)).toBe(true)
  expect(selftestSummary(result)).toBe(`selftest 0/${DRIFT_CLASSES.length} fail closed, control passes`)
  expect(selftestProblems(result)).toContain('BOM: drifted copy PASSED')
}, 60_000)

it('`seal-gate selftest` exits 1 and says which classes passed where they must fail', async () => {
  let out = ''
  let err = ''
  const code = await main(['selftest'], { out: t => (out += t), err: t => (err += t), cwd: process.cwd() })
  expect(code).toBe(1)
  expect(out).toBe(`selftest 0/${DRIFT_CLASSES.length} fail closed, control passes\n`)
  expect(err.split('\n')).toContain('seal-gate: selftest: CRLF: drifted copy PASSED')
}, 60_000)
