/**
 * Reads raw blobs from one long-running `git cat-file --batch` process (no filters, no textconv:
 * the bytes exactly as committed). Requests are pipelined and answered in order; each blob is
 * handed to its consumer chunk by chunk, so memory does not grow with the blob.
 */
import type { ChildProcessWithoutNullStreams } from 'node:child_process'
import { checkObjectId, GitError, spawnGit } from './git-command.js'

interface Request {
  oid: string
  consume: (chunk: Buffer, size: number) => void
  resolve: (size: number) => void
  reject: (e: Error) => void
}

export class BlobReader {
  private child: ChildProcessWithoutNullStreams | null = null
  private readonly queue: Request[] = []
  private header: Buffer[] = []
  /** Bytes of the current blob still to come; -1 while a header is awaited; 0 when only the closing LF is. */
  private remaining = -1
  private size = 0
  private failure: Error | null = null
  private stderr = ''
  /** Request lines not yet written to git. */
  private asking: string[] = []

  constructor(private readonly repoRoot: string) {}

  /** Streams the blob `oid` into `consume` (with the blob's whole size); resolves to its size. Rejects when it is not a blob. */
  stream(oid: string, consume: (chunk: Buffer, size: number) => void): Promise<number> {
    checkObjectId(oid)
    if (this.failure !== null) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      this.queue.push({ oid, consume, resolve, reject })
      this.ask(oid)
    })
  }

  /**
   * Requests made in one turn of the event loop go to git in one write: a caller that reads
   * many small blobs at once (1,000 seals) otherwise pays a write to the pipe for each.
   */
  private ask(oid: string) {
    const child = this.process()
    if (this.asking.length === 0) {
      setImmediate(() => {
        // Written by close() already when the reader was closed in between.
        if (this.child === child && this.asking.length > 0) child.stdin.write(this.asking.join(''))
        this.asking = []
      })
    }
    this.asking.push(`${oid}\n`)
  }

  /** Reads a whole blob, refusing one larger than `limit` bytes; its bytes are copied once, into a buffer of its size. */
  async read(oid: string, limit: number): Promise<Buffer> {
    let bytes: Buffer | null = null
    let total = 0
    await this.stream(oid, (chunk, size) => {
      if (size <= limit) chunk.copy((bytes ??= Buffer.allocUnsafe(size)), total)
      total += chunk.length
    })
    if (total > limit) throw new GitError(`blob ${oid} is larger than ${limit} bytes`)
    return bytes ?? Buffer.alloc(0)
  }

  close(): void {
    // Requests not written yet go first: a read asked before close is answered, as it always was.
    this.child?.stdin.end(this.asking.join(''))
    this.asking = []
    this.child = null
  }

  private process(): ChildProcessWithoutNullStreams {
    if (this.child !== null) return this.child
    const child = spawnGit(this.repoRoot, ['cat-file', '--batch'])
    child.stdout.on('data', (data: Buffer) => this.onData(data))
    child.stderr.on('data', (data: Buffer) => {
      this.stderr = (this.stderr + data.toString('utf8')).slice(-2000)
    })
    child.on('error', e => this.fail(new GitError(`git cat-file could not be started: ${e.message}`)))
    child.on('close', code => {
      if (this.queue.length > 0) this.fail(new GitError(`git cat-file ended (${code}) early: ${this.stderr.trim() || 'no message'}`))
    })
    child.stdin.on('error', e => this.fail(new GitError(`git cat-file: ${e.message}`)))
    this.child = child
    return child
  }

  private fail(e: Error) {
    this.failure = e
    for (const r of this.queue.splice(0)) r.reject(e)
  }

  private onData(data: Buffer) {
    let at = 0
    while (at < data.length) {
      const current = this.queue[0]
      if (current === undefined) return this.fail(new GitError('git cat-file answered a question nobody asked'))
      if (this.remaining < 0) {
        const lf = data.indexOf(10, at)
        if (lf < 0) {
          this.header.push(data.subarray(at))
          return
        }
        this.header.push(data.subarray(at, lf))
        at = lf + 1
        const line = Buffer.concat(this.header).toString('utf8')
        this.header = []
        const parts = line.split(' ')
        if (parts.length === 2 && parts[1] === 'missing') {
          this.queue.shift()
          current.reject(new GitError(`object ${current.oid} is missing from the repository`))
          continue
        }
        if (parts.length !== 3 || parts[0] !== current.oid || !/^\d+$/.test(parts[2])) {
          return this.fail(new GitError(`unexpected answer from git cat-file: ${JSON.stringify(line.slice(0, 200))}`))
        }
        if (parts[1] !== 'blob') {
          this.queue.shift()
          current.reject(new GitError(`object ${current.oid} is a ${parts[1]}, not a blob`))
          // Its content still follows; swallow it.
          this.queue.unshift({ ...current, consume: () => {}, resolve: () => {}, reject: () => {} })
        }
        this.size = Number(parts[2])
        this.remaining = this.size + 1 // the content, then one LF
        continue
      }
      const take = Math.min(this.remaining, data.length - at)
      const content = Math.min(take, this.remaining - 1)
      if (content > 0) {
        try {
          current.consume(data.subarray(at, at + content), this.size)
        } catch (e) {
          return this.fail(e as Error)
        }
      }
      at += take
      this.remaining -= take
      if (this.remaining === 0) {
        this.remaining = -1
        this.queue.shift()
        current.resolve(this.size)
      }
    }
  }
}
