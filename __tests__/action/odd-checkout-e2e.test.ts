/**
 * The Action on checkouts whose files on disk are not the commit judged (docs/git.md: the gate
 * judges the committed bytes, not what a checkout or an earlier workflow step left on disk). With
 * the default `scope: changed`, which packets a pull request touched must come from the commit
 * too: a packet that a sparse checkout left out, or whose folder or seal file an earlier step
 * removed, is still committed, and a drift the pull request made in it must fail the run.
 */
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { bundleForTests, commitAll, git, newRepo, pullRequest, seal, write } from './git-repo.js'
import { pullRequestEvent, runAction, type ActionRun } from './runner.js'

let bundle: string
const cleanup = bundleForTests(built => (bundle = built))

const REPORT_MD = '# Report\n\nThe gate fails closed — every byte counts.\n'

/** A repository whose main holds two sealed packets of LF text, evidence and other. */
function twoSealedPackets(): string {
  const repo = newRepo()
  cleanup.push(repo)
  write(repo, 'evidence/report.md', REPORT_MD)
  write(repo, 'other/notes.md', 'other packet\n')
  seal(bundle, repo, 'evidence', 'other')
  commitAll(repo, 'sealed packets')
  return repo
}

/** main holds two sealed packets; the pull request drifts evidence/report.md (an em dash became a hyphen). */
function driftedPullRequest() {
  const repo = twoSealedPackets()
  const pr = pullRequest(repo, () => write(repo, 'evidence/report.md', REPORT_MD.replace('—', '-')))
  return { repo, pr }
}

const run = (repo: string, pr: { base: string; head: string; merge: string }, inputs: Record<string, string> = {}) =>
  runAction({ bundle, workspace: repo, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head, []), sha: pr.merge, inputs })

/** The run's exit code, its `ok` output, and from its report each packet as "dir ok" and each packet finding as "kind file". */
function verdict(result: ActionRun) {
  const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'))
  type Packet = { dir: string; ok: boolean; findings: { kind: string; file: string }[] }
  return {
    code: result.code,
    ok: result.outputs.ok,
    packets: report.packets.map((p: Packet) => `${p.dir} ${p.ok}`),
    findings: report.packets.flatMap((p: Packet) => p.findings.map(f => `${f.kind} ${f.file}`))
  }
}

function expectDriftCaught(result: ActionRun) {
  expect(verdict(result)).toEqual({ code: 1, ok: 'false', packets: ['evidence false'], findings: ['mismatch evidence/report.md'] })
  expect(result.commands.some(c => c.name === 'notice' && c.data === 'no packet touched by this pull request')).toBe(false)
}

describe('scope changed judges the packets of the commit, not of the disk', () => {
  test('a sparse checkout that leaves the drifted packet out', async () => {
    const { repo, pr } = driftedPullRequest()
    git(repo, 'sparse-checkout', 'set', 'other')
    expect(() => readFileSync(join(repo, 'evidence/seal.json'))).toThrow()
    expectDriftCaught(await run(repo, pr))
  })

  test('an earlier step that removed the packet folder', async () => {
    const { repo, pr } = driftedPullRequest()
    rmSync(join(repo, 'evidence'), { recursive: true })
    expectDriftCaught(await run(repo, pr))
  })

  test('a packet in a folder whose name is not UTF-8, left out by a sparse checkout, fails the run as on disk', async () => {
    const repo = newRepo()
    cleanup.push(repo)
    write(repo, 'other/notes.md', 'other packet\n')
    write(repo, 'x/report.md', REPORT_MD)
    seal(bundle, repo, 'other', 'x')
    execFileSync('sh', ['-c', `mv x "$(printf '\\377')"`], { cwd: repo })
    commitAll(repo, 'sealed packets, one in a folder named by the byte 0xff')
    const pr = pullRequest(repo, () => execFileSync('sh', ['-c', `printf 'drifted\\n' > "$(printf '\\377')/report.md"`], { cwd: repo }))
    git(repo, 'sparse-checkout', 'set', 'other')
    const result = await run(repo, pr)
    expect(result.code).toBe(1)
    expect(result.outputs.ok).toBe('false')
    const report = JSON.parse(readFileSync(result.outputs.report, 'utf8'))
    expect([...new Set(report.findings.map((f: { kind: string; message: string }) => `${f.kind} ${f.message}`))]).toEqual(['unsafe name is not valid UTF-8: not searched for packets'])
  })

  test('an input path reaching the packets through a link on disk chooses the packets of the folder it names', async () => {
    const { repo, pr } = driftedPullRequest()
    symlinkSync('.', join(repo, 'via')) // a link an earlier step made; not committed
    expectDriftCaught(await run(repo, pr, { path: 'via/evidence' }))
  })

  test('an earlier step that removed only the seal file', async () => {
    const { repo, pr } = driftedPullRequest()
    unlinkSync(join(repo, 'evidence/seal.json'))
    expectDriftCaught(await run(repo, pr))
  })
})

