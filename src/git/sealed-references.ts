/**
 * What the seals of packets reference (docs/seal-format.md, section 7), for choosing the packets a
 * change touched: a change to a canonical file touches every packet that references it. Each seal
 * is read both as committed at `commit` (a ref, e.g. HEAD) and as on disk (the two byte sources the gate may judge),
 * loosely (only what it says it references matters), and the references of both are taken.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { referencesIn } from '../core/seal-references.js'
import { resolveCommit } from './base-commit.js'
import { BlobReader } from './blob-reader.js'
import { GitError } from './git-command.js'
import { listTree } from './tree-listing.js'

/** Largest seal read (as for verification). */
const SEAL_LIMIT = 64 << 20

/**
 * For each packet directory (repository-relative, '.' for the root): the repository paths its seal
 * references, or null when neither version of the seal could be read as JSON (then the caller
 * cannot rule the packet out and must count it as touched).
 */
export async function sealedReferences(
  repoRoot: string,
  commit: string,
  packetDirs: readonly string[],
  sealFile: string
): Promise<Map<string, string[] | null>> {
  const id = await resolveCommit(repoRoot, commit)
  if (id === null) throw new GitError(`${commit} names no commit in ${repoRoot}`)
  const tree = await listTree(repoRoot, id)
  const blobs = new BlobReader(repoRoot)
  const out = new Map<string, string[] | null>()
  try {
    for (const dir of packetDirs) {
      const path = dir === '.' ? sealFile : `${dir}/${sealFile}`
      const entry = tree.entries.get(path)
      const committed = entry?.kind === 'file' ? await blobs.read(entry.oid, SEAL_LIMIT).catch(() => null) : null
      const onDisk = await readFile(join(repoRoot, path)).catch(() => null)
      const versions = [committed, onDisk].filter((b): b is Buffer => b !== null).map(b => referencesIn(b.toString('utf8')))
      const read = versions.filter((v): v is [string, string][] => v !== null)
      out.set(dir, read.length === 0 ? null : [...new Set(read.flat().map(([, ref]) => ref))])
    }
  } finally {
    blobs.close()
  }
  return out
}
