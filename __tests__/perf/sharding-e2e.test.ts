/**
 * Sharding end to end, through the bundles: for N = 1..4, the N shards of `seal-gate verify
 * --shard K/N` and of the Action's `shard` input together verify every packet of an unsharded run
 * exactly once, on a repository of 12 packets; a pull request that deletes a packet has that
 * deletion judged by exactly one shard; a drifted packet fails exactly the one shard it lands in;
 * an empty slice passes and says so; a bad value is a usage error.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Report } from '../../src/core/report.js'
import { bundleForTests, commitAll, git, newRepo, pullRequest, seal, write } from '../action/git-repo.js'
import { pullRequestEvent, runAction, type ActionRun } from '../action/runner.js'

let bundle: string
const cleanup = bundleForTests(built => (bundle = built))

const PACKETS = Array.from({ length: 12 }, (_, i) => `evidence/p${String(i + 1).padStart(2, '0')}`)
const DRIFTED = 'evidence/p07'
const DELETED = 'evidence/p03'
const ADDED = 'evidence/p13'

const schema = JSON.parse(readFileSync(join(process.cwd(), 'src/core/schemas/report.schema.json'), 'utf8'))
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema)

function checked(report: Report): Report {
  if (!validate(report)) throw new Error(`report does not match its schema: ${JSON.stringify(validate.errors)}`)
  return report
}

/** 12 packets of different sizes (so that balancing by bytes has something to balance), sealed on main. */
function sealedRepo(): string {
  const dir = newRepo()
  cleanup.push(dir)
  PACKETS.forEach((p, i) => {
    write(dir, `${p}/report.json`, JSON.stringify({ packet: p, note: 'café — naïve' }, null, 2) + '\n')
    write(dir, `${p}/data.txt`, 'line of evidence\n'.repeat(1 + ((i * 37) % 11) * 40))
  })
  seal(bundle, dir, ...PACKETS)
  commitAll(dir, 'twelve sealed packets')
  return dir
}

/** Python's json module rewriting a file with its default ensure_ascii: the drift a script causes. */
function rewriteWithPython(file: string): void {
  execFileSync('python3', ['-c', 'import json,sys; p=sys.argv[1]; d=json.load(open(p, encoding="utf-8")); json.dump(d, open(p, "w", encoding="utf-8"), indent=2)', file])
}

interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

