/**
 * Reading one regular file on disk the fail-closed way, for every reader of packet bytes (the
 * seal, JSON files, the reference hasher): never through a link, never a special file, and never
 * a file that changed while it was read.
 */
import { open, type FileHandle } from 'node:fs/promises'
import { constants } from 'node:fs'
import { ReadError } from './byte-source.js'

/**
 * Opens `absPath` without following a link, refuses anything but a regular file of at most `limit`
 * bytes, and runs `read` on it; `read` returns its result and the bytes it read, which must be the
 * file's size, with size and mtime still the same after reading. Every failure is a ReadError.
 */
export async function readRegularFile<T>(absPath: string, limit: number, read: (handle: FileHandle, size: number) => Promise<[T, number]>): Promise<T> {
  let handle
  try {
    handle = await open(absPath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
  } catch (e) {
    throw new ReadError(`cannot be opened: ${describeError(e)}`, 'unreadable')
  }
  try {
    const before = await handle.stat()
    if (!before.isFile()) throw new ReadError('not a regular file', 'not-regular')
    if (before.size > limit) throw new ReadError(`larger than ${limit} bytes`, 'too-large')
    const [result, total] = await read(handle, before.size)
    const after = await handle.stat()
    if (total !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
      throw new ReadError(`changed while it was read (${before.size} bytes before, ${total} read, ${after.size} after)`, 'changed')
    }
    return result
  } catch (e) {
    if (e instanceof ReadError) throw e
    throw new ReadError(`cannot be read: ${describeError(e)}`, 'unreadable')
  } finally {
    await handle.close()
  }
}

/** An error's code (ENOENT, ELOOP, ...) or else its message: one short word or line for a finding. */
export function describeError(e: unknown): string {
  const err = e as NodeJS.ErrnoException
  return err?.code ?? (err instanceof Error ? err.message : String(e))
}
