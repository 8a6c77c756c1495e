/**
 * Hashing of files on disk. One interface, so that the way files are hashed is one module's
 * business: `defaultHasher` hashes on a pool of threads (hash-pool.ts, hash-worker.ts);
 * `digestFile` is the one-stream-at-a-time reference, with the same fail-closed rules.
 */
import { open } from 'node:fs/promises'
import { constants } from 'node:fs'
import { createHash } from 'node:crypto'
import { ReadError } from './byte-source.js'
import type { Digest } from './digest.js'
import type { DigestBatch, DigestSink, HashOptions } from './digest-batch.js'
import { HashPool } from './hash-pool.js'

export interface Hasher {
  digestFile(absPath: string): Promise<Digest>
  /**
   * Many files, each result by index (digest-batch.ts), with what `options` ask for besides;
   * without it, files go one by one to digestFile.
   */
  batch?(sink: DigestSink, options?: HashOptions): DigestBatch
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

let shared: HashPool | null = null

/**
 * The process-wide pool that FsSource hashes with unless given another hasher. Its threads start
 * on the first file, never keep the process alive when idle, and stop on `release()`.
 */
export const defaultHasher: Hasher & { release(): Promise<void> } = {
  digestFile: absPath => (shared ??= new HashPool()).digestFile(absPath),
  batch: (sink, options) => (shared ??= new HashPool()).batch(sink, options),
  /** Stops the pool's threads if no file is being hashed (the next file starts them again). */
  release: async () => {
    await shared?.closeIfIdle()
  }
}

export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException
  return err?.code ?? (err instanceof Error ? err.message : String(e))
}
