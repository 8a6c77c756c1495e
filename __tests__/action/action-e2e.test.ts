/**
 * The bundled Action run the way the runner runs it, on temporary git repositories: a pull
 * request that turns a sealed file's line endings into CRLF must fail with one annotation per
 * finding, `ok=false`, the report file and a summary; a clean one must pass.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { bundleForTests, commitAll, git, newRepo, pullRequest, seal, toCrlf, write } from './git-repo.js'
import { pullRequestEvent, runAction, type ActionRun } from './runner.js'

let bundle: string
const cleanup = bundleForTests(built => (bundle = built))

const REPORT_MD = '# Report\n\nThe gate fails closed — every byte counts.\nSecond line.\n'
const PROVENANCE = '{\n  "tool": "seal-gate",\n  "note": "caf\u00e9 \u2014 provenance"\n}\n'

/** main holds two sealed packets (evidence/, other/) and a README. */
function sealedRepo(): string {
  const dir = newRepo()
  cleanup.push(dir)
  write(dir, 'README.md', 'packets\n')
  write(dir, 'evidence/report.md', REPORT_MD)
  write(dir, 'evidence/provenance.json', PROVENANCE)
  write(dir, 'evidence/commands.sh', '#!/bin/sh\necho never run by the gate\n')
  write(dir, 'other/notes.md', 'other packet\n')
  seal(bundle, dir, 'evidence', 'other')
  commitAll(dir, 'sealed packets')
  return dir
}

const errors = (run: ActionRun) => run.commands.filter(c => c.name === 'error')
const fileErrors = (run: ActionRun) => errors(run).filter(c => c.properties.file !== undefined)

describe('pull_request with a drifted packet', () => {
  let repo: string
  let pr: { base: string; head: string; merge: string }
  let run: ActionRun

  beforeAll(async () => {
    repo = sealedRepo()
    pr = pullRequest(repo, () => write(repo, 'evidence/report.md', toCrlf(REPORT_MD)))
    run = await runAction({ bundle, workspace: repo, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head), sha: pr.merge })
  })

  test('exits non-zero', () => {
    expect(run.code).toBe(1)
  })

  test('emits one error annotation per finding, with file, line and a title naming kind and cause', () => {
    expect(fileErrors(run)).toHaveLength(1)
    const [annotation] = fileErrors(run)
    expect(annotation.properties).toEqual({ file: 'evidence/report.md', line: '1', title: 'mismatch: crlf (proven)' })
    expect(annotation.data).toMatch(/report\.md: drifted from its seal/)
  })

  test('fails the step with one error that names the verdict', () => {
    const verdict = errors(run).filter(c => c.properties.file === undefined)
    expect(verdict.map(c => c.data)).toEqual(['seal-gate: FAIL: 1 of 1 packet failed, 1 finding'])
  })

  test('sets the outputs', () => {
    expect(run.outputs.ok).toBe('false')
    expect(run.outputs.packets).toBe('1')
    expect(run.outputs.findings).toBe('1')
    expect(run.outputs.report).toMatch(/report\.json$/)
  })

  test('only the touched packet is verified with the default scope on pull_request', () => {
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    expect(report.packets.map((p: { dir: string }) => p.dir)).toEqual(['evidence'])
  })

  test('the report file is what the CLI prints with --json for that packet', () => {
    const cli = (() => {
      try {
        return execFileSync(process.execPath, [join(bundle, 'cli.js'), 'verify', '--json', 'evidence'], { cwd: repo, encoding: 'utf8' })
      } catch (e) {
        return (e as { stdout: string }).stdout
      }
    })()
    expect(readFileSync(run.outputs.report, 'utf8')).toBe(cli)
    const report = JSON.parse(cli)
    expect(report.ok).toBe(false)
    expect(report.packets[0].findings[0]).toMatchObject({ kind: 'mismatch', file: 'evidence/report.md', line: 1, causes: ['crlf'] })
  })

  test('writes the summary: packet table with short trees, findings with causes in plain words', () => {
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
    const p = report.packets[0]
    expect(run.summary).toContain('FAIL')
    expect(run.summary).toContain(`<td><code>${p.tree.sealed.slice(0, 12)}</code></td><td><code>${p.tree.actual.slice(0, 12)}</code></td><td>3</td>`)
    expect(p.tree.sealed).not.toBe(p.tree.actual)
    expect(run.summary).toContain('line endings were changed to CRLF')
    expect(run.summary).toContain('<code>evidence/report.md&#58;1</code>')
  })
})

