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
 *   A thread whose reply does not fit its request (another batch's id, a wrong count, a malformed
 *   field) is not trusted again: its files fail alike, and from then on the main thread hashes.
 * - `batch(sink, options)` takes files one by one and reports each result by index, the digest as
 *   32 bytes (digest-batch.ts), with what `options` asked for besides (a second digest, the bytes
 *   of small files): no promise and no object per file. `digestFile` is a batch of one.
 */
import { availableParallelism } from 'node:os'
import * as fs from 'node:fs'
import * as crypto from 'node:crypto'
import * as workerThreads from 'node:worker_threads'
import { Worker } from 'node:worker_threads'
import { ReadError } from './byte-source.js'
import type { Digest } from './digest.js'
import { BatchCounter, digestOne, secondLength, type DigestBatch, type DigestSink, type HashedExtras } from './digest-batch.js'
import type { Hasher } from './hasher.js'
import {
  hashKit,
  hashWorkerSource,
  type HashFailure,
  type HashKit,
  type HashOptions,
  type HashRequest,
  type HashResponse,
  type RawOutcome
} from './hash-worker.js'

/** Bytes per read. */
export const CHUNK = 1 << 20
/** Most threads a pool starts: each costs ~10 MiB of resident memory besides its buffer. */
export const MAX_THREADS = 4
/** Aim of one batch, in bytes: big enough to amortize a round trip, small enough to balance. */
const BATCH_BYTES = 4 << 20
const MAX_BATCH_FILES = 256
/** Batch size before any file size has been seen. */
const FIRST_BATCH_FILES = 4
/**
 * Idle threads stop after this long. A packet's JSON step, diagnosis or the next packet's seal keep
 * the main thread busy while the threads wait, holding about 10 MiB each: on 128 JSON reports of
 * 1 MiB in one packet, peak RSS went from 144-170 MiB (idle for a second) to 127-132 MiB. A
 * restart costs 15-20 ms, a small part of any wait long enough to cause it.
 */
const IDLE_MS = 200
/**
 * Young generation of a hashing thread, in MiB. A thread makes short-lived garbage per file (two
 * `fstat` results, a hash object, a digest), and V8 grows the young generation of a busy isolate
 * to tens of MiB of resident memory for it; a thread keeps nothing between files, so a small one
 * costs no time (100,000 tiny files: peak RSS 142–148 → 133–141 MiB, wall and CPU unchanged, as
 * on the large and small trees).
 */
const THREAD_YOUNG_MB = 2
/**
 * Threads start only for work worth them: more files waiting than this, or this many bytes
 * hashed on the main thread already. Starting one costs ~15 ms of CPU and ~17 MiB; a packet of a
 * few files is done on the main thread before a thread would be up.
 */
const THREADS_AFTER_FILES = 16
const THREADS_AFTER_BYTES = 8 << 20
/**
 * Work this small, with every thread idle, is hashed on the main thread even once threads are up:
 * a round trip to a thread costs more than hashing it here, and a run of many small packets
 * (verified one after another) would otherwise pay one round trip per packet.
 */
const HERE_FILES = THREADS_AFTER_FILES
const HERE_BYTES = 256 << 10

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
  /** The batch's options (the same object for every file of a batch), or undefined. */
  options: HashOptions | undefined
  /** Size given when added, else -1 (only to share the work out). */
  size: number
}

/** What a reply reports of one file. */
type Outcome = { digests: Uint8Array; at: number; bytes: number } | HashFailure | { internal: string } | undefined

interface Slot {
  worker: Worker
  ready: boolean
  batches: Map<number, Job[]>
}

const builtins: Record<string, unknown> = { 'node:fs': fs, 'node:crypto': crypto, 'node:worker_threads': workerThreads }

const REASONS = new Set(['unreadable', 'changed', 'not-regular'])

/** Whether `x` is a typed array of that kind (from any realm: replies are built by another thread). */
const isTyped = (x: unknown, kind: 'Uint8Array' | 'Float64Array'): boolean => ArrayBuffer.isView(x) && Object.prototype.toString.call(x) === `[object ${kind}]`

