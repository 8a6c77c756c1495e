/**
 * A pool of threads that hash files on every core, behind the `Hasher` interface.
 *
 * - Threads start lazily, once the work is worth them, and each one runs `hashKit`
 *   (hash-worker.ts): sync reads of CHUNK bytes into one reused buffer, so that memory stays flat
 *   whatever the tree.
 * - Files go out in batches sized from the bytes seen so far (one 16 MiB file per message, a few
 *   hundred tiny files per message), at most two batches in flight per thread, so that neither a
 *   message round trip per tiny file nor an idle thread at the tail dominates.
 * - Threads keep the process alive only while files are outstanding; idle threads are unref'd and
 *   stopped after IDLE_MS, and `close()` stops them at once.
 * - Until the first thread is up, and whenever no thread can be started, files are hashed on the
 *   main thread by the same `hashKit`, so that this fallback hashes exactly the same way.
 * - A thread that dies with files in hand fails those files (an internal error), never passes them.
 * - `batch(sink)` takes files one by one and reports each result by index, the digest as 32 bytes
 *   (digest-batch.ts): no promise and no digest object per file. `digestFile` is a batch of one.
 */
import { availableParallelism } from 'node:os'
import * as fs from 'node:fs'
import * as crypto from 'node:crypto'
import * as workerThreads from 'node:worker_threads'
import { Worker } from 'node:worker_threads'
import { ReadError } from './byte-source.js'
import type { Digest } from './digest.js'
import { BatchCounter, hexOf, type DigestBatch, type DigestSink } from './digest-batch.js'
import type { Hasher } from './hasher.js'
import { hashKit, hashWorkerSource, type HashFailure, type HashKit, type HashRequest, type HashResponse, type RawOutcome } from './hash-worker.js'

/** Bytes per read. */
export const CHUNK = 1 << 20
/** Most threads a pool starts: each costs ~10 MiB of resident memory besides its buffer. */
export const MAX_THREADS = 4
/** Aim of one batch, in bytes: big enough to amortize a round trip, small enough to balance. */
const BATCH_BYTES = 4 << 20
const MAX_BATCH_FILES = 256
/** Batch size before any file size has been seen. */
const FIRST_BATCH_FILES = 4
const IDLE_MS = 1000
/**
 * Threads start only for work worth them: more files waiting than this, or this many bytes
 * hashed on the main thread already. Starting one costs ~15 ms of CPU and ~17 MiB; a packet of a
 * few files is done on the main thread before a thread would be up.
 */
const THREADS_AFTER_FILES = 16
const THREADS_AFTER_BYTES = 8 << 20

export interface HashPoolOptions {
  /** Threads; 0 hashes on the main thread. Default: SEAL_GATE_HASH_THREADS, else available cores (at most MAX_THREADS). */
  threads?: number
  chunkSize?: number
  idleMs?: number
  /** Source a thread runs instead of hash-worker.ts's (tests: a thread that fails to start or dies). */
  threadSource?: string
}

interface Job {
  path: string
  index: number
  sink: DigestSink
}

interface Slot {
  worker: Worker
  ready: boolean
  batches: Map<number, Job[]>
}

const builtins: Record<string, unknown> = { 'node:fs': fs, 'node:crypto': crypto, 'node:worker_threads': workerThreads }

export function defaultThreadCount(): number {
  const fromEnv = process.env.SEAL_GATE_HASH_THREADS
  if (fromEnv !== undefined && /^\d+$/.test(fromEnv)) return Math.min(Number(fromEnv), 64)
  return Math.min(availableParallelism(), MAX_THREADS)
}

export class HashPool implements Hasher {
  private readonly threads: number
  private readonly chunkSize: number
  private readonly idleMs: number
  private readonly threadSource: string
  private readyWaiters: (() => void)[] = []
  private queue: Job[] = []
  private head = 0
  private slots: Slot[] = []
  private nextId = 1
  private outstanding = 0
  private idleTimer: NodeJS.Timeout | null = null
  private local: HashKit | null = null
  private localScheduled = false
  private pumpScheduled = false
  /** Set once threads could not be started: from then on the main thread hashes. */
  private threadsUnavailable = false
  private everReady = false
  private seenFiles = 0
  private seenBytes = 0
  private localBytes = 0

  constructor(options: HashPoolOptions = {}) {
    this.threads = options.threads ?? defaultThreadCount()
    this.chunkSize = options.chunkSize ?? CHUNK
    this.idleMs = options.idleMs ?? IDLE_MS
    this.threadSource = options.threadSource ?? hashWorkerSource(this.chunkSize)
    if (this.threads === 0) this.threadsUnavailable = true
  }

