/** The CLI runs what the gate runs: --source, --ref, --base and --allow-reseal. */
import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { main, type Io } from '../../src/cli/main.js'
import { sealPacket } from '../../src/core/seal-packet.js'
import { commitAll, commitSealedPacket, git, newRepo, write } from './repo.js'

async function run(cwd: string, ...argv: string[]) {
  let out = ''
  let err = ''
  const io: Io = { out: t => void (out += t), err: t => void (err += t), cwd }
  const code = await main(argv, io)
  return { code, out, err }
}

describe('seal-gate verify with git flags', () => {
  it('judges the commit by default inside a repository, and the disk with --source worktree', async () => {
    const repo = newRepo()
    await commitSealedPacket(repo)
    write(repo, 'p/report.md', 'edited after the commit\n')
    const auto = await run(repo, 'verify')
    expect(auto.code).toBe(0)
    expect(auto.err).toContain('warning: p/report.md: the working tree differs from commit')
    expect((await run(repo, 'verify', '--source', 'worktree')).code).toBe(1)
  })

  it('--base with a re-sealed packet fails (exit 1, reseal in the JSON report) and passes with --allow-reseal', async () => {
    const repo = newRepo()
    const base = await commitSealedPacket(repo)
    write(repo, 'p/report.md', 'edited\n')
    await sealPacket(join(repo, 'p'))
    commitAll(repo, 'edit and reseal')
    const failed = await run(repo, 'verify', '--json', '--base', base)
    expect(failed.code).toBe(1)
    expect(JSON.parse(failed.out).packets[0].findings[0].kind).toBe('reseal')
    expect((await run(repo, 'verify', '--base', base, '--allow-reseal')).code).toBe(0)
    expect((await run(repo, 'verify', '--ref', base)).code).toBe(0)
  })

  it('bad usage exits 2', async () => {
    const repo = newRepo()
    await commitSealedPacket(repo)
    expect((await run(repo, 'verify', '--source', 'disk')).code).toBe(2)
    expect((await run(repo, 'verify', '--allow-reseal')).code).toBe(2)
    expect((await run(repo, 'verify', '--ref', 'no-such-ref')).code).toBe(2)
    expect(git(repo, 'status', '--porcelain')).toBe('')
  })
})