/** Why `m` is not a whole reply to a batch of `count` files with seconds of `width` bytes, or null when it is. */
function replyProblem(m: HashResponse, count: number, width: number): string | null {
  if (!isTyped(m.digests, 'Uint8Array') || m.digests.length !== 32 * count) return 'digests that do not fit the batch'
  if (!isTyped(m.seconds, 'Uint8Array') || m.seconds.length !== width * count) return 'second digests that do not fit the batch'
  if (!isTyped(m.sizes, 'Float64Array') || m.sizes.length !== count) return 'lengths that do not fit the batch'
  if (!Array.isArray(m.failures) || !Array.isArray(m.kept)) return 'a malformed reply'
  let f = 0
  let k = 0
  for (let i = 0; i < count; i++) {
    const bytes = m.sizes[i]
    if (bytes === -1) {
      const entry = m.failures[f++] as { i?: unknown; failure?: { error?: unknown; reason?: unknown; code?: unknown; internal?: unknown } } | undefined
      const failure = entry?.failure
      if (entry?.i !== i || typeof failure !== 'object' || failure === null) return 'a failure that does not fit the batch'
      const known = typeof failure.error === 'string' && REASONS.has(failure.reason as string) && (failure.code === undefined || typeof failure.code === 'string')
      if (!known && typeof failure.internal !== 'string') return 'a malformed failure'
    } else if (!Number.isSafeInteger(bytes) || bytes < 0) return 'a malformed length'
    else if (m.kept[k]?.i === i) {
      const kept = m.kept[k++].bytes
      if (!isTyped(kept, 'Uint8Array') || kept.length !== bytes) return 'kept bytes that do not fit the file'
    }
  }
  if (f !== m.failures.length || k !== m.kept.length) return 'outcomes that do not fit the batch'
  return null
}

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
    return digestOne(sink => this.batch(sink), absPath)
  }

  /**
   * Files added are hashed in the order added, and each result goes to `sink` by index, with what
   * `options` ask for besides (`HashedExtras`).
   */
  batch(sink: DigestSink, options?: HashOptions): DigestBatch {
    const counter = new BatchCounter(sink)
    return {
      add: (path, size) => {
        this.queue.push({ path, index: counter.added++, sink: counter, options, size: size ?? -1 })
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
    // few files is done before they are up); and small work with every thread idle stays here.
    if (ready.length === 0 || this.smallWhileIdle()) this.scheduleLocal()
    else {
      for (const slot of ready) {
        while (slot.batches.size < 2 && this.head < this.queue.length) this.send(slot)
      }
    }
    this.compact()
    this.settleRefs()
  }

  private start(): void {
    for (let i = 0; i < this.threads; i++) {
      let worker: Worker
      try {
        worker = new Worker(this.threadSource, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_MB } })
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

  /**
   * One batch to `slot`: files of the same options, up to BATCH_BYTES by their sizes (given, or
   * else the average seen so far), never more than a fair share of what waits, counting threads
   * still starting, so that the first thread up does not take a few large files that the others
   * then wait for.
   */
  private send(slot: Slot): void {
    const waiting = this.queue.length - this.head
    const limit = Math.min(Math.ceil(waiting / (2 * this.slots.length)), MAX_BATCH_FILES)
    const options = this.queue[this.head].options
    let count = 0
    let bytes = 0
    while (count < limit && this.head + count < this.queue.length) {
      const job = this.queue[this.head + count]
      const size = Math.max(this.expectedSize(job), 1)
      if (count > 0 && (job.options !== options || bytes + size > BATCH_BYTES)) break
      bytes += size
      count++
    }
    const jobs = this.queue.slice(this.head, this.head + count)
    this.head += count
    const id = this.nextId++
    slot.batches.set(id, jobs)
    const request: HashRequest = { id, paths: jobs.map(j => j.path).join('\0') }
    if (options !== undefined) request.options = options
    slot.worker.postMessage(request)
  }

  private onMessage(slot: Slot, message: HashResponse | 'ready'): void {
    if (message === 'ready') {
      slot.ready = true
      this.everReady = true
      this.wakeWaiters()
      return this.schedulePump()
    }
    // A reply that does not fit its request: nothing more from this thread is trusted.
    const jobs = slot.batches.get(message?.id)
    if (jobs === undefined) return this.onGone(slot, new Error('hash thread returned a reply to no batch in hand'), true)
    const width = secondLength(jobs[0].options)
    const problem = replyProblem(message, jobs.length, width)
    if (problem !== null) return this.onGone(slot, new Error(`hash thread returned ${problem}`), true)
    slot.batches.delete(message.id)
    const { digests, seconds, sizes, failures, kept } = message
    let f = 0
    let k = 0
    jobs.forEach((job, i) => {
      const bytes = sizes[i]
      if (bytes < 0) return this.settle(job, failures[f++].failure)
      this.extras.second = width > 0 ? seconds : null
      this.extras.secondAt = width * i
      this.extras.kept = kept[k]?.i === i ? kept[k++].bytes : null
      this.settle(job, { digests, at: 32 * i, bytes })
    })
    this.schedulePump()
  }

  /** Filled before each file reported with its extras; see `HashedExtras`. */
  private readonly extras: HashedExtras = { second: null, secondAt: 0, kept: null }

  private settle(job: Job, outcome: Outcome): void {
    this.outstanding--
    if (outcome === undefined) return job.sink.failed(job.index, new Error('hash thread returned no outcome'))
    if ('internal' in outcome) return job.sink.failed(job.index, new Error(`hashing failed: ${outcome.internal}`))
    if ('error' in outcome) return job.sink.failed(job.index, new ReadError(outcome.error, outcome.reason, outcome.code))
    this.seenFiles++
    this.seenBytes += outcome.bytes
    if (job.options === undefined) return job.sink.hashed(job.index, outcome.digests, outcome.at, outcome.bytes)
    job.sink.hashed(job.index, outcome.digests, outcome.at, outcome.bytes, this.extras)
  }

  /** A thread that stopped (or, `untrusted`, misbehaved): the files it had in hand fail, never pass. */
  private onGone(slot: Slot, error: Error, untrusted = false): void {
    const index = this.slots.indexOf(slot)
    if (index === -1) return
    this.slots.splice(index, 1)
    for (const jobs of slot.batches.values()) this.fail(jobs, new Error(`hash thread stopped: ${error.message}`))
    slot.batches.clear()
    void slot.worker.terminate().catch(() => 0)
    // Threads that never came up (eval refused, a sandbox, ...), or that answer what was not asked:
    // hash on the main thread instead, from now on.
    if (untrusted || (!slot.ready && !this.everReady && this.slots.length === 0)) this.threadsUnavailable = true
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
      // Decided once: what is queued now is small enough (nothing is added during this loop).
      const small = this.smallWhileIdle()
      const here = () => small || this.threadsUnavailable || !this.slots.some(s => s.ready)
      while (this.head < this.queue.length && budget > 0 && here()) {
        const job = this.queue[this.head++]
        let outcome: RawOutcome | { internal: string }
        try {
          outcome = this.local.hashRaw(job.path, undefined, job.options)
        } catch (e) {
          outcome = { internal: e instanceof Error ? e.message : String(e) }
        }
        budget -= 'bytes' in outcome ? Math.max(outcome.bytes, 4096) : 4096
        if ('bytes' in outcome) this.localBytes += outcome.bytes
        if ('digest' in outcome) {
          this.extras.second = outcome.second
          this.extras.secondAt = 0
          this.extras.kept = outcome.kept
          this.settle(job, { digests: outcome.digest, at: 0, bytes: outcome.bytes })
        } else this.settle(job, outcome)
      }
      this.compact()
      // The pump decides what comes next: more here, threads to start, or threads now up.
      if (this.head < this.queue.length) this.schedulePump()
      else this.settleRefs()
    })
  }

  /** Whether what waits is at most HERE_FILES files of HERE_BYTES (by given sizes, else the average seen) and no thread has a batch. */
  private smallWhileIdle(): boolean {
    const waiting = this.queue.length - this.head
    if (waiting === 0 || waiting > HERE_FILES || this.slots.some(s => s.batches.size > 0)) return false
    let bytes = 0
    for (let i = this.head; i < this.queue.length; i++) bytes += this.expectedSize(this.queue[i])
    return bytes <= HERE_BYTES
  }

  /** A file's size as given when added, else the average of the files hashed so far (before any: a quarter of a batch). */
  private expectedSize(job: Job): number {
    if (job.size >= 0) return job.size
    return this.seenFiles === 0 ? BATCH_BYTES / FIRST_BATCH_FILES : this.seenBytes / this.seenFiles
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
