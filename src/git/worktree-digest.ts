/**
 * Hashing a working-tree file twice in one pass: its sha256 (what the seal needs) and its git blob
 * id, the hash of `blob <size>\0` followed by the bytes (what the commit names). When the blob id
 * equals the one in the commit, the file holds exactly the committed bytes and its sha256 is the
 * committed file's sha256, with no object read from the repository. Anything else (absent, a link,
 * other bytes) sends the caller to the blob itself. The hashing itself is worktree-pool.ts's
 * `dualHash`, on threads or the main thread; here are its result and the blob id of bytes in memory.
 */
import { createHash } from 'node:crypto'

export type ObjectFormat = 'sha1' | 'sha256'

export type WorktreeState =
  | { kind: 'file'; sha256: string; bytes: number; gitId: string; /** The bytes, when they may be an LFS pointer (shorter than one may be, starting with `version `). */ small: Buffer | null }
  | { kind: 'absent' }
  | { kind: 'not-regular' }
  | { kind: 'unstable'; reason: string }

/** The git blob id of `bytes` in a repository of the given object format. */
export function blobId(bytes: Uint8Array, format: ObjectFormat): string {
  return createHash(format).update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}
