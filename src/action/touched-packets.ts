/**
 * Which packets a change touched. Pure: paths in, packet directories out.
 *
 * Every path is relative to the top of the repository, '/'-separated; a packet directory is '.'
 * for the repository root. A packet is touched when a changed path is its directory's seal file
 * or lies anywhere under its directory (so a change inside a nested packet touches the packet
 * that holds it too, since its files are also files of the outer packet), or is a canonical file
 * its seal references (docs/seal-format.md, section 7), or is a `.gitattributes` file in its
 * directory or above it: attributes decide how the packet's files are checked out (line endings,
 * encodings, filters), so a change to them can change the bytes on disk of a packet whose
 * committed files did not change.
 */
import { reportDirOf } from '../core/repo-root.js'

export interface Touch {
  /** Packet directories touched by the change, in the order given. */
  touched: string[]
  /**
   * Seal files the change touched that belong to no packet found now: the packet was deleted,
   * its seal removed or renamed, or it lies outside the search paths. The caller tells which.
   */
  orphanSeals: string[]
}

export function isUnder(path: string, dir: string): boolean {
  return dir === '.' || path === dir || path.startsWith(`${dir}/`)
}

/**
 * `references` maps a packet directory to the repository paths its seal references; null means
 * they could not be read, and the packet counts as touched (it cannot be ruled out).
 */
export function touchedPackets(
  packetDirs: readonly string[],
  changed: readonly string[],
  sealFile: string,
  references: ReadonlyMap<string, readonly string[] | null> = new Map()
): Touch {
  const changedSet = new Set(changed)
  const referencesChanged = (dir: string) => {
    const refs = references.get(dir)
    return refs === null || (refs !== undefined && refs.some(ref => changedSet.has(ref)))
  }
  // Any letter case: on a case-insensitive file system git reads `.GitAttributes` as well.
  const attributeDirs = changed.filter(path => nameOf(path).toLowerCase() === '.gitattributes').map(reportDirOf)
  const touched = packetDirs.filter(
    dir => changed.some(path => isUnder(path, dir)) || referencesChanged(dir) || attributeDirs.some(attributes => isUnder(dir, attributes))
  )
  const known = new Set(packetDirs)
  const orphanSeals = changed.filter(path => nameOf(path) === sealFile && !known.has(reportDirOf(path)))
  return { touched, orphanSeals }
}

/** The last segment of a repository path. */
function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

