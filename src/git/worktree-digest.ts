/**
 * What git mode learns of a working-tree file (git-source.ts): hashed in one pass with its git
 * blob id, the hash of `blob <size>\0` followed by the bytes (what the commit names), by the
 * process-wide hash pool (src/core/hash-pool.ts, its second digest). When the blob id equals the
 * one in the commit, the file holds exactly the committed bytes and its sha256 is the committed
 * file's sha256, with no object read from the repository. Anything else (absent, a link, other
 * bytes) sends the caller to the blob itself, and is kept in this shape for the warnings.
 */

export type ObjectFormat = 'sha1' | 'sha256'

export type WorktreeState =
  | { kind: 'file'; sha256: string; bytes: number; /** The bytes, when they may be an LFS pointer (shorter than one may be, starting with `version `). */ small: Buffer | null }
  | { kind: 'absent' }
  | { kind: 'not-regular' }
  | { kind: 'unstable'; reason: string }