  digestFile(absPath: string): Promise<Digest> {
    return new Promise<Digest>((resolve, reject) => {
      const batch = this.batch({
        hashed: (_i, digests, at, bytes) => resolve({ sha256: hexOf(digests, at), bytes }),
        failed: (_i, e) => reject(e)
      })
      batch.add(absPath)
    })
  }

  /** Files added are hashed in the order added, and each result goes to `sink` by index. */
  batch(sink: DigestSink): DigestBatch {
    const counter = new BatchCounter(sink)
    return {
      add: path => {
        this.queue.push({ path, index: counter.added++, sink: counter })
        this.outstanding++
        this.schedulePump()
      },
      done: () => counter.done()
    }
  }

  /** How files are being hashed right now (for tests and the benchmark). */
  get mode(): 'threads' | 'main-thread' | 'idle' {
    if (this.threadsUnavailable) return 'main-thread'
    return this.slots.some(s => s.ready) ? 'threads' : 'idle'
  }

  get threadCount(): number {
    return this.slots.length
  }

  /** Starts the threads and waits until one is up, or until none can be: resolves to `mode`. */
  async warmUp(): Promise<HashPool['mode']> {
    this.clearIdle()
    if (!this.threadsUnavailable && this.slots.length === 0) this.start()
    if (!this.threadsUnavailable && !this.slots.some(s => s.ready)) {
      await new Promise<void>(resolve => {
        this.readyWaiters.push(resolve)
        for (const slot of this.slots) slot.worker.ref()
      })
    }
    return this.mode
  }

  private wakeWaiters(): void {
    const waiters = this.readyWaiters
    this.readyWaiters = []
    for (const w of waiters) w()
  }

  /** Stops every thread now. Files still queued or in hand are failed. The pool can be used again. */
  async close(): Promise<void> {
    this.clearIdle()
    const slots = this.slots
    this.slots = []
    for (const slot of slots) {
      for (const jobs of slot.batches.values()) this.fail(jobs, new Error('hash pool closed while files were being hashed'))
      slot.batches.clear()
    }
    const queued = this.queue.slice(this.head)
    this.queue = []
    this.head = 0
    this.fail(queued, new Error('hash pool closed while files were queued'))
    this.everReady = false
    this.wakeWaiters()
    await Promise.all(slots.map(s => s.worker.terminate().catch(() => 0)))
  }

  /** Stops the threads when no file is outstanding (safe to call while another caller may be idle between files). */
  async closeIfIdle(): Promise<void> {
    if (this.outstanding === 0) await this.close()
  }

  /**
   * Dispatch waits for the current turn of the event loop to end: callers add files one by one
   * as earlier ones resolve, and batching needs them all in the queue first.
   */
  private schedulePump(): void {
    this.clearIdle()
    if (this.pumpScheduled) return
    this.pumpScheduled = true
    setImmediate(() => {
      this.pumpScheduled = false
      this.pump()
    })
  }

  private pump(): void {
    this.clearIdle()
    // A pump scheduled before close() may run after it: with nothing queued, no thread starts.
    if (this.head >= this.queue.length) return this.settleRefs()
    if (this.threadsUnavailable) return this.scheduleLocal()
    if (this.slots.length === 0) {
      if (this.queue.length - this.head <= THREADS_AFTER_FILES && this.localBytes < THREADS_AFTER_BYTES) return this.scheduleLocal()
      this.start()
    }
    if (this.threadsUnavailable) return this.scheduleLocal()
    const ready = this.slots.filter(s => s.ready)
    // Threads take tens of milliseconds to start: the main thread hashes meanwhile (a packet of a
    // few files is done before they are up).
    if (ready.length === 0 && this.head < this.queue.length) this.scheduleLocal()
    for (const slot of ready) {
      while (slot.batches.size < 2 && this.head < this.queue.length) this.send(slot)
    }
    this.compact()
    this.settleRefs()
  }

  private start(): void {
    for (let i = 0; i < this.threads; i++) {
      let worker: Worker
      try {
        worker = new Worker(this.threadSource, { eval: true })
      } catch {
        break
      }
      worker.unref()
      const slot: Slot = { worker, ready: false, batches: new Map() }
      worker.on('message', (m: HashResponse | 'ready') => this.onMessage(slot, m))
      worker.on('error', e => this.onGone(slot, e))
      worker.on('messageerror', e => this.onGone(slot, e))
      worker.on('exit', code => this.onGone(slot, new Error(`hash thread exited with code ${code}`)))
      this.slots.push(slot)
    }
    if (this.slots.length === 0) this.threadsUnavailable = true
  }

