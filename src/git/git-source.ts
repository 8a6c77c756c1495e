/**
 * The bytes of packets as committed: a ByteSource over the tree of one commit (docs/git.md,
 * section "Committed bytes").
 *
 * Listing comes from `git ls-tree` (mode 100644/100755 a regular file; 120000 a symbolic link and
 * 160000 a submodule are unsafe). Digests are computed fast where possible: the working-tree file
 * is hashed together with its git blob id (the process-wide hash pool's second digest, in the same
 * pass and batches as the sha256), and when that id equals the committed blob's id the file holds
 * exactly the committed bytes. Anywhere else (eol conversion, a filter, a local edit, a file
 * missing on disk or not regular, changed while read, lost with a hashing thread) the blob is read
 * from `git cat-file --batch`: a failure on the working tree costs speed, never a verdict. A blob
 * that is a Git LFS pointer stands for the content it names: its digest is the pointer's oid and
 * size.
 */
import { createHash } from 'node:crypto'
import { isAbsolute, join, relative, sep } from 'node:path'
import { ReadError, type ByteSource, type ListedFile, type Listing } from '../core/byte-source.js'
import type { Digest } from '../core/digest.js'
import { BatchCounter, digestOne, hexOf, sameDigest, secondLength, type DigestBatch, type DigestSink, type HashedExtras, type HashOptions } from '../core/digest-batch.js'
import { defaultHasher, type Hasher } from '../core/hasher.js'
import { LFS_POINTER_MAX, parseLfsPointer } from '../core/lfs-pointer.js'
import { pathProblem } from '../core/paths.js'
import { BlobReader } from './blob-reader.js'
import { committedFileProblem } from './committed-path.js'
import { committedPackets } from './committed-packets.js'
import { entriesUnder, listTree, type TreeEntry, type TreeListing } from './tree-listing.js'
import { autocrlf, checkoutAttributes, describeWorktreeDifference } from './worktree-cause.js'
import type { ObjectFormat, WorktreeState } from './worktree-digest.js'

/** Said about the run, never a finding: the verdict does not depend on it. */
export interface SourceWarning {
  /** Repository-relative path, '/'-separated. */
  file: string
  message: string
}

export interface GitSourceOptions {
  /** Top of the working tree (absolute). */
  repoRoot: string
  /** Full id of the commit whose bytes are judged. */
  commit: string
  objectFormat: ObjectFormat
  /** Hash working-tree files and read blobs only where they differ (default true). */
  useWorktree?: boolean
  /** Warn about working-tree files that differ from the commit (when the commit is the checkout). */
  warnWorktree?: boolean
  /** What hashes working-tree files (default: the process-wide pool; tests: threads that fail). */
  hasher?: Hasher
}

/** A '/' followed by names, none empty, `.` or `..`: a path that normalizing leaves as it is. */
const PLAIN = /^(\/(?!\.\.?(\/|$))[^/]+)+$/

/** Largest file compared byte for byte to name the cause of a working-tree difference. */
const CAUSE_LIMIT = 64 << 20

export class GitSource implements ByteSource {
  /** The run's one `git cat-file --batch` process (the append-only rule reads its seals through it too). */
  readonly blobs: BlobReader
  /** Working-tree files are hashed with their blob id, and kept when they may be an LFS pointer. */
  private readonly hashOptions: HashOptions
  /** The top of the working tree, ending with a separator. */
  private readonly top: string
  private readonly differing = new Map<string, { entry: TreeEntry; state: WorktreeState }>()
  private readonly lfs = new Map<string, Digest>()
  /** How many digests came from the working tree and how many from blobs (docs/performance.md). */
  readonly stats = { worktree: 0, blobs: 0 }

  private constructor(
    private readonly options: Required<GitSourceOptions>,
    readonly tree: TreeListing
  ) {
    this.blobs = new BlobReader(options.repoRoot)
    this.top = options.repoRoot.endsWith(sep) ? options.repoRoot : options.repoRoot + sep
    this.hashOptions = { second: { algorithm: options.objectFormat, label: 'blob' }, keep: { below: LFS_POINTER_MAX, prefix: 'version ' } }
  }

