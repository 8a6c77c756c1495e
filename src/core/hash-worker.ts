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
 *
 * Besides the sha256, a batch may ask for a second digest of each file over a header that names
 * its size (`HashOptions.second`) and for the bytes of small files with a given prefix
 * (`HashOptions.keep`), computed in the same pass over the same reads.
 */

export type HashFailure = { error: string; reason: 'unreadable' | 'changed' | 'not-regular'; /** errno code of a failed open or read */ code?: string }
export type HashOutcome = { sha256: string; bytes: number } | HashFailure
/**
 * A file hashed: its sha256 as 32 bytes (valid until the next file is hashed), its length, and
 * what the options asked for besides: the second digest, the bytes kept (else null).
 */
export type RawOutcome = { digest: Uint8Array; bytes: number; second: Uint8Array | null; kept: Uint8Array | null } | HashFailure

/** What to compute besides each file's sha256, for every file of a batch. */
export interface HashOptions {
  /**
   * A second digest of each file: `algorithm` over the header `<label> <size>\0` followed by the
   * bytes (the form in which git names a blob, with label `blob`).
   */
  second?: { algorithm: 'sha1' | 'sha256'; label: string }
  /** A copy of the bytes of each file shorter than `below` bytes that starts with `prefix`. */
  keep?: { below: number; prefix: string }
}

export interface HashKit {
  /** Hashes one file; `onRead` (tests) is called after each read with the bytes read so far. */
  hashFile(path: string, onRead?: (bytesSoFar: number) => void): HashOutcome
  /** The same, with the digests as bytes: what the pool sends in batches, without a string per file. */
  hashRaw(path: string, onRead?: (bytesSoFar: number) => void, options?: HashOptions): RawOutcome
  /** Runs the thread side of the pool protocol (hash-pool.ts) on `parentPort`. */
  serve(): void
}

/**
 * Pool -> thread: hash these files, with these options. The paths travel as one string,
 * NUL-separated (no path holds a NUL): one string is copied at once, an array of hundreds is
 * copied string by string.
 * Thread -> pool: one outcome per path, same order, packed: file i's sha256 in
 * `digests[32 i, 32 i + 32)`, its second digest (when asked) in `seconds[w i, w i + w)` (w: the
 * second algorithm's length), and its length in `sizes[i]`, or -1 there and its failure in
 * `failures` (in order of i); the bytes kept, in `kept` (in order of i). The arrays are
 * transferred, not copied: no object per file.
 */
export interface HashRequest {
  id: number
  paths: string
  options?: HashOptions
}
export interface HashResponse {
  id: number
  digests: Uint8Array
  seconds: Uint8Array
  sizes: Float64Array
  failures: { i: number; failure: HashFailure | { internal: string } }[]
  kept: { i: number; bytes: Uint8Array }[]
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
  const failure = (reason: HashFailure['reason'], what: string, e: unknown): HashFailure => {
    const errno = (e as { code?: unknown })?.code
    return typeof errno === 'string' ? { error: `${what}: ${errno}`, reason, code: errno } : { error: `${what}: ${code(e)}`, reason }
  }

  function hashFile(path: string, onRead?: (bytesSoFar: number) => void): HashOutcome {
    const outcome = hashRaw(path, onRead)
    return 'digest' in outcome ? { sha256: Buffer.from(outcome.digest).toString('hex'), bytes: outcome.bytes } : outcome
  }

