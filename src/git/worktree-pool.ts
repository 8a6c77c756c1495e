/**
 * Hashing working-tree files with their git blob id (worktree-digest.ts) on every core: sha256 and
 * the blob id together cost about twice one hash, so on one thread `source: git` would run at half
 * the speed of hashing the disk. Threads run `dualHash` from its source text (no worker file to
 * find: the same from the bundles and from the sources); the main thread runs the same function
 * when no thread can start, and for the first few files of a run (a packet of a few files is done
 * before a thread would be up).
 *
 * Files go to a thread in batches (up to BATCH_BYTES by the sizes the commit gives, or
 * MAX_BATCH_FILES), at most two batches in flight per thread, never more than a fair share of what
 * waits: a message round trip per tiny file would cost more than hashing it. A thread that dies,
 * or answers a batch with the wrong number of states, leaves its files `unstable`: the caller then
 * reads the committed blob, so a failure here costs speed, never a verdict.
 */
import * as crypto from 'node:crypto'
import * as fs from 'node:fs'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { LFS_POINTER_MAX } from '../core/lfs-pointer.js'
import type { ObjectFormat, WorktreeState } from './worktree-digest.js'

/**
 * Self-contained (reaches modules only through `req`): runs on a thread from its source text.
 * `buffer` is the caller's, reused from file to file (one 1 MiB buffer a file was most of the
 * threads' time, in garbage collection).
 */
function dualHash(req: (id: string) => any, path: string, format: string, keepBelow: number, buffer: Buffer): unknown {
  const fs = req('node:fs')
  const crypto = req('node:crypto')
  let fd: number
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK)
  } catch (e: any) {
    if (e?.code === 'ENOENT' || e?.code === 'ENOTDIR') return { kind: 'absent' }
    if (e?.code === 'ELOOP') return { kind: 'not-regular' }
    return { kind: 'unstable', reason: String(e?.code ?? e) }
  }
  try {
    const before = fs.fstatSync(fd)
    if (!before.isFile()) return { kind: 'not-regular' }
    const sha256 = crypto.createHash('sha256')
    const git = crypto.createHash(format).update(`blob ${before.size}\0`)
    const keep: Buffer[] = []
    let total = 0
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, total)
      if (n === 0) break
      const chunk = buffer.subarray(0, n)
      sha256.update(chunk)
      git.update(chunk)
      if (before.size < keepBelow) keep.push(Buffer.from(chunk))
      total += n
    }
    const after = fs.fstatSync(fd)
    if (total !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
      return { kind: 'unstable', reason: 'changed while it was read' }
    }
    // Only bytes that may be a Git LFS pointer (it starts with "version ") go back: a copy of every
    // tiny file cost tens of MiB on 100,000 of them.
    const kept = before.size < keepBelow ? Buffer.concat(keep, total) : null
    const small = kept !== null && kept.toString('latin1', 0, 8) === 'version ' ? kept : null
    return { kind: 'file', sha256: sha256.digest('hex'), bytes: total, gitId: git.digest('hex'), small }
  } catch (e: any) {
    return { kind: 'unstable', reason: String(e?.code ?? e) }
  } finally {
    fs.closeSync(fd)
  }
}

/** Bytes per read. */
const CHUNK = 1 << 20

/** A batch's paths travel as one NUL-separated string (a path holds no NUL). */
const THREAD_SOURCE = `const { parentPort } = require('node:worker_threads')
const dualHash = ${dualHash.toString()}
const buffer = Buffer.allocUnsafe(${CHUNK})
parentPort.on('message', m => parentPort.postMessage({ id: m.id, states: m.paths.split('\\0').map(p => dualHash(require, p, m.format, ${LFS_POINTER_MAX}, buffer)) }))
`

const builtins: Record<string, unknown> = { 'node:fs': fs, 'node:crypto': crypto }
let mainBuffer: Buffer | null = null
const onMainThread = (path: string, format: ObjectFormat) =>
  dualHash(id => builtins[id], path, format, LFS_POINTER_MAX, (mainBuffer ??= Buffer.allocUnsafe(CHUNK))) as WorktreeState