describe('pull_request and the append-only rule', () => {
  test('a PR that edits a sealed file and re-seals fails with reseal, and passes with the reseal label', async () => {
    const repo = sealedRepo()
    const pr = pullRequest(repo, () => {
      write(repo, 'evidence/report.md', REPORT_MD + 'A new, sealed line.\n')
      seal(bundle, repo, 'evidence')
    })
    const quiet = await runAction({ bundle, workspace: repo, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head, []), sha: pr.merge })
    expect(quiet.code).toBe(1)
    expect(quiet.outputs).toMatchObject({ ok: 'false' })
    expect(JSON.parse(readFileSync(quiet.outputs.report, 'utf8')).packets[0].findings.map((f: { kind: string }) => f.kind)).toContain('reseal')

    const labelled = pullRequestEvent(pr.base, pr.head, ['documentation', 'reseal-approved'])
    const run = await runAction({ bundle, workspace: repo, eventName: 'pull_request', event: labelled, sha: pr.merge })
    expect(run.code).toBe(0)
    expect(errors(run)).toEqual([])
    expect(run.outputs).toMatchObject({ ok: 'true', packets: '1', findings: '0' })
    expect(run.summary).toContain('PASS')
  })

  test('a PR that touches no packet passes with a notice, even though another packet drifted on main', async () => {
    const repo = sealedRepo()
    write(repo, 'other/notes.md', 'drifted on main\n')
    commitAll(repo, 'drift outside the pull request')
    const pr = pullRequest(repo, () => write(repo, 'README.md', 'packets, documented\n'))
    const run = await runAction({ bundle, workspace: repo, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head), sha: pr.merge })
    expect(run.code).toBe(0)
    expect(run.commands.filter(c => c.name === 'notice').map(c => c.data)).toEqual(['no packet touched by this pull request'])
    expect(run.outputs).toMatchObject({ ok: 'true', packets: '0', findings: '0' })
    expect(run.summary).toContain('no packet touched by this pull request')

    // The same checkout with scope all, or on workflow_dispatch, verifies every packet and fails.
    const all = await runAction({
      bundle,
      workspace: repo,
      eventName: 'pull_request',
      event: pullRequestEvent(pr.base, pr.head),
      sha: pr.merge,
      inputs: { scope: 'all' }
    })
    expect(all.code).toBe(1)
    expect(fileErrors(all).map(c => c.properties.file)).toEqual(['other/notes.md'])
    const dispatch = await runAction({ bundle, workspace: repo, eventName: 'workflow_dispatch', event: { inputs: {} }, sha: pr.merge })
    expect(dispatch.code).toBe(1)
    expect(dispatch.outputs).toMatchObject({ ok: 'false', packets: '2', findings: '1' })
  })

  test('a PR that deletes a whole packet fails with reseal, unless labelled', async () => {
    const repo = sealedRepo()
    const pr = pullRequest(repo, () => rmSync(join(repo, 'other'), { recursive: true }))
    const run = await runAction({ bundle, workspace: repo, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head, []), sha: pr.merge })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('other/seal.json was removed by this change')
    expect(JSON.parse(readFileSync(run.outputs.report, 'utf8')).findings.map((f: { kind: string }) => f.kind)).toContain('reseal')
    const labelled = pullRequestEvent(pr.base, pr.head, ['reseal-approved'])
    const approved = await runAction({ bundle, workspace: repo, eventName: 'pull_request', event: labelled, sha: pr.merge })
    expect(approved.code).toBe(0)
  })

  test('with source worktree, where the append-only rule does not apply, a deleted packet is named and nothing else is judged', async () => {
    const repo = sealedRepo()
    const pr = pullRequest(repo, () => rmSync(join(repo, 'other'), { recursive: true }))
    const event = pullRequestEvent(pr.base, pr.head, [])
    const run = await runAction({ bundle, workspace: repo, eventName: 'pull_request', event, sha: pr.merge, inputs: { source: 'worktree' } })
    expect(run.stdout).toContain('other/seal.json was removed by this change')
    expect(run.stdout).toContain('source worktree reads no commit, so removed packets are not judged')
    expect(run.commands.filter(c => c.name === 'error').map(c => c.data)).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ ok: 'true', packets: '0' })
  })
})

