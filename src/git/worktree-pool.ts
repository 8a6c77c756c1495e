/**
 * Hashing working-tree files with their git blob id (worktree-digest.ts) on every core: sha256 and
 * the blob id together cost about twice one hash, so on one thread `source: git` would run at half
 * the speed of hashing the disk. Threads run `dualHash` from its source text (no worker file to
 * find: the same from the bundles and from the sources); when none can start, the main thread does.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { LFS_POINTER_MAX } from '../core/lfs-pointer.js'
import { digestWorktreeFile, type ObjectFormat, type WorktreeState } from './worktree-digest.js'

/** Self-contained (reaches modules only through `req`): runs on a thread from its source text. */
function dualHash(req: (id: string) => any, path: string, format: string, keepBelow: number): unknown {
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
    const buffer = Buffer.allocUnsafe(1 << 20)
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
    const small = before.size < keepBelow ? Buffer.concat(keep, total) : null
    return { kind: 'file', sha256: sha256.digest('hex'), bytes: total, gitId: git.digest('hex'), small }
  } catch (e: any) {
    return { kind: 'unstable', reason: String(e?.code ?? e) }
  } finally {
    fs.closeSync(fd)
  }
}

const THREAD_SOURCE = `const { parentPort } = require('node:worker_threads')
const dualHash = ${dualHash.toString()}
parentPort.on('message', m => parentPort.postMessage({ id: m.id, state: dualHash(require, m.path, m.format, ${LFS_POINTER_MAX}) }))
`

interface Pending {
  resolve: (s: WorktreeState) => void
}

export class WorktreePool {
  private workers: Worker[] = []
  private readonly pending = new Map<number, Pending>()
  private next = 0
  private id = 0
  private broken = false

  constructor(
    private readonly format: ObjectFormat,
    private readonly threads = Math.min(availableParallelism(), 4)
  ) {}

  digest(absPath: string): Promise<WorktreeState> {
    if (this.broken || this.threads < 2) return digestWorktreeFile(absPath, this.format)
    if (this.workers.length === 0) this.start()
    const worker = this.workers[this.next++ % this.workers.length]
    const id = ++this.id
    return new Promise(resolve => {
      this.pending.set(id, { resolve })
      worker.ref()
      worker.postMessage({ id, path: absPath, format: this.format })
    })
  }

  close(): void {
    for (const w of this.workers) void w.terminate()
    this.workers = []
  }

  private start() {
    for (let i = 0; i < this.threads; i++) {
      const worker = new Worker(THREAD_SOURCE, { eval: true })
      worker.on('message', (m: { id: number; state: WorktreeState & { small?: Uint8Array | null } }) => {
        const p = this.pending.get(m.id)
        this.pending.delete(m.id)
        if (this.pending.size === 0) for (const w of this.workers) w.unref()
        const state = m.state.kind === 'file' ? { ...m.state, small: m.state.small ? Buffer.from(m.state.small) : null } : m.state
        p?.resolve(state as WorktreeState)
      })
      // A thread that fails only costs speed: its files are hashed again on the main thread.
      worker.on('error', () => this.fail())
      worker.on('exit', code => code !== 0 && this.fail())
      this.workers.push(worker)
    }
  }

  private fail() {
    this.broken = true
    this.close()
    for (const [id, p] of this.pending) {
      this.pending.delete(id)
      p.resolve({ kind: 'unstable', reason: 'hashing thread failed' })
    }
  }
}
