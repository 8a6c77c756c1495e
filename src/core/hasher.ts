/**
 * Hashing of files on disk. One interface, so that the way files are hashed is one module's
 * business: `defaultHasher` hashes on a pool of threads (hash-pool.ts, hash-worker.ts);
 * `digestFile` is the one-stream-at-a-time reference, with the same fail-closed rules.
 */
import { createHash } from 'node:crypto'
import { readRegularFile } from './regular-file.js'
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
  return readRegularFile(absPath, Number.MAX_SAFE_INTEGER, async handle => {
    const hash = createHash('sha256')
    const buffer = Buffer.allocUnsafe(CHUNK)
    let total = 0
    for (;;) {
      // Read to the end, not to the size: a file that grew is then seen as changed.
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, total)
      if (bytesRead === 0) break
      hash.update(buffer.subarray(0, bytesRead))
      total += bytesRead
    }
    return [{ sha256: hash.digest('hex'), bytes: total }, total]
  })
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
