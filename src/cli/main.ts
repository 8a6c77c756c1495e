/**
 * The `seal-gate` command line. Exit codes: 0 every packet verified (and at least one found),
 * 1 anything fell short, 2 bad usage or an environment error. An internal error is never 0.
 */
import { resolve } from 'node:path'
import pkg from '../../package.json' with { type: 'json' }
import { ConfigError } from '../core/json/config-error.js'
import { UsageError } from '../core/usage-error.js'
import { sealPacket, SealRefused, type SealOptions } from '../core/seal-packet.js'
import { DEFAULT_SEAL_FILE } from '../core/seal-file.js'
import { selftest, selftestProblems, selftestSummary } from '../core/selftest.js'
import { parseShard } from '../core/shard.js'
import { verifyWithSource, type SourceOptions } from '../git/verify-committed.js'
import { parseArgs } from './args.js'
import { formatText, printable, short } from './format-text.js'
import { ProgressLine } from './progress-line.js'

export const HELP = `seal-gate ${pkg.version}: fail when the bytes of a sealed evidence packet drift, and say why.

Usage:
  seal-gate verify [--json] [--seal-file NAME] [--config FILE] [--source auto|git|worktree] [--ref REF]
                  [--base REF [--allow-reseal]] [--shard K/N] [--no-progress] [PATH...]
      Verify every packet (a directory holding seal.json) at or under each PATH (default: .).
      Exit 0 when all verified and at least one was found, 1 otherwise, 2 on bad usage.
      --json prints the report as JSON (docs/report-format.md).
      --config FILE: JSON validation rules (default .github/seal-gate.yml when present;
      docs/json-validation.md), read with its schemas from the commit in git mode and from
      disk in worktree mode. A broken configuration exits 2.
      --source: committed bytes (git), files on disk (worktree), or git inside a repository
      and worktree outside one (auto, the default); --ref: the commit judged (default HEAD);
      --base: packets sealed there must keep their seal, unless --allow-reseal (docs/git.md).
      --shard K/N: verify only slice K of N (1 <= K <= N <= 256), balanced by bytes; N runs with
      the same other arguments verify every packet exactly once (docs/action.md, "Sharding").
      On a terminal, progress is shown on stderr; --no-progress (or --json) turns it off.
  seal-gate seal [--seal-file NAME] DIR...
  seal-gate seal [--seal-file NAME] [--reference PATH=CANONICAL]... [--drop-reference PATH]... DIR
      Write or refresh DIR/seal.json from the bytes in DIR (docs/seal-format.md).
      --reference: seal PATH (in the packet, absent from it) as a reference to the canonical
      file CANONICAL (a path from the root of DIR's repository) instead of a copy. Re-sealing keeps
      every reference of the current seal, re-hashes its canonical file and says so;
      --drop-reference PATH drops one (then seal the copy, or nothing, at PATH).
  seal-gate selftest
      Prove that this gate fails closed here: drift a packet in a temporary folder once per
      class it catches, and check that each copy fails and the untouched one passes.
  seal-gate help | --help
  seal-gate version | --version
`

const SPEC = {
  verify: {
    '--json': false,
    '--seal-file': true,
    '--config': true,
    '--source': true,
    '--ref': true,
    '--base': true,
    '--allow-reseal': false,
    '--shard': true,
    '--no-progress': false
  },
  seal: { '--seal-file': true, '--reference': 'many' as const, '--drop-reference': 'many' as const },
  selftest: {},
  help: {},
  version: {}
}

export interface Io {
  out: (text: string) => void
  err: (text: string) => void
  cwd: string
  /** stderr is a terminal: progress may be drawn there. */
  errIsTerminal?: boolean
  /** Width of that terminal, when known. */
  columns?: () => number | undefined
}

const processIo: Io = {
  out: t => process.stdout.write(t),
  err: t => process.stderr.write(t),
  cwd: process.cwd(),
  errIsTerminal: process.stderr.isTTY === true,
  columns: () => process.stderr.columns
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const first = argv[0]
    if (first === '--help' || first === '-h') return help(io)
    if (first === '--version') return version(io)
    const args = parseArgs(argv, SPEC)
    const sealFile = sealFileFlag(args.flags.get('--seal-file'))
    switch (args.command) {
      case 'help':
        return help(io)
      case 'version':
        return version(io)
      case 'seal':
        return await sealCommand(args.paths, sealFile, io, referenceFlags(args.lists))
      case 'selftest':
        if (args.paths.length > 0) throw new UsageError('selftest takes no arguments')
        return await selftestCommand(io)
      default:
        return await verifyCommand(args.paths, args.flags, sealFile, io)
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      io.err(`seal-gate: ${printable(e.message)}\nRun 'seal-gate --help' for usage.\n`)
      return 2
    }
    const message = e instanceof Error ? e.message : String(e)
    io.err(`seal-gate: internal error, failing closed: ${printable(message)}\n`)
    if (process.env.SEAL_GATE_DEBUG && e instanceof Error && e.stack) io.err(`${e.stack}\n`)
    return 1
  }
}

