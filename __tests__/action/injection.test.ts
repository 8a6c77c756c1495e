/**
 * Workflow-command injection: a packet whose file names and drifted contents are shaped like
 * workflow commands. Parsing the bundled Action's stdout the way the runner does must find no
 * command but the expected error annotations (and warning/notice/debug lines of the Action's
 * own), and the annotated file names must arrive intact.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { readFileSync, rmSync } from 'node:fs'
import { buildBundle, commitAll, newRepo, pullRequest, seal, write } from './git-repo.js'
import { pullRequestEvent, runAction, type ActionRun } from './runner.js'

let bundle: string
let repo: string
let run: ActionRun
let report: any

const EVIL = ['::add-mask::secret', '::stop-commands::tok', '##[set-output name=ok;]true', '%0A::warning::pct', 'ok line'].join('\n') + '\n'
const NAMES = [
  '::error::x',
  '##[add-mask]leak.md',
  '%0A::warning::pct.md',
  '\u200b::add-mask::zero-width.md',
  '\u00a0::add-mask::nbsp.md'
]

// Diagnosed from the sealed bytes at the base: the drifted line reaches the comparison, never the log.
const HISTORY_SEALED = 'first\n::warning::sealed\nlast\n'
const HISTORY_DRIFTED = 'first\n::warning::\u001b]0;x\u0007\r::add-mask::secret%0A##[error]x\nlast\n'

beforeAll(async () => {
  bundle = buildBundle()
  repo = newRepo()
  write(repo, 'inj/evil.md', EVIL)
  write(repo, 'inj/history.md', HISTORY_SEALED)
  for (const name of NAMES) write(repo, `inj/${name}`, 'sealed\n')
  seal(bundle, repo, 'inj')
  commitAll(repo, 'sealed packet with hostile names')
  const pr = pullRequest(repo, () => {
    write(repo, 'inj/evil.md', '::stop-commands::tok\n' + EVIL + '::add-mask::appended\n')
    write(repo, 'inj/history.md', HISTORY_DRIFTED)
    for (const name of NAMES) write(repo, `inj/${name}`, 'drifted\n::add-mask::inside\n')
    write(repo, 'inj/::stop-commands::tok', 'extra\n')
    write(repo, 'inj/line\n::add-mask::newline-name', 'extra\n')
    write(repo, 'inj/cr\r::set-output name=ok::true', 'extra\n')
    for (const n of [1, 2, 3]) write(repo, `inj/::group::extra-${n}`, 'extra\n')
  })
  run = await runAction({ bundle, workspace: repo, eventName: 'pull_request', event: pullRequestEvent(pr.base, pr.head), sha: pr.merge })
  report = JSON.parse(readFileSync(run.outputs.report, 'utf8'))
})

afterAll(() => {
  rmSync(bundle, { recursive: true, force: true })
  rmSync(repo, { recursive: true, force: true })
})

test('the packet fails, with more findings than the step annotates', () => {
  expect(run.code).toBe(1)
  expect(run.outputs.ok).toBe('false')
  expect(Number(run.outputs.findings)).toBeGreaterThan(10)
})

test('no workflow command appears but the Action’s own', () => {
  const names = new Set(run.commands.map(c => c.name))
  for (const name of names) expect(['error', 'warning', 'notice', 'debug', 'group', 'endgroup']).toContain(name)
  expect(run.commands.filter(c => c.form === 'v1')).toEqual([])
  expect(run.commands.filter(c => c.name === 'debug' && /add-mask|stop-commands|tok/.test(c.data))).toEqual([])
})

test('no logged line can be taken for a command even by a parser that ignores invisible characters', () => {
  for (const line of run.stdout.split(/\r\n|\r|\n/)) {
    const visible = line.replace(/[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu, '').trimStart()
    // The Action's own commands: the runner parses the `::` form first, so `##[` in their data is inert.
    if (/^::(error|warning|notice|debug|group|endgroup)[ :]/.test(line)) continue
    expect(visible.includes('::')).toBe(false)
    expect(visible.includes('##[')).toBe(false)
  }
})

test('one error annotation per finding up to 10, naming the findings’ files exactly', () => {
  const annotated = run.commands.filter(c => c.name === 'error' && c.properties.file !== undefined)
  expect(annotated).toHaveLength(10)
  const files = report.packets.flatMap((p: any) => p.findings).map((f: any) => f.file)
  expect(annotated.map(c => c.properties.file)).toEqual(files.slice(0, 10))
  for (const c of annotated) expect(Object.keys(c.properties).every(k => ['file', 'line', 'col', 'title'].includes(k))).toBe(true)
})

test('a drifted line holding control characters and workflow commands is diagnosed from history, naming code points only', () => {
  const f = report.packets.flatMap((p: any) => p.findings).find((x: any) => x.file === 'inj/history.md')
  expect(f).toMatchObject({ kind: 'mismatch', causes: ['edited'], evidence: 'proven', line: 2 })
  expect(f.message).toContain('compared with the sealed bytes found in the base commit')
  expect(f.message).not.toContain('::')
  expect(f.message).not.toContain('##[')
  expect(f.message).not.toContain('secret')
  // eslint-disable-next-line no-control-regex
  expect(f.message).not.toMatch(/[\u0000-\u001f\u007f]/)
})

test('hostile names are shown escaped in the log, and never reached the outputs', () => {
  expect(run.stdout).toContain('\\x3a:error\\x3a:x')
  expect(run.stdout).toContain('##\\x5badd-mask]leak.md')
  expect(Object.keys(run.outputs).sort()).toEqual(['findings', 'ok', 'packets', 'report'])
  expect(run.summary).not.toMatch(/<(?!\/?(p|b|br|code|table|thead|tbody|tr|th|td|ul|li|h4|a)\b)[a-z]/i)
})
