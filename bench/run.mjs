#!/usr/bin/env node
// The seal-gate benchmark (docs/performance.md): builds the current sources into a temporary
// folder, generates its own trees, seals them, then times `seal-gate verify` side by side with
// what a user would run instead and with the least a Node program with its per-file rules pays
// (bench/node-floor.mjs), and prints a Markdown table with medians, throughput, peak RSS and the
// ratio of seal-gate to each peer; then what a pull request touching 1 packet of 1,000
// costs the Action against a full verification (bench/pr.mjs).
//
//   npm run bench                      # the full run (about 1.6 GB of disk, a few minutes)
//   npm run bench -- --quick           # a small smoke run
//   npm run bench -- --runs 7 --only large,cold --out bench-result.md
//
// Every run is warm-cache (one untimed warm-up per command first; caches are never dropped).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statfsSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseBenchArgs, USAGE } from './args.mjs'
import { generateJson, generateLarge, generateSmall, generateTiny, generateOnePacket } from './trees.mjs'
import { generatePullRequest, pullRequestCommands } from './pr.mjs'
import { median, renderReport } from './report.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

const loadAtStart = loadavg()[0]
let options
try {
  options = parseBenchArgs(process.argv.slice(2))
} catch (e) {
  process.stderr.write(`bench: ${e.message}\n`)
  process.exit(2)
}
if (options.help) {
  process.stdout.write(USAGE)
  process.exit(0)
}

const work = mkdtempSync(join(options.tmp ?? tmpdir(), 'seal-gate-bench-'))
let cleaned = false
const cleanup = () => {
  if (cleaned || options.keep) return
  cleaned = true
  rmSync(work, { recursive: true, force: true })
}
process.on('exit', cleanup)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanup()
    process.exit(130)
  })
}

const log = text => process.stderr.write(`${text}\n`)
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null
const nproc = availableParallelism()

try {
  checkDisk()
  const dist = join(work, 'dist')
  log(`building the current sources into ${dist}`)
  mustRun(process.execPath, [join(root, 'scripts/build.mjs'), dist], { cwd: root })
  const cli = join(dist, 'cli.js')

  const scenarios = []
  const generators = {
    large: () => generateLarge(join(work, 'large'), options.largeFiles, options.largeMiB),
    small: () => generateSmall(join(work, 'small'), options.smallFiles, options.smallFolders),
    tiny: () => generateTiny(join(work, 'tiny'), options.tinyFiles),
    json: () => generateJson(join(work, 'json'), options.jsonFiles, options.jsonMiB)
  }
  const gitRows = []
  for (const name of ['large', 'small', 'tiny', 'json']) {
    const inGit = options.only.has(`git${name}`)
    if (!options.only.has(name) && !inGit) continue
    log(`generating ${name}`)
    const tree = generators[name]()
    log(`sealing ${name}: ${tree.files} files, ${tree.bytes} bytes`)
    const sealStart = process.hrtime.bigint()
    mustRun(process.execPath, [cli, 'seal', tree.dir])
    const sealSeconds = Number(process.hrtime.bigint() - sealStart) / 1e9
    writeManifest(tree)
    if (options.only.has(name)) scenarios.push({ ...tree, sealSeconds, results: measureScenario(tree, cli) })
    if (inGit) {
      log(`committing ${name} to a git repository`)
      const repo = commitTree(tree.dir, join(work, `git-${name}`))
      gitRows.push({ ...tree, results: measureCommands(sourceCommands(cli), repo, `git${name}`) })
      if (!options.keep) rmSync(repo, { recursive: true, force: true })
    }
    if (!options.keep) rmSync(tree.dir, { recursive: true, force: true })
  }

  let cold = null
  if (options.only.has('cold')) {
    log('cold start')
    const packet = generateOnePacket(join(work, 'one'))
    mustRun(process.execPath, [cli, 'seal', packet])
    cold = measureCold(cli, packet)
  }

  let pr = null
  if (options.only.has('pr')) {
    log(`pull request: generating and sealing ${options.prPackets} packets of ${options.prFiles} files in a git repository`)
    const repo = generatePullRequest(join(work, 'pr'), options.prPackets, options.prFiles, cli, options.prFileKiB * 1024)
    const one = generatePullRequest(join(work, 'pr-one'), 1, options.prFiles, cli, options.prFileKiB * 1024)
    pr = { ...repo, fileKiB: options.prFileKiB, results: measureCommands(pullRequestCommands(repo, join(dist, 'index.js'), work, one), repo.dir, 'pr') }
    if (!options.keep) for (const d of [repo.dir, one.dir]) rmSync(d, { recursive: true, force: true })
  }

  const machine = describeMachine(loadAtStart, loadavg()[0])
  const fullSize =
    options.largeFiles * options.largeMiB >= 1024 && options.smallFiles >= 20000 && options.tinyFiles >= 100000 && options.jsonFiles * options.jsonMiB >= 128 && options.prPackets >= 1000
  const markdown = renderReport({ machine, scenarios, gitRows, cold, pr, runs: options.runs, nproc, fullSize })
  process.stdout.write(markdown)
  if (options.out) writeFileSync(options.out, markdown)
} finally {
  cleanup()
}

