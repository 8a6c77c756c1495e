/**
 * Hashing one file, exactly the same way on a pool thread and on the main thread.
 *
 * `hashKit` is self-contained on purpose: it reaches Node's modules only through the `load`
 * function it is given and refers to nothing else in this module, so that the pool can start a
 * thread from its source text (`hashWorkerSource`). That works the same from the bundles
 * (dist/index.js, dist/cli.js: no node_modules, no src/) and from the TypeScript sources under
 * test, with no worker file to find on disk. The main thread calls the very same function when
 * no thread can be started, so the fallback can never hash differently.
 *
 * Fail-closed rules (those of `digestFile` in hasher.ts): opened with O_NOFOLLOW (a link is never
 * followed), a regular file only, read until end of file in large reads into one reused buffer
 * (memory does not grow with the file), and a file whose size or mtime moves while it is read,
 * or whose length read differs from its size, is 'changed', never a digest.
 */

export type HashOutcome =
  | { sha256: string; bytes: number }
  | { error: string; reason: 'unreadable' | 'changed' | 'not-regular' }

export interface HashKit {
  /** Hashes one file; `onRead` (tests) is called after each read with the bytes read so far. */
  hashFile(path: string, onRead?: (bytesSoFar: number) => void): HashOutcome
  /** Runs the thread side of the pool protocol (hash-pool.ts) on `parentPort`. */
  serve(): void
}

/**
 * Pool -> thread: hash these files. Thread -> pool: one outcome per path, same order. The paths
 * travel as one string, NUL-separated (no path holds a NUL): one string is copied at once, an
 * array of hundreds is copied string by string.
 */
export interface HashRequest {
  id: number
  paths: string
}
export interface HashResponse {
  id: number
  outcomes: (HashOutcome | { internal: string })[]
}

export function hashKit(load: (id: string) => unknown, chunkSize: number): HashKit {
  const fs = load('node:fs') as typeof import('node:fs')
  const crypto = load('node:crypto') as typeof import('node:crypto')
  const flags = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK
  let buffer: Buffer | null = null

  const code = (e: unknown): string => {
    const err = e as { code?: string; message?: string }
    return err?.code ?? err?.message ?? String(e)
  }

  function hashFile(path: string, onRead?: (bytesSoFar: number) => void): HashOutcome {
    let fd: number
    try {
      fd = fs.openSync(path, flags)
    } catch (e) {
      return { error: `cannot be opened: ${code(e)}`, reason: 'unreadable' }
    }
    try {
      const before = fs.fstatSync(fd)
      if (!before.isFile()) return { error: 'not a regular file', reason: 'not-regular' }
      if (buffer === null) buffer = Buffer.allocUnsafe(chunkSize)
      let hash: import('node:crypto').Hash | null = null
      let total = 0
      let sha256 = ''
      for (;;) {
        let n: number
        try {
          n = fs.readSync(fd, buffer, 0, buffer.length, total)
        } catch (e) {
          return { error: `cannot be read: ${code(e)}`, reason: 'unreadable' }
        }
        if (onRead !== undefined && n > 0) onRead(total + n)
        if (total === 0 && n < buffer.length && n === before.size) {
          // The whole file in one short read, of the length fstat gave (the fstat below still
          // checks that nothing moved): one-shot hashing, no end-of-file read.
          total = n
          sha256 = crypto.createHash('sha256').update(buffer.subarray(0, n)).digest('hex')
          break
        }
        if (n === 0) break
        hash ??= crypto.createHash('sha256')
        hash.update(n === buffer.length ? buffer : buffer.subarray(0, n))
        total += n
      }
      if (hash !== null) sha256 = hash.digest('hex')
      else if (sha256 === '') sha256 = crypto.createHash('sha256').digest('hex')
      const after = fs.fstatSync(fd)
      if (total !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
        return {
          error: `changed while it was read (${before.size} bytes before, ${total} read, ${after.size} after)`,
          reason: 'changed'
        }
      }
      return { sha256, bytes: total }
    } catch (e) {
      const err = e as { code?: string }
      if (typeof err?.code === 'string') return { error: `cannot be read: ${err.code}`, reason: 'unreadable' }
      throw e
    } finally {
      fs.closeSync(fd)
    }
  }

  function serve(): void {
    const { parentPort } = load('node:worker_threads') as typeof import('node:worker_threads')
    if (parentPort === null) throw new Error('hash worker started outside a worker thread')
    parentPort.on('message', (request: HashRequest) => {
      const outcomes: HashResponse['outcomes'] = request.paths.split('\0').map(path => {
        try {
          return hashFile(path)
        } catch (e) {
          return { internal: e instanceof Error ? e.message : String(e) }
        }
      })
      parentPort.postMessage({ id: request.id, outcomes } satisfies HashResponse)
    })
    parentPort.postMessage('ready')
  }

  return { hashFile, serve }
}

/** The source a pool thread runs (an eval'd CommonJS script: `require` is Node's own). */
export function hashWorkerSource(chunkSize: number): string {
  return `(${hashKit.toString()})(require, ${Number(chunkSize)}).serve()\n`
}
