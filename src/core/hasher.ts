/**
 * Hashing of files on disk. One interface, so that the way files are hashed (one stream at a
 * time today, a pool of workers later) is one module's business.
 */
import { open } from 'node:fs/promises'
import { constants } from 'node:fs'
import { createHash } from 'node:crypto'
import { ReadError } from './byte-source.js'
import type { Digest } from './digest.js'

export interface Hasher {
  digestFile(absPath: string): Promise<Digest>
}

const CHUNK = 1 << 20

/**
 * Streams a file through sha256 in 1 MiB reads. Fails (ReadError) when the path is not a regular
 * file, is a symbolic link (O_NOFOLLOW), or changes size while it is read.
 */
export async function digestFile(absPath: string): Promise<Digest> {
  let handle
  try {
    handle = await open(absPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (e) {
    throw new ReadError(`cannot be opened: ${describeError(e)}`, 'unreadable')
  }
  try {
    const before = await handle.stat()
    if (!before.isFile()) throw new ReadError('not a regular file', 'not-regular')
    const hash = createHash('sha256')
    const buffer = Buffer.allocUnsafe(CHUNK)
    let total = 0
    for (;;) {
      let n: number
      try {
        ;({ bytesRead: n } = await handle.read(buffer, 0, CHUNK, total))
      } catch (e) {
        throw new ReadError(`cannot be read: ${describeError(e)}`, 'unreadable')
      }
      if (n === 0) break
      hash.update(buffer.subarray(0, n))
      total += n
    }
    const after = await handle.stat()
    if (total !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
      throw new ReadError(`changed while it was read (${before.size} bytes before, ${total} read, ${after.size} after)`, 'changed')
    }
    return { sha256: hash.digest('hex'), bytes: total }
  } finally {
    await handle.close()
  }
}

export const streamHasher: Hasher = { digestFile }

export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException
  return err?.code ?? (err instanceof Error ? err.message : String(e))
}