  static async open(options: GitSourceOptions): Promise<GitSource> {
    const tree = await listTree(options.repoRoot, options.commit)
    return new GitSource({ useWorktree: true, warnWorktree: true, hasher: defaultHasher, ...options }, tree)
  }

  get commit(): string {
    return this.options.commit
  }

  close(): void {
    this.blobs.close()
  }

  /** Repository-relative '/'-separated path of an absolute path, or null when outside the repository. */
  relativePath(absPath: string): string | null {
    // The verifier asks about the top joined with checked names, once per file: those need no
    // normalizing (which costs more than the rest of the file's work here).
    if (sep === '/' && absPath.startsWith(this.top) && PLAIN.test(absPath.slice(this.top.length - 1))) return absPath.slice(this.top.length)
    const rel = relative(this.options.repoRoot, absPath)
    if (rel.startsWith('..') || isAbsolute(rel)) return null
    return sep === '/' ? rel : rel.split(sep).join('/')
  }

  /** Packet directories (absolute) at or under `roots` in the commit: directories whose seal file is committed. */
  discover(roots: readonly string[], sealFileName: string): { packets: string[]; problems: { path: string; message: string }[] } {
    const problems: { path: string; message: string }[] = []
    const rels: string[] = []
    for (const root of roots) {
      const rel = this.relativePath(root)
      if (rel === null) problems.push({ path: root, message: 'search path is outside the git repository: nothing there is committed' })
      else rels.push(rel)
    }
    const found = committedPackets(this.tree, rels, sealFileName)
    const abs = (rel: string) => (rel === '.' ? this.options.repoRoot : join(this.options.repoRoot, rel))
    for (const p of found.problems) problems.push({ path: abs(p.path), message: p.message })
    return { packets: found.packets.map(abs).sort(), problems }
  }

  async list(packetDir: string, sealFileName: string, onFile?: (file: ListedFile) => void): Promise<Listing> {
    const listing: Listing = { files: [], problems: [] }
    const rel = this.relativePath(packetDir)
    if (rel === null) {
      listing.problems.push({ path: '.', kind: 'unreadable', message: 'packet is outside the git repository' })
      return listing
    }
    const prefix = rel === '' ? '' : `${rel}/`
    for (const name of this.tree.undecodable) {
      if (name.startsWith(prefix)) listing.problems.push({ path: name.slice(prefix.length), kind: 'unsafe', message: 'file name is not valid UTF-8' })
    }
    for (const entry of entriesUnder(this.tree, prefix)) {
      const path = entry.path.slice(prefix.length)
      const problem = pathProblem(path)
      if (problem !== null) {
        listing.problems.push({ path, kind: 'unsafe', message: `unsafe name: ${problem}` })
      } else if (entry.kind === 'symlink') {
        listing.problems.push({ path, kind: 'unsafe', message: 'symbolic link (committed with mode 120000): packets hold regular files only' })
      } else if (entry.kind === 'submodule') {
        listing.problems.push({ path, kind: 'unsafe', message: 'submodule (committed with mode 160000): packets hold regular files only' })
      } else if (entry.kind === 'other') {
        listing.problems.push({ path, kind: 'unsafe', message: `committed with mode ${entry.mode}: packets hold regular files only` })
      } else if (path !== sealFileName) {
        const file = { path, size: entry.size }
        listing.files.push(file)
        onFile?.(file)
      }
    }
    return listing
  }

  async read(absPath: string, limit: number): Promise<Buffer> {
    const entry = this.readableEntry(absPath, limit)
    try {
      return await this.blobs.read(entry.oid, limit)
    } catch (e) {
      throw new ReadError(`cannot be read from commit ${this.commit.slice(0, 12)}: ${(e as Error).message}`, 'unreadable')
    }
  }

