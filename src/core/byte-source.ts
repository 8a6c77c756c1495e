/**
 * Where the bytes of a packet come from. The verifier asks only these questions, so that a folder
 * on disk and, later, the objects of a git commit can answer them alike.
 */
import type { Digest } from './digest.js'
import type { DigestBatch, DigestSink } from './digest-batch.js'

export interface ListedFile {
  /** Path relative to the packet directory, '/'-separated. */
  path: string
  /**
   * Size as the listing saw it, or null when listing does not tell it (a folder on disk is listed
   * without a stat per file: the size is then the length hashing read).
   */
  size: number | null
}

export interface ListingProblem {
  /** Path relative to the packet directory, '/'-separated (lossy when the name is not UTF-8). */
  path: string
  kind: 'unsafe' | 'unreadable'
  /** One line: why this entry cannot be part of a packet (symlink, FIFO, unreadable, ...). */
  message: string
}

export interface Listing {
  /** Every regular file under the packet directory, the packet's own seal file excluded. */
  files: ListedFile[]
  /** Entries that are not regular files or whose names break the path rules. */
  problems: ListingProblem[]
}

export interface ByteSource {
  /**
   * Lists everything under `packetDir` (absolute), recursively, never following links. `onFile`,
   * when given, receives each file of `files` as soon as it is found, before the listing is done
   * (so that it can be hashed meanwhile), once each and in the order of `files`.
   */
  list(packetDir: string, sealFileName: string, onFile?: (file: ListedFile) => void): Promise<Listing>
  /** Reads a whole file, refusing (ReadError) one larger than `limit` bytes. */
  read(absPath: string, limit: number): Promise<Buffer>
  /**
   * The same bytes and refusals as `read`, handed to `onPiece` in order a piece at a time (each
   * valid only during the call), so that they need not be in memory at once; reading stops early
   * when `onPiece` returns false. Optional: else the file is read whole.
   */
  readPieces?(absPath: string, limit: number, onPiece: (piece: Uint8Array) => boolean): Promise<void>
  /** sha256 and length of a file, streamed: memory does not grow with the file. */
  digest(absPath: string): Promise<Digest>
  /** The same for many files, each result by index (digest-batch.ts); optional: else `digest` per file. */
  digestBatch?(sink: DigestSink): DigestBatch
  /**
   * Why `path` (repository-relative, obeying the path rules) under `root` is not a regular file
   * reached without passing a symbolic link, or null when it is one. For referenced canonical
   * files, which lie outside every packet listing (docs/seal-format.md, section 7).
   */
  fileProblem(root: string, path: string): Promise<string | null>
}

/** A file could not be read as a stable regular file: never a pass. */
export class ReadError extends Error {
  constructor(
    message: string,
    readonly reason: 'unreadable' | 'changed' | 'not-regular' | 'too-large',
    /** The system's error code (ENOENT, ELOOP, ...) when one caused it. */
    readonly code?: string
  ) {
    super(message)
    this.name = 'ReadError'
  }
}
