/**
 * The seven drift classes of the seed's self-test, each produced by the real tool that causes it
 * in practice, on a packet sealed before the drift. Each must fail with its cause named; the
 * untouched packet must pass.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { sealPacket } from '../../src/core/seal-packet.js'
import { verify } from '../../src/core/verify.js'
import type { Report } from '../../src/core/report.js'
import { SAMPLE_PACKET, tempDir, writeTree } from '../helpers/packets.js'

const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] })
const python = (code: string, cwd: string, ...args: string[]) => run('python3', ['-c', code, ...args], cwd)

let sealed: string
beforeAll(async () => {
  sealed = tempDir()
  writeTree(sealed, SAMPLE_PACKET)
  // The JSON report as Python writes it when told to keep non-ASCII text.
  python(
    `import json; json.dump({"title": "Rehearsal — clone leg", "status": "READY_NOT_APPLIED", "note": "naïve café “quoted” 😀"}, open("report.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)`,
    sealed
  )
  await sealPacket(sealed)
})

/** Copies the sealed packet, lets `drift` change it, and verifies the copy. */
async function drifted(drift: (dir: string) => void): Promise<Report> {
  const root = tempDir()
  mkdirSync(join(root, '.git'))
  cpSync(sealed, join(root, 'p'), { recursive: true })
  drift(join(root, 'p'))
  return verify({ cwd: root })
}

describe("the seed's seven drift classes", () => {
  it('the untouched packet passes', async () => {
    const report = await drifted(() => {})
    expect(report.ok).toBe(true)
  })

  it('sha mismatch at the same length: one character changed by sed', async () => {
    const report = await drifted(dir => run('sed', ['-i', 's/OVERALL PASS/OVERALL FAIL/', 'scripts/commands.sh'], dir))
    const [f] = report.packets[0].findings
    expect(report.ok).toBe(false)
    expect(f).toMatchObject({ kind: 'mismatch', file: 'p/scripts/commands.sh' })
    expect(f.message).toContain('same length')
    expect(f.causes).toEqual(['unknown'])
  })

  it('byte-length mismatch: text appended by the shell', async () => {
    const report = await drifted(dir => run('sh', ['-c', 'printf "late addition\\n" >> report.md'], dir))
    const [f] = report.packets[0].findings
    expect(f).toMatchObject({ kind: 'mismatch', file: 'p/report.md', causes: ['appended'], evidence: 'proven', line: 6 })
  })

  it('em dash turned into a hyphen', async () => {
    const report = await drifted(dir => run('sed', ['-i', '3s/—/-/', 'report.md'], dir))
    const [f] = report.packets[0].findings
    expect(f).toMatchObject({ kind: 'mismatch', file: 'p/report.md', causes: ['unicode'], line: 3 })
  })

  it("JSON re-encoded by Python's json.dumps(ensure_ascii=True)", async () => {
    const report = await drifted(dir =>
      python(`import json; d = json.load(open("report.json", encoding="utf-8")); open("report.json", "w").write(json.dumps(d, indent=2))`, dir)
    )
    const [f] = report.packets[0].findings
    expect(f).toMatchObject({ kind: 'mismatch', file: 'p/report.json', causes: ['ensure-ascii'], evidence: 'proven', line: 2 })
  })

  it("a BOM written by Python's utf-8-sig encoder", async () => {
    const report = await drifted(dir =>
      python(`t = open("report.md", encoding="utf-8").read(); open("report.md", "w", encoding="utf-8-sig").write(t)`, dir)
    )
    const [f] = report.packets[0].findings
    expect(f).toMatchObject({ kind: 'mismatch', file: 'p/report.md', causes: ['bom'], evidence: 'proven', line: 1 })
  })

  it('CRLF line endings written by unix2dos', async () => {
    const report = await drifted(dir => run('unix2dos', ['-q', 'scripts/RERUN.sh'], dir))
    const [f] = report.packets[0].findings
    expect(f).toMatchObject({ kind: 'mismatch', file: 'p/scripts/RERUN.sh', causes: ['crlf'], evidence: 'proven', line: 1 })
  })

  it('a missing file', async () => {
    const report = await drifted(dir => unlinkSync(join(dir, 'provenance/clone-provenance.json')))
    expect(report.packets[0].findings.map(f => [f.kind, f.file])).toEqual([['missing', 'p/provenance/clone-provenance.json']])
  })
})