  /** The same bytes as `read`, a piece at a time as git sends them (a large seal is never whole in memory). */
  async readPieces(absPath: string, limit: number, onPiece: (piece: Uint8Array) => boolean): Promise<void> {
    const entry = this.readableEntry(absPath, limit)
    let wanted = true
    let thrown: { error: unknown } | null = null
    try {
      // git sends the whole blob anyway: once the caller needs no more, the rest is passed over. An
      // exception of the caller's is its own, thrown here, never the reader's (which would stop).
      await this.blobs.stream(entry.oid, chunk => {
        if (!wanted) return
        try {
          wanted = onPiece(chunk)
        } catch (error) {
          thrown = { error }
          wanted = false
        }
      })
    } catch (e) {
      throw new ReadError(`cannot be read from commit ${this.commit.slice(0, 12)}: ${(e as Error).message}`, 'unreadable')
    }
    if (thrown !== null) throw (thrown as { error: unknown }).error
  }

  /** The entry of a file that `read` may return, or the ReadError saying why not. */
  private readableEntry(absPath: string, limit: number): TreeEntry {
    const { path, entry } = this.fileEntry(absPath)
    const pointer = this.lfs.get(path)
    if (pointer !== undefined) {
      throw new ReadError(
        `committed as a Git LFS pointer (oid sha256:${pointer.sha256}, size ${pointer.bytes}); its content is not downloaded`,
        'unreadable'
      )
    }
    if (entry.size > limit) throw new ReadError(`larger than ${limit} bytes`, 'too-large')
    return entry
  }

  digest(absPath: string): Promise<Digest> {
    return digestOne(sink => this.digestBatch(sink), absPath)
  }

  /**
   * Many files, each result by index: the working-tree files go to the hasher in one batch, with
   * their blob ids; a file whose id is not the committed one, or that could not be hashed there, is
   * read from its blob.
   */
  digestBatch(sink: DigestSink): DigestBatch {
    const counter = new BatchCounter(sink)
    // Per file handed to the hasher: its index here and its tree entry.
    const indexOf: number[] = []
    const entryOf: TreeEntry[] = []
    const width = secondLength(this.hashOptions)
    const fromBlob = (index: number, path: string, entry: TreeEntry) =>
      this.blobDigest(path, entry).then(
        d => counter.hashed(index, Buffer.from(d.sha256, 'hex'), 0, d.bytes),
        (e: unknown) => counter.failed(index, e instanceof Error ? e : new Error(String(e)))
      )
    const onWorktree: DigestSink = {
      hashed: (i, digests, at, bytes, extras?: HashedExtras) => {
        const entry = entryOf[i]
        if (extras?.second != null && sameDigest(entry.oid, extras.second, extras.secondAt, width)) {
          this.stats.worktree++
          const pointer = extras.kept === null ? null : parseLfsPointer(extras.kept)
          if (pointer === null) return counter.hashed(indexOf[i], digests, at, bytes)
          this.lfs.set(entry.path, pointer)
          return counter.hashed(indexOf[i], Buffer.from(pointer.sha256, 'hex'), 0, pointer.bytes)
        }
        const small = extras?.kept == null ? null : Buffer.from(extras.kept)
        this.differing.set(entry.path, { entry, state: { kind: 'file', sha256: hexOf(digests, at), bytes, small } })
        void fromBlob(indexOf[i], entry.path, entry)
      },
      failed: (i, error) => {
        const entry = entryOf[i]
        this.differing.set(entry.path, { entry, state: worktreeFailure(error) })
        void fromBlob(indexOf[i], entry.path, entry)
      }
    }
    const hasher = this.options.hasher
    const worktree = this.options.useWorktree && hasher.batch !== undefined ? hasher.batch(onWorktree, this.hashOptions) : null
    return {
      add: absPath => {
        const index = counter.added++
        let file: { path: string; entry: TreeEntry }
        try {
          file = this.fileEntry(absPath)
        } catch (e) {
          queueMicrotask(() => counter.failed(index, e as Error))
          return
        }
        if (worktree === null) return void fromBlob(index, file.path, file.entry)
        indexOf.push(index)
        entryOf.push(file.entry)
        worktree.add(sep === '/' ? this.top + file.path : join(this.options.repoRoot, file.path), file.entry.size)
      },
      done: () => counter.done()
    }
  }