const BATCH_BYTES = 4 << 20
const MAX_BATCH_FILES = 256
/** Threads start once more files than this wait, or this many bytes were hashed on the main thread. */
const THREADS_AFTER_FILES = 16
const THREADS_AFTER_BYTES = 8 << 20
/** Bytes hashed on the main thread per turn of the event loop, so that other work still flows. */
const LOCAL_TURN_BYTES = 4 << 20

interface Job {
  path: string
  size: number
  resolve: (s: WorktreeState) => void
}

interface Slot {
  worker: Worker
  batches: Map<number, Job[]>
}

export interface WorktreePoolOptions {
  /** Threads to start once the work is worth them (default: available cores, at most 4; below 2, none). */
  threads?: number
  /** Source a thread runs instead of THREAD_SOURCE (tests: a thread that dies or answers wrongly). */
  threadSource?: string
}

export class WorktreePool {
  private readonly threads: number
  private readonly threadSource: string
  private slots: Slot[] = []
  private queue: Job[] = []
  private head = 0
  private nextId = 1
  private broken = false
  private scheduled = false
  private localBytes = 0
  private outstanding = 0

  constructor(
    private readonly format: ObjectFormat,
    options: WorktreePoolOptions = {}
  ) {
    this.threads = options.threads ?? Math.min(availableParallelism(), 4)
    this.threadSource = options.threadSource ?? THREAD_SOURCE
  }

  /** The state of the working-tree file `absPath`; `size` is the committed size (for batching only). */
  digest(absPath: string, size = 0): Promise<WorktreeState> {
    return new Promise(resolve => {
      this.queue.push({ path: absPath, size: Math.max(size, 0), resolve })
      this.outstanding++
      this.schedule()
    })
  }

  /** Whether threads are hashing (for tests). */
  get threadCount(): number {
    return this.slots.length
  }

  close(): void {
    const slots = this.slots
    this.slots = []
    for (const slot of slots) {
      for (const jobs of slot.batches.values()) this.settleAll(jobs, 'hashing thread stopped')
      void slot.worker.terminate()
    }
  }

  /** Dispatch waits for the turn to end, so that the files asked for in it form batches. */
  private schedule(): void {
    if (this.scheduled) return
    this.scheduled = true
    setImmediate(() => {
      this.scheduled = false
      this.pump()
    })
  }

  private pump(): void {
    if (this.head >= this.queue.length) return this.settleRefs()
    const waiting = this.queue.length - this.head
    const threadsWanted = this.threads >= 2 && !this.broken && (waiting > THREADS_AFTER_FILES || this.localBytes >= THREADS_AFTER_BYTES)
    if (this.slots.length === 0 && threadsWanted) this.start()
    // A few files with every thread idle (a small packet, packets verified one after another):
    // hashing them here costs less than a round trip to a thread.
    const idle = this.slots.every(slot => slot.batches.size === 0)
    if (this.slots.length === 0 || (idle && waiting <= THREADS_AFTER_FILES)) return this.local()
    for (const slot of this.slots) {
      while (slot.batches.size < 2 && this.head < this.queue.length) this.send(slot)
    }
    this.compact()
    this.settleRefs()
  }

  /** Main-thread hashing, a bounded amount per turn; then the pump decides again. */
  private local(): void {
    let budget = LOCAL_TURN_BYTES
    while (this.head < this.queue.length && budget > 0) {
      const job = this.queue[this.head++]
      const state = onMainThread(job.path, this.format)
      const bytes = state.kind === 'file' ? state.bytes : 0
      this.localBytes += bytes
      budget -= Math.max(bytes, 4096)
      this.settle(job, state)
    }
    this.compact()
    if (this.head < this.queue.length) this.schedule()
  }

