/**
 * The entries of a commit's tree, from `git ls-tree -r -z -l --full-tree <commit>`: every path
 * with its mode, object id and size, names as raw bytes (NUL-separated, never quoted).
 */
import { isUtf8 } from 'node:buffer'
import { decodeName } from '../core/fs-source.js'
import { checkObjectId, GitError, runGit, splitNul } from './git-command.js'

export type EntryKind = 'file' | 'symlink' | 'submodule' | 'other'

export interface TreeEntry {
  /** Repository-relative, '/'-separated. */
  path: string
  mode: string
  kind: EntryKind
  oid: string
  /** Blob size; -1 for a submodule. */
  size: number
}

export interface TreeListing {
  entries: Map<string, TreeEntry>
  /** Names that are not valid UTF-8 (shown lossily): they can never be part of a packet. */
  undecodable: string[]
}

export function entryKind(mode: string): EntryKind {
  if (mode === '120000') return 'symlink'
  if (mode === '160000') return 'submodule'
  if (/^100[0-7]{3}$/.test(mode)) return 'file'
  return 'other'
}

/** The paths of a listing sorted (by UTF-16 code units, so that paths with a common prefix are adjacent), made on first use. */
const sorted = new WeakMap<TreeListing, string[]>()

/**
 * The entries at or under the folder `prefix` (repository-relative, ending in '/'; '' for every
 * entry, in the listing's order), one at a time: a binary search in the sorted paths, so that
 * listing each of many packets costs the packet's entries, not the whole commit's. The search
 * relies on our own sort, never on the order git wrote the tree in (a malformed tree may be out of
 * order).
 */
export function* entriesUnder(tree: TreeListing, prefix: string): Generator<TreeEntry> {
  if (prefix === '') return yield* tree.entries.values()
  let paths = sorted.get(tree)
  if (paths === undefined) {
    paths = [...tree.entries.keys()].sort()
    sorted.set(tree, paths)
  }
  let lo = 0
  let hi = paths.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (paths[mid] < prefix) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; i < paths.length && paths[i].startsWith(prefix); i++) yield tree.entries.get(paths[i]) as TreeEntry
}

/** Whole listings kept, by repository and commit: a commit's tree never changes. */
const recent = new Map<string, Promise<TreeListing>>()
const KEPT = 2

/**
 * Lists the tree of `commit` (a full object id): all of it, or only what lies at or under `paths`
 * (repository-relative; git matches them literally, component by component, never as pathspec magic). The last whole
 * listings are kept, so that the steps of one run (choosing the packets, verifying them) list a
 * commit of a large repository once. Callers never change a listing.
 */
export function listTree(repoRoot: string, commit: string, paths?: readonly string[]): Promise<TreeListing> {
  if (paths !== undefined) return readTree(repoRoot, commit, paths)
  const key = `${repoRoot}\0${commit}`
  let listing = recent.get(key)
  if (listing === undefined) {
    listing = readTree(repoRoot, commit, [])
    listing.catch(() => recent.delete(key))
    recent.set(key, listing)
    for (const old of recent.keys()) if (recent.size > KEPT) recent.delete(old)
  }
  return listing
}

async function readTree(repoRoot: string, commit: string, paths: readonly string[]): Promise<TreeListing> {
  // ':(literal)': a path starting with ':' would otherwise read as pathspec magic (':p' lists 'p').
  const pathspecs = paths.map(p => `:(literal)${p}`)
  const out = await runGit(repoRoot, ['ls-tree', '-r', '-z', '-l', '--full-tree', checkObjectId(commit), '--', ...pathspecs])
  const entries = new Map<string, TreeEntry>()
  const undecodable: string[] = []
  for (const { line, tab, name } of records(out)) {
    if (tab < 0) throw new GitError(`unexpected line from git ls-tree: ${JSON.stringify(line.slice(0, 200))}`)
    if (name === null) {
      undecodable.push(line.slice(tab + 1))
      continue
    }
    // A malformed tree (git fsck: duplicateEntries) has no single bytes for the name: git commands
    // disagree on which entry they take, so nothing listed under it can be judged.
    if (entries.has(name)) throw new GitError(`the tree of commit ${commit.slice(0, 12)} lists ${JSON.stringify(name)} twice (a malformed tree that git fsck refuses)`)
    // `<mode> SP <type> SP <oid> SP+ <size> TAB <name>`: the size is padded with spaces.
    const typeAt = line.indexOf(' ') + 1
    const oidAt = line.indexOf(' ', typeAt) + 1
    const sizeAt = line.indexOf(' ', oidAt) + 1
    if (typeAt === 0 || oidAt === 0 || sizeAt === 0 || sizeAt > tab) throw new GitError(`unexpected line from git ls-tree: ${JSON.stringify(line.slice(0, 200))}`)
    const mode = line.slice(0, typeAt - 1)
    const size = line.slice(sizeAt, tab).trim()
    entries.set(name, { path: name, mode, kind: entryKind(mode), oid: line.slice(oidAt, sizeAt - 1), size: size === '-' ? -1 : Number(size) })
  }
  return { entries, undecodable }
}

/**
 * The NUL-terminated records of `ls-tree -z`, each as text (lossy where not UTF-8), the position of
 * its tab, and its name, or null for a name that is not UTF-8. A listing that is UTF-8 throughout,
 * the usual case, is decoded in one piece; any other is decoded record by record.
 */
function* records(out: Buffer): Generator<{ line: string; tab: number; name: string | null }> {
  if (isUtf8(out)) {
    const lines = out.toString('utf8').split('\0')
    if (lines[lines.length - 1] === '') lines.pop()
    for (const line of lines) {
      const tab = line.indexOf('\t')
      yield { line, tab, name: line.slice(tab + 1) }
    }
    return
  }
  for (const record of splitNul(out)) {
    const tab = record.indexOf(9)
    yield { line: record.toString('utf8'), tab, name: decodeName(record.subarray(tab + 1)) }
  }
}