  /** The digest of a file's committed blob (the content it names, when it is a Git LFS pointer). */
  private async blobDigest(path: string, entry: TreeEntry): Promise<Digest> {
    this.stats.blobs++
    const hash = createHash('sha256')
    const small: Buffer[] = []
    let size: number
    try {
      size = await this.blobs.stream(entry.oid, chunk => {
        hash.update(chunk)
        if (entry.size < LFS_POINTER_MAX) small.push(Buffer.from(chunk))
      })
    } catch (e) {
      throw new ReadError(`cannot be read from commit ${this.commit.slice(0, 12)}: ${(e as Error).message}`, 'unreadable')
    }
    const pointer = size < LFS_POINTER_MAX ? parseLfsPointer(Buffer.concat(small)) : null
    if (pointer !== null) {
      this.lfs.set(path, pointer)
      return pointer
    }
    return { sha256: hash.digest('hex'), bytes: size }
  }

  async fileProblem(root: string, path: string): Promise<string | null> {
    const rel = this.relativePath(join(root, path))
    if (rel === null) return 'is outside the git repository'
    return committedFileProblem(this.tree, rel, this.commit.slice(0, 12))
  }

  /** Paths (repository-relative) verified through their Git LFS pointer. */
  lfsPaths(): string[] {
    return [...this.lfs.keys()].sort()
  }

  /**
   * One warning per sealed file whose working-tree bytes are not the committed ones, naming the
   * cause git knows. Empty unless the commit is the one checked out.
   */
  async worktreeWarnings(): Promise<SourceWarning[]> {
    if (!this.options.warnWorktree || this.differing.size === 0) return []
    const paths = [...this.differing.keys()].sort()
    const attributes = await checkoutAttributes(this.options.repoRoot, paths)
    const crlf = await autocrlf(this.options.repoRoot)
    const at = `commit ${this.commit.slice(0, 12)}`
    const warnings: SourceWarning[] = []
    for (const path of paths) {
      const { entry, state } = this.differing.get(path) as { entry: TreeEntry; state: WorktreeState }
      const pointer = this.lfs.get(path)
      let cause: string
      if (state.kind === 'absent') cause = 'absent from the working tree (deleted or not checked out)'
      else if (state.kind === 'not-regular') cause = 'not a regular file in the working tree'
      else if (state.kind === 'unstable') cause = `the working-tree file could not be read (${state.reason})`
      else if (pointer !== undefined) {
        if (state.sha256 === pointer.sha256 && state.bytes === pointer.bytes) continue // the LFS content, checked out
        cause = 'Git LFS: the working tree holds other bytes than the object its committed pointer names'
      } else {
        const committed = entry.size <= CAUSE_LIMIT ? await this.blobs.read(entry.oid, CAUSE_LIMIT).catch(() => null) : null
        cause = await describeWorktreeDifference(this.options.repoRoot, path, committed, attributes.get(path) ?? {}, crlf)
      }
      warnings.push({ file: path, message: `${path}: the working tree differs from ${at}: ${cause}; the verdict is on the committed bytes` })
    }
    return warnings
  }

  private fileEntry(absPath: string): { path: string; entry: TreeEntry } {
    const path = this.relativePath(absPath)
    const entry = path === null ? undefined : this.tree.entries.get(path)
    if (path === null || entry === undefined) throw new ReadError(`not in commit ${this.commit.slice(0, 12)}`, 'unreadable')
    if (entry.kind !== 'file') throw new ReadError(`committed as a ${entry.kind}, not a regular file`, 'not-regular')
    return { path, entry }
  }
}

/** Why a working-tree file could not be hashed, as the warnings tell it. */
function worktreeFailure(error: Error): WorktreeState {
  if (!(error instanceof ReadError)) return { kind: 'unstable', reason: error.message }
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return { kind: 'absent' }
  if (error.reason === 'not-regular' || error.code === 'ELOOP') return { kind: 'not-regular' }
  return { kind: 'unstable', reason: error.message }
}
