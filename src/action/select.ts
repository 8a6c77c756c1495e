/**
 * Choosing the packets to verify: the `path` input matched against the commit judged in git mode
 * (commit-paths.ts) or expanded on disk with @actions/glob otherwise (symbolic links never
 * followed), the packets under those roots found in the commit or by the core's discovery, and, with scope
 * `changed`, only the packets the change touched (from git), those whose seal references a
 * changed file included.
 */
import { existsSync } from 'node:fs'
import { lstat, realpath } from 'node:fs/promises'
import { basename, resolve, sep } from 'node:path'
import * as glob from '@actions/glob'
import { discoverPackets, discoveryFindings } from '../core/discover.js'
import type { Finding } from '../core/finding.js'
import { reportPath } from '../core/repo-root.js'
import { ensureBase, knownCommit } from '../git/base-commit.js'
import { changedFiles } from '../git/changed-files.js'
import { committedPackets } from '../git/committed-packets.js'
import { repositoryAt, type Repository } from '../git/repository.js'
import { sealedReferences } from '../git/sealed-references.js'
import { listTree } from '../git/tree-listing.js'
import { commitRoots, isInside } from './commit-paths.js'
import type { EventInfo } from './event.js'
import { InputError, type Settings } from './inputs.js'
import { touchedPackets } from './touched-packets.js'

export interface Selection {
  /** Absolute packet directories to verify. */
  packets: string[]
  /**
   * What to hand the verifier as search roots: the expanded `path` roots with scope `all`; with
   * scope `changed`, the touched packets plus the directories of packets the change deleted (in
   * git mode those are still found in the commits, so a deletion meets the append-only rule).
   */
  roots: string[]
  /** Findings made while searching (places that could not be searched). */
  findings: Finding[]
  /** How many packets discovery found before the scope filter. */
  discovered: number
  /** Scope `changed` and the change touched no packet: the one case where zero packets pass. */
  untouched: boolean
  /** Lines for the log and summary (repository text inside: print through the guard). */
  notes: string[]
  /** In git mode, the repository and the commit judged, as asked here: the verifier need not ask again. */
  repository?: Repository
}

/** The search roots: each line of `path` expanded; a line that matches nothing is an error. */
export async function expandPaths(patterns: readonly string[], cwd: string, sealFile: string): Promise<string[]> {
  const negations = patterns.filter(p => p.startsWith('!'))
  const roots: string[] = []
  for (const pattern of patterns.filter(p => !p.startsWith('!'))) {
    let matches: string[]
    try {
      const globber = await glob.create([resolve(cwd, pattern), ...negations].join('\n'), {
        followSymbolicLinks: false,
        implicitDescendants: false,
        matchDirectories: true,
        omitBrokenSymbolicLinks: false
      })
      matches = await globber.glob()
    } catch (e) {
      throw new InputError(`input path: ${JSON.stringify(pattern)} is not a usable pattern: ${(e as Error).message}`)
    }
    let usable = 0
    for (const match of matches) {
      if (!isInside(cwd, match)) throw new InputError(`input path: ${JSON.stringify(pattern)} reaches outside the workspace (${match})`)
      const stat = await lstat(match)
      // Directories are searched; links are handed on so that discovery reports them, never follows them.
      if (stat.isDirectory() || stat.isSymbolicLink() || (stat.isFile() && basename(match) === sealFile)) {
        roots.push(match)
        usable++
      }
    }
    if (usable === 0) throw new InputError(`input path: ${JSON.stringify(pattern)} matched no directory or ${sealFile} in the workspace`)
  }
  return [...new Set(roots)]
}

/**
 * Resolves symbolic links in paths found by discovery. Discovery follows no link below a search
 * root, so a path under a root is the root's real path with the same rest: one `realpath` per root,
 * not one per packet. Anything else is resolved on its own.
 */
async function realPaths(roots: readonly string[]): Promise<(abs: string) => Promise<string>> {
  const realRoots = await Promise.all(roots.map(async root => [root, await realpath(root).catch(() => null)] as const))
  return async abs => {
    for (const [root, real] of realRoots) {
      if (real !== null && (abs === root || abs.startsWith(`${root}${sep}`))) return real + abs.slice(root.length)
    }
    return realpath(abs)
  }
}

/** Packet directories found on disk, relative to the top of the repository (links in their roots resolved). */
async function repositoryDirs(found: readonly string[], roots: readonly string[], top: string): Promise<string[]> {
  const real = await realPaths(roots)
  return Promise.all(found.map(async abs => reportPath(top, await real(abs))))
}

/**
 * The top of the repository (real path) and the commit judged, when the commit's bytes are judged
 * (git mode); else null.
 */
async function gitMode(settings: Settings, cwd: string): Promise<{ top: string; commit: string | null; repository: Repository } | null> {
  if (settings.source === 'worktree') return null
  const repository = await repositoryAt(cwd, settings.ref)
  // Outside a repository: `auto` reads the disk; `git` fails in the verifier with its own reason.
  if (repository === null) return null
  const top = await realpath(repository.top)
  if (repository.commit !== null) knownCommit(top, repository.commit)
  return { top, commit: repository.commit, repository }
}

