/**
 * Hashing a working-tree file twice in one pass: its sha256 (what the seal needs) and its git blob
 * id, the hash of `blob <size>\0` followed by the bytes (what the commit names). When the blob id
 * equals the one in the commit, the file holds exactly the committed bytes and its sha256 is the
 * committed file's sha256, with no object read from the repository. Anything else (absent, a link,
 * other bytes) sends the caller to the blob itself.
 */
import { createHash } from 'node:crypto'
import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { LFS_POINTER_MAX } from '../core/lfs-pointer.js'

export type ObjectFormat = 'sha1' | 'sha256'

export type WorktreeState =
  | { kind: 'file'; sha256: string; bytes: number; gitId: string; /** The bytes, when shorter than an LFS pointer may be. */ small: Buffer | null }
  | { kind: 'absent' }
  | { kind: 'not-regular' }
  | { kind: 'unstable'; reason: string }

const CHUNK = 1 << 20

/** The git blob id of `bytes` in a repository of the given object format. */
export function blobId(bytes: Uint8Array, format: ObjectFormat): string {
  return createHash(format).update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

export async function digestWorktreeFile(absPath: string, format: ObjectFormat): Promise<WorktreeState> {
  let handle
  try {
    handle = await open(absPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'absent' }
    if (code === 'ELOOP') return { kind: 'not-regular' }
    return { kind: 'unstable', reason: code ?? String(e) }
  }
  try {
    const before = await handle.stat()
    if (!before.isFile()) return { kind: 'not-regular' }
    const sha256 = createHash('sha256')
    const git = createHash(format).update(`blob ${before.size}\0`)
    const buffer = Buffer.allocUnsafe(CHUNK)
    const keep: Buffer[] = []
    let total = 0
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, total)
      if (bytesRead === 0) break
      const chunk = buffer.subarray(0, bytesRead)
      sha256.update(chunk)
      git.update(chunk)
      if (before.size < LFS_POINTER_MAX) keep.push(Buffer.from(chunk))
      total += bytesRead
    }
    const after = await handle.stat()
    if (total !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
      return { kind: 'unstable', reason: 'changed while it was read' }
    }
    return {
      kind: 'file',
      sha256: sha256.digest('hex'),
      bytes: total,
      gitId: git.digest('hex'),
      small: before.size < LFS_POINTER_MAX ? Buffer.concat(keep, total) : null
    }
  } catch (e) {
    return { kind: 'unstable', reason: (e as NodeJS.ErrnoException).code ?? String(e) }
  } finally {
    await handle.close()
  }
}
