/**
 * Hashing many files without an object or a promise per file: files are added one by one and each
 * result is reported by index to a sink, the digest as 32 bytes. The hash pool implements it
 * natively (hash-pool.ts), and can compute more per file on request (`HashOptions`: a second
 * digest, the bytes of small files), reported beside the sha256; `perFileBatch` gives any
 * `digest` function the same shape.
 */
import type { Digest } from './digest.js'
import type { HashOptions } from './hash-worker.js'

export type { HashOptions }

/** Length in bytes of the second digest `options` ask for (0: none). */
export function secondLength(options: HashOptions | undefined): number {
  if (options?.second === undefined) return 0
  return options.second.algorithm === 'sha1' ? 20 : 32
}

/**
 * What a batch opened with `HashOptions` reports beside a file's sha256, only valid during the
 * call (the pool reuses it from file to file): the second digest in `second[secondAt, secondAt +
 * its length)`, or `second` null when not asked; the bytes kept, or null.
 */
export interface HashedExtras {
  second: Uint8Array | null
  secondAt: number
  kept: Uint8Array | null
}

export interface DigestSink {
  /**
   * File `index` (in the order added) was hashed: its sha256 is `digests[at, at + 32)`, only valid
   * during the call; `extras`, what the batch's options asked for besides (absent without options).
   */
  hashed(index: number, digests: Uint8Array, at: number, bytes: number, extras?: HashedExtras): void
  /** File `index` could not be hashed: a ReadError for the file, any other Error a fault of the gate. */
  failed(index: number, error: Error): void
}

export interface DigestBatch {
  /**
   * Queues a file (absolute path); its index is the number of files added before it. `size`, when
   * known (a listing that gives sizes), only helps to share the work out.
   */
  add(absPath: string, size?: number): void
  /** Resolves once every file added so far has been reported to the sink; never rejects. */
  done(): Promise<void>
}

/** Counts what a batch has reported, and resolves `done()` when all of it has been. */
export class BatchCounter {
  added = 0
  private settled = 0
  private waiters: (() => void)[] = []

  constructor(private readonly sink: DigestSink) {}

  hashed(index: number, digests: Uint8Array, at: number, bytes: number, extras?: HashedExtras): void {
    try {
      this.sink.hashed(index, digests, at, bytes, extras)
    } finally {
      this.settle()
    }
  }

  failed(index: number, error: Error): void {
    try {
      this.sink.failed(index, error)
    } finally {
      this.settle()
    }
  }

  done(): Promise<void> {
    if (this.settled === this.added) return Promise.resolve()
    return new Promise(resolve => this.waiters.push(resolve))
  }

  private settle(): void {
    if (++this.settled !== this.added) return
    const waiters = this.waiters
    this.waiters = []
    for (const w of waiters) w()
  }
}

/**
 * A batch over a per-file `digest` (sources without a pool of their own): every file added starts
 * at once, so the caller bounds how many it adds before results come back.
 */
export function perFileBatch(digest: (absPath: string) => Promise<Digest>, sink: DigestSink): DigestBatch {
  const counter = new BatchCounter(sink)
  return {
    add(absPath) {
      const index = counter.added++
      digest(absPath).then(
        d => counter.hashed(index, Buffer.from(d.sha256, 'hex'), 0, d.bytes),
        (e: unknown) => counter.failed(index, e instanceof Error ? e : new Error(String(e)))
      )
    },
    done: () => counter.done()
  }
}

/** The digest of one file through a batch of one: for callers that ask about a single file. */
export function digestOne(open: (sink: DigestSink) => DigestBatch, absPath: string): Promise<Digest> {
  return new Promise<Digest>((resolve, reject) => {
    open({
      hashed: (_i, digests, at, bytes) => resolve({ sha256: hexOf(digests, at), bytes }),
      failed: (_i, e) => reject(e)
    }).add(absPath)
  })
}

const HEX = '0123456789abcdef'

/** Lowercase hex of `digests[at, at + 32)`. */
export function hexOf(digests: Uint8Array, at: number): string {
  return Buffer.from(digests.buffer, digests.byteOffset + at, 32).toString('hex')
}

/** Whether lowercase `hex` spells `digests[at, at + length)` (32 bytes unless told), without building a string. */
export function sameDigest(hex: string, digests: Uint8Array, at: number, length = 32): boolean {
  if (hex.length !== 2 * length || at + length > digests.length) return false
  for (let i = 0; i < length; i++) {
    const b = digests[at + i]
    if (hex.charCodeAt(2 * i) !== HEX.charCodeAt(b >> 4) || hex.charCodeAt(2 * i + 1) !== HEX.charCodeAt(b & 15)) return false
  }
  return true
}