export async function selectPackets(settings: Settings, event: EventInfo, cwd: string, repoRoot: string): Promise<Selection> {
  const mode = await gitMode(settings, cwd)
  const gitTop = mode?.top ?? null
  // In git mode the packets are the commit's, whatever the checkout left on disk (a sparse
  // checkout, a step that removed a folder): the `path` lines are matched against its tree.
  const judgedCommit = mode?.commit ?? null
  if (gitTop !== null && judgedCommit === null) throw new InputError(`ref ${JSON.stringify(settings.ref)} names no commit in ${gitTop}`)
  const tree = gitTop === null || judgedCommit === null ? null : await listTree(gitTop, judgedCommit)
  let roots: string[]
  let findings: Finding[]
  let found: string[]
  // In git mode, the same packets as the commit names them (repository-relative, '.' for the top).
  let committedDirs: string[] | null = null
  if (gitTop === null || tree === null) {
    roots = await expandPaths(settings.paths, cwd, settings.sealFile)
    const discovery = await discoverPackets(roots, settings.sealFile)
    findings = discoveryFindings(discovery.problems, repoRoot)
    found = discovery.packets
  } else {
    const chosen = commitRoots(settings.paths, await realpath(cwd), gitTop, tree, settings.sealFile)
    roots = chosen.roots.map(rel => resolve(gitTop, rel))
    const committed = committedPackets(tree, chosen.roots.map(r => (r === '.' ? '' : r)), settings.sealFile)
    const problems = [
      ...chosen.links.map(rel => ({ path: rel, message: 'search path is a symbolic link (committed with mode 120000): links are never followed' })),
      ...committed.problems
    ]
    findings = discoveryFindings(problems.map(p => ({ ...p, path: resolve(gitTop, p.path) })), repoRoot)
    committedDirs = committed.packets
    found = committed.packets.map(rel => resolve(gitTop, rel))
  }
  const all: Selection = { packets: found, roots, findings, discovered: found.length, untouched: false, notes: [], repository: mode?.repository }
  if (settings.scope === 'all') return all
  if (event.base === null) {
    all.notes.push(`scope changed: the ${event.name} event names no base commit to compare with, so every packet is verified`)
    return all
  }

  // The commit judged: the one verified in git mode (`ref`), HEAD with source worktree.
  const judgedRef = gitTop === null ? 'HEAD' : settings.ref
  const onDisk = gitTop === null ? await repositoryAt(cwd, judgedRef) : null
  if (gitTop === null && onDisk === null) throw new InputError(`scope changed: ${cwd} is not inside a git repository, so the change cannot be compared with its base`)
  const top = gitTop ?? (await realpath((onDisk as Repository).top))
  const commit = judgedCommit ?? (onDisk as Repository).commit
  if (commit === null) throw new InputError(`scope changed: ref ${JSON.stringify(judgedRef)} names no commit, so the change cannot be compared with its base`)
  const { changed, fetched } = await changeSince(top, event.base, commit)
  const notes = [`scope changed: ${changed.length} changed path${changed.length === 1 ? '' : 's'} between ${event.base.slice(0, 12)}${fetched ? ' (fetched)' : ''} and ${judgedRef === 'HEAD' ? 'HEAD' : commit.slice(0, 12)}`]
  const relDirs = committedDirs ?? (await repositoryDirs(found, roots, top))
  const references = changed.length === 0 ? new Map() : await sealedReferences(top, commit, relDirs, settings.sealFile, tree === null ? 'both' : 'commit')
  const { touched, orphanSeals } = touchedPackets(relDirs, changed, settings.sealFile, references)
  const deleted: string[] = []
  for (const seal of orphanSeals) {
    const removed = tree === null ? !existsSync(resolve(top, seal)) : tree.entries.get(seal)?.kind !== 'file'
    if (removed) {
      notes.push(`${seal} was removed by this change`)
      deleted.push(resolve(top, seal, '..'))
    }
  }
  // Only the committed bytes know a deleted packet: the files on disk have nothing to search.
  const judged = gitTop === null ? [] : deleted
  if (judged.length < deleted.length) notes.push('source worktree reads no commit, so removed packets are not judged')
  const keep = new Set(touched)
  const packets = found.filter((_, i) => keep.has(relDirs[i]))
  const untouched = packets.length === 0 && judged.length === 0 && findings.length === 0
  return { packets, roots: [...packets, ...judged], findings, discovered: found.length, untouched, notes, repository: mode?.repository }
}

/**
 * The paths changed between the base and the commit judged. A base present in the clone needs no
 * question of its own (the diff names it as a commit); one that is missing is fetched, or the run
 * fails closed saying how to fix the workflow, and the diff is asked again.
 */
async function changeSince(top: string, base: string, commit: string): Promise<{ changed: string[]; fetched: boolean }> {
  try {
    const changed = await changedFiles(top, base, commit)
    knownCommit(top, base)
    return { changed, fetched: false }
  } catch {
    const { fetched } = await ensureBase(top, base)
    return { changed: await changedFiles(top, base, commit), fetched }
  }
}