function cli(cwd: string, ...args: string[]): CliRun {
  const r = spawnSync(process.execPath, [join(bundle, 'cli.js'), 'verify', ...args], { cwd, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function cliReport(cwd: string, ...args: string[]): { code: number | null; report: Report } {
  const r = cli(cwd, '--json', ...args)
  return { code: r.code, report: checked(JSON.parse(r.stdout)) }
}

const dirs = (report: Report) => report.packets.map(p => p.dir)
const sorted = (list: string[]) => [...list].sort()

describe('CLI: verify --shard K/N', () => {
  let repo: string
  beforeAll(() => {
    repo = sealedRepo()
  })

  test.each(['git', 'worktree'])('source %s: for N = 1..4 the shards verify every packet exactly once', source => {
    const whole = cliReport(repo, '--source', source)
    expect(whole.code).toBe(0)
    expect(sorted(dirs(whole.report))).toEqual(PACKETS)
    expect(whole.report.shard).toBeUndefined()
    for (let n = 1; n <= 4; n++) {
      const seen: string[] = []
      for (let k = 1; k <= n; k++) {
        const { code, report } = cliReport(repo, '--source', source, '--shard', `${k}/${n}`)
        expect(code).toBe(0)
        expect(report.ok).toBe(true)
        expect(report.shard).toEqual({ k, n, total: 12 })
        seen.push(...dirs(report))
      }
      // A multiset comparison: a packet verified twice, or never, makes these differ.
      expect(sorted(seen)).toEqual(sorted(dirs(whole.report)))
    }
  })

  test('shards are balanced: 12 packets in 4 shards of 3 by count (worktree), by bytes within one packet (git)', () => {
    const count = (source: string, k: number) => cliReport(repo, '--source', source, '--shard', `${k}/4`).report
    expect([1, 2, 3, 4].map(k => count('worktree', k).packets.length)).toEqual([3, 3, 3, 3])
    const bytes = [1, 2, 3, 4].map(k => count('git', k).packets.reduce((s, p) => s + p.bytes, 0))
    const largest = Math.max(...cliReport(repo).report.packets.map(p => p.bytes))
    expect(Math.max(...bytes) - Math.min(...bytes)).toBeLessThanOrEqual(largest)
  })

  test('an empty slice passes and says so; the text report names the shard', () => {
    // 13 shards for 12 packets: one shard gets none.
    const runs = Array.from({ length: 13 }, (_, i) => cli(repo, '--shard', `${i + 1}/13`))
    const empty = runs.filter(r => r.stdout.includes('no packet in this slice'))
    expect(empty).toHaveLength(1)
    expect(empty[0].code).toBe(0)
    expect(empty[0].stdout).toMatch(/^seal-gate: shard \d+\/13: no packet in this slice \(12 packets in all\)$/m)
    expect(runs.every(r => r.code === 0)).toBe(true)
    expect(runs[0].stdout).toMatch(/^seal-gate: shard 1\/13: 1 of 12 packets in all$/m)
  })

  test('a drifted packet fails exactly the one shard it lands in', () => {
    const drifted = newRepo()
    cleanup.push(drifted)
    execFileSync('cp', ['-a', `${repo}/.`, drifted])
    rewriteWithPython(join(drifted, DRIFTED, 'report.json'))
    commitAll(drifted, 'a script rewrote one report')
    for (let n = 1; n <= 4; n++) {
      const runs = Array.from({ length: n }, (_, i) => cliReport(drifted, '--shard', `${i + 1}/${n}`))
      const failing = runs.filter(r => r.code !== 0)
      expect(failing).toHaveLength(1)
      expect(failing[0].code).toBe(1)
      expect(failing[0].report.packets.filter(p => !p.ok).map(p => p.dir)).toEqual([DRIFTED])
      expect(failing[0].report.packets.find(p => p.dir === DRIFTED)?.findings[0].causes).toContain('ensure-ascii')
    }
  })

  test('no packet at all stays a failure in every shard', () => {
    const empty = newRepo()
    cleanup.push(empty)
    write(empty, 'README.md', 'nothing sealed\n')
    commitAll(empty, 'no packets')
    for (const k of [1, 2]) {
      const { code, report } = cliReport(empty, '--shard', `${k}/2`)
      expect(code).toBe(1)
      expect(report.findings.map(f => f.kind)).toEqual(['no-packets'])
    }
  })

  test.each(['0/4', '5/4', '4', '1/0', '1/257', 'a/b'])('--shard %s is a usage error (exit 2, one reason)', value => {
    const r = cli(repo, '--shard', value)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.split('\n')[0]).toMatch(/^seal-gate: shard /)
  })
})

describe('Action: input shard', () => {
  let repo: string
  let pr: { base: string; head: string; merge: string }

  beforeAll(() => {
    repo = sealedRepo()
    // Deletes a packet, drifts another, adds a new one.
    pr = pullRequest(repo, () => {
      git(repo, 'rm', '-q', '-r', DELETED)
      rewriteWithPython(join(repo, DRIFTED, 'report.json'))
      write(repo, `${ADDED}/notes.md`, 'a new packet\n')
      seal(bundle, repo, ADDED)
    })
  })

  const action = (inputs: Record<string, string>) =>
    runAction({
      bundle,
      workspace: repo,
      eventName: 'pull_request',
      event: pullRequestEvent(pr.base, pr.head),
      sha: pr.merge,
      inputs: { selftest: 'false', checks: 'false', ...inputs }
    })
  const reportOf = (run: ActionRun) => checked(JSON.parse(readFileSync(run.outputs.report, 'utf8')))
  /** Findings of the append-only rule about the deleted packet. */
  const deletions = (report: Report) => report.findings.filter(f => f.kind === 'reseal' && f.file.startsWith(`${DELETED}/`))

  test.each(['changed', 'all'])('scope %s: for N = 1..4 the shards judge every packet and the deletion exactly once', async scope => {
    const whole = reportOf(await action({ scope }))
    expect(deletions(whole)).toHaveLength(1)
    expect(whole.packets.find(p => p.dir === DRIFTED)?.ok).toBe(false)
    const expected = scope === 'changed' ? [DRIFTED, ADDED] : sorted([...PACKETS.filter(p => p !== DELETED), ADDED])
    expect(sorted(dirs(whole))).toEqual(sorted(expected))

    for (let n = 1; n <= 4; n++) {
      const runs = await Promise.all(Array.from({ length: n }, (_, i) => action({ scope, shard: `${i + 1}/${n}` })))
      const reports = runs.map(reportOf)
      expect(sorted(reports.flatMap(dirs))).toEqual(sorted(dirs(whole)))
      expect(reports.flatMap(deletions)).toHaveLength(1)
      reports.forEach((report, i) => {
        expect(report.shard).toEqual({ k: i + 1, n, total: expected.length })
        // A shard fails exactly when it holds the drifted packet or the deleted one.
        const holds = dirs(report).includes(DRIFTED) || deletions(report).length > 0
        expect(runs[i].code).toBe(holds ? 1 : 0)
        expect(runs[i].outputs.ok).toBe(holds ? 'false' : 'true')
        expect(runs[i].stdout).toContain(`shard ${i + 1}/${n}`)
        // A short run logs no progress group.
        expect(runs[i].commands.some(c => c.name === 'group')).toBe(false)
      })
    }
  })

  test('an empty slice passes with a notice and a summary that say so', async () => {
    // scope changed: 2 packets at HEAD (and one deletion) over 6 shards leave some slice empty.
    const runs = await Promise.all(Array.from({ length: 6 }, (_, i) => action({ scope: 'changed', shard: `${i + 1}/6` })))
    const empty = runs.filter(r => reportOf(r).packets.length === 0 && deletions(reportOf(r)).length === 0)
    expect(empty.length).toBeGreaterThan(0)
    for (const run of empty) {
      expect(run.code).toBe(0)
      const notices = run.commands.filter(c => c.name === 'notice').map(c => c.data)
      expect(notices).toEqual([expect.stringMatching(/^shard [1-6]\/6: no packet in this slice \(2 packets in all\)$/)])
      // The summary escapes ':' as &#58; like every character Markdown or HTML might act on.
      expect(run.summary).toMatch(/This job verified shard [1-6]\/6&#58; no packet in this slice \(2 packets in all\)/)
      expect(run.outputs.packets).toBe('0')
    }
  })

  test('a pull request that only deletes a packet fails exactly the shard that holds it', async () => {
    const only = sealedRepo()
    const del = pullRequest(only, () => git(only, 'rm', '-q', '-r', DELETED))
    const runs = await Promise.all(
      [1, 2, 3].map(k =>
        runAction({
          bundle,
          workspace: only,
          eventName: 'pull_request',
          event: pullRequestEvent(del.base, del.head),
          sha: del.merge,
          inputs: { selftest: 'false', checks: 'false', shard: `${k}/3` }
        })
      )
    )
    expect(runs.map(r => r.code).sort()).toEqual([0, 0, 1])
    const failing = runs.find(r => r.code === 1) as ActionRun
    expect(deletions(reportOf(failing))).toHaveLength(1)
  })

  test('a bad shard value fails the step with a one-line reason', async () => {
    const run = await action({ shard: '5/4' })
    expect(run.code).toBe(1)
    const errors = run.commands.filter(c => c.name === 'error').map(c => c.data)
    expect(errors).toEqual(['seal-gate: input shard 5/4: K must be between 1 and N (4); shards are numbered from 1'])
    expect(run.outputs.ok).toBe('false')
  })
})
