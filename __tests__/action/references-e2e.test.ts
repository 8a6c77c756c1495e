/**
 * References on pull requests, through the bundled Action (docs/seal-format.md, section 7): a
 * pull request that changes only a canonical file must fail the packets that reference it, and
 * with the default `scope: changed` those packets must count as touched, or the gate would pass
 * without looking at them.
 */
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { bundleForTests, commitAll, newRepo, pullRequest, seal, write } from './git-repo.js'
import { pullRequestEvent, runAction } from './runner.js'

const VALIDATOR = '#!/usr/bin/env python3\n# Canonical validator — one copy for every packet.\nprint("PASS")\n'

let bundle: string
const cleanup = bundleForTests(built => (bundle = built))

/** main: tools/validate.py; packet evidence references it as checks/validate.py; packet other does not. */
function repoWithReference(): string {
  const dir = newRepo()
  cleanup.push(dir)
  write(dir, 'tools/validate.py', VALIDATOR)
  write(dir, 'evidence/report.md', '# Report\n')
  write(dir, 'other/notes.md', 'other packet\n')
  execFileSync(process.execPath, [join(bundle, 'cli.js'), 'seal', '--reference', 'checks/validate.py=tools/validate.py', 'evidence'], { cwd: dir })
  seal(bundle, dir, 'other')
  commitAll(dir, 'sealed packets, one by reference')
  return dir
}

const reportOf = (file: string) => JSON.parse(readFileSync(file, 'utf8'))

describe('pull_request that changes only a canonical file', () => {
  test('scope changed verifies the packet that references it, and fails it with ref on the canonical file', async () => {
    const repo = repoWithReference()
    const pr = pullRequest(repo, () => write(repo, 'tools/validate.py', VALIDATOR.replace('—', '-')))
    const run = await runAction({ bundle, workspace: repo, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head), sha: pr.merge })
    expect(run.code).toBe(1)
    expect(run.outputs.ok).toBe('false')
    const report = reportOf(run.outputs.report)
    expect(report.packets.map((p: { dir: string }) => p.dir)).toEqual(['evidence'])
    expect(report.packets[0].findings.map((f: { kind: string; file: string; line: number; causes: string[] }) => [f.kind, f.file, f.line, f.causes])).toEqual([
      ['ref', 'tools/validate.py', 2, ['unicode']]
    ])
    const annotations = run.commands.filter(c => c.name === 'error' && c.properties.file !== undefined)
    expect(annotations.map(c => c.properties)).toEqual([{ file: 'tools/validate.py', line: '2', title: 'ref: unicode (proven)' }])
    expect(run.commands.some(c => c.name === 'notice' && c.data === 'no packet touched by this pull request')).toBe(false)
  })

  test('a pull request that changes neither a packet nor a referenced file still touches nothing', async () => {
    const repo = repoWithReference()
    const pr = pullRequest(repo, () => write(repo, 'tools/other.py', 'print("unrelated")\n'))
    const run = await runAction({ bundle, workspace: repo, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head), sha: pr.merge })
    expect(run.code).toBe(0)
    expect(run.commands.filter(c => c.name === 'notice').map(c => c.data)).toEqual(['no packet touched by this pull request'])
  })

  test('deleting the canonical file fails the referencing packet too', async () => {
    const repo = repoWithReference()
    const pr = pullRequest(repo, () => rmSync(join(repo, 'tools/validate.py')))
    const run = await runAction({ bundle, workspace: repo, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head), sha: pr.merge })
    expect(run.code).toBe(1)
    const report = reportOf(run.outputs.report)
    expect(report.packets.map((p: { dir: string }) => p.dir)).toEqual(['evidence'])
    expect(report.packets[0].findings[0].message).toMatch(/^checks\/validate\.py: references tools\/validate\.py, which does not exist in commit [0-9a-f]{12}$/)
  })
})
