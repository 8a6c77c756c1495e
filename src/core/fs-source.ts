/**
 * The bytes of packets as they are in a folder on disk.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { type Dirent } from 'node:fs'
import { ReadError, type ByteSource, type ListedFile, type Listing } from './byte-source.js'
import { perFileBatch, type DigestSink } from './digest-batch.js'
import { diskFileProblem } from './disk-path.js'
import { defaultHasher, type Hasher } from './hasher.js'
import { describeError, readRegularFile } from './regular-file.js'
import { pathProblem } from './paths.js'

// ignoreBOM: a name that starts with U+FEFF keeps it (a decoder drops a leading BOM by default).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** Decodes a file name, or returns null when it is not valid UTF-8. */
export function decodeName(name: Buffer): string | null {
  try {
    return utf8.decode(name)
  } catch {
    return null
  }
}

export class FsSource implements ByteSource {
  constructor(private readonly hasher: Hasher = defaultHasher) {}

  async list(packetDir: string, sealFileName: string, onFile?: (file: ListedFile) => void): Promise<Listing> {
    const listing: Listing = { files: [], problems: [] }
    const pending: string[] = ['']
    while (pending.length > 0) {
      const rel = pending.pop() as string
      let entries: Dirent[] | Dirent<Buffer>[]
      try {
        entries = await readdir(join(packetDir, rel), { withFileTypes: true })
        // Names come decoded, with U+FFFD for bytes that are not UTF-8: only a folder holding such
        // a name is read again as bytes, to tell a bad name from a real U+FFFD (names as bytes
        // cost an allocation per file).
        if (entries.some(e => e.name.includes('\ufffd'))) entries = await readdir(join(packetDir, rel), { withFileTypes: true, encoding: 'buffer' })
      } catch (e) {
        listing.problems.push({ path: rel || '.', kind: 'unreadable', message: `directory cannot be read: ${describeError(e)}` })
        continue
      }
      for (const entry of entries) {
        const name = typeof entry.name === 'string' ? entry.name : decodeName(entry.name)
        // A repository's own files (a packet at the top of a working tree, a nested checkout):
        // git never commits them, so they are not the packet's (docs/seal-format.md, section 1).
        if (name === '.git') continue
        const path = rel === '' ? (name ?? '') : `${rel}/${name ?? ''}`
        if (name === null) {
          const lossy = (rel === '' ? '' : `${rel}/`) + entry.name.toString('utf8')
          listing.problems.push({ path: lossy, kind: 'unsafe', message: 'file name is not valid UTF-8' })
          continue
        }
        const problem = pathProblem(path)
        if (problem !== null) {
          listing.problems.push({ path, kind: 'unsafe', message: `unsafe name: ${problem}` })
          continue
        }
        if (entry.isSymbolicLink()) {
          listing.problems.push({ path, kind: 'unsafe', message: 'symbolic link: packets hold regular files only, links are never followed' })
        } else if (entry.isDirectory()) {
          pending.push(path)
        } else if (entry.isFile()) {
          if (path === sealFileName) continue
          // The entry's type comes from readdir (Node stats the entry itself where the file system
          // does not tell). No stat for the size: hashing opens the file with O_NOFOLLOW, checks it
          // is a regular file and reads its length, and a file it cannot open is unreadable there.
          const file = { path, size: null }
          listing.files.push(file)
          onFile?.(file)
        } else {
          listing.problems.push({ path, kind: 'unsafe', message: `${specialKind(entry)}: packets hold regular files only` })
        }
      }
    }
    return listing
  }

  async read(absPath: string, limit: number): Promise<Buffer> {
    return readRegularFile(absPath, limit, async (handle, size) => {
      const buffer = Buffer.alloc(size)
      let total = 0
      while (total < size) {
        const { bytesRead } = await handle.read(buffer, total, size - total, total)
        if (bytesRead === 0) break
        total += bytesRead
      }
      return [buffer, total]
    })
  }

  async readPieces(absPath: string, limit: number, onPiece: (piece: Uint8Array) => boolean): Promise<void> {
    await readRegularFile(absPath, limit, async (handle, size) => {
      const buffer = Buffer.alloc(Math.min(size, PIECE))
      let total = 0
      while (total < size) {
        const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, size - total), total)
        if (bytesRead === 0) break
        total += bytesRead
        // Stopped early: the caller needs no more of it.
        if (!onPiece(buffer.subarray(0, bytesRead))) return [undefined, size]
      }
      return [undefined, total]
    })
  }

  digest(absPath: string) {
    return this.hasher.digestFile(absPath)
  }

  digestBatch(sink: DigestSink) {
    return this.hasher.batch?.(sink) ?? perFileBatch(p => this.digest(p), sink)
  }

  fileProblem(root: string, path: string) {
    return diskFileProblem(root, path)
  }
}

/** Bytes read at a time by `readPieces`. */
const PIECE = 64 << 10

function specialKind(entry: { isFIFO(): boolean; isSocket(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean }): string {
  if (entry.isFIFO()) return 'FIFO (named pipe)'
  if (entry.isSocket()) return 'socket'
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return 'device file'
  return 'special file'
}
