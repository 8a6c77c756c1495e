/**
 * Verification with a choice of byte source (docs/git.md): `git` judges the bytes of a commit
 * (HEAD or `ref`), `worktree` the files on disk, `auto` the commit inside a git repository and the
 * disk outside one. With a `base`, packets that existed at the base must keep their seal
 * (append-only) unless re-sealing is allowed.
 */
import { realpathSync } from 'node:fs'
import { resolve } from 'node:path'
import { resealFindings } from '../core/append-only.js'
import { discoveryFindings } from '../core/discover.js'
import { finding, type Finding } from '../core/finding.js'
import { reportOk, type Report, type Warning } from '../core/report.js'
import { reportDirOf, reportPath } from '../core/repo-root.js'
import { DEFAULT_SEAL_FILE } from '../core/seal-file.js'
import { shardFilter } from '../core/shard.js'
import { UsageError } from '../core/usage-error.js'
import { verify, verifyPackets, type VerifyOptions } from '../core/verify.js'
import { SEAL_FILE_LIMIT } from '../core/verify-packet.js'
import { BaseUnavailable, ensureBase, resolveCommit } from './base-commit.js'
import { CommitFiles } from './commit-files.js'
import { committedPackets } from './committed-packets.js'
import { GitSource } from './git-source.js'
import { lfsSinceBase } from './lfs-since-base.js'
import { repositoryAt, type Repository } from './repository.js'
import { listTree, type TreeEntry } from './tree-listing.js'
import { SealedHistory } from './sealed-history.js'
import type { ObjectFormat } from './worktree-digest.js'

export type SourceMode = 'auto' | 'git' | 'worktree'
export const SOURCE_MODES: readonly SourceMode[] = ['auto', 'git', 'worktree']

export interface SourceOptions extends Omit<VerifyOptions, 'source'> {
  /** Where bytes come from (default `auto`). */
  source?: SourceMode
  /** Commit judged in git mode (default HEAD). */
  ref?: string
  /** Base of the change: packets sealed there are append-only. */
  base?: string
  /** Re-sealing allowed (a label on the pull request): reseal findings become warnings. */
  allowReseal?: boolean
  /**
   * The repository around `cwd` and the commit `ref` names, when the caller asked them already in
   * this run (repositoryAt with the same cwd and ref); used by source git and auto only.
   */
  repository?: Repository
}

export async function verifyWithSource(options: SourceOptions = {}): Promise<Report> {
  const mode = options.source ?? 'auto'
  if (!SOURCE_MODES.includes(mode)) throw new UsageError(`source must be auto, git or worktree, not ${JSON.stringify(mode)}`)
  const cwd = resolve(options.cwd ?? process.cwd())
  const ref = options.ref ?? 'HEAD'
  // On disk, HEAD is where history diagnosis starts; asked in the same git process as the repository.
  const repository = mode !== 'worktree' && options.repository !== undefined ? options.repository : await repositoryAt(cwd, mode === 'worktree' ? 'HEAD' : ref)
  if (mode === 'worktree') return worktreeOnly(options, cwd, 'worktree', repository)
  if (repository === null) {
    if (mode === 'git') throw new UsageError(`source git: ${cwd} is not inside a git repository (or git is not installed)`)
    return worktreeOnly(options, cwd, 'auto', null)
  }
  const { top: repoRoot, objectFormat, commit } = repository
  if (commit === null) throw new UsageError(`ref ${JSON.stringify(ref)} names no commit in ${repoRoot}`)
  const head = ref === 'HEAD' ? commit : await resolveCommit(repoRoot, 'HEAD')
  const format = objectFormat as ObjectFormat
  if (format !== 'sha1' && format !== 'sha256') throw new UsageError(`unknown git object format ${JSON.stringify(format)}`)

  const sealFile = options.sealFile ?? DEFAULT_SEAL_FILE
  const source = await GitSource.open({ repoRoot, commit, objectFormat: format, warnWorktree: commit === head })
  const history = new SealedHistory({ repoRoot, commit, judged: true, base: options.base, sealFile })
  try {
    // Search paths are resolved on disk's spelling of the repository (symbolic links in cwd resolved).
    const realCwd = safeRealpath(cwd)
    const roots = (options.paths && options.paths.length > 0 ? options.paths : ['.']).map(p => resolve(realCwd, p))
    const discovery = source.discover(roots, sealFile)
    const findings = discoveryFindings(discovery.problems, repoRoot)
    const { config, onProgress, shard } = options
    // Shards balance by committed bytes, known from the tree listing without reading a blob.
    const dirs = discovery.packets.map(abs => reportPath(repoRoot, abs))
    const shardSizes = shard ? packetBytes(source.tree.entries.values(), dirs) : undefined
    // The configuration and its schemas are judged as committed too, like the packets.
    const repoFiles = await CommitFiles.open(repoRoot, commit)
    const report = await verifyPackets(discovery.packets, { sealFile, repoRoot, source, config, onProgress, shard, shardSizes, sealedBytes: history.lookup, repoFiles }, findings)
    for (const f of report.findings) {
      if (f.kind === 'no-packets') f.message += ` in commit ${commit.slice(0, 12)} (source: git; uncommitted packets are verified with source worktree)`
    }
    const warnings: Warning[] = await source.worktreeWarnings()
    if (commit === head) warnings.push(...(await repoFiles.worktreeWarnings()))
    if (options.base !== undefined) {
      await appendOnly(report, { repoRoot, roots, sealFile, source, base: options.base, allowReseal: options.allowReseal === true, warnings, inShard: shard ? shardFilter(dirs, shard, shardSizes) : () => true })
    }
    return withWarnings(report, warnings)
  } finally {
    history.close()
    source.close()
  }
}