function checkDisk() {
  const need = options.largeFiles * options.largeMiB * 2 ** 20 + options.smallFiles * 12288 + options.tinyFiles * 8192 + options.jsonFiles * options.jsonMiB * 2 ** 20 + options.prPackets * options.prFiles * options.prFileKiB * 1024 * 2 + 2 ** 28
  const stat = statfsSync(work)
  const free = stat.bavail * stat.bsize
  if (free < need) throw new Error(`not enough free disk under ${work}: ${free} bytes free, about ${need} needed`)
}

function writeManifest(tree) {
  const seal = JSON.parse(readFileSync(join(tree.dir, 'seal.json'), 'utf8'))
  tree.manifest = join(work, `${tree.name}.sha256`)
  writeFileSync(tree.manifest, seal.files.map(f => `${f.sha256}  ${f.path}\n`).join(''))
  tree.bytes = seal.files.reduce((n, f) => n + f.bytes, 0)
  tree.files = seal.files.length
}

/** Moves the tree (a packet) to folder `p` of a new repository `repo` and commits it there; returns `repo`. */
function commitTree(dir, repo) {
  mkdirSync(repo)
  renameSync(dir, join(repo, 'p'))
  const git = (...args) => mustRun('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repo })
  git('init', '-q', '-b', 'main')
  git('config', 'core.compression', '0')
  // No automatic gc in the background after the commit: it would load the machine while the runs
  // are timed, and can still be writing into .git when the tree is removed. The objects are packed
  // once instead, as in a clone (a checkout on a runner): `git ls-tree -l` reads the size of every
  // loose object from its file, which on 100,000 of them took longer than the verification.
  git('config', 'gc.auto', '0')
  git('add', '-A')
  git('commit', '-q', '-m', 'tree')
  git('repack', '-a', '-d', '-q')
  return repo
}

/** The same verification from the two byte sources: the files on disk, and the commit (its working tree equal to it). */
function sourceCommands(cli) {
  const q = s => `'${s.replaceAll("'", "'\\''")}'`
  return ['worktree', 'git'].map(source => {
    const argv = [process.execPath, cli, 'verify', '--source', source, 'p']
    return { id: `source-${source}`, label: `seal-gate verify --source ${source}`, argv, shown: argv.map(q).join(' ') }
  })
}

/** The commands compared on one tree; each runs with the packet as its working directory. */
function commands(tree, cli) {
  const q = s => `'${s.replaceAll("'", "'\\''")}'`
  // -n gives every core work: without it xargs packs all paths into as few commands as fit.
  const perCommand = Math.max(1, Math.ceil(tree.files / (nproc * 8)))
  const list = "find . -type f ! -path ./seal.json -print0"
  return [
    { id: 'seal-gate', label: 'seal-gate verify', argv: [process.execPath, cli, 'verify', '.'] },
    {
      id: 'seal-gate-main',
      label: 'seal-gate verify, main thread only',
      argv: [process.execPath, cli, 'verify', '.'],
      env: { SEAL_GATE_HASH_THREADS: '0' }
    },
    { id: 'sha256sum-c', label: 'sha256sum -c', argv: ['sha256sum', '-c', '--quiet', tree.manifest] },
    {
      id: 'xargs-sha256sum',
      label: `find | xargs -P${nproc} -n ${perCommand} sha256sum`,
      argv: ['sh', '-c', `${list} | xargs -0 -P${nproc} -n ${perCommand} sha256sum > /dev/null`]
    },
    {
      id: 'openssl',
      label: 'find | xargs openssl dgst -sha256 (sequential)',
      argv: ['sh', '-c', `${list} | xargs -0 openssl dgst -sha256 > /dev/null`]
    },
    {
      // What any Node program with seal-gate's per-file rules pays here (bench/node-floor.mjs).
      id: 'node-floor',
      label: 'Node floor: the same per-file reads, nothing else',
      argv: [process.execPath, join(root, 'bench/node-floor.mjs'), tree.manifest]
    }
  ].map(c => ({ ...c, shown: [...Object.entries(c.env ?? {}).map(([k, v]) => `${k}=${v}`), ...c.argv.map(q)].join(' ') }))
}

function measureScenario(tree, cli) {
  return measureCommands(commands(tree, cli), tree.dir, tree.name)
}

function measureCommands(list, cwd, name) {
  const samples = new Map(list.map(c => [c.id, []]))
  for (const c of list) timed(c, c.cwd ?? cwd) // warm-up, untimed: every run is warm-cache
  for (let run = 0; run < options.runs; run++) {
    // Round robin, so that a burst of noise does not land on one command only.
    for (const c of list) samples.get(c.id).push(timed(c, c.cwd ?? cwd))
    log(`  ${name}: run ${run + 1}/${options.runs} done`)
  }
  return list.map(c => summarize(c, samples.get(c.id)))
}

function measureCold(cli, packet) {
  const base = { id: 'node', label: 'node -e 0', argv: [process.execPath, '-e', '0'] }
  const verify = { id: 'seal-gate', label: 'seal-gate verify (one packet, 5 files)', argv: [process.execPath, cli, 'verify', packet] }
  const runs = Math.max(options.runs * 2, 5)
  const samples = { node: [], 'seal-gate': [] }
  timed(base, packet)
  timed(verify, packet)
  for (let i = 0; i < runs; i++) {
    samples.node.push(timed(base, packet))
    samples['seal-gate'].push(timed(verify, packet))
  }
  return { runs, node: summarize(base, samples.node), verify: summarize(verify, samples['seal-gate']) }
}

/** Runs one command, returns {seconds, rssKiB}; a failing command stops the benchmark. */
function timed(command, cwd) {
  const rssFile = join(work, 'rss')
  const argv = timeBin ? [timeBin, '-f', '%M %U %S', '-o', rssFile, ...command.argv] : command.argv
  const start = process.hrtime.bigint()
  const r = spawnSync(argv[0], argv.slice(1), {
    cwd,
    env: { ...process.env, ...(command.env ?? {}) },
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: options.timeoutSeconds * 1000,
    maxBuffer: 1 << 20
  })
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (r.error) throw new Error(`${command.label}: ${r.error.message}`)
  if (r.status !== 0) throw new Error(`${command.label} exited ${r.status ?? r.signal}: ${r.stderr.toString().slice(0, 2000)}`)
  // GNU time's last line: peak RSS (KiB), user and system CPU seconds of the command and its children.
  const [rssKiB, user, system] = timeBin ? readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number) : [null, null, null]
  return { seconds, rssKiB, cpuSeconds: timeBin ? user + system : null }
}