/** main holds evidence/kept, evidence/skip and other; the pull request drifts the report of `drifted`. */
function globbedPullRequest(drifted: 'kept' | 'skip') {
  const repo = newRepo()
  cleanup.push(repo)
  write(repo, 'evidence/kept/report.md', REPORT_MD)
  write(repo, 'evidence/skip/report.md', REPORT_MD)
  write(repo, 'other/notes.md', 'other packet\n')
  seal(bundle, repo, 'evidence/kept', 'evidence/skip', 'other')
  commitAll(repo, 'sealed packets')
  const pr = pullRequest(repo, () => write(repo, `evidence/${drifted}/report.md`, REPORT_MD.replace('—', '-')))
  git(repo, 'sparse-checkout', 'set', 'other')
  expect(() => readFileSync(join(repo, 'evidence/kept/seal.json'))).toThrow()
  return { repo, pr }
}

const errors = (result: ActionRun) => result.commands.filter(c => c.name === 'error').map(c => c.data)

describe('the path input chooses among the commit\'s folders in git mode, not the disk\'s', () => {
  test('a glob reaches a drifted packet that a sparse checkout left off disk (scope all)', async () => {
    const { repo, pr } = globbedPullRequest('kept')
    const result = await run(repo, pr, { path: 'evidence/*', scope: 'all' })
    expect(verdict(result)).toEqual({
      code: 1,
      ok: 'false',
      packets: ['evidence/kept false', 'evidence/skip true'],
      findings: ['mismatch evidence/kept/report.md']
    })
  })

  test('with source worktree the same glob is matched on disk, where the sparse checkout left nothing: the step fails', async () => {
    const { repo, pr } = globbedPullRequest('kept')
    const result = await run(repo, pr, { path: 'evidence/*', scope: 'all', source: 'worktree' })
    expect(result.code).toBe(1)
    expect(result.outputs.ok).toBe('false')
    expect(errors(result)).toEqual([expect.stringContaining('"evidence/*" matched no directory or seal.json in the workspace')])
  })

  test('a negation still excludes a folder of the commit', async () => {
    const { repo, pr } = globbedPullRequest('skip')
    const excluded = await run(repo, pr, { path: 'evidence/*\n!evidence/skip', scope: 'all' })
    expect(verdict(excluded)).toEqual({ code: 0, ok: 'true', packets: ['evidence/kept true'], findings: [] })
    // Without the negation the drifted packet is chosen and fails the run.
    const included = await run(repo, pr, { path: 'evidence/*', scope: 'all' })
    expect(verdict(included)).toMatchObject({ code: 1, ok: 'false', packets: ['evidence/kept true', 'evidence/skip false'] })
  })

  test('a glob that matches nothing in the commit fails the step with one line', async () => {
    const { repo, pr } = globbedPullRequest('kept')
    write(repo, 'nothing/here/notes.md', 'on disk only, never committed\n')
    const result = await run(repo, pr, { path: 'evidence/*\nnothing/*' })
    expect(result.code).toBe(1)
    expect(result.outputs.ok).toBe('false')
    expect(errors(result)).toEqual(['seal-gate: input path: "nothing/*" matched no directory or seal.json in the commit judged'])
  })
})

describe('a pull request that changes only .gitattributes', () => {
  /** main holds two sealed packets of LF text; the pull request asks for CRLF on checkout, and the merge is checked out again under it. */
  function crlfAttributes() {
    const repo = twoSealedPackets()
    const pr = pullRequest(repo, () => write(repo, '.gitattributes', '*.md text eol=crlf\n'))
    // The checkout a runner makes of the merge commit: files written under the new attributes.
    unlinkSync(join(repo, 'evidence/report.md'))
    unlinkSync(join(repo, 'other/notes.md'))
    git(repo, 'checkout', '--', '.')
    expect(readFileSync(join(repo, 'evidence/report.md'), 'utf8')).toBe(REPORT_MD.replace(/\n/g, '\r\n'))
    return { repo, pr }
  }

  test('touches every packet below it: with source worktree the packets it changed on disk fail', async () => {
    const { repo, pr } = crlfAttributes()
    const result = await run(repo, pr, { source: 'worktree' })
    expect(verdict(result)).toEqual({
      code: 1,
      ok: 'false',
      packets: ['evidence false', 'other false'],
      findings: ['mismatch evidence/report.md', 'mismatch other/notes.md']
    })
  })

  test('in git mode the same packets are judged by their committed bytes, which did not change, and the checkout is named', async () => {
    const { repo, pr } = crlfAttributes()
    const result = await run(repo, pr)
    expect(verdict(result)).toEqual({ code: 0, ok: 'true', packets: ['evidence true', 'other true'], findings: [] })
    const warnings = result.commands.filter(c => c.name === 'warning').map(c => c.data)
    expect(warnings).toEqual([expect.stringContaining('eol=crlf in .gitattributes'), expect.stringContaining('eol=crlf in .gitattributes')])
  })
})