describe('workflow_dispatch and push verify every packet at the checked-out ref', () => {
  test('clean repository: exit 0, ok=true, every packet counted', async () => {
    const repo = sealedRepo()
    const sha = git(repo, 'rev-parse', 'HEAD')
    for (const eventName of ['workflow_dispatch', 'schedule']) {
      const run = await runAction({ bundle, workspace: repo, eventName, event: {}, sha })
      expect(run.code).toBe(0)
      expect(run.outputs).toMatchObject({ ok: 'true', packets: '2', findings: '0' })
      expect(errors(run)).toEqual([])
    }
  })

  test('inputs with dashes reach the Action the runner way (INPUT_SEAL-FILE) and globs select packets', async () => {
    const repo = newRepo()
    cleanup.push(repo)
    write(repo, 'packets/a/x.txt', 'a\n')
    write(repo, 'packets/b/x.txt', 'b\n')
    write(repo, 'elsewhere/c/x.txt', 'c\n')
    execFileSync(process.execPath, [join(bundle, 'cli.js'), 'seal', '--seal-file', 'SEAL', 'packets/a', 'packets/b', 'elsewhere/c'], { cwd: repo })
    const sha = commitAll(repo, 'packets sealed in SEAL files')
    const run = await runAction({ bundle, workspace: repo, eventName: 'push', event: { created: true }, sha, inputs: { 'seal-file': 'SEAL', path: 'packets/*\n# a comment\n' } })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ ok: 'true', packets: '2' })
    const missing = await runAction({ bundle, workspace: repo, eventName: 'push', event: { created: true }, sha, inputs: { path: 'packets/*' } })
    expect(missing.code).toBe(1)
    expect(missing.outputs.ok).toBe('false')
    expect(errors(missing).map(c => c.data).join('\n')).toMatch(/no packet found/)
  })

  test('an invalid input fails the step with a one-line message naming it', async () => {
    const repo = sealedRepo()
    const run = await runAction({ bundle, workspace: repo, eventName: 'workflow_dispatch', event: {}, sha: git(repo, 'rev-parse', 'HEAD'), inputs: { scope: 'everything' } })
    expect(run.code).toBe(1)
    expect(errors(run).map(c => c.data)).toEqual(['seal-gate: input scope must be "changed" or "all", got "everything"'])
    expect(run.outputs.ok).toBe('false')
  })
})

describe('the base commit of a pull request in a shallow clone', () => {
  test('is fetched from origin, and the PR is judged on its diff', async () => {
    const origin = sealedRepo()
    const pr = pullRequest(origin, () => write(origin, 'evidence/provenance.json', PROVENANCE.replace('\u2014', '-')))
    const clone = newRepo()
    cleanup.push(clone)
    rmSync(clone, { recursive: true })
    git(origin, 'clone', '-q', '--depth=1', '--no-local', `file://${origin}`, clone)
    expect(() => git(clone, 'cat-file', '-e', `${pr.base}^{commit}`)).toThrow()
    const run = await runAction({ bundle, workspace: clone, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head), sha: pr.merge })
    expect(run.code).toBe(1)
    expect(fileErrors(run).map(c => [c.properties.file, c.properties.title])).toEqual([['evidence/provenance.json', 'mismatch: unicode (proven)']])
  })

  test('fails closed with the fix when the base cannot be fetched', async () => {
    const repo = sealedRepo()
    const pr = pullRequest(repo, () => write(repo, 'README.md', 'changed\n'))
    // A checkout of the head itself: the payload's base is the base, and it names no commit anywhere.
    git(repo, 'checkout', '-q', '--detach', pr.head)
    const missingBase = 'f'.repeat(40)
    const run = await runAction({ bundle, workspace: repo, eventName: 'pull_request', event: pullRequestEvent(missingBase, pr.head), sha: pr.merge })
    expect(run.code).toBe(1)
    expect(run.outputs.ok).toBe('false')
    const message = errors(run).map(c => c.data).join('\n')
    expect(message).toContain(`the base commit ${missingBase} is not in this clone and could not be fetched from origin`)
    expect(message).toContain('fetch-depth: 0')
  })
})

