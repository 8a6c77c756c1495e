/**
 * What the seals of packets reference (docs/seal-format.md, section 7), for choosing the packets a
 * change touched: a change to a canonical file touches every packet that references it. Each seal
 * is read both as committed at `commit` (a ref, e.g. HEAD) and as on disk (the two byte sources the gate may judge),
 * loosely (only what it says it references matters), and the references of both are taken; or,
 * in git mode, only as committed, so that the choice depends on the commit alone (every shard of a
 * run then makes the same one, whatever a step did to its disk).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { mapLimit } from '../core/map-limit.js'
import { referencesIn } from '../core/seal-references.js'
import { resolveCommit } from './base-commit.js'
import { BlobReader } from './blob-reader.js'
import { GitError } from './git-command.js'
import { listTree } from './tree-listing.js'
import { SEAL_FILE_LIMIT } from '../core/verify-packet.js'

/**
 * Seals read at once: requests to `cat-file --batch` are pipelined, so that a repository of 1,000
 * packets costs a few round trips, not 1,000 (one by one, they were most of a pull request's run).
 */
const CONCURRENCY = 64

/**
 * For each packet directory (repository-relative, '.' for the root): the repository paths its seal
 * references, or null when neither version of the seal could be read as JSON (then the caller
 * cannot rule the packet out and must count it as touched).
 */
export async function sealedReferences(
  repoRoot: string,
  commit: string,
  packetDirs: readonly string[],
  sealFile: string,
  /** Which seals: as committed and on disk (default), or only as committed (git mode judges nothing else). */
  from: 'both' | 'commit' = 'both'
): Promise<Map<string, string[] | null>> {
  const id = await resolveCommit(repoRoot, commit)
  if (id === null) throw new GitError(`${commit} names no commit in ${repoRoot}`)
  const tree = await listTree(repoRoot, id)
  const blobs = new BlobReader(repoRoot)
  try {
    const found = await mapLimit(packetDirs, CONCURRENCY, async dir => {
      const path = dir === '.' ? sealFile : `${dir}/${sealFile}`
      const entry = tree.entries.get(path)
      const pending = entry?.kind === 'file' ? blobs.read(entry.oid, SEAL_FILE_LIMIT).catch(() => null) : null
      // Read while git answers; synchronous, as a small file costs less so than through the thread pool.
      const onDisk = from === 'commit' ? null : readOrNull(join(repoRoot, path))
      const committed = await pending
      const versions = [committed, onDisk].filter((b): b is Buffer => b !== null).map(b => referencesIn(b.toString('utf8')))
      const read = versions.filter((v): v is [string, string][] => v !== null)
      return read.length === 0 ? null : [...new Set(read.flat().map(([, ref]) => ref))]
    })
    return new Map(packetDirs.map((dir, i) => [dir, found[i]]))
  } finally {
    blobs.close()
  }
}

function readOrNull(path: string): Buffer | null {
  try {
    return readFileSync(path)
  } catch {
    return null
  }
}