  private start(): void {
    for (let i = 0; i < this.threads; i++) {
      let worker: Worker
      try {
        worker = new Worker(this.threadSource, { eval: true })
      } catch {
        break
      }
      const slot: Slot = { worker, batches: new Map() }
      worker.on('message', (m: { id: number; states: unknown }) => this.onMessage(slot, m))
      worker.on('error', () => this.onGone(slot))
      worker.on('messageerror', () => this.onGone(slot))
      worker.on('exit', () => this.onGone(slot))
      this.slots.push(slot)
    }
    if (this.slots.length === 0) this.broken = true
  }

  private send(slot: Slot): void {
    const waiting = this.queue.length - this.head
    const fair = Math.ceil(waiting / (2 * this.slots.length))
    let count = 0
    let bytes = 0
    while (count < Math.min(fair, MAX_BATCH_FILES) && (count === 0 || bytes + this.queue[this.head + count].size <= BATCH_BYTES)) {
      bytes += this.queue[this.head + count].size
      count++
    }
    const jobs = this.queue.slice(this.head, this.head + count)
    this.head += count
    const id = this.nextId++
    slot.batches.set(id, jobs)
    slot.worker.postMessage({ id, format: this.format, paths: jobs.map(j => j.path).join('\0') })
  }

  private onMessage(slot: Slot, m: { id: number; states: unknown }): void {
    const jobs = slot.batches.get(m?.id)
    if (jobs === undefined) return this.onGone(slot)
    slot.batches.delete(m.id)
    const states = Array.isArray(m.states) && m.states.length === jobs.length ? m.states.map(fromThread) : []
    if (states.length !== jobs.length || states.includes(null)) {
      // An answer that does not fit its question: trust nothing from this thread.
      slot.batches.set(m.id, jobs)
      return this.onGone(slot)
    }
    jobs.forEach((job, i) => this.settle(job, states[i] as WorktreeState))
    this.schedule()
  }

  /** A thread that stopped or misbehaved: its files are `unstable` (read from git), the rest go to the main thread. */
  private onGone(slot: Slot): void {
    const index = this.slots.indexOf(slot)
    if (index === -1) return
    this.slots.splice(index, 1)
    for (const jobs of slot.batches.values()) this.settleAll(jobs, 'hashing thread failed')
    slot.batches.clear()
    void slot.worker.terminate()
    this.broken = true
    this.schedule()
  }

  private settle(job: Job, state: WorktreeState): void {
    this.outstanding--
    job.resolve(state)
  }

  private settleAll(jobs: Job[], reason: string): void {
    for (const job of jobs) this.settle(job, { kind: 'unstable', reason })
  }

  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head)
      this.head = 0
    }
  }

  /** Threads hold the process open only while files are outstanding. */
  private settleRefs(): void {
    for (const slot of this.slots) {
      if (this.outstanding > 0) slot.worker.ref()
      else slot.worker.unref()
    }
  }
}

/** A state posted by a thread, checked field by field; null when it is not one. */
function fromThread(raw: unknown): WorktreeState | null {
  const s = raw as Record<string, unknown> | null
  if (s === null || typeof s !== 'object') return null
  if (s.kind === 'absent' || s.kind === 'not-regular') return { kind: s.kind }
  if (s.kind === 'unstable') return { kind: 'unstable', reason: String(s.reason) }
  const hex = /^[0-9a-f]+$/
  if (
    s.kind === 'file' &&
    typeof s.sha256 === 'string' &&
    s.sha256.length === 64 &&
    hex.test(s.sha256) &&
    typeof s.gitId === 'string' &&
    hex.test(s.gitId) &&
    Number.isSafeInteger(s.bytes) &&
    (s.small === null || s.small instanceof Uint8Array)
  ) {
    const small = s.small === null ? null : Buffer.from(s.small as Uint8Array)
    return { kind: 'file', sha256: s.sha256, bytes: s.bytes as number, gitId: s.gitId, small }
  }
  return null
}