function summarize(command, samples) {
  const seconds = samples.map(s => s.seconds)
  const rss = samples.map(s => s.rssKiB).filter(v => v !== null)
  const cpu = samples.map(s => s.cpuSeconds).filter(v => v !== null)
  return {
    cpu: cpu.length > 0 ? median(cpu) : null,
    id: command.id,
    label: command.label,
    shown: command.shown,
    median: median(seconds),
    min: Math.min(...seconds),
    max: Math.max(...seconds),
    peakRssKiB: rss.length > 0 ? Math.max(...rss) : null
  }
}

function mustRun(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], timeout: options.timeoutSeconds * 1000, ...opts })
  if (r.error) throw r.error
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status ?? r.signal}: ${r.stderr.toString().slice(0, 2000)}`)
}

function describeMachine(loadBefore, loadAfter) {
  const cpuModel = (() => {
    try {
      const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find(l => l.startsWith('model name'))
      return line ? line.split(':')[1].trim() : cpus()[0]?.model
    } catch {
      return cpus()[0]?.model
    }
  })()
  const openssl = spawnSync('openssl', ['version'], { encoding: 'utf8' }).stdout?.trim()
  const sha256sum = spawnSync('sha256sum', ['--version'], { encoding: 'utf8' }).stdout?.split('\n')[0]
  const flags = (() => {
    try {
      const f = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find(l => l.startsWith('flags')) ?? ''
      return /\bsha_ni\b/.test(f) ? 'yes' : 'no'
    } catch {
      return 'unknown'
    }
  })()
  return {
    nproc,
    cpuModel,
    shaNi: flags,
    node: process.version,
    openssl,
    sha256sum,
    loadBefore,
    loadAfter,
    // The benchmark itself keeps every core busy, so only the load before it started says whether
    // something else was running.
    loaded: loadBefore > 0.5,
    rssSource: timeBin ? 'GNU time %M (max RSS of the largest process of the command)' : 'not available (no /usr/bin/time)'
  }
}
