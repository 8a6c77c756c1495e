// The pull-request part of the benchmark: a git repository of many small sealed packets, and a
// pull request that changes one of them. The Action bundle runs on that pull_request event the
// way the runner runs it (INPUT_* variables, an event file, the merge commit checked out), once
// with scope `changed` and once with scope `all`: what a pull request costs against what a full
// verification costs. No network: the check run stays off (`checks: false`, no token).
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { generator, pool } from './trees.mjs'

const git = (dir, ...args) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 }).trim()

/**
 * `packets` packets of `files` files each (100 B to `maxBytes`, default 8 KiB, seeded), sealed with
 * `cli`, committed on main; then a branch that adds one file to one packet and re-seals it, merged
 * back with --no-ff (the merge commit is what a pull_request run checks out).
 */
export function generatePullRequest(dir, packets, files, cli, maxBytes = 8192) {
  mkdirSync(dir, { recursive: true })
  const next = generator(0x9e11)
  const source = pool(Math.max(1 << 20, 2 * maxBytes), 0x9e12)
  let bytes = 0
  const dirs = []
  for (let p = 0; p < packets; p++) {
    const packet = join('packets', `p${String(p).padStart(4, '0')}`)
    dirs.push(join(dir, packet))
    mkdirSync(join(dir, packet, 'data'), { recursive: true })
    for (let f = 0; f < files; f++) {
      const size = 100 + (next() % (maxBytes - 100 + 1))
      const offset = next() % (source.length - size)
      writeFileSync(join(dir, packet, f % 2 === 0 ? 'data' : '.', `f${String(f).padStart(3, '0')}.dat`), source.subarray(offset, offset + size))
      bytes += size
    }
  }
  // `seal` takes many folders at once; in slices, to stay far from the argument-length limit.
  for (let i = 0; i < dirs.length; i += 200) execFileSync(process.execPath, [cli, 'seal', ...dirs.slice(i, i + 200)], { stdio: 'ignore' })
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'config', 'user.email', 'bench@example.invalid')
  git(dir, 'config', 'user.name', 'bench')
  git(dir, 'config', 'commit.gpgsign', 'false')
  // Large repositories commit in seconds, not minutes: storing random bytes compressed gains nothing.
  git(dir, 'config', 'core.compression', '0')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'packets')
  const base = git(dir, 'rev-parse', 'HEAD')
  git(dir, 'checkout', '-q', '-b', 'topic')
  const touched = dirs[Math.floor(packets / 2)]
  writeFileSync(join(touched, 'addendum.md'), '# Addendum\n\nOne more file, sealed with the packet.\n')
  execFileSync(process.execPath, [cli, 'seal', touched], { stdio: 'ignore' })
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'change one packet')
  const head = git(dir, 'rev-parse', 'HEAD')
  git(dir, 'checkout', '-q', 'main')
  git(dir, 'merge', '-q', '--no-ff', '-m', 'Merge topic', 'topic')
  const merge = git(dir, 'rev-parse', 'HEAD')
  return { dir, base, head, merge, packets, files: packets * files + 1, bytes }
}

/**
 * The Action runs compared, as bench commands (run inside the repository): scope changed and scope
 * all; with `fixed`, a repository of one packet changed the same way, where scope changed costs
 * only what every run costs whatever the repository (Node, the bundle, the self-test, git).
 */
export function pullRequestCommands(repo, bundle, work, fixed = null) {
  const commands = prCommands(repo, bundle, work, 'pr')
  if (fixed === null) return commands
  const [one] = prCommands(fixed, bundle, work, 'pr-one')
  return [...commands, { ...one, id: 'pr-fixed', label: 'Action, scope changed, repository of 1 packet (the fixed cost)', cwd: fixed.dir }]
}

function prCommands(repo, bundle, work, tag) {
  const eventPath = join(work, `${tag}-event.json`)
  // The re-seal of a packet that exists on the base is allowed by the label, so both runs pass.
  const event = { action: 'synchronize', pull_request: { base: { sha: repo.base }, head: { sha: repo.head }, labels: [{ name: 'reseal-approved' }] } }
  writeFileSync(eventPath, JSON.stringify(event))
  const output = join(work, `${tag}-output`)
  const summary = join(work, `${tag}-summary.md`)
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const env = scope => ({
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: repo.merge,
    GITHUB_REPOSITORY: 'bench/packets',
    GITHUB_WORKSPACE: repo.dir,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: work,
    GITHUB_API_URL: 'http://127.0.0.1:9',
    // The inputs as the runner passes them: every one, action.yml's default where not set.
    INPUT_PATH: '.',
    'INPUT_SEAL-FILE': 'seal.json',
    INPUT_SCOPE: scope,
    'INPUT_GITHUB-TOKEN': '',
    INPUT_CHECKS: 'false',
    INPUT_SOURCE: 'auto',
    INPUT_REF: 'HEAD',
    'INPUT_RESEAL-LABEL': 'reseal-approved',
    INPUT_CONFIG: '',
    INPUT_SELFTEST: 'true',
    INPUT_SHARD: ''
  })
  const shown = scope => `INPUT_SCOPE=${scope} '${process.execPath}' '${bundle}' (pull_request event, merge commit checked out, checks off, every other input at its default)`
  return [
    { id: 'pr-changed', label: 'Action, scope changed (1 packet touched)', argv: [process.execPath, bundle], env: env('changed'), shown: shown('changed') },
    { id: 'pr-all', label: `Action, scope all (${repo.packets} packets)`, argv: [process.execPath, bundle], env: env('all'), shown: shown('all') }
  ]
}