  private send(slot: Slot): void {
    const waiting = this.queue.length - this.head
    const average = this.seenBytes / Math.max(this.seenFiles, 1)
    const bySize = this.seenFiles === 0 ? FIRST_BATCH_FILES : Math.max(1, Math.floor(BATCH_BYTES / Math.max(average, 1)))
    // Never more than a fair share of what waits, counting threads still starting, so that the
    // first thread up does not take a few large files that the others then wait for.
    const fair = Math.ceil(waiting / (2 * this.slots.length))
    const count = Math.min(bySize, fair, MAX_BATCH_FILES, waiting)
    const jobs = this.queue.slice(this.head, this.head + count)
    this.head += count
    const id = this.nextId++
    slot.batches.set(id, jobs)
    slot.worker.postMessage({ id, paths: jobs.map(j => j.path).join('\0') } satisfies HashRequest)
  }

  private onMessage(slot: Slot, message: HashResponse | 'ready'): void {
    if (message === 'ready') {
      slot.ready = true
      this.everReady = true
      this.wakeWaiters()
      return this.schedulePump()
    }
    const jobs = slot.batches.get(message.id)
    if (jobs === undefined) return
    slot.batches.delete(message.id)
    const { digests, sizes, failures } = message
    const whole = digests?.length === 32 * jobs.length && sizes?.length === jobs.length
    let f = 0
    jobs.forEach((job, i) => {
      const bytes = sizes?.[i]
      if (!whole || typeof bytes !== 'number') this.settle(job, undefined)
      else if (bytes >= 0) this.settle(job, { digest: digests, at: 32 * i, bytes })
      else this.settle(job, failures[f]?.i === i ? failures[f++].failure : undefined)
    })
    this.schedulePump()
  }

  private settle(job: Job, outcome: { digest: Uint8Array; at: number; bytes: number } | HashFailure | { internal: string } | undefined): void {
    this.outstanding--
    if (outcome === undefined) return job.sink.failed(job.index, new Error('hash thread returned no outcome'))
    if ('internal' in outcome) return job.sink.failed(job.index, new Error(`hashing failed: ${outcome.internal}`))
    if ('error' in outcome) return job.sink.failed(job.index, new ReadError(outcome.error, outcome.reason))
    this.seenFiles++
    this.seenBytes += outcome.bytes
    job.sink.hashed(job.index, outcome.digest, outcome.at, outcome.bytes)
  }

  private onGone(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot)
    if (index === -1) return
    this.slots.splice(index, 1)
    for (const jobs of slot.batches.values()) this.fail(jobs, new Error(`hash thread stopped: ${error.message}`))
    slot.batches.clear()
    void slot.worker.terminate().catch(() => 0)
    // Threads that never came up (eval refused, a sandbox, ...): hash on the main thread instead.
    if (!slot.ready && !this.everReady && this.slots.length === 0) this.threadsUnavailable = true
    if (this.slots.length === 0) this.wakeWaiters()
    if (this.outstanding > 0) this.schedulePump()
    else this.settleRefs()
  }

  private fail(jobs: Job[], error: Error): void {
    for (const job of jobs) {
      this.outstanding--
      job.sink.failed(job.index, error)
    }
  }

  /** Main-thread hashing: a few files per turn of the event loop, so that messages still flow. */
  private scheduleLocal(): void {
    if (this.localScheduled) return
    this.localScheduled = true
    setImmediate(() => {
      this.localScheduled = false
      this.local ??= hashKit(id => builtins[id], this.chunkSize)
      let budget = BATCH_BYTES
      const mainThreadOnly = () => this.threadsUnavailable || !this.slots.some(s => s.ready)
      while (this.head < this.queue.length && budget > 0 && mainThreadOnly()) {
        const job = this.queue[this.head++]
        let outcome: RawOutcome | { internal: string }
        try {
          outcome = this.local.hashRaw(job.path)
        } catch (e) {
          outcome = { internal: e instanceof Error ? e.message : String(e) }
        }
        budget -= 'bytes' in outcome ? Math.max(outcome.bytes, 4096) : 4096
        if ('bytes' in outcome) this.localBytes += outcome.bytes
        this.settle(job, 'digest' in outcome ? { digest: outcome.digest, at: 0, bytes: outcome.bytes } : outcome)
      }
      this.compact()
      // The pump decides what comes next: more here, threads to start, or threads now up.
      if (this.head < this.queue.length) this.schedulePump()
      else this.settleRefs()
    })
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head)
      this.head = 0
    }
  }

  /** Threads hold the process open only while files are outstanding; idle ones stop after a while. */
  private settleRefs(): void {
    const busy = this.outstanding > 0
    for (const slot of this.slots) {
      if (busy) slot.worker.ref()
      else slot.worker.unref()
    }
    if (!busy && this.slots.length > 0 && this.idleTimer === null) {
      this.idleTimer = setTimeout(() => {
        this.idleTimer = null
        if (this.outstanding === 0) void this.close()
      }, this.idleMs)
      this.idleTimer.unref()
    }
  }

  private clearIdle(): void {
    if (this.idleTimer !== null) {
      clearTimeout(this.idleTimer)
      this.idleTimer = null
    }
  }
}