function sealFileFlag(value: string | true | undefined): string {
  if (value === undefined) return DEFAULT_SEAL_FILE
  if (value === true || value === '' || /[/\\\u0000]/.test(value) || value === '.' || value === '..') {
    throw new UsageError('--seal-file takes a plain file name')
  }
  return value
}

function sourceFlags(flags: Map<string, string | true>): SourceOptions {
  const value = (name: string) => {
    const v = flags.get(name)
    if (v === true || v === '') throw new UsageError(`${name} needs a value`)
    return v
  }
  const source = value('--source')
  if (source !== undefined && source !== 'auto' && source !== 'git' && source !== 'worktree') {
    throw new UsageError('--source takes auto, git or worktree')
  }
  const base = value('--base')
  if (flags.has('--allow-reseal') && base === undefined) throw new UsageError('--allow-reseal needs --base')
  const shard = value('--shard')
  return {
    source,
    ref: value('--ref'),
    base,
    allowReseal: flags.has('--allow-reseal'),
    config: value('--config'),
    shard: shard === undefined ? undefined : parseShard(shard)
  }
}

async function verifyCommand(paths: string[], flags: Map<string, string | true>, sealFile: string, io: Io): Promise<number> {
  const json = flags.has('--json')
  const options = sourceFlags(flags)
  const line = !json && !flags.has('--no-progress') && io.errIsTerminal === true ? new ProgressLine(io.err, io.columns) : null
  let report
  try {
    report = await verifyWithSource({ ...options, paths, cwd: io.cwd, sealFile, onProgress: line?.update })
  } finally {
    line?.clear()
  }
  for (const w of report.warnings ?? []) io.err(`seal-gate: warning: ${printable(w.message)}\n`)
  io.out(json ? JSON.stringify(report, null, 2) + '\n' : formatText(report))
  return report.ok ? 0 : 1
}

/** Exit 0 only when every drifted copy failed with its cause named and the control passed. */
async function selftestCommand(io: Io): Promise<number> {
  const result = await selftest()
  for (const problem of selftestProblems(result)) io.err(`seal-gate: selftest: ${printable(problem)}\n`)
  io.out(`${selftestSummary(result)}\n`)
  return result.passed ? 0 : 1
}

/** `--reference PATH=CANONICAL` and `--drop-reference PATH`, for one packet. */
function referenceFlags(lists: Map<string, string[]>): SealOptions {
  const references = new Map<string, string>()
  for (const value of lists.get('--reference') ?? []) {
    const eq = value.indexOf('=')
    if (eq <= 0 || eq === value.length - 1) throw new UsageError(`--reference takes PATH=CANONICAL, not ${JSON.stringify(value)}`)
    const path = value.slice(0, eq)
    if (references.has(path)) throw new UsageError(`--reference ${path} is given twice`)
    references.set(path, value.slice(eq + 1))
  }
  const dropReferences = lists.get('--drop-reference') ?? []
  const both = dropReferences.find(p => references.has(p))
  if (both !== undefined) throw new UsageError(`${both} is both given a --reference and dropped`)
  return { references, dropReferences }
}

async function sealCommand(dirs: string[], sealFile: string, io: Io, options: SealOptions): Promise<number> {
  if (dirs.length === 0) throw new UsageError('seal needs at least one DIR')
  const asked = options.references?.size ?? 0
  if ((asked > 0 || (options.dropReferences?.length ?? 0) > 0) && dirs.length !== 1) {
    throw new UsageError('--reference and --drop-reference seal one DIR at a time')
  }
  // Deepest first, so that a packet inside another is sealed before the packet that holds it.
  const ordered = [...new Set(dirs.map(d => resolve(io.cwd, d)))].sort((a, b) => b.split('/').length - a.split('/').length)
  let failed = 0
  for (const dir of ordered) {
    try {
      const seal = await sealPacket(dir, sealFile, options)
      const refs = [...seal.files].filter(f => f.ref !== undefined)
      io.out(`sealed ${printable(dir)}  tree ${short(seal.tree)}  (${seal.files.length} files${refs.length > 0 ? `, ${refs.length} by reference` : ''})\n`)
      for (const f of refs) {
        const kept = options.references?.has(f.path) !== true
        io.out(`  ${kept ? 'kept reference' : 'reference'} ${printable(f.path)} -> ${printable(f.ref as string)}  sha256 ${short(f.sha256)}${kept ? ' (from the current seal)' : ''}\n`)
      }
      for (const path of options.dropReferences ?? []) io.out(`  dropped reference ${printable(path)}\n`)
    } catch (e) {
      if (e instanceof SealRefused) {
        failed++
        io.err(`seal-gate: ${printable(dir)}: ${printable(e.message)}\n`)
        continue
      }
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(`${dir} is not a directory`)
      throw e
    }
  }
  return failed === 0 ? 0 : 1
}

function help(io: Io) {
  io.out(HELP)
  return 0
}

function version(io: Io) {
  io.out(`seal-gate ${pkg.version}\n`)
  return 0
}