  function hashRaw(path: string, onRead?: (bytesSoFar: number) => void, options?: HashOptions): RawOutcome {
    let fd: number
    try {
      fd = fs.openSync(path, flags)
    } catch (e) {
      return failure('unreadable', 'cannot be opened', e)
    }
    try {
      const before = fs.fstatSync(fd)
      if (!before.isFile()) return { error: 'not a regular file', reason: 'not-regular' }
      if (buffer === null) buffer = Buffer.allocUnsafe(chunkSize)
      const second = options?.second ? crypto.createHash(options.second.algorithm).update(`${options.second.label} ${before.size}\0`) : null
      // Bytes are copied only while they may be kept: a copy of every tiny file costs.
      const prefix = options?.keep !== undefined && before.size < options.keep.below ? options.keep.prefix : null
      let keeping = prefix !== null
      const pieces: Buffer[] | null = prefix === null ? null : []
      let hash: import('node:crypto').Hash | null = null
      let total = 0
      let digest: Uint8Array | null = null
      for (;;) {
        let n: number
        try {
          n = fs.readSync(fd, buffer, 0, buffer.length, total)
        } catch (e) {
          return failure('unreadable', 'cannot be read', e)
        }
        if (onRead !== undefined && n > 0) onRead(total + n)
        const piece = n === buffer.length ? buffer : buffer.subarray(0, n)
        second?.update(piece)
        if (keeping && n > 0) {
          if (total === 0 && piece.toString('latin1', 0, (prefix as string).length) !== (prefix as string).slice(0, n)) keeping = false
          else pieces?.push(Buffer.from(piece))
        }
        if (total === 0 && n < buffer.length && n === before.size) {
          // The whole file in one short read, of the length fstat gave (the fstat below still
          // checks that nothing moved): one-shot hashing, no end-of-file read.
          total = n
          digest = crypto.createHash('sha256').update(piece).digest()
          break
        }
        if (n === 0) break
        hash ??= crypto.createHash('sha256')
        hash.update(piece)
        total += n
      }
      if (hash !== null) digest = hash.digest()
      else digest ??= crypto.createHash('sha256').digest()
      const after = fs.fstatSync(fd)
      if (total !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
        return {
          error: `changed while it was read (${before.size} bytes before, ${total} read, ${after.size} after)`,
          reason: 'changed'
        }
      }
      let kept: Uint8Array | null = null
      if (keeping) {
        const whole = Buffer.concat(pieces as Buffer[], total)
        if (whole.toString('latin1', 0, (prefix as string).length) === prefix) kept = whole
      }
      return { digest, bytes: total, second: second === null ? null : second.digest(), kept }
    } catch (e) {
      const err = e as { code?: string }
      if (typeof err?.code === 'string') return failure('unreadable', 'cannot be read', e)
      throw e
    } finally {
      fs.closeSync(fd)
    }
  }

  function serve(): void {
    const { parentPort } = load('node:worker_threads') as typeof import('node:worker_threads')
    if (parentPort === null) throw new Error('hash worker started outside a worker thread')
    parentPort.on('message', (request: HashRequest) => {
      const paths = request.paths.split('\0')
      const options = request.options
      const width = options?.second ? crypto.createHash(options.second.algorithm).digest().length : 0
      const packed = [new ArrayBuffer(32 * paths.length), new ArrayBuffer(width * paths.length), new ArrayBuffer(8 * paths.length)]
      const response: HashResponse = {
        id: request.id,
        digests: new Uint8Array(packed[0]),
        seconds: new Uint8Array(packed[1]),
        sizes: new Float64Array(packed[2]),
        failures: [],
        kept: []
      }
      paths.forEach((path, i) => {
        let outcome: RawOutcome | { internal: string }
        try {
          outcome = hashRaw(path, undefined, options)
        } catch (e) {
          outcome = { internal: e instanceof Error ? e.message : String(e) }
        }
        if ('digest' in outcome) {
          response.digests.set(outcome.digest, 32 * i)
          if (outcome.second !== null) response.seconds.set(outcome.second, width * i)
          if (outcome.kept !== null) response.kept.push({ i, bytes: outcome.kept })
          response.sizes[i] = outcome.bytes
        } else {
          response.sizes[i] = -1
          response.failures.push({ i, failure: outcome })
        }
      })
      parentPort.postMessage(response, packed)
    })
    parentPort.postMessage('ready')
  }

  return { hashFile, hashRaw, serve }
}

/** The source a pool thread runs (an eval'd CommonJS script: `require` is Node's own). */
export function hashWorkerSource(chunkSize: number): string {
  return `(${hashKit.toString()})(require, ${Number(chunkSize)}).serve()\n`
}
