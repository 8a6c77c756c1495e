/**
 * Hashing many files without an object or a promise per file: files are added one by one and each
 * result is reported by index to a sink, the digest as 32 bytes. The hash pool implements it
 * natively (hash-pool.ts); `perFileBatch` gives any `digest` function the same shape.
 */
import type { Digest } from './digest.js'

export interface DigestSink {
  /** File `index` (in the order added) was hashed: its sha256 is `digests[at, at + 32)`, only valid during the call. */
  hashed(index: number, digests: Uint8Array, at: number, bytes: number): void
  /** File `index` could not be hashed: a ReadError for the file, any other Error a fault of the gate. */
  failed(index: number, error: Error): void
}

export interface DigestBatch {
  /** Queues a file (absolute path); its index is the number of files added before it. */
  add(absPath: string): void
  /** Resolves once every file added so far has been reported to the sink; never rejects. */
  done(): Promise<void>
}

/** Counts what a batch has reported, and resolves `done()` when all of it has been. */
export class BatchCounter {
  added = 0
  private settled = 0
  private waiters: (() => void)[] = []

  constructor(private readonly sink: DigestSink) {}

  hashed(index: number, digests: Uint8Array, at: number, bytes: number): void {
    try {
      this.sink.hashed(index, digests, at, bytes)
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

const HEX = '0123456789abcdef'

/** Lowercase hex of `digests[at, at + 32)`. */
export function hexOf(digests: Uint8Array, at: number): string {
  return Buffer.from(digests.buffer, digests.byteOffset + at, 32).toString('hex')
}

/** Whether lowercase hex `sha256` spells `digests[at, at + 32)`, without building a string. */
export function sameDigest(sha256: string, digests: Uint8Array, at: number): boolean {
  if (sha256.length !== 64) return false
  for (let i = 0; i < 32; i++) {
    const b = digests[at + i]
    if (sha256.charCodeAt(2 * i) !== HEX.charCodeAt(b >> 4) || sha256.charCodeAt(2 * i + 1) !== HEX.charCodeAt(b & 15)) return false
  }
  return true
}
