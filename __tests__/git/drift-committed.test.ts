/**
 * Each drift class of the core, committed on top of the sealed commit, is still detected in git
 * mode, with its cause and line, even when the working tree has been put back to the sealed
 * bytes: the verdict is on the commit.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Cause } from '../../src/core/finding.js'
import { verifyWithSource } from '../../src/git/verify-committed.js'
import { commitAll, commitSealedPacket, committed, git, newRepo } from './repo.js'

const python = (code: string, cwd: string) => execFileSync('python3', ['-c', code], { cwd })

let repo: string
let sealed: string
beforeAll(async () => {
  repo = newRepo()
  sealed = await commitSealedPacket(repo)
})

interface Case {
  name: string
  drift: (packet: string) => void
  kind: string
  file: string
  causes?: Cause[]
  /** Whether the cause is proven (by the core, or from the sealed bytes found in history). */
  evidence?: 'proven' | 'suspected'
  line?: number
}

const CASES: Case[] = [
  {
    name: 'em dash replaced by a hyphen (sed)',
    drift: p => execFileSync('sed', ['-i', 's/—/-/', 'report.md'], { cwd: p }),
    kind: 'mismatch', file: 'p/report.md', causes: ['unicode'], line: 1
  },
  {
    name: 'CRLF line endings',
    drift: p => python(`d=open("report.md","rb").read(); open("report.md","wb").write(d.replace(b"\\n", b"\\r\\n"))`, p),
    kind: 'mismatch', file: 'p/report.md', causes: ['crlf'], line: 1
  },
  {
    name: 'a byte order mark written by an encoder',
    drift: p => python(`t=open("report.md",encoding="utf-8").read(); open("report.md","w",encoding="utf-8-sig",newline="").write(t)`, p),
    kind: 'mismatch', file: 'p/report.md', causes: ['bom'], line: 1
  },
  {
    name: 'JSON re-encoded with ensure_ascii',
    drift: p => python(`import json; v=json.load(open("report.json",encoding="utf-8")); open("report.json","w").write(json.dumps(v, indent=2, ensure_ascii=True) + "\\n")`, p),
    kind: 'mismatch', file: 'p/report.json', causes: ['ensure-ascii']
  },
  {
    name: 'a truncation',
    drift: p => execFileSync('truncate', ['-s', '20', 'report.md'], { cwd: p }),
    // The core alone can only suspect a truncation; the sealed commit in history proves it.
    kind: 'mismatch', file: 'p/report.md', causes: ['truncated'], evidence: 'proven', line: 1
  },
  { name: 'a deleted file', drift: p => rmSync(join(p, 'report.json')), kind: 'missing', file: 'p/report.json' },
  { name: 'an added file', drift: p => writeFileSync(join(p, 'added.txt'), 'new\n'), kind: 'extra', file: 'p/added.txt' }
]

describe('drift classes committed on top of the sealed commit, judged in git mode', () => {
  it.each(CASES)('$name', async c => {
    git(repo, 'checkout', '-q', '-f', '--detach', sealed)
    git(repo, 'clean', '-q', '-f', '-d')
    c.drift(join(repo, 'p'))
    const drifted = commitAll(repo, c.name)
    // Put the working tree back to the sealed bytes: only the commit carries the drift.
    for (const path of ['p/report.md', 'p/report.json']) writeFileSync(join(repo, path), committed(repo, sealed, path))
    rmSync(join(repo, 'p/added.txt'), { force: true })
    expect((await verifyWithSource({ cwd: repo, source: 'worktree' })).ok).toBe(true)

    const report = await verifyWithSource({ cwd: repo, source: 'git', ref: drifted })
    expect(report.ok).toBe(false)
    const [f] = report.packets[0].findings
    expect(report.packets[0].findings).toHaveLength(1)
    expect(f).toMatchObject({ kind: c.kind, file: c.file })
    if (c.causes) expect(f).toMatchObject({ causes: c.causes, evidence: c.evidence ?? 'proven' })
    if (c.line) expect(f.line).toBe(c.line)
  })

  it('the sealed commit itself passes', async () => {
    git(repo, 'checkout', '-q', '-f', '--detach', sealed)
    git(repo, 'clean', '-q', '-f', '-d')
    expect((await verifyWithSource({ cwd: repo, source: 'git' })).ok).toBe(true)
  })
})