function withWarnings(report: Report, warnings: Warning[]): Report {
  const out: Report = { ...report, ok: reportOk(report.packets, report.findings, report.shard) }
  if (warnings.length > 0) out.warnings = [...(report.warnings ?? []), ...warnings]
  return out
}

/**
 * Verifies the files on disk. Inside a git repository (source worktree), a drifted file is still
 * diagnosed from history, starting at HEAD: before a commit, the sealed bytes are usually there.
 */
async function worktreeOnly(options: SourceOptions, cwd: string, mode: SourceMode, repository: Repository | null): Promise<Report> {
  if (options.base !== undefined) {
    throw new UsageError(`base needs the committed bytes of a git repository (source ${mode} reads ${cwd} from disk)`)
  }
  if (options.ref !== undefined && options.ref !== 'HEAD') throw new UsageError(`ref needs source git (source ${mode} reads ${cwd} from disk)`)
  const { source: _mode, ref: _ref, base: _base, allowReseal: _allow, repository: _repository, ...rest } = options
  const head = repository?.commit ?? null
  if (repository === null || head === null) return verify({ ...rest, cwd })
  const history = new SealedHistory({ repoRoot: repository.top, commit: head, judged: false, sealFile: options.sealFile ?? DEFAULT_SEAL_FILE })
  try {
    return await verify({ ...rest, cwd, sealedBytes: history.lookup })
  } finally {
    history.close()
  }
}

interface AppendOnlyContext {
  repoRoot: string
  roots: string[]
  sealFile: string
  source: GitSource
  base: string
  allowReseal: boolean
  warnings: Warning[]
  /** Whether a packet directory is this shard's (the verification's own assignment). */
  inShard: (dir: string) => boolean
}

/** Compares every packet sealed at the base with the head; adds `reseal` findings (or warnings when allowed). */
async function appendOnly(report: Report, ctx: AppendOnlyContext): Promise<void> {
  let baseCommit: string
  try {
    baseCommit = (await ensureBase(ctx.repoRoot, ctx.base)).commit
  } catch (e) {
    if (!(e instanceof BaseUnavailable)) throw e
    report.findings.push(finding('config', '.', e.message))
    return
  }
  const baseName = `base ${baseCommit.slice(0, 12)}`
  // Only the packets under the roots are compared: list only those (scope changed: a few packets).
  const rels = ctx.roots.map(root => ctx.source.relativePath(root)).filter((rel): rel is string => rel !== null)
  const baseTree = await listTree(ctx.repoRoot, baseCommit, rels.includes('') ? undefined : rels)
  const blobs = ctx.source.blobs
  const headEntries = ctx.source.tree.entries
  const judge = (dir: string | null, found: Finding[]) => {
    if (ctx.allowReseal) {
      for (const f of found) ctx.warnings.push({ file: f.file, message: `re-seal allowed: ${f.message}` })
    } else attach(report, dir, found)
  }
  // The base's packets are found as the head's are (committed-packets.ts), each once.
  const basePackets = new Set(committedPackets(baseTree, rels, ctx.sealFile).packets.filter(dir => ctx.inShard(dir)))
  for (const dir of basePackets) {
    const sealPath = dir === '.' ? ctx.sealFile : `${dir}/${ctx.sealFile}`
    const entry = baseTree.entries.get(sealPath) as TreeEntry
    const now = headEntries.get(sealPath)
    if (now !== undefined && now.kind === 'file' && now.oid === entry.oid) continue
    const base = await blobs.read(entry.oid, SEAL_FILE_LIMIT)
    const head = now !== undefined && now.kind === 'file' ? await blobs.read(now.oid, SEAL_FILE_LIMIT) : null
    judge(dir, resealFindings({ dir, base, head }, ctx.sealFile, baseName))
  }
  const lfs = await lfsSinceBase({
    pointers: ctx.source.lfsPaths(),
    basePackets,
    headPackets: report.packets.map(p => p.dir),
    // Canonical files may lie outside the roots listed above: those are listed on their own.
    baseEntries: async paths => (paths.every(p => baseTree.entries.has(p)) ? baseTree : await listTree(ctx.repoRoot, baseCommit, paths)).entries,
    blobs,
    baseName
  })
  for (const { dir, finding: f } of lfs) judge(dir, [f])
}

function attach(report: Report, dir: string | null, found: Finding[]) {
  if (found.length === 0) return
  const packet = dir === null ? undefined : report.packets.find(p => p.dir === dir)
  if (packet === undefined) {
    report.findings.push(...found)
    return
  }
  // Same stable order as the verifier's own: by file (bytes), then kind.
  packet.findings = [...packet.findings, ...found].sort((a, b) =>
    a.file === b.file ? (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) : Buffer.compare(Buffer.from(a.file), Buffer.from(b.file))
  )
  packet.ok = false
}

/** Committed bytes of the files at or under each packet directory (nested packets count in both). */
function packetBytes(entries: Iterable<TreeEntry>, dirs: readonly string[]): Map<string, number> {
  const out = new Map(dirs.map(d => [d, 0]))
  for (const entry of entries) {
    if (entry.kind !== 'file') continue
    let dir = entry.path
    while (dir !== '.') {
      dir = reportDirOf(dir)
      const sum = out.get(dir)
      if (sum !== undefined) out.set(dir, sum + entry.size)
    }
  }
  return out
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}
