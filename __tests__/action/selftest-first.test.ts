/**
 * The self-test runs beside the choice of packets (which only reads), but still comes first: when
 * it cannot run, the step fails on that and judges nothing, even when the choice of packets has
 * found a drifted packet, and even when the choice of packets fails on its own.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildBundle, commitAll, newRepo, pullRequest, seal, toCrlf, write } from './git-repo.js'
import { pullRequestEvent, runAction } from './runner.js'

let bundle: string
let repo: string
let pr: { base: string; head: string; merge: string }
/** A file where RUNNER_TEMP expects a folder: the self-test cannot make its temporary folder. */
let notAFolder: string
const cleanup: string[] = []

beforeAll(() => {
  bundle = buildBundle()
  repo = newRepo()
  cleanup.push(bundle, repo)
  write(repo, 'evidence/report.md', 'line one\nline two\n')
  seal(bundle, repo, 'evidence')
  commitAll(repo, 'sealed')
  pr = pullRequest(repo, () => write(repo, 'evidence/report.md', toCrlf('line one\nline two\n')))
  notAFolder = join(repo, '..', `${repo.split('/').pop()}-runner-temp`)
  writeFileSync(notAFolder, 'a file\n')
  cleanup.push(notAFolder)
})
afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true })
})

const action = (env: Record<string, string>, inputs: Record<string, string> = {}) =>
  runAction({ bundle, workspace: repo, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head), sha: pr.merge, env, inputs })

test('with a working self-test, the drifted packet fails with its finding (the baseline)', async () => {
  const run = await action({})
  expect(run.code).toBe(1)
  expect(run.commands.filter(c => c.name === 'error' && c.properties.file === 'evidence/report.md')).toHaveLength(1)
  expect(run.outputs.packets).toBe('1')
})

test('a self-test that cannot run fails the step on that, and nothing is judged or reported', async () => {
  const run = await action({ RUNNER_TEMP: notAFolder })
  expect(run.code).toBe(1)
  const errors = run.commands.filter(c => c.name === 'error')
  expect(errors.map(c => c.data)).toEqual([expect.stringMatching(/^seal-gate: ENOTDIR: .*seal-gate-selftest-/)])
  expect(run.outputs.ok).toBe('false')
  expect(run.outputs.packets).toBeUndefined()
  expect(run.stdout).not.toContain('evidence')
})

test('when the choice of packets fails too, the self-test is what the step reports', async () => {
  const run = await action({ RUNNER_TEMP: notAFolder }, { path: 'no-such-folder' })
  expect(run.code).toBe(1)
  const errors = run.commands.filter(c => c.name === 'error').map(c => c.data)
  expect(errors).toEqual([expect.stringMatching(/^seal-gate: ENOTDIR: .*seal-gate-selftest-/)])
  // Without the self-test's failure, the same inputs fail on the path.
  const alone = await action({}, { path: 'no-such-folder' })
  expect(alone.commands.filter(c => c.name === 'error').map(c => c.data)).toEqual([expect.stringContaining('matched no directory')])
})