describe('a pull request whose base branch moved on after pull_request.base.sha', () => {
  const RESEALED = REPORT_MD + 'An approved addition.\n'
  /** main moves on after the PR's base: packet evidence/ re-sealed in another, approved pull request. */
  const approvedResealOnMain = (repo: string) => () => {
    write(repo, 'evidence/report.md', RESEALED)
    seal(bundle, repo, 'evidence')
    commitAll(repo, 'Merge an approved re-seal of evidence/')
  }
  const firstParent = (repo: string, merge: string) => git(repo, 'rev-parse', `${merge}^1`)
  const kinds = (run: ActionRun) => {
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8')) as { packets: { dir: string; findings: { kind: string; file: string }[] }[] }
    return report.packets.flatMap(p => p.findings.map(f => `${f.kind} ${f.file}`))
  }

  test("GitHub's merge commit: the base is its first parent, and a PR that edits an unrelated file passes", async () => {
    const repo = sealedRepo()
    const pr = pullRequest(repo, () => write(repo, 'README.md', 'packets, documented\n'), approvedResealOnMain(repo))
    const tip = firstParent(repo, pr.merge)
    expect(tip).not.toBe(pr.base)
    // What the payload's base would compare: the other pull request's re-seal is in that diff.
    expect(git(repo, 'diff', '--name-only', pr.base, pr.merge).split('\n')).toEqual(['README.md', 'evidence/report.md', 'evidence/seal.json'])

    const run = await runAction({ bundle, workspace: repo, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head, []), sha: pr.merge })
    expect(run.stdout).toContain(
      `base of the change ${tip.slice(0, 12)}: the first parent of the merge commit ${pr.merge.slice(0, 12)} checked out ` +
        `(the base branch when GitHub made it), not pull_request.base.sha ${pr.base.slice(0, 12)}`
    )
    expect(run.stdout).toContain(`scope changed: 1 changed path between ${tip.slice(0, 12)} and HEAD`)
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({ ok: 'true', packets: '0', findings: '0' })
    expect(run.commands.filter(c => c.name === 'notice').map(c => c.data)).toEqual(['no packet touched by this pull request'])

    // Every packet, append-only against the same base: the approved re-seal is the base's own seal.
    const all = await runAction({ bundle, workspace: repo, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head, []), sha: pr.merge, inputs: { scope: 'all' } })
    expect(errors(all)).toEqual([])
    expect(all.outputs).toMatchObject({ ok: 'true', packets: '2', findings: '0' })
  })

  test('a checkout of the head itself keeps pull_request.base.sha, and passes: the head never held the re-seal', async () => {
    const repo = sealedRepo()
    const pr = pullRequest(repo, () => write(repo, 'README.md', 'packets, documented\n'), approvedResealOnMain(repo))
    git(repo, 'checkout', '-q', '--detach', pr.head)
    for (const scope of ['changed', 'all']) {
      const run = await runAction({ bundle, workspace: repo, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head, []), sha: pr.merge, inputs: { scope } })
      expect(run.stdout).toContain(`base of the change ${pr.base.slice(0, 12)}: pull_request.base.sha (the checkout is pull_request.head.sha ${pr.head.slice(0, 12)} itself)`)
      expect(errors(run)).toEqual([])
      expect(run.outputs).toMatchObject({ ok: 'true', packets: scope === 'all' ? '2' : '0', findings: '0' })
    }
  })

  test("a PR that re-seals a packet itself still fails with reseal on that packet only, and passes with the label", async () => {
    const repo = sealedRepo()
    const pr = pullRequest(
      repo,
      () => {
        write(repo, 'other/notes.md', 'other packet, re-sealed by this PR\n')
        seal(bundle, repo, 'other')
      },
      approvedResealOnMain(repo)
    )
    for (const scope of ['changed', 'all']) {
      const quiet = await runAction({ bundle, workspace: repo, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head, []), sha: pr.merge, inputs: { scope } })
      expect(quiet.code).toBe(1)
      expect(kinds(quiet)).toEqual(['reseal other/notes.md'])
      const labelled = await runAction({ bundle, workspace: repo, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head, ['reseal-approved']), sha: pr.merge, inputs: { scope } })
      expect(labelled.code).toBe(0)
      expect(labelled.outputs).toMatchObject({ ok: 'true', packets: scope === 'all' ? '2' : '1', findings: '0' })
    }
  })

  test('history diagnosis takes the same base as its first candidate', async () => {
    const repo = sealedRepo()
    const pr = pullRequest(repo, () => write(repo, 'other/notes.md', 'other packEt\n'), approvedResealOnMain(repo))
    const run = await runAction({ bundle, workspace: repo, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head, []), sha: pr.merge })
    expect(run.code).toBe(1)
    const [drift] = fileErrors(run)
    expect(drift.properties.file).toBe('other/notes.md')
    expect(drift.data).toContain("U+0065 'e' became U+0045 'E'")
    expect(drift.data).toContain(`the base commit ${firstParent(repo, pr.merge).slice(0, 12)}`)
  })

  /** A bare origin holding main, the PR's branch and its merge ref, as GitHub does. */
  function originWithMergeRef() {
    const repo = sealedRepo()
    const pr = pullRequest(repo, () => write(repo, 'README.md', 'packets, documented\n'), approvedResealOnMain(repo))
    const origin = `${repo}-origin.git`
    cleanup.push(origin)
    git(repo, 'clone', '-q', '--bare', '--no-local', repo, origin)
    git(repo, 'push', '-q', origin, `${pr.merge}:refs/pull/1/merge`, `${pr.head}:refs/heads/topic`)
    return { repo, pr, origin, tip: firstParent(repo, pr.merge) }
  }

  /** What actions/checkout does on pull_request with fetch-depth 1: the merge ref alone, one commit deep. */
  function checkoutMergeRef(origin: string): string {
    const clone = newRepo()
    cleanup.push(clone)
    git(clone, 'remote', 'add', 'origin', `file://${origin}`)
    git(clone, 'fetch', '-q', '--no-tags', '--depth=1', 'origin', '+refs/pull/1/merge:refs/remotes/pull/1/merge')
    git(clone, 'checkout', '-q', '--detach', 'refs/remotes/pull/1/merge')
    return clone
  }

  test('a clone of depth 1 of the merge ref fetches the first parent and passes', async () => {
    const { pr, origin, tip } = originWithMergeRef()
    const clone = checkoutMergeRef(origin)
    expect(git(clone, 'rev-parse', 'HEAD')).toBe(pr.merge)
    expect(git(clone, 'rev-parse', 'HEAD^@')).toBe('')
    expect(() => git(clone, 'cat-file', '-e', `${tip}^{commit}`)).toThrow()

    const run = await runAction({ bundle, workspace: clone, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head, []), sha: pr.merge, inputs: { scope: 'all' } })
    expect(run.stdout).toContain(`base of the change ${tip.slice(0, 12)}: the first parent of the merge commit`)
    expect(errors(run)).toEqual([])
    expect(run.outputs).toMatchObject({ ok: 'true', packets: '2', findings: '0' })
    expect(git(clone, 'cat-file', '-t', tip)).toBe('commit')
    expect(() => git(clone, 'cat-file', '-e', `${pr.base}^{commit}`)).toThrow()

    const changed = await runAction({ bundle, workspace: checkoutMergeRef(origin), eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head, []), sha: pr.merge })
    expect(changed.stdout).toContain(`scope changed: 1 changed path between ${tip.slice(0, 12)} (fetched) and HEAD`)
    expect(changed.outputs).toMatchObject({ ok: 'true', packets: '0' })
  })

  test('fails closed with the fix when the first parent cannot be fetched', async () => {
    const { pr, origin, tip } = originWithMergeRef()
    for (const scope of ['changed', 'all']) {
      const clone = checkoutMergeRef(origin)
      git(clone, 'remote', 'set-url', 'origin', `file://${origin}-gone`)
      const run = await runAction({ bundle, workspace: clone, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head, []), sha: pr.merge, inputs: { scope } })
      expect(run.code).toBe(1)
      expect(run.outputs.ok).toBe('false')
      const message = errors(run).map(c => c.data).join('\n')
      expect(message).toContain(`the base commit ${tip} is not in this clone and could not be fetched from origin`)
      expect(message).toContain('fetch-depth: 0')
    }
  })
})
